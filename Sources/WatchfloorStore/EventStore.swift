import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import WatchfloorModel

/// The event store: the one gateway to the SQLite database (GRDB `DatabasePool`, WAL).
///
/// Writes are methods named for their intent, each one transaction; reads implement
/// `MonitorDataSource`. Several processes may open the same file: every connection waits up to
/// five seconds for a lock instead of failing, and `changeToken()` sees commits from any of them.
public final class EventStore: Sendable {
    /// The database connection(s).
    let writer: any DatabaseWriter
    /// The file path, or nil for an in-memory store.
    public let path: String?

    /// Opens (creating and migrating if needed) the store at `path`; its directory is created if missing.
    public init(path: String) throws {
        self.path = path
        let directory = StoreLocation.parentDirectory(of: path)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            writer = try EventStore.openMigrated(path: path)
        } catch {
            var reason = EventStore.describe(error)
            // SQLite says "unable to open database file" for a read-only file system; say why.
            if access(directory, W_OK) != 0 {
                reason += "; its directory is not writable (\(String(cString: strerror(errno))))"
            }
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
    }

    private init(writer: any DatabaseWriter, upTo migration: String? = nil) throws {
        self.writer = writer
        self.path = nil
        if let migration {
            try StoreSchema.migrator.migrate(writer, upTo: migration)
        } else {
            try StoreSchema.migrator.migrate(writer)
        }
    }

    /// An in-memory store migrated only up to `migration`, to test what later migrations do to old stores.
    static func inMemory(migratedUpTo migration: String) throws -> EventStore {
        try EventStore(writer: DatabaseQueue(configuration: configuration()), upTo: migration)
    }

    /// Applies the migrations not applied yet.
    func migrateForTesting() throws {
        try StoreSchema.migrator.migrate(writer)
    }

    /// Opens the pool and applies migrations. GRDB reads the applied migrations before it takes the
    /// write lock, so two processes creating one store at the same moment can both try `v1`; the loser
    /// fails, rolls back, and on the next attempt finds the schema in place.
    private static func openMigrated(path: String) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration())
                try StoreSchema.migrator.migrate(pool)
                return pool
            } catch {
                attempt += 1
                if attempt >= 5 { throw error }
                usleep(UInt32(50_000 * attempt))
            }
        }
    }

    /// A private in-memory store with the production schema (for tests and `extract`-style dry runs).
    public static func inMemory() throws -> EventStore {
        try EventStore(writer: DatabaseQueue(configuration: configuration()))
    }

    /// The writing connection's page cache (KiB) outside `withBulkWriteCache`.
    static let writerCacheKiB = 16_384

    /// The configuration every connection uses.
    static func configuration() -> Configuration {
        var config = Configuration()
        // Another process (the monitor, a second ingest) may hold the write lock for a moment.
        config.busyMode = .timeout(5)
        config.label = "watchfloor"
        config.prepareDatabase { db in
            // A burst can grow the write-ahead log; let SQLite cut it back after each checkpoint so the
            // file does not stay at its high-water mark for the life of the process.
            try db.execute(sql: "PRAGMA journal_size_limit = 16777216")
            // WAL with synchronous=NORMAL stays consistent after a crash or kill -9 and never corrupts; only
            // the last commits before a power cut can be lost, and the files are still there to re-ingest.
            // FULL synced every article (about 8.5 ms each here) and capped ingest near 100 articles/s.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A batch of articles is one transaction whose statements fire the counter triggers, so SQLite
            // keeps a statement journal per statement; on disk that was a temp file written for every
            // statement (a fifth of the CPU of a bulk write, mostly in the kernel). Sorts and journals stay
            // in memory instead, and the writer's 16 MiB page cache (default 2 MiB) keeps the hot index pages
            // of a large store from being read again for every article. Readers get 8 MiB: at 1M incidents an
            // actor page seeks into indexes spread over the whole file, and with 2 MiB it cost twice the CPU.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -8192" : "PRAGMA cache_size = -\(EventStore.writerCacheKiB)")
        }
        return config
    }

    /// The names of the migrations applied to the store, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// A short message for an error from SQLite or the file system (SQLite's own words, without the SQL).
    public static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        if let store = error as? StoreError { return store.description }
        return (error as NSError).localizedDescription
    }

    /// Whether an error concerns the whole store (full disk, I/O, read-only, lock timeout, corruption)
    /// rather than what one article asked it to do, so retrying articles one by one cannot help.
    public static func isStoreWide(_ error: any Error) -> Bool {
        guard let db = error as? DatabaseError else { return !(error is StoreError) }
        switch db.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_NOMEM, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_CORRUPT, .SQLITE_FULL,
             .SQLITE_CANTOPEN, .SQLITE_PROTOCOL, .SQLITE_NOTADB:
            return true
        default:
            return false
        }
    }

    /// Runs raw SQL in a write transaction (tests use it to install failing triggers).
    func executeForTesting(_ sql: String) throws {
        try writer.write { db in try db.execute(sql: sql) }
    }

    /// Current seconds since 1970.
    static func now() -> Double { Date().timeIntervalSince1970 }
}
