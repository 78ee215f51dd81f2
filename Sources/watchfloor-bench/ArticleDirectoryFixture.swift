import Foundation

/// A directory of generated article files, cached on disk by count (generation is deterministic).
enum ArticleDirectoryFixture {
    /// The cached directory holding exactly `count` generated articles, writing it first if needed.
    static func ensure(count: Int, cacheDir: String, pool: SentencePool, log: BenchLog) throws -> (path: String, bytes: Int) {
        let fm = FileManager.default
        let dir = cacheDir + "/articles-g\(StoreFixture.generatorVersion)-\(count)"
        let marker = dir + ".bytes"
        if fm.fileExists(atPath: dir), let text = try? String(contentsOfFile: marker, encoding: .utf8),
           let bytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return (dir, bytes)
        }
        log.say("generating \(count) article files")
        try? fm.removeItem(atPath: dir)
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var generator = SyntheticArticleGenerator(pool: pool, seed: 1)
        var bytes = 0
        for _ in 0..<count {
            let article = generator.next()
            let data = Data(article.text.utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: dir + "/" + article.fileName))
        }
        try String(bytes).write(toFile: marker, atomically: true, encoding: .utf8)
        return (dir, bytes)
    }
}
