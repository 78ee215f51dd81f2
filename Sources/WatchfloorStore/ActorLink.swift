import WatchfloorModel

/// One `article_actors` row: the actors of an extraction that share a name and kind, merged the way
/// the v1-v6 upsert merged a repeated actor (mentions summed, the first role given, spans appended,
/// the first occurrence's country and first span), so the writer inserts each link once.
struct ActorLink {
    /// Actor name.
    let name: String
    /// Actor kind (raw value).
    let kind: String
    /// The first occurrence's country (upper case): the link's country.
    let country: String?
    /// The first country any occurrence gives (upper case): what the actor row gets if it has none.
    var actorCountry: String?
    /// The first role any occurrence gives.
    var role: String?
    /// Mentions (at least 1 per occurrence).
    var mentions: Int
    /// The first occurrence's first span (by position).
    let firstSpan: Span?
    /// `start-end` pairs, each occurrence's sorted, occurrences joined by commas.
    var spans: String

    /// The links of `actors`, in order of first appearance.
    static func merged(_ actors: [EventActor]) -> [ActorLink] {
        var links: [ActorLink] = []
        // Keyed by bytes: SQLite's unique (name, kind) compares bytes, Swift strings compare canonically.
        var index: [[UInt8]: Int] = [:]
        for a in actors {
            let spans = a.spans.count > 1 ? a.spans.sorted() : a.spans
            var text = ""
            for (n, s) in spans.enumerated() {
                if n > 0 { text += "," }
                text += String(s.start) + "-" + String(s.end)
            }
            let country = a.country?.uppercased()
            let key = Array(a.kind.rawValue.utf8) + [0] + Array(a.name.utf8)
            if let n = index[key] {
                links[n].actorCountry = links[n].actorCountry ?? country
                links[n].role = links[n].role ?? a.role
                links[n].mentions += max(1, spans.count)
                links[n].spans += "," + text
            } else {
                index[key] = links.count
                links.append(ActorLink(name: a.name, kind: a.kind.rawValue, country: country, actorCountry: country, role: a.role,
                                       mentions: max(1, spans.count), firstSpan: spans.first, spans: text))
            }
        }
        return links
    }
}
