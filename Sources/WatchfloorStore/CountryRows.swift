/// The `incident_countries` or `timeline_countries` rows of one write transaction, held until its
/// flush (`WriteSession.flushPending()`) and then inserted in the order of their (country, type, list
/// order) index.
///
/// Written as each fact was, the rows landed in random places of two wide indexes per table (country,
/// then date); in index order, consecutive inserts descend to the same or the next leaf, which stays in
/// the CPU's caches and in SQLite's page cache, and each leaf is read and dirtied once per transaction
/// (`docs/decisions/writer.md`). The order only changes speed: the table's content is the same.
struct CountryRows {
    /// One row: the fact's id and what the indexes hold.
    struct Row {
        let id: Int64
        let country: String
        let type: String?
        let dayStart: String?
        let dayEnd: String?
        let ingestedAt: Double
    }

    private var rows: [Row] = []

    /// Whether nothing is waiting.
    var isEmpty: Bool { rows.isEmpty }

    /// Queues one row.
    mutating func add(id: Int64, country: String, type: String?, dayStart: String?, dayEnd: String?, ingestedAt: Double) {
        rows.append(Row(id: id, country: country, type: type, dayStart: dayStart, dayEnd: dayEnd, ingestedAt: ingestedAt))
    }

    /// Inserts the queued rows through `statement` (parameters: id, country, type, day_start, day_end,
    /// ingested_at) in index order, and empties the queue.
    mutating func write(_ statement: RawStatement) throws {
        guard !rows.isEmpty else { return }
        let sorted = rows.sorted(by: CountryRows.indexOrder)
        rows = []
        for row in sorted {
            statement.bind(1, row.id)
            statement.bind(2, row.country)
            statement.bind(3, row.type)
            statement.bind(4, row.dayStart)
            statement.bind(5, row.dayEnd)
            statement.bind(6, row.ingestedAt)
            try statement.run()
        }
    }

    /// Country, type (none first), then newest day, newest ingest and highest id first: the
    /// `*_by_country_type` index's order, grouped by country as `*_by_country` is. Swift's string order
    /// may differ from SQLite's bytes for non-ASCII text; that costs only locality.
    static func indexOrder(_ a: Row, _ b: Row) -> Bool {
        if a.country != b.country { return a.country < b.country }
        if a.type != b.type {
            guard let at = a.type else { return true }
            guard let bt = b.type else { return false }
            return at < bt
        }
        if a.dayStart != b.dayStart {
            guard let ad = a.dayStart else { return false }
            guard let bd = b.dayStart else { return true }
            return ad > bd
        }
        if a.ingestedAt != b.ingestedAt { return a.ingestedAt > b.ingestedAt }
        return a.id > b.id
    }
}
