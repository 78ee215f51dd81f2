import GRDB
import GRDBSQLite

/// Steps a read statement through SQLite's C API, handing each row to a closure that reads its
/// columns with `sqlite3_column_*`: for reads of thousands of small rows, a GRDB `Row` per row
/// (allocated, its values boxed, released) cost more than SQLite's own work.
enum StatementSteps {
    /// Runs `sql` with `arguments`, calling `body` with the statement handle at each row.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments, _ body: (SQLiteStatement) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw stepError(db, code: code, sql: sql) }
            try body(handle)
        }
    }

    /// The error of a step that returned `code`, with SQLite's extended code and message.
    static func stepError(_ db: Database, code: Int32, sql: String) -> DatabaseError {
        let extended = db.sqliteConnection.map { sqlite3_extended_errcode($0) } ?? code
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: sql)
    }

    /// The text of column `index` of the current row, or nil when it is NULL.
    static func text(_ handle: SQLiteStatement, _ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        return String(cString: bytes)
    }
}
