import Foundation

/// Times `IngestService.ingestAll` over generated article files into a new on-disk store, in a child
/// process per run, and reports articles/s, store bytes per article and the child's peak RSS; for up to
/// 1,000 files also the writer's own CPU per article (`WriterBench`).
struct IngestBench {
    /// Runs per size (the median is reported).
    let runs: Int
    /// Seconds one size may be expected to take (from the previous size's rate) before it is skipped.
    let budget: Double

    /// Rows for each size: throughput, then store size per article, then peak RSS.
    func rows(sizes: [Int], cacheDir: String, pool: SentencePool, log: BenchLog) -> [BenchRow] {
        let target = BenchTarget(figure: .value, bound: 2_000, isMinimum: true, label: ">= 2,000 art/s", atSize: nil)
        var throughput: [BenchRow] = []
        var perArticle: [BenchRow] = []
        var memory: [BenchRow] = []
        var writer: [BenchRow] = []
        let fm = FileManager.default
        var lastRate: Double?
        for size in sizes {
            let label = BenchSize.label(size) + " files"
            if let lastRate, Double(size * runs) / lastRate > budget {
                let minutes = Int((Double(size * runs) / lastRate / 60).rounded(.up))
                throughput.append(.skipped("ingest: files to store", size: label,
                                           reason: "would take ~\(minutes) min at \(BenchTable.number(lastRate)) art/s", target: target))
                continue
            }
            let fixture: (path: String, bytes: Int)
            do {
                fixture = try ArticleDirectoryFixture.ensure(count: size, cacheDir: cacheDir, pool: pool, log: log)
            } catch {
                throughput.append(.skipped("ingest: files to store", size: label, reason: "\(error)", target: target))
                continue
            }
            var rates: [Double] = []
            var cpuRates: [Double] = []
            var bytesPerArticle: [Double] = []
            var peaks: [Double] = []
            var failure: String?
            let runDir = cacheDir + "/ingest-run-\(getpid())"
            for run in 0..<runs {
                log.say("ingest \(label) run \(run + 1)/\(runs)")
                try? fm.removeItem(atPath: runDir)
                try? fm.createDirectory(atPath: runDir, withIntermediateDirectories: true)
                let storePath = runDir + "/store.sqlite"
                do {
                    let outcome = try ChildProcess.probe(["ingest", "--dir", fixture.path, "--store", storePath])
                    let v = outcome.values
                    let elapsed = v["elapsed"] ?? 0
                    let stored = v["stored"] ?? 0
                    if (v["failed"] ?? 0) > 0 { log.note("ingest \(label): \(Int(v["failed"] ?? 0)) files failed") }
                    if elapsed > 0 { rates.append(Double(size) / elapsed) }
                    if let cpu = v["cpu"], cpu > 0 { cpuRates.append(Double(size) / cpu) }
                    if stored > 0 { bytesPerArticle.append(Double(Self.storeBytes(storePath)) / stored) }
                    peaks.append((v["hwm"] ?? 0) / 1e6)
                } catch {
                    failure = "\(error)"
                }
            }
            try? fm.removeItem(atPath: runDir)
            // The writer alone, for the sizes it takes seconds to prepare (the articles are extracted first).
            if size <= WriterBench.largestSize {
                writer.append(WriterBench(runs: max(3, runs)).row(size: size, directory: fixture.path, scratchDir: runDir, log: log))
            }
            if let failure, rates.isEmpty {
                throughput.append(.skipped("ingest: files to store", size: label, reason: failure, target: target))
                continue
            }
            var rate = BenchRow(measure: "ingest: files to store", size: size, sizeLabel: label)
            rate.value = LatencySamples.median(rates)
            lastRate = rate.value
            rate.cpuValue = LatencySamples.median(cpuRates)
            rate.unit = "art/s"
            rate.extra = rate.value.map { BenchTable.number($0 * Double(fixture.bytes) / Double(size) / 1e6) + " MB/s" }
            rate.higherIsBetter = true
            rate.target = target
            throughput.append(rate)
            var bytes = BenchRow(measure: "ingest: store bytes per article", size: size, sizeLabel: label)
            bytes.value = LatencySamples.median(bytesPerArticle)
            bytes.unit = "B"
            bytes.extra = bytes.value.map { "file " + BenchTable.number($0 * Double(size) / Double(fixture.bytes)) + "x input" }
            perArticle.append(bytes)
            var peak = BenchRow(measure: "ingest: peak RSS (whole process)", size: size, sizeLabel: label)
            peak.value = LatencySamples.median(peaks)
            peak.unit = "MB"
            memory.append(peak)
        }
        return throughput + writer + perArticle + memory
    }

    /// The store's size on disk: the database and any WAL or shared-memory file beside it.
    static func storeBytes(_ path: String) -> Int {
        ["", "-wal", "-shm"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
