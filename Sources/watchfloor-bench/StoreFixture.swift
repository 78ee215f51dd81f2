import Foundation
import WatchfloorModel
import WatchfloorStore

/// A store filled with generated articles and synthetic extractions up to a number of incidents,
/// built through the store's real writer (`EventStore.recordBatch`, 500 articles per transaction) and
/// cached on disk, keyed by size and by the store's schema.
struct StoreFixture: Sendable {
    /// The cached store file.
    let path: String
    /// The size asked for (the label in the table).
    let nominal: Int
    /// Incidents it holds (at least the size asked for; the last article may overshoot by a few).
    let incidents: Int
    /// Articles it holds.
    let articles: Int

    /// Bump when the generator or the synthetic extraction changes, so old caches are not reused.
    static let generatorVersion = 1

    /// The cached stores for each size, building the missing ones in one pass: the generated sequence is
    /// the same for every size, so smaller stores are copies of the largest one taken on the way.
    static func ensureAll(sizes: [Int], cacheDir: String, pool: SentencePool, log: BenchLog) throws -> [StoreFixture] {
        let fm = FileManager.default
        try fm.createDirectory(atPath: cacheDir, withIntermediateDirectories: true)
        let key = try schemaKey()
        func path(_ size: Int) -> String { cacheDir + "/store-g\(generatorVersion)-\(key)-\(size).sqlite" }
        func cached(_ size: Int) -> StoreFixture? {
            guard fm.fileExists(atPath: path(size)),
                  let text = try? String(contentsOfFile: path(size) + ".counts", encoding: .utf8) else { return nil }
            let parts = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return StoreFixture(path: path(size), nominal: size, incidents: parts[0], articles: parts[1])
        }
        let missing = sizes.filter { cached($0) == nil }.sorted()
        if let largest = missing.last {
            // Build on tmpfs when there is one (no disk syncs while building); the finished files are then
            // copied to the cache.
            let buildDir = fm.fileExists(atPath: "/dev/shm") ? "/dev/shm/watchfloor-bench-\(getpid())" : cacheDir + "/build-\(getpid())"
            try fm.createDirectory(atPath: buildDir, withIntermediateDirectories: true)
            defer { try? fm.removeItem(atPath: buildDir) }
            let buildPath = buildDir + "/store.sqlite"
            let start = Stopwatch.now()
            try fill(path: buildPath, incidents: largest, sizes: missing, log: log, pool: pool) { total, articles, final in
                guard let size = missing.first(where: { total >= $0 && cached($0) == nil }), final || size < largest else { return }
                // Between writes no transaction is open, so the database and its WAL copy consistently.
                for suffix in ["", "-wal"] where fm.fileExists(atPath: buildPath + suffix) {
                    try? fm.removeItem(atPath: path(size) + suffix)
                    try fm.copyItem(atPath: buildPath + suffix, toPath: path(size) + suffix)
                }
                try "\(total) \(articles)\n".write(toFile: path(size) + ".counts", atomically: true, encoding: .utf8)
                log.say("stored fixture \(BenchSize.label(size)): \(total) incidents, \(articles) articles, \(BenchTable.duration(Stopwatch.now() - start))")
            }
        }
        return try sizes.map { size in
            guard let fixture = cached(size) else { throw CocoaError(.fileNoSuchFile) }
            return fixture
        }
    }

    /// Articles written per transaction while building (the real writer, `recordBatch`, in big groups).
    static let buildBatch = 500

    /// Writes generated articles until `incidents` incidents are stored, calling `checkpoint` after each
    /// transaction with the totals (and `final` true after the last one). A transaction ends early where
    /// the running total reaches a size that `checkpoint` may want to copy, so each copy holds the
    /// first articles that reach that size, the same as article-by-article writes would.
    private static func fill(
        path: String, incidents: Int, sizes: [Int], log: BenchLog, pool: SentencePool,
        checkpoint: (_ total: Int, _ articles: Int, _ final: Bool) throws -> Void
    ) throws {
        var generator = SyntheticArticleGenerator(pool: pool, seed: 42)
        var rng = SplitMix64(seed: 7)
        var total = 0
        var articles = 0
        var nextReport = 100_000
        do {
            let store = try EventStore(path: path)
            while total < incidents {
                var batch: [BatchArticle] = []
                let stop = sizes.first { $0 > total } ?? incidents
                var running = total
                while running < stop && batch.count < buildBatch {
                    let article = generator.next()
                    let extraction = SyntheticExtraction.make(for: article, incidents: 4...12, rng: &rng)
                    batch.append(BatchArticle(article: article.article(directory: "/bench"), contentHash: ContentHash.sha256(text: article.text),
                                              size: article.text.utf8.count, extraction: extraction))
                    running += extraction.incidents.count
                }
                // Ingest times one second apart per transaction, ending near the fixed "now" the monitor measures use.
                _ = try store.recordBatch(batch, at: BenchClock.fixedNow - 1_000_000 + Double(articles))
                total = running
                articles += batch.count
                if total >= nextReport {
                    log.say("  building stores: \(total) incidents")
                    nextReport += 100_000
                }
                if total < incidents { try checkpoint(total, articles, false) }
            }
        }
        // The store is closed here, so the largest copy is checkpointed and has no WAL.
        try checkpoint(total, articles, true)
    }

    /// The store's migration names: a new migration (the only way the schema may change) gives new fixtures.
    static func schemaKey() throws -> String {
        let names = try EventStore.inMemory().appliedMigrations()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in names.joined(separator: ",").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash % 0xFFFF_FFFF, radix: 16)
    }
}
