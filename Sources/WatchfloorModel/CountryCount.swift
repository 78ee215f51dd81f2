/// A country an article refers to, with how often and whether it is a focus of the article.
public struct CountryCount: Hashable, Sendable, Codable {
    /// ISO 3166-1 alpha-2 code.
    public var code: String
    /// Common English name.
    public var name: String
    /// Number of mentions resolved to the country (names, demonyms, capitals, places).
    public var mentions: Int
    /// Whether the article is mainly about this country.
    public var focus: Bool

    /// Creates a country count.
    public init(code: String, name: String, mentions: Int, focus: Bool) {
        self.code = code
        self.name = name
        self.mentions = mentions
        self.focus = focus
    }
}
