/// Something that happened (or was said, agreed or imposed) according to an article.
public struct Incident: Hashable, Sendable, Codable {
    /// What kind of incident.
    public var type: IncidentType
    /// The word or phrase that signals it ("drone attack", "intercepted").
    public var trigger: Span
    /// The trigger text.
    public var text: String
    /// The sentence it was found in.
    public var sentence: Span
    /// TIMEX3-style date value of when it happened.
    public var date: String?
    /// Precision of `date`.
    public var datePrecision: DatePrecision?
    /// ISO 3166-1 alpha-2 code of where it happened.
    public var country: String?
    /// The named place where it happened ("Kaluga").
    public var place: String?
    /// Who did it (actor names).
    public var actors: [String]
    /// Who or what it was done to.
    public var targets: [String]
    /// A stated number ("seven drones", "126 killed").
    public var count: Int?

    /// Creates an incident.
    public init(
        type: IncidentType, trigger: Span, text: String, sentence: Span,
        date: String? = nil, datePrecision: DatePrecision? = nil,
        country: String? = nil, place: String? = nil,
        actors: [String] = [], targets: [String] = [], count: Int? = nil
    ) {
        self.type = type
        self.trigger = trigger
        self.text = text
        self.sentence = sentence
        self.date = date
        self.datePrecision = datePrecision
        self.country = country
        self.place = place
        self.actors = actors
        self.targets = targets
        self.count = count
    }
}
