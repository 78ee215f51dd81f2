import Foundation
import WatchfloorModel
import WatchfloorStore

/// A store filled with generated articles and synthetic extractions up to a number of incidents,
/// built once through `EventStore.record` and cached on disk, keyed by size and by the store's code.
struct StoreFixture: Sendable {
    /// The cached store file.
    let path: String
    /// Incidents it holds.
    let incidents: Int
    /// Articles it holds.
    let articles: Int

    /// Bump when the generator or the synthetic extraction changes, so old caches are not reused.
    static let generatorVersion = 1

    /// The cached store for `incidents`, building it first if it is missing.
    static func ensure(incidents: Int, cacheDir: String, pool: SentencePool, log: BenchLog) throws -> StoreFixture {
        let fm = FileManager.default
        try fm.createDirectory(atPath: cacheDir, withIntermediateDirectories: true)
        let name = "store-g\(generatorVersion)-\(storeCodeKey())-\(incidents)"
        let path = cacheDir + "/" + name + ".sqlite"
        let countFile = path + ".articles"
        if fm.fileExists(atPath: path), let text = try? String(contentsOfFile: countFile, encoding: .utf8),
           let articles = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return StoreFixture(path: path, incidents: incidents, articles: articles)
        }
        // Build on tmpfs when there is one: the store syncs every commit, which on a disk makes a
        // million-incident build take many minutes; the finished file is then moved to the cache.
        let buildDir = fm.fileExists(atPath: "/dev/shm") ? "/dev/shm/watchfloor-bench-\(getpid())" : cacheDir + "/build-\(getpid())"
        try fm.createDirectory(atPath: buildDir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: buildDir) }
        let buildPath = buildDir + "/" + name + ".sqlite"
        let start = Stopwatch.now()
        let articles = try fill(path: buildPath, incidents: incidents, pool: pool, log: log)
        log.say("built \(incidents) incidents / \(articles) articles in \(BenchTable.duration(Stopwatch.now() - start))")
        for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: buildPath + suffix) {
            try fm.moveItem(atPath: buildPath + suffix, toPath: path + suffix)
        }
        try? fm.removeItem(atPath: path)
        try fm.moveItem(atPath: buildPath, toPath: path)
        try String(articles).write(toFile: countFile, atomically: true, encoding: .utf8)
        return StoreFixture(path: path, incidents: incidents, articles: articles)
    }

    /// Writes generated articles until `incidents` incidents are stored; returns the article count.
    private static func fill(path: String, incidents: Int, pool: SentencePool, log: BenchLog) throws -> Int {
        let store = try EventStore(path: path)
        var generator = SyntheticArticleGenerator(pool: pool, seed: 42)
        var rng = SplitMix64(seed: 7)
        var total = 0
        var articles = 0
        var nextReport = incidents / 10
        // Ingest times one second apart, ending at the fixed "now" the render measures use.
        let end = BenchClock.fixedNow
        while total < incidents {
            let article = generator.next()
            let remaining = incidents - total
            let range = min(4, remaining)...min(12, remaining)
            let extraction = SyntheticExtraction.make(for: article, incidents: range, rng: &rng)
            _ = try store.record(
                article: article.article(directory: "/bench"), extraction: extraction,
                contentHash: ContentHash.sha256(text: article.text), size: article.text.utf8.count,
                at: end - 1_000_000 + Double(articles)
            )
            total += extraction.incidents.count
            articles += 1
            if total >= nextReport, incidents >= 100_000 {
                log.say("  building \(incidents): \(total) incidents")
                nextReport += incidents / 10
            }
        }
        return articles
    }

    /// A short hash of the store's source files when run from the package (so a schema change rebuilds the cache).
    static func storeCodeKey() -> String {
        let dir = "Sources/WatchfloorStore"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return "x" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in names.sorted() {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            for byte in Array(name.utf8) + [UInt8](data) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash % 0xFFFF_FFFF, radix: 16)
    }
}
