import WatchfloorModel

/// Small row builders for update tests.
enum Rows {
    static func timeline(_ id: Int64, date: String = "2025-01-17", country: String? = "RU") -> TimelineRow {
        TimelineRow(id: id, articleID: 100 + id, date: date, precision: .day, type: .attackDrone, country: country,
                    label: "entry \(id)", sentence: Span(start: 0, end: 10))
    }

    static func incident(_ id: Int64, ingestedAt: Double = 0) -> IncidentRow {
        IncidentRow(id: id, articleID: 100 + id, type: .attackDrone, date: "2025-01-17", precision: .day, country: "RU",
                    place: nil, actors: [], targets: [], count: nil, summary: "incident \(id)",
                    sentence: Span(start: 5, end: 20), ingestedAt: ingestedAt)
    }

    static func actor(_ name: String, mentions: Int = 1) -> ActorRow {
        ActorRow(name: name, kind: .person, role: nil, country: "RU", mentions: mentions, trend: [])
    }
}
