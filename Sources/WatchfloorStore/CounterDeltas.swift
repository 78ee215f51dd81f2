/// The counter changes of the facts written so far in one write transaction, summed per counter row
/// and written by `WriteSession.flushPending()` before the transaction commits (schema v7).
///
/// Until v6 a trigger ran one to three upserts per inserted fact row (about 140 statements per
/// article); a batch of articles touches the same counter rows again and again (the same actors,
/// countries, days), so summing first writes each row once per batch. Deletions still go through the
/// v4 triggers, which is why every delete in a write transaction must come after a flush: a trigger
/// cannot take off a count that is still only here.
///
/// Texts in keys are UTF-8 bytes, not `String`s: Swift compares strings by canonical equivalence,
/// SQLite by bytes, and two spellings of one name that SQLite keeps apart must not be summed together.
struct CounterDeltas {
    /// A text as SQLite compares it.
    typealias Bytes = [UInt8]

    /// A counter row keyed by an id and a text (actor and role, actor and day).
    struct IDText: Hashable {
        let id: Int64
        let text: Bytes
        /// Id, then text: the primary key order of `actor_roles` and `actor_days`.
        static func ordered(_ a: IDText, _ b: IDText) -> Bool {
            a.id != b.id ? a.id < b.id : a.text.lexicographicallyPrecedes(b.text)
        }
        // The bytes in one call: an array's own hash feeds the hasher one byte at a time (a few per cent
        // of the writer, which looks up about 200 of these keys per article).
        func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(text.count)
            text.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// A counter row keyed by two texts (country code and name).
    struct TextPair: Hashable {
        let first: Bytes
        let second: Bytes
        static func ordered(_ a: TextPair, _ b: TextPair) -> Bool {
            a.first != b.first ? a.first.lexicographicallyPrecedes(b.first) : a.second.lexicographicallyPrecedes(b.second)
        }
    }

    /// Per actor: mentions and articles added.
    var actors: [Int64: (mentions: Int, articles: Int)] = [:]
    /// Articles per (actor, role).
    var actorRoles: [IDText: Int] = [:]
    /// Mentions per (actor, published day).
    var actorDays: [IDText: Int] = [:]
    /// Per country code: articles and incidents added.
    var countries: [Bytes: (articles: Int, incidents: Int)] = [:]
    /// Articles per (code, name).
    var countryNames: [TextPair: Int] = [:]
    /// An actor and a text interned in `texts` (`intern`): the key of the two counters summed per (link,
    /// country of its article) and per (link, type), about 55 lookups per generated article. Two integers
    /// hash and compare without touching an array; with the text's bytes in the key these lookups were
    /// 1.5 µs each, 4% of the writer.
    struct IDCode: Hashable {
        let id: Int64
        let code: Int32
    }
    /// The texts of `IDCode` keys, by code.
    private(set) var texts: [Bytes] = []
    private var codes: [Bytes: Int32] = [:]
    /// Per (country code, actor): mentions and article links added (v6 `actor_countries`).
    var actorCountries: [IDCode: (mentions: Int, articles: Int)] = [:]
    /// Per (incident type, actor): mentions and article links added (v6 `actor_types`).
    var actorTypes: [IDCode: (mentions: Int, articles: Int)] = [:]
    /// Day-precise timeline entries per day.
    var timelineDays: [Bytes: Int] = [:]
    /// Articles added to the store.
    var articles = 0
    /// Incidents added to the store.
    var incidents = 0

    /// Whether there is nothing to write.
    var isEmpty: Bool {
        articles == 0 && incidents == 0 && actors.isEmpty && actorRoles.isEmpty && actorDays.isEmpty && countries.isEmpty
            && countryNames.isEmpty && timelineDays.isEmpty && actorCountries.isEmpty && actorTypes.isEmpty
    }

    /// One `article_actors` row added (`day`: the article's published day as bytes, made once per article).
    mutating func addActorLink(actorID: Int64, role: String?, day: Bytes?, mentions: Int) {
        CounterDeltas.bump(&actors[actorID, default: (0, 0)], mentions)
        if let role { actorRoles[IDText(id: actorID, text: Bytes(role.utf8)), default: 0] += 1 }
        if let day { actorDays[IDText(id: actorID, text: day), default: 0] += mentions }
    }

    /// The code of a text (a country code or a type) for `addActorCountry` and `addActorType`.
    mutating func intern(_ text: Bytes) -> Int32 {
        if let code = codes[text] { return code }
        let code = Int32(texts.count)
        texts.append(text)
        codes[text] = code
        return code
    }

    /// One actor link counted for a country (`code` from `intern` of the upper-case code's bytes).
    mutating func addActorCountry(actorID: Int64, code: Int32, mentions: Int) {
        // One hash lookup per count: this runs for every (link, country of the article) pair.
        CounterDeltas.bump(&actorCountries[IDCode(id: actorID, code: code), default: (0, 0)], mentions)
    }

    /// One actor link counted for an incident type (`code` from `intern` of its raw value's bytes).
    mutating func addActorType(actorID: Int64, type code: Int32, mentions: Int) {
        CounterDeltas.bump(&actorTypes[IDCode(id: actorID, code: code), default: (0, 0)], mentions)
    }

    /// The sums of `actorCountries` or `actorTypes` with their texts, in the tables' primary key order
    /// (text, then actor): consecutive upserts land on the same or the next leaf.
    func textFirst(_ sums: [IDCode: (mentions: Int, articles: Int)]) -> [(text: Bytes, id: Int64, mentions: Int, articles: Int)] {
        sums.map { (texts[Int($0.key.code)], $0.key.id, $0.value.mentions, $0.value.articles) }.sorted { a, b in
            if a.text.lexicographicallyPrecedes(b.text) { return true }
            if b.text.lexicographicallyPrecedes(a.text) { return false }
            return a.id < b.id
        }
    }

    private static func bump(_ value: inout (mentions: Int, articles: Int), _ mentions: Int) {
        value.mentions += mentions
        value.articles += 1
    }

    /// One `article_countries` row added.
    mutating func addArticleCountry(code: String, name: String) {
        countries[Bytes(code.utf8), default: (0, 0)].articles += 1
        countryNames[TextPair(first: Bytes(code.utf8), second: Bytes(name.utf8)), default: 0] += 1
    }

    /// One incident added (`country` as stored, upper case).
    mutating func addIncident(country: String?) {
        incidents += 1
        if let country { countries[Bytes(country.utf8), default: (0, 0)].incidents += 1 }
    }

    /// One timeline entry added.
    mutating func addTimelineEntry(dayStart: String?, dayEnd: String?) {
        // Day texts are ASCII (CalendarDay.iso), so String equality is byte equality here.
        if let dayStart, dayStart == dayEnd { timelineDays[Bytes(dayStart.utf8), default: 0] += 1 }
    }
}
