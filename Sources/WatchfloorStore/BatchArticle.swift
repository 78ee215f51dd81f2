import WatchfloorModel

/// One article for `EventStore.recordBatch`: its content hash, file size and, when its content is
/// new, the facts extracted from it.
public struct BatchArticle: Sendable {
    /// The article.
    public var article: Article
    /// `ContentHash.sha256(text: article.text)`.
    public var contentHash: String
    /// File bytes (element bytes for an element of a JSON file).
    public var size: Int
    /// The facts; nil for content the store already has.
    public var extraction: Extraction?

    /// Creates an item.
    public init(article: Article, contentHash: String, size: Int, extraction: Extraction?) {
        self.article = article
        self.contentHash = contentHash
        self.size = size
        self.extraction = extraction
    }
}
