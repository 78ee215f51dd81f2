import ArgumentParser
import WatchfloorModel
import WatchfloorStore

/// `watchfloor errors`: the files that could not be ingested, newest first.
struct ErrorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errors",
        abstract: "List files that could not be ingested, newest first.",
        discussion: """
            Each file keeps its latest error; it disappears once the file is ingested successfully. \
            Times are UTC.

            Examples:
              watchfloor errors
              watchfloor errors --format json --store /tmp/news.sqlite
            """
    )

    @Option(name: .long, help: "At most this many errors (default 100).")
    var limit: Int = 100

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: QueryFormat = .table

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 100000") }
    }

    func run() throws {
        let store = try storeOptions.openExisting()
        let errors: [IngestErrorRecord]
        do {
            errors = try store.ingestErrors(limit: limit, offset: 0)
        } catch {
            StoreOutput.err("watchfloor: cannot read the store: \(StoreTerminalText.escape(String(describing: error)))\n")
            throw ExitCode.failure
        }
        if errors.isEmpty && format == .table {
            StoreOutput.err("no ingest errors\n")
            return
        }
        var table = QueryTable(columns: ["at", "path", "message"], tableColumns: [(0, "WHEN (UTC)", nil), (1, "FILE", 60), (2, "ERROR", nil)])
        // A table shows the end of each path (the file name is what tells errors apart); csv and json show all of it.
        let shown: (String) -> String = format == .table ? { ErrorsCommand.tail(StoreTerminalText.escapePath($0), 60) } : { $0 }
        table.rows = errors.map { [.text(ErrorsCommand.utc($0.at)), .text(shown($0.path)), .text($0.message)] }
        StoreOutput.out(table.render(format, width: StoreOutput.terminalWidth()))
    }

    /// `text` cut to its last `width` characters, with a leading ellipsis when cut.
    static func tail(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : "…" + String(text.suffix(width - 1))
    }

    /// `2024-04-02T10:00:00Z` for seconds since 1970.
    static func utc(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let day = CalendarDay(daysSinceEpoch: Int((Double(whole) / 86_400).rounded(.down)))
        let rest = whole - day.daysSinceEpoch * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }
}
