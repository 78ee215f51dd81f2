/// The `incident_countries` or `timeline_countries` rows of one write transaction, held until its
/// flush (`WriteSession.flushPending()`) and then inserted in the order of their (country, type, list
/// order) index.
///
/// Written as each fact was, the rows landed in random places of two wide indexes per table (country,
/// then date); in index order, consecutive inserts descend to the same or the next leaf, which stays in
/// the CPU's caches and in SQLite's page cache, and each leaf is read and dirtied once per transaction
/// (DECISIONS.md, "Store writer (session 4)"). The order only changes speed: the table's content is the same.
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
        let queued = rows
        rows = []
        for n in CountryRows.indexOrder(queued) {
            let row = queued[n]
            statement.bind(1, row.id)
            statement.bind(2, row.country)
            statement.bind(3, row.type)
            statement.bind(4, row.dayStart)
            statement.bind(5, row.dayEnd)
            statement.bind(6, row.ingestedAt)
            try statement.run()
        }
    }

    /// Positions of `rows` in index order: country, type (none first), then newest day (none last), newest
    /// ingest and highest id first, the `*_by_country_type` indexes' order, grouped by country as
    /// `*_by_country` is. Sorted on fixed-size keys (the first 16 bytes of each text): sorting the rows
    /// themselves copied four strings per move and cost more than the inserts it saved. Texts that share
    /// their first 16 bytes, and non-ASCII ones, may come out of SQLite's order; that costs only locality.
    static func indexOrder(_ rows: [Row]) -> [Int] {
        var keys: [SortKey] = []
        keys.reserveCapacity(rows.count)
        for (n, row) in rows.enumerated() {
            let day = SortKey.words(row.dayStart)
            keys.append(SortKey(country: SortKey.words(row.country), type: SortKey.words(row.type),
                                day: (~day.0, ~day.1), ingestedAt: -row.ingestedAt, id: -row.id, position: n))
        }
        keys.sort()
        return keys.map(\.position)
    }

    /// A row's place in index order, in integers (descending parts negated or complemented).
    private struct SortKey: Comparable {
        let country: (UInt64, UInt64)
        let type: (UInt64, UInt64)
        let day: (UInt64, UInt64)
        let ingestedAt: Double
        let id: Int64
        let position: Int

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.country != b.country { return a.country < b.country }
            if a.type != b.type { return a.type < b.type }
            if a.day != b.day { return a.day < b.day }
            if a.ingestedAt != b.ingestedAt { return a.ingestedAt < b.ingestedAt }
            return a.id < b.id
        }

        static func == (a: SortKey, b: SortKey) -> Bool { !(a < b) && !(b < a) }

        /// The first 16 UTF-8 bytes, big-endian in two words (zero-padded); nil is (0, 0), before any text.
        static func words(_ text: String?) -> (UInt64, UInt64) {
            guard let text else { return (0, 0) }
            var high: UInt64 = 0, low: UInt64 = 0
            var n = 0
            for byte in text.utf8 {
                if n < 8 { high |= UInt64(byte) << (56 - 8 * n) } else { low |= UInt64(byte) << (56 - 8 * (n - 8)) }
                n += 1
                if n == 16 { break }
            }
            return (high, low)
        }
    }
}
