/// One actor aggregated across the stored articles, as the actors pane shows it.
public struct ActorRow: Hashable, Sendable, Codable, Identifiable {
    /// Canonical name, unique together with `kind`.
    public var name: String
    /// Person, organisation or country.
    public var kind: ActorKind
    /// The most frequent role.
    public var role: String?
    /// Country, ISO 3166-1 alpha-2.
    public var country: String?
    /// Total mentions in the matching articles.
    public var mentions: Int
    /// Mentions per day for the last days, oldest first (for a sparkline).
    public var trend: [Int]
    /// The most recent article that names the actor, and the first span in it.
    public var latestArticleID: Int64?
    /// Span of the first mention in `latestArticleID`.
    public var latestSpan: Span?

    /// Stable identity for selection.
    public var id: String { kind.rawValue + ":" + name }

    /// Creates a row.
    public init(
        name: String, kind: ActorKind, role: String?, country: String?, mentions: Int, trend: [Int],
        latestArticleID: Int64? = nil, latestSpan: Span? = nil
    ) {
        self.name = name
        self.kind = kind
        self.role = role
        self.country = country
        self.mentions = mentions
        self.trend = trend
        self.latestArticleID = latestArticleID
        self.latestSpan = latestSpan
    }
}
