/// Rows of text cells rendered as aligned columns, CSV, or a JSON array of objects.
struct QueryTable {
    /// A cell: text, a number, or nothing.
    enum Cell {
        case text(String)
        case number(Int64)
        case none

        /// The text shown in table and CSV output.
        var plain: String {
            switch self {
            case .text(let s): s
            case .number(let n): String(n)
            case .none: ""
            }
        }

        /// The JSON value.
        var json: String {
            switch self {
            case .text(let s): QueryTable.jsonString(s)
            case .number(let n): String(n)
            case .none: "null"
            }
        }
    }

    /// Column names (JSON keys and CSV header).
    var columns: [String]
    /// Columns shown in `table` format, by index into `columns`, with a maximum width (nil: no limit).
    var tableColumns: [(index: Int, title: String, maxWidth: Int?)]
    /// The rows.
    var rows: [[Cell]] = []

    /// Renders in `format`; a table's last column is cut to fit `width` columns when given.
    func render(_ format: QueryFormat, width: Int? = nil) -> String {
        switch format {
        case .table: table(width: width)
        case .csv: csv()
        case .json: json()
        }
    }

    /// Aligned columns separated by two spaces, cells escaped for the terminal and cut to their width;
    /// with `width`, the last column is cut so that lines fit a terminal that wide.
    func table(width: Int? = nil) -> String {
        let cells: [[String]] = rows.map { row in
            tableColumns.map { column in
                let text = StoreTerminalText.escape(row[column.index].plain)
                guard let max = column.maxWidth, text.count > max else { return text }
                return String(text.prefix(max - 1)) + "…"
            }
        }
        var widths = tableColumns.map(\.title.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        let lastLimit = width.map { max(10, $0 - widths.dropLast().reduce(0) { $0 + $1 + 2 }) }
        func line(_ values: [String]) -> String {
            var out = ""
            for (i, value) in values.enumerated() {
                if i == values.count - 1 {
                    if let lastLimit, value.count > lastLimit { out += String(value.prefix(lastLimit - 1)) + "…" } else { out += value }
                } else {
                    out += value + String(repeating: " ", count: widths[i] - value.count + 2)
                }
            }
            return out + "\n"
        }
        return line(tableColumns.map(\.title)) + cells.map(line).joined()
    }

    /// CSV with a header row; fields are quoted when needed and escaped for the terminal.
    func csv() -> String {
        func field(_ s: String) -> String {
            let safe = StoreTerminalText.escape(s, singleLine: false)
            guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
            return "\"" + safe.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        var out = columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map { field($0.plain) }.joined(separator: ",") + "\r\n" }
        return out
    }

    /// A JSON array with one object per line.
    func json() -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "{" + zip(columns, row).map { QueryTable.jsonString($0) + ": " + $1.json }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string literal; every control character and the line separators are escaped.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || StoreTerminalText.isUnsafe(scalar)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
