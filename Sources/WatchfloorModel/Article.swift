/// One parsed article: its whole text and the metadata a reader found in it.
///
/// `text` is the complete file text (title and header lines included) for `.txt` files,
/// so that extraction offsets match the file; for JSON and Markdown it is the
/// reconstructed text the extractor ran on, which the store keeps.
public struct Article: Hashable, Sendable, Codable {
    /// Path of the file it came from (for a JSON array, `file.json#3`).
    public var path: String
    /// The headline, if any.
    public var title: String?
    /// The text the extractor reads.
    public var text: String
    /// Offset (code points) in `text` where the body starts, after title and headers.
    public var bodyStart: Int
    /// Published date, if one was found.
    public var published: CalendarDay?
    /// Where `published` came from.
    public var publishedSource: PublishedDateSource
    /// Header values by lower-cased key (`source`, `url`, `author`, `language`).
    public var headers: [String: String]

    /// Creates an article.
    public init(
        path: String, title: String?, text: String, bodyStart: Int,
        published: CalendarDay?, publishedSource: PublishedDateSource, headers: [String: String] = [:]
    ) {
        self.path = path
        self.title = title
        self.text = text
        self.bodyStart = bodyStart
        self.published = published
        self.publishedSource = publishedSource
        self.headers = headers
    }
}
