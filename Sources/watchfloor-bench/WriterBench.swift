import Foundation
#if canImport(Glibc)
import Glibc
#endif
import WatchfloorData
import WatchfloorExtraction
import WatchfloorIngest
import WatchfloorStore

/// Times the store's writer alone: the articles of a directory are read and extracted first (untimed),
/// then written into a new on-disk store with `EventStore.recordBatch` in groups of 500, and the CPU
/// time of the writing thread is taken. Whole-process ingest figures move by a quarter between identical
/// runs on a shared machine (extraction threads, other processes); the writer's own thread CPU, least of
/// several runs, is steady enough to decide writer changes by (DECISIONS.md, "Store writer (session 4)").
struct WriterBench {
    /// Runs (new stores) per measure; the median and the least are reported.
    let runs: Int
    /// The largest directory measured (its articles are held in memory, extracted).
    static let largestSize = 1_000

    /// The row for the articles under `directory` (`size` files), or a skipped row saying why.
    func row(size: Int, directory: String, scratchDir: String, log: BenchLog) -> BenchRow {
        let label = BenchSize.label(size) + " files"
        let items: [BatchArticle]
        do {
            items = try WriterBench.prepare(directory: directory)
        } catch {
            return .skipped("ingest: writer CPU per article", size: label, reason: "\(error)", target: nil)
        }
        guard !items.isEmpty else { return .skipped("ingest: writer CPU per article", size: label, reason: "no articles", target: nil) }
        var perArticle: [Double] = []
        let fm = FileManager.default
        for run in 0..<runs {
            log.say("writer \(label) run \(run + 1)/\(runs)")
            try? fm.removeItem(atPath: scratchDir)
            do {
                try fm.createDirectory(atPath: scratchDir, withIntermediateDirectories: true)
                let store = try EventStore(path: scratchDir + "/store.sqlite")
                let start = WriterBench.threadCPU()
                var next = 0
                while next < items.count {
                    _ = try store.recordBatch(Array(items[next..<min(items.count, next + 500)]))
                    next += 500
                }
                perArticle.append((WriterBench.threadCPU() - start) / Double(items.count))
            } catch {
                log.note("writer \(label): \(error)")
            }
        }
        try? fm.removeItem(atPath: scratchDir)
        var row = BenchRow(measure: "ingest: writer CPU per article", size: size, sizeLabel: label)
        guard let least = perArticle.min() else { return .skipped(row.measure, size: label, reason: "every run failed", target: nil) }
        row.value = LatencySamples.median(perArticle).map { $0 * 1e3 }
        row.unit = "ms"
        row.extra = "least of \(perArticle.count): " + BenchTable.number(least * 1e3) + " ms"
        return row
    }

    /// Reads and extracts every article file of `directory` (sorted by name), as ingest would.
    static func prepare(directory: String) throws -> [BatchArticle] {
        let extractor = Extractor(gazetteer: try GazetteerLoader.loadBundled())
        var items: [BatchArticle] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() {
            for article in try ArticleReader.read(path: directory + "/" + name) {
                var item = BatchArticle(article: article, contentHash: ContentHash.sha256(text: article.text),
                                        size: article.text.utf8.count, extraction: extractor.extract(article))
                // What ingest's extraction threads do before handing an article to the writer (session 5).
                item.prepareForStore()
                items.append(item)
            }
        }
        return items
    }

    /// CPU seconds used by the calling thread.
    static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
