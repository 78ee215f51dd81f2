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
/// does the copying changes. The writer's next transaction usually begins while a copy runs, and SQLite
/// starts the log over only when one begins with everything copied, so past `logLimit` pages the writer
/// waits for the thread and copies the rest itself (see `attach`): the log stays under about 64 MiB plus
/// one transaction, and the thread does most of the copying.
final class WALCheckpointer: @unchecked Sendable {
    // `pending`, `running`, `stopped` and `finished` are guarded by `condition`.
    private let condition = NSCondition()
    private var pending = false
    private var running = false
    private var stopped = false
    private var finished = false
    private let connection: DatabaseQueue
    /// The reference the commit hook holds (taken in `attach`, given back in `detach` once the hook is
    /// SQLite's again), so the hook can never call into a checkpointer that is gone.
    private var hookReference: Unmanaged<WALCheckpointer>?
    /// Log pages after a commit at which the writer checkpoints itself (`attach`).
    let logLimit: Int32

    /// Opens a connection of its own to the store at `path` and starts the thread; `logLimit`: log pages
    /// (64 MiB by default) at which the writer copies the log itself.
    init(path: String, logLimit: Int32 = 16_384) throws {
        self.logLimit = logLimit
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
            let reference = Unmanaged.passRetained(self)
            hookReference = reference
            let context = reference.toOpaque()
            // SQLite calls this after a commit, with the write lock released, on the writer's thread.
            sqlite3_wal_hook(db.sqliteConnection, { context, connection, name, pages in
                guard let context else { return SQLITE_OK }
                let checkpointer = Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue()
                if pages >= checkpointer.logLimit {
                    // SQLite starts the log over only when a write transaction begins with all of it copied, and
                    // the writer's next transaction always began while the checkpoint thread was still copying:
                    // the log grew by every transaction (4.8 GB during a 100k-file ingest). Past the limit the writer
                    // copies the rest itself, as the automatic checkpoint did, and the log starts over.
                    checkpointer.waitUntilIdle()
                    sqlite3_wal_checkpoint_v2(connection, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                } else if pages >= WALCheckpointer.pagesPerCheckpoint {
                    checkpointer.request()
                }
                return SQLITE_OK
            }, context)
            return pages
        }
    }

    /// Gives the commit hook back to SQLite's automatic checkpoint (`pages` from `attach`). If that fails the
    /// hook keeps its reference: a stopped checkpointer it still calls only records requests.
    func detach(from writer: any DatabaseWriter, pages: Int) {
        let restored = (try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }) != nil
        if restored {
            hookReference?.release()
            hookReference = nil
        }
    }

    /// Asks for a checkpoint (after a commit); several requests before it starts make one.
    func request() {
        condition.lock()
        pending = true
        condition.signal()
        condition.unlock()
    }

    /// Returns once no checkpoint is asked for or running (at once when none is).
    func waitUntilIdle() {
        condition.lock()
        while (pending || running) && !finished { condition.wait() }
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
            running = work
            let last = stopped
            condition.unlock()
            // A failure (the store busy for longer than the timeout, a full disk) leaves the pages in the
            // log, where the next checkpoint, the writer's own after the run, or closing the store finds them.
            if work { _ = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive) } }
            condition.lock()
            running = false
            condition.broadcast()
            condition.unlock()
            if last { break }
        }
        try? connection.close()
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
