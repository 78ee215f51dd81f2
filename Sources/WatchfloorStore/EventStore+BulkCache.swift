import GRDB

extension EventStore {
    /// The writing connection's page cache (KiB) while `withBulkWriteCache` runs.
    static let bulkWriteCacheKiB = 131_072

    /// Runs `body` (a one-shot ingest) with the writing connection's page cache at 128 MiB instead of
    /// 16 MiB, then shrinks it back (SQLite frees the pages over the limit).
    ///
    /// A large backlog inserts into a dozen indexes whose keys (country, date, actor) land all over
    /// them; once the store outgrows the cache, most of those inserts read their leaf page from the file
    /// again, and a transaction's dirty pages spill to the WAL before it commits. The cache only grows
    /// with the pages a run touches, so a small run stays small; the watcher and the monitor keep the
    /// 16 MiB cache (DECISIONS.md, "Store writer (session 4)").
    ///
    /// Meanwhile the write-ahead log is copied back into the file by a thread of its own
    /// (`WALCheckpointer`), not by the writing thread after its commits.
    public func withBulkWriteCache<T>(_ body: () throws -> T) rethrows -> T {
        try withBulkWriteCache(logLimit: 16_384, body)
    }

    /// `withBulkWriteCache` with the log size (pages) at which the writer copies the log itself (tests lower it).
    func withBulkWriteCache<T>(logLimit: Int32, _ body: () throws -> T) rethrows -> T {
        setWriterCache(kib: EventStore.bulkWriteCacheKiB)
        // An in-memory store has no log; a checkpointer that cannot open leaves the automatic checkpoint on.
        let checkpointer = path.flatMap { try? WALCheckpointer(path: $0, logLimit: logLimit) }
        let autoPages = checkpointer?.attach(to: writer)
        defer {
            if let checkpointer {
                if let autoPages { checkpointer.detach(from: writer, pages: autoPages) }
                checkpointer.stop()
            }
            setWriterCache(kib: EventStore.writerCacheKiB)
        }
        return try body()
    }

    /// Sets the writing connection's cache size; a failure (a lock held too long) only leaves the old size.
    private func setWriterCache(kib: Int) {
        try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(kib)") }
    }
}
