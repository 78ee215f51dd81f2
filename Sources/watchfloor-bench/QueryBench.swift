import WatchfloorModel
import WatchfloorStore

/// Times the monitor's store queries (first pages, filters, text search, actor counts) on a cached store.
struct QueryBench {
    /// Timed repetitions per query (after warm-up).
    let iterations: Int
    /// Seconds one query may take in all before it stops early (after at least 3 repetitions).
    let budget: Double
    /// Only the queries whose name contains this text; nil: all.
    var match: String?

    /// The page size the monitor asks for (a 60-row terminal shows fewer; the lists read ahead).
    static let pageSize = 100

    /// Countries rotated through so every timing is not the same cached answer.
    static let countries = ["UA", "RU", "SD", "IR", "IL", "IN", "BR", "TR", "KE", "CN"]

    /// Words rotated through for the text search (all common in the samples).
    static let words = ["sanctions", "drone", "ceasefire", "protesters", "missile", "talks", "election", "shelling"]

    /// The day the monitor's histogram and trends end on (the generated stores' "now").
    static let today = CalendarDay(daysSinceEpoch: Int(BenchClock.fixedNow / 86_400))

    /// One named query.
    struct Query: Sendable {
        /// The row label.
        let name: String
        /// Runs the query for the `i`-th repetition; returns the number of rows (so the work is not optimised away).
        let run: @Sendable (EventStore, Int) throws -> Int
    }

    /// The queries from issue 6, plus the status-bar and picker queries the monitor runs on every change.
    static let queries: [Query] = [
        Query(name: "query: timeline first page") { store, _ in
            try store.timeline(filter: QueryFilter(), limit: pageSize, offset: 0).count
        },
        Query(name: "query: incidents, 1 country") { store, i in
            try store.incidents(filter: QueryFilter(countries: [countries[i % countries.count]]), limit: pageSize, offset: 0).count
        },
        Query(name: "query: incidents, 2 countries + type") { store, i in
            let pair: Set<String> = [countries[i % countries.count], countries[(i + 1) % countries.count]]
            let type = IncidentType.allCases[i % IncidentType.allCases.count]
            return try store.incidents(filter: QueryFilter(countries: pair, types: [type]), limit: pageSize, offset: 0).count
        },
        Query(name: "query: incidents, text search") { store, i in
            try store.incidents(filter: QueryFilter(text: words[i % words.count]), limit: pageSize, offset: 0).count
        },
        Query(name: "query: actor counts") { store, _ in
            try store.actors(
                filter: QueryFilter(), sort: .mentions, limit: pageSize, offset: 0, trendDays: 14,
                endingAt: CalendarDay(daysSinceEpoch: Int(BenchClock.fixedNow / 86_400))
            ).count
        },
        Query(name: "query: histogram (timeline)") { store, _ in
            try store.timelineHistogram(filter: QueryFilter(), days: 120, endingAt: CalendarDay(daysSinceEpoch: Int(BenchClock.fixedNow / 86_400))).count
        },
        Query(name: "query: timeline, 1 country") { store, i in
            try store.timeline(filter: QueryFilter(countries: [countries[i % countries.count]]), limit: pageSize, offset: 0).count
        },
        Query(name: "query: timeline, 2 countries + type") { store, i in
            let pair: Set<String> = [countries[i % countries.count], countries[(i + 1) % countries.count]]
            let type = IncidentType.allCases[i % IncidentType.allCases.count]
            return try store.timeline(filter: QueryFilter(countries: pair, types: [type]), limit: pageSize, offset: 0).count
        },
        Query(name: "query: timeline, type") { store, i in
            let type = IncidentType.allCases[i % IncidentType.allCases.count]
            return try store.timeline(filter: QueryFilter(types: [type]), limit: pageSize, offset: 0).count
        },
        Query(name: "query: histogram, 1 country") { store, i in
            try store.timelineHistogram(filter: QueryFilter(countries: [countries[i % countries.count]]), days: 120, endingAt: today).count
        },
        Query(name: "query: histogram, type") { store, i in
            let type = IncidentType.allCases[i % IncidentType.allCases.count]
            return try store.timelineHistogram(filter: QueryFilter(types: [type]), days: 120, endingAt: today).count
        },
        Query(name: "query: actors, 1 country") { store, i in
            try store.actors(filter: QueryFilter(countries: [countries[i % countries.count]]), sort: .mentions, limit: pageSize, offset: 0,
                             trendDays: 14, endingAt: today).count
        },
        Query(name: "query: actors, 2 countries") { store, i in
            let pair: Set<String> = [countries[i % countries.count], countries[(i + 1) % countries.count]]
            return try store.actors(filter: QueryFilter(countries: pair), sort: .mentions, limit: pageSize, offset: 0, trendDays: 14,
                                    endingAt: today).count
        },
        Query(name: "query: actors, type") { store, i in
            let type = IncidentType.allCases[i % IncidentType.allCases.count]
            return try store.actors(filter: QueryFilter(types: [type]), sort: .mentions, limit: pageSize, offset: 0, trendDays: 14, endingAt: today).count
        },
        Query(name: "query: actors, last 30 days") { store, _ in
            try store.actors(filter: QueryFilter(since: today.adding(days: -29)), sort: .mentions, limit: pageSize, offset: 0,
                             trendDays: 14, endingAt: today).count
        },
        Query(name: "query: actors, text search") { store, i in
            try store.actors(filter: QueryFilter(text: words[i % words.count]), sort: .mentions, limit: pageSize, offset: 0,
                             trendDays: 14, endingAt: today).count
        },
        Query(name: "query: country facets") { store, _ in try store.countryFacets().count },
        Query(name: "query: stats") { store, _ in try store.stats().incidents },
    ]

