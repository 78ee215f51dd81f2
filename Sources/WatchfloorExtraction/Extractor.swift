import WatchfloorModel

/// Extracts who, what, where and when from an article. Pure: text in, facts out.
public struct Extractor: Sendable {
    /// The tables used for lookups.
    public let gazetteer: Gazetteer

    /// Creates an extractor over a loaded gazetteer.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Extracts the facts from one article, resolving dates against its published date.
    public func extract(_ article: Article) -> Extraction {
        Extraction()
    }
}
