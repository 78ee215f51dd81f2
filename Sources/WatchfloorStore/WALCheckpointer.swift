import Foundation
import GRDB
import GRDBSQLite

/// Copies the write-ahead log back into the database file on a thread of its own while a one-shot
/// ingest writes (`EventStore.withBulkWriteCache`), so the writing thread only appends to the log.
///
/// SQLite's automatic checkpoint runs on the connection that commits: after every large ingest
/// transaction the writer itself copied a few MB of pages into the file and synced it (about 7% of its
/// CPU over 1,000 generated files, DECISIONS, "Store writer (session 5)"), while the second core waited
/// for it. Here the writer's commit hook is replaced for the run (`attach`): a commit that leaves as
/// many pages in the log as the automatic checkpoint waits for wakes this thread, which runs a passive
/// checkpoint on its own connection. A passive checkpoint never blocks the writer or a reader, and what
/// it cannot copy yet is copied by the next one. What lands in the file is the same; only which thread
/// does the copying changes.
final class WALCheckpointer: @unchecked Sendable {
    // `pending` and `stopped` are guarded by `condition`.
    private let condition = NSCondition()
    private var pending = false
    private var stopped = false
    private var finished = false
    private let connection: DatabaseQueue

    /// Opens a connection of its own to the store at `path` and starts the thread.
    init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.label = "watchfloor-checkpoint"
        connection = try DatabaseQueue(path: path, configuration: config)
        let thread = Thread { [self] in run() }
        thread.name = "watchfloor-checkpoint"
        thread.start()
    }

    /// Log pages after a commit that ask for a checkpoint: SQLite's automatic checkpoint default.
    static let pagesPerCheckpoint: Int32 = 1_000

    /// Takes over the commit hook of `writer`'s connection (SQLite's automatic checkpoint is that hook);
    /// returns the automatic checkpoint's setting for `detach`.
    func attach(to writer: any DatabaseWriter) -> Int? {
        try? writer.writeWithoutTransaction { db in
            guard let pages = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") else { return nil }
            let context = Unmanaged.passUnretained(self).toOpaque()
            sqlite3_wal_hook(db.sqliteConnection, { context, _, _, pages in
                if let context, pages >= WALCheckpointer.pagesPerCheckpoint {
                    Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue().request()
                }
                return SQLITE_OK
            }, context)
            return pages
        }
    }

    /// Gives the commit hook back to SQLite's automatic checkpoint (`pages` from `attach`).
    static func detach(from writer: any DatabaseWriter, pages: Int) {
        try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }
    }

    /// Asks for a checkpoint (after a commit); several requests before it starts make one.
    func request() {
        condition.lock()
        pending = true
        condition.signal()
        condition.unlock()
    }

    /// Runs a last checkpoint if one was asked for, stops the thread and waits for it.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// The thread: one passive checkpoint per wake-up until stopped.
    private func run() {
        while true {
            condition.lock()
            while !pending && !stopped { condition.wait() }
            let work = pending
            pending = false
            let last = stopped
            condition.unlock()
            // A failure (the store busy for longer than the timeout, a full disk) leaves the pages in the
            // log, where the next checkpoint, the writer's own after the run, or closing the store finds them.
            if work { _ = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive) } }
            if last { break }
        }
        try? connection.close()
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
