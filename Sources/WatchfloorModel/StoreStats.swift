/// Counts for the status bar.
public struct StoreStats: Hashable, Sendable, Codable {
    /// Articles stored (not removed).
    public var articles: Int
    /// Incidents stored.
    public var incidents: Int
    /// Ingest errors recorded.
    public var errors: Int
    /// When the newest article was ingested, seconds since 1970.
    public var lastIngestAt: Double?

    /// Creates stats.
    public init(articles: Int = 0, incidents: Int = 0, errors: Int = 0, lastIngestAt: Double? = nil) {
        self.articles = articles
        self.incidents = incidents
        self.errors = errors
        self.lastIngestAt = lastIngestAt
    }
}
