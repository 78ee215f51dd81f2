/// A dated line on the timeline: an incident or a dated background fact.
public struct TimelineEntry: Hashable, Sendable, Codable {
    /// TIMEX3-style date value.
    public var date: String
    /// Precision of `date`.
    public var precision: DatePrecision
    /// One-line label ("Russia sends troops into Ukraine").
    public var label: String
    /// Index into the extraction's `incidents`, when the entry is an incident.
    public var incident: Int?
    /// The sentence the entry came from.
    public var sentence: Span

    /// Creates a timeline entry.
    public init(date: String, precision: DatePrecision, label: String, incident: Int?, sentence: Span) {
        self.date = date
        self.precision = precision
        self.label = label
        self.incident = incident
        self.sentence = sentence
    }
}