    /// Runs every query against each fixture; rows are grouped by query, sizes ascending.
    func rows(fixtures: [StoreFixture], goalSize: Int, log: BenchLog) -> [BenchRow] {
        let target = BenchTarget(figure: .p99, bound: 0.010, isMinimum: false, label: "p99 < 10 ms", atSize: goalSize)
        var byQuery = [[BenchRow]](repeating: [], count: Self.queries.count)
        for fixture in fixtures {
            log.say("queries on \(BenchSize.label(fixture.nominal)) incidents x \(iterations)")
            let store: EventStore
            do {
                store = try EventStore(path: fixture.path)
            } catch {
                for q in Self.queries.indices {
                    byQuery[q].append(.skipped(Self.queries[q].name, size: BenchSize.label(fixture.nominal), reason: "\(error)", target: target))
                }
                continue
            }
            for (q, query) in Self.queries.enumerated() where match.map(query.name.contains) ?? true {
                var samples = LatencySamples()
                var cpu = LatencySamples()
                var sink = 0
                do {
                    let started = Stopwatch.now()
                    sink &+= try query.run(store, 0)
                    for i in 0..<iterations {
                        if i >= 3, Stopwatch.now() - started > budget { break }
                        let t0 = Stopwatch.now()
                        let c0 = Stopwatch.processCPU()
                        sink &+= try query.run(store, i)
                        cpu.append(Stopwatch.processCPU() - c0)
                        samples.append(Stopwatch.now() - t0)
                    }
                } catch {
                    byQuery[q].append(.skipped(query.name, size: BenchSize.label(fixture.nominal), reason: "\(error)", target: target))
                    continue
                }
                if sink == 0 { log.note("\(query.name) returned no rows at \(BenchSize.label(fixture.nominal))") }
                var row = BenchRow(measure: query.name, size: fixture.nominal, sizeLabel: BenchSize.label(fixture.nominal) + " inc")
                row.p50 = samples.p50
                row.p99 = samples.p99
                row.cpuP50 = cpu.p50
                row.cpuP99 = cpu.p99
                row.target = target
                if samples.count < iterations { log.note("\(query.name) at \(BenchSize.label(fixture.nominal)): \(samples.count) repetitions (time budget)") }
                byQuery[q].append(row)
            }
        }
        return byQuery.flatMap { $0 }
    }
}
