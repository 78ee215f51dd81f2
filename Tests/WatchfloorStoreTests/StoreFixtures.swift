import Foundation
import WatchfloorModel
@testable import WatchfloorStore

/// Builders for articles and hand-made extractions (the tests check plumbing, not extraction quality).
enum StoreFixtures {
    /// An article with a headline, a `Date:` header and a body.
    static func article(_ path: String, body: String = "Ships were seized near the port on Monday.", published: String? = "2024-03-05") -> Article {
        let text = "Headline\nDate: \(published ?? "")\n\n" + body
        return Article(path: path, title: "Headline", text: text, bodyStart: 9 + 7 + (published ?? "").count + 1,
                       published: published.flatMap(CalendarDay.init(iso:)), publishedSource: published == nil ? .none : .header,
                       headers: ["source": "Wire"])
    }

    /// An extraction with one country, one actor, one time, `incidents` incidents and their timeline entries.
    static func extraction(country: String = "FR", name: String = "France", focus: Bool = true, incidents: Int = 1,
                           type: IncidentType = .arrest, date: String? = "2024-03-04", incidentCountry: String? = "FR",
                           actor: String = "Jean Dupont") -> Extraction {
        let sentence = Span(start: 27, end: 60)
        let list = (0..<incidents).map { n in
            Incident(type: type, trigger: Span(start: 36 + n, end: 42 + n), text: "seized", sentence: sentence, date: date,
                     datePrecision: date == nil ? nil : .day, country: incidentCountry, place: "Port", actors: [actor], targets: ["ships"], count: 3)
        }
        return Extraction(
            mentions: [Mention(span: Span(start: 27, end: 32), text: "Ships", kind: .place, country: country)],
            countries: [CountryCount(code: country, name: name, mentions: 2, focus: focus)],
            actors: [EventActor(name: actor, kind: .person, role: "Minister", country: country, spans: [Span(start: 27, end: 32), Span(start: 40, end: 44)])],
            times: [TimeExpression(span: Span(start: 50, end: 56), text: "Monday", value: date ?? "PAST_REF", precision: date == nil ? .reference : .day)],
            incidents: list,
            timeline: list.indices.map { TimelineEntry(date: date ?? "PAST_REF", precision: date == nil ? .reference : .day, label: "Ships seized", incident: $0, sentence: sentence) },
            sentences: [sentence])
    }

    /// A store in a fresh temporary directory (a real file, so WAL and the pool are exercised).
    /// The directory is under one per-process root that is removed when the test process exits, because a
    /// store may stay open until the end of its test and the suites have no tear-down to remove it.
    static func fileStore() throws -> (EventStore, String) {
        let dir = scratchRoot + "/" + UUID().uuidString
        let path = dir + "/nested/store.sqlite"
        return (try EventStore(path: path), path)
    }

    /// This test process's scratch root, registered for removal at exit on first use.
    static let scratchRoot: String = {
        let root = NSTemporaryDirectory() + "watchfloor-store-tests-\(getpid())"
        atexit {
            try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "watchfloor-store-tests-\(getpid())")
        }
        return root
    }()
}
