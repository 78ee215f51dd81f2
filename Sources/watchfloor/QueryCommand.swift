import ArgumentParser
import WatchfloorData
import WatchfloorExtraction
import WatchfloorModel
import WatchfloorStore

/// `watchfloor query`: prints stored incidents (or the timeline) matching filters.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print stored incidents, or the timeline, that match filters.",
        discussion: """
            Incidents are listed newest date first. --country takes an ISO 3166-1 alpha-2 code or a \
            country name and may be repeated (any of them matches); an incident matches on its own country, \
            or, when it has none, on the countries its article is mainly about. --since and --until take \
            YYYY-MM-DD and keep rows whose date overlaps the range. --type takes a type such as \
            attack.drone, a family such as attack, or a tag such as DRN, and may be repeated. --text \
            searches article titles and text (every word must appear, with its usual endings; end it with * for a prefix).

            Examples:
              watchfloor query --country Ukraine --since 2025-01-01 --type attack
              watchfloor query --country FR --country DE --format csv > incidents.csv
              watchfloor query --timeline --text "ceasefire" --limit 20
            """
    )

    @Option(name: .long, help: "Country code or name (repeatable).")
    var country: [String] = []

    @Option(name: .long, help: "Earliest date, YYYY-MM-DD.")
    var since: String?

    @Option(name: .long, help: "Latest date, YYYY-MM-DD.")
    var until: String?

    @Option(name: .long, help: "Incident type, family or tag (repeatable).")
    var type: [String] = []

    @Option(name: .long, help: "Words that must appear in the article.")
    var text: String?

    @Option(name: .long, help: "At most this many rows (default 50).")
    var limit: Int = 50

    @Option(name: .long, help: "Skip this many rows first (for paging).")
    var offset: Int = 0

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: QueryFormat = .table

    @Flag(name: .long, help: "Print timeline entries instead of incidents.")
    var timeline = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 100000") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
        _ = try QueryCommand.day(since, "--since")
        _ = try QueryCommand.day(until, "--until")
        _ = try QueryCommand.types(type)
    }

    func run() throws {
        var filter = QueryFilter(types: try QueryCommand.types(type), text: text,
                                 since: try QueryCommand.day(since, "--since"), until: try QueryCommand.day(until, "--until"))
        filter.countries = try resolveCountries()
        let store = try storeOptions.openExisting()
        let table: QueryTable
        do {
            table = timeline
                ? try QueryRows.timeline(store: store, filter: filter, limit: limit, offset: offset)
                : try QueryRows.incidents(store: store, filter: filter, limit: limit, offset: offset)
        } catch {
            StoreOutput.err("watchfloor: cannot read the store: \(StoreTerminalText.escape(String(describing: error)))\n")
            throw ExitCode.failure
        }
        if table.rows.isEmpty && format == .table {
            StoreOutput.err("no \(timeline ? "timeline entries" : "incidents") match\n")
            return
        }
        StoreOutput.out(table.render(format, width: StoreOutput.terminalWidth()))
        // On stderr, so piped JSON or CSV stays clean; a failed check only loses the note.
        if let text, let cap = try? store.textSearchCap(for: text) {
            StoreOutput.err("note: --text read the newest \(cap) matching articles; older matches are not listed\n")
        }
    }

    /// Resolves each `--country` (and comma-separated lists) to alpha-2 codes.
    private func resolveCountries() throws -> Set<String> {
        let wanted = country.flatMap { $0.split(separator: ",") }.map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        guard !wanted.isEmpty else { return [] }
        // Without the bundled gazetteer, two-letter codes still work.
        let gazetteer = try? GazetteerLoader.loadBundled()
        var codes = Set<String>()
        for name in wanted {
            if let code = gazetteer?.resolveCountry(name) {
                codes.insert(code.uppercased())
            } else if name.count == 2, name.allSatisfy({ $0.isASCII && $0.isLetter }) {
                codes.insert(name.uppercased())
            } else {
                throw StoreUsageError("unknown country '\(StoreTerminalText.escape(name))'; use an ISO 3166-1 alpha-2 code such as FR or a country name")
            }
        }
        return codes
    }

    /// Parses an optional `YYYY-MM-DD`.
    static func day(_ text: String?, _ option: String) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else { throw ValidationError("\(option) needs a date as YYYY-MM-DD, got '\(StoreTerminalText.escape(text))'") }
        return day
    }

    /// Parses types, families (`attack`) and tags (`DRN`).
    static func types(_ names: [String]) throws -> Set<IncidentType> {
        var result = Set<IncidentType>()
        for name in names.flatMap({ $0.split(separator: ",") }).map({ String($0).lowercased() }) {
            let matches = IncidentType.allCases.filter { $0.rawValue == name || $0.family == name || $0.tag.lowercased() == name }
            guard !matches.isEmpty else {
                let valid = IncidentType.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown incident type '\(StoreTerminalText.escape(name))'; valid types: \(valid)")
            }
            result.formUnion(matches)
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
