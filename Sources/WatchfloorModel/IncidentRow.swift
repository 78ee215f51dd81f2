/// One stored incident as the incidents pane and `watchfloor query` show it.
public struct IncidentRow: Hashable, Sendable, Codable, Identifiable {
    /// Store id.
    public var id: Int64
    /// The article it came from.
    public var articleID: Int64
    /// Incident type.
    public var type: IncidentType
    /// TIMEX3-style date value (`2025-01-17`, `2022-02`...), nil when unknown.
    public var date: String?
    /// Precision of `date`.
    public var precision: DatePrecision?
    /// Where it happened, ISO 3166-1 alpha-2.
    public var country: String?
    /// Named place.
    public var place: String?
    /// Who did it.
    public var actors: [String]
    /// Who it was done to.
    public var targets: [String]
    /// A stated number.
    public var count: Int?
    /// One-line summary (the trigger in its sentence, shortened).
    public var summary: String
    /// The sentence it came from, in the article text.
    public var sentence: Span
    /// When its article was ingested, seconds since 1970.
    public var ingestedAt: Double

    /// Creates a row.
    public init(
        id: Int64, articleID: Int64, type: IncidentType, date: String?, precision: DatePrecision?,
        country: String?, place: String?, actors: [String], targets: [String], count: Int?,
        summary: String, sentence: Span, ingestedAt: Double
    ) {
        self.id = id
        self.articleID = articleID
        self.type = type
        self.date = date
        self.precision = precision
        self.country = country
        self.place = place
        self.actors = actors
        self.targets = targets
        self.count = count
        self.summary = summary
        self.sentence = sentence
        self.ingestedAt = ingestedAt
    }
}
