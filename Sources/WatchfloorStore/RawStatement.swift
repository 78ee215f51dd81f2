import GRDB
import GRDBSQLite

/// A cached GRDB statement bound and run through SQLite's C API, for the writer's hot inserts.
///
/// `StatementArguments` builds an array of `DatabaseValue`s per row and validates it against the
/// statement; with about 150 rows per article that was a fifth of the writer's CPU (profile in
/// `docs/DECISIONS.md`, "Store writer and ingest speed"). Here each value goes straight to `sqlite3_bind_*`. Every statement
/// binds all its parameters on every use, so no stale value is ever stepped. Strings are copied by
/// SQLite (`SQLITE_TRANSIENT`), so no pointer outlives the call that made it.
struct RawStatement {
    /// Keeps the prepared statement alive (it also stays in the connection's statement cache).
    private let statement: Statement
    /// The connection, for error messages.
    private let db: Database
    private let handle: SQLiteStatement

    /// Prepares (or takes from the connection's cache) the statement for `sql`.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// SQLite copies the bytes before the bind call returns.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

    /// Binds an integer to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    /// Binds an integer to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Binds an integer or NULL.
    func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds an integer or NULL.
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds a real.
    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    /// Binds a text or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        if value.isEmpty {
            // A NULL pointer would bind NULL, not ''.
            sqlite3_bind_text(handle, index, "", 0, RawStatement.transient)
            return
        }
        // Native strings expose their UTF-8 directly: no C string copy and no strlen.
        let done = value.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), RawStatement.transient)
            }
        }
        if done == nil {
            value.makeContiguousUTF8()
            _ = value.withCString { sqlite3_bind_text(handle, index, $0, -1, RawStatement.transient) }
        }
    }

    /// Runs the statement to completion and resets it for the next row.
    func run() throws {
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            if code != SQLITE_ROW { throw failure(code) }
        }
        sqlite3_reset(handle)
    }

    /// Runs a statement that returns integers, giving the first `count` columns of its first row, or nil when it returns no row.
    func runReturningIntegers(_ count: Int32) throws -> [Int64]? {
        var values: [Int64]?
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw failure(code) }
            if values == nil { values = (0..<count).map { sqlite3_column_int64(handle, $0) } }
        }
        sqlite3_reset(handle)
        return values
    }

    /// The error of a failed step, with SQLite's extended code and message; the statement is reset.
    private func failure(_ code: Int32) -> DatabaseError {
        // Read before the reset, which may replace the connection's message.
        let error = StatementSteps.stepError(db, code: code, sql: statement.sql)
        sqlite3_reset(handle)
        return error
    }
}
