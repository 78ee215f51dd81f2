/// A stored article for the article view.
public struct ArticleDetail: Hashable, Sendable, Codable, Identifiable {
    /// Store id.
    public var id: Int64
    /// File path.
    public var path: String
    /// Headline.
    public var title: String?
    /// Published date, `YYYY-MM-DD`.
    public var published: String?
    /// Where the published date came from.
    public var publishedSource: PublishedDateSource
    /// The whole text the offsets refer to.
    public var text: String

    /// Creates a detail.
    public init(id: Int64, path: String, title: String?, published: String?, publishedSource: PublishedDateSource, text: String) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.publishedSource = publishedSource
        self.text = text
    }
}
