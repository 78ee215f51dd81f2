/// A country present in the store, with how many incidents and articles refer to it (for the picker).
public struct CountryFacet: Hashable, Sendable, Codable {
    /// ISO 3166-1 alpha-2 code.
    public var code: String
    /// English name.
    public var name: String
    /// Articles that mention it.
    public var articles: Int
    /// Incidents located in it.
    public var incidents: Int

    /// Creates a facet.
    public init(code: String, name: String, articles: Int, incidents: Int) {
        self.code = code
        self.name = name
        self.articles = articles
        self.incidents = incidents
    }
}
