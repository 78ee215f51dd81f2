/// One stored timeline entry as the timeline pane shows it.
public struct TimelineRow: Hashable, Sendable, Codable, Identifiable {
    /// Store id.
    public var id: Int64
    /// The article it came from.
    public var articleID: Int64
    /// TIMEX3-style date value.
    public var date: String
    /// Precision of `date`.
    public var precision: DatePrecision
    /// Incident type when the entry is an incident.
    public var type: IncidentType?
    /// Country, ISO 3166-1 alpha-2.
    public var country: String?
    /// One-line label.
    public var label: String
    /// The sentence it came from.
    public var sentence: Span

    /// Creates a row.
    public init(
        id: Int64, articleID: Int64, date: String, precision: DatePrecision, type: IncidentType?,
        country: String?, label: String, sentence: Span
    ) {
        self.id = id
        self.articleID = articleID
        self.date = date
        self.precision = precision
        self.type = type
        self.country = country
        self.label = label
        self.sentence = sentence
    }
}
