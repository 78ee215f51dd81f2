import Foundation
import GRDB

// MARK: - Retention and maintenance

extension EventStore {
    /// Articles deleted per transaction while pruning, so readers and other writers never wait long.
    static let pruneBatch = 500

    /// Deletes every article ingested before `cutoff` (seconds since 1970), with its facts, copies and
    /// full-text entry, and forgets actors no article names any more. Each pruned path (and copy) is
    /// remembered with its content hash, so an unchanged file still on disk is not read in again.
    /// Works in batches of `pruneBatch` articles, one transaction each. Returns the number of articles deleted.
    @discardableResult
    public func prune(olderThan cutoff: Double) throws -> Int {
        var total = 0
        while true {
            let deleted = try writer.write { db -> Int in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, path, content_hash FROM articles WHERE ingested_at < ? ORDER BY ingested_at LIMIT ?
                    """, arguments: [cutoff, EventStore.pruneBatch])
                guard !rows.isEmpty else { return 0 }
                let now = EventStore.now()
                for row in rows {
                    let id: Int64 = row["id"]
                    let hash: String = row["content_hash"]
                    let aliases = try String.fetchAll(db, sql: "SELECT path FROM article_aliases WHERE article_id = ?", arguments: [id])
                    for path in [row["path"] as String] + aliases {
                        try db.execute(sql: "INSERT OR REPLACE INTO pruned_articles (path, content_hash, pruned_at) VALUES (?, ?, ?)",
                                       arguments: [path, hash, now])
                    }
                    // Facts, copies and the full-text entry go with the article (ON DELETE CASCADE, trigger).
                    try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
                }
                try EventStore.bumpGeneration(db)
                return rows.count
            }
            total += deleted
            if deleted < EventStore.pruneBatch { break }
        }
        if total > 0 { try deleteOrphanActors() }
        return total
    }

    /// Whether `path` was pruned by retention while holding exactly this content.
    public func isPruned(path: String, contentHash: String) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM pruned_articles WHERE path = ? AND content_hash = ?"),
                              arguments: [path, contentHash]) ?? false
        }
    }

    /// Deletes actors that no stored article names (left behind by removals, replacements and pruning).
    /// Returns how many were deleted.
    @discardableResult
    public func deleteOrphanActors() throws -> Int {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM article_actors aa WHERE aa.actor_id = actors.id)")
            return db.changesCount
        }
    }

    /// Compacts the store: removes orphan actors, merges the full-text index, rewrites the file
    /// (`VACUUM`) and truncates the write-ahead log. Returns the bytes on disk (file and WAL) before and after.
    public func vacuum() throws -> (before: Int64, after: Int64) {
        let before = diskBytes()
        try deleteOrphanActors()
        try writer.write { db in try db.execute(sql: "INSERT INTO article_fts (article_fts) VALUES ('optimize')") }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return (before, diskBytes())
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound store, else SQLite's list of problems.
    public func integrityCheck() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Bytes used on disk by the store file and its write-ahead log (0 for an in-memory store).
    public func diskBytes() -> Int64 {
        guard let path else { return 0 }
        return [path, path + "-wal"].reduce(Int64(0)) { sum, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value
            return sum + (size ?? 0)
        }
    }
}
