import WatchfloorModel

/// One article for `EventStore.recordBatch`: its content hash, file size and, when its content is
/// new, the facts extracted from it.
public struct BatchArticle: Sendable {
    /// The article.
    public var article: Article { didSet { prepared = nil } }
    /// `ContentHash.sha256(text: article.text)`.
    public var contentHash: String
    /// File bytes (element bytes for an element of a JSON file).
    public var size: Int
    /// The facts; nil for content the store already has.
    public var extraction: Extraction? { didSet { prepared = nil } }
    /// What the writer derives from the article and its facts, if `prepareForStore()` made it already
    /// (dropped whenever either changes).
    private(set) var prepared: PreparedFacts?

    /// Does the writer's per-article work that needs no database (packing mentions and times, merging
    /// countries and actors, summaries, date ranges) now, on the calling thread, so that `recordBatch`
    /// has less to do on its own; ingest calls it on its extraction threads. Writes the same either way.
    public mutating func prepareForStore() {
        guard prepared == nil, let extraction else { return }
        prepared = PreparedFacts(article: article, extraction: extraction)
    }

    /// Creates an item.
    public init(article: Article, contentHash: String, size: Int, extraction: Extraction?) {
        self.article = article
        self.contentHash = contentHash
        self.size = size
        self.extraction = extraction
    }
}
