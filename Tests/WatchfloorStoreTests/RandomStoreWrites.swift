import WatchfloorModel
@testable import WatchfloorStore

/// Random writes for the store's property tests: inserts, replacements, copies, removals, JSON files whose batch
/// also replaces or copies what it just wrote, ingest errors, retention and orphan clean-up, with the paths and
/// contents written so far (so replacements and copies hit stored articles).
struct RandomStoreWrites {
    /// Paths written so far (removed ones included: removing them again must be harmless).
    var paths: [String] = []
    /// Content hashes written so far, for copies.
    var hashes: [String] = []
    /// How many times each path was rewritten, so a replacement gets new content.
    var variants: [String: Int] = [:]

    /// Applies one random write at `clock` (seconds, the ingest time).
    mutating func apply(_ store: EventStore, step: Int, clock: Double, _ r: inout CounterConsistencyTests.Random) throws {
        let op = r.int(0...99)
        if op < 35 || paths.isEmpty {
            let path = "/w/a\(step).txt"
            let (a, x, hash) = CounterConsistencyTests.randomArticle(path, 0, &r)
            _ = try store.record(article: a, extraction: x, contentHash: hash, size: 10, at: clock)
            paths.append(path)
            hashes.append(hash)
        } else if op < 55 {
            let path = r.pick(paths)
            let variant = (variants[path] ?? 0) + 1
            variants[path] = variant
            let (a, x, hash) = CounterConsistencyTests.randomArticle(path, variant, &r)
            _ = try store.record(article: a, extraction: x, contentHash: hash, size: 10, at: clock)
            hashes.append(hash)
        } else if op < 62 {
            // A copy of stored (or once stored) content under a new path.
            let path = "/w/copy\(step).txt"
            let (a, x, _) = CounterConsistencyTests.randomArticle(path, 0, &r)
            _ = try store.record(article: a, extraction: x, contentHash: r.pick(hashes), size: 10, at: clock)
            paths.append(path)
        } else if op < 75 {
            try store.markRemoved(path: r.pick(paths))
        } else if op < 82 {
            var items = (0..<r.int(1...3)).map { n -> BatchArticle in
                let (a, x, hash) = CounterConsistencyTests.randomArticle("/w/f\(step).json#\(n)", 0, &r)
                return BatchArticle(article: a, contentHash: hash, size: 5, extraction: x)
            }
            // The v7 writer sums counters per transaction: a batch may also replace an article (possibly one it
            // just wrote) or turn a stored path into a copy, both of which delete facts mid-transaction.
            if r.chance(40), let first = items.first {
                let path = r.chance(50) ? first.article.path : r.pick(paths)
                let variant = (variants[path] ?? 0) + 1
                variants[path] = variant
                let (a, x, hash) = CounterConsistencyTests.randomArticle(path, variant, &r)
                items.append(BatchArticle(article: a, contentHash: hash, size: 5, extraction: x))
                hashes.append(hash)
            }
            if r.chance(30), let hash = hashes.last {
                let (a, x, _) = CounterConsistencyTests.randomArticle(r.pick(paths), 0, &r)
                items.append(BatchArticle(article: a, contentHash: hash, size: 5, extraction: x))
            }
            _ = try store.recordBatch(items, at: clock)
            paths.append("/w/f\(step).json")
            try store.pruneArticles(fromFile: "/w/f\(step).json", keeping: r.chance(50) ? ["/w/f\(step).json#0"] : [])
        } else if op < 88 {
            try store.recordError(path: r.chance(50) ? r.pick(paths) : "/w/bad\(step).txt", message: "broken")
        } else if op < 93 {
            try store.prune(olderThan: clock - Double(r.int(5...60)))
        } else {
            try store.deleteOrphanActors()
        }
    }
}
