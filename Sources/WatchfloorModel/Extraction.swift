/// Everything the extractor finds in one article.
public struct Extraction: Hashable, Sendable, Codable {
    /// Named mentions in text order.
    public var mentions: [Mention]
    /// Countries referred to, most mentioned first.
    public var countries: [CountryCount]
    /// Actors, most mentioned first.
    public var actors: [EventActor]
    /// Time expressions in text order.
    public var times: [TimeExpression]
    /// Incidents in text order.
    public var incidents: [Incident]
    /// Dated entries, in text order.
    public var timeline: [TimelineEntry]
    /// Sentence spans, in text order.
    public var sentences: [Span]

    /// Creates an extraction.
    public init(
        mentions: [Mention] = [], countries: [CountryCount] = [], actors: [EventActor] = [],
        times: [TimeExpression] = [], incidents: [Incident] = [], timeline: [TimelineEntry] = [],
        sentences: [Span] = []
    ) {
        self.mentions = mentions
        self.countries = countries
        self.actors = actors
        self.times = times
        self.incidents = incidents
        self.timeline = timeline
        self.sentences = sentences
    }
}
