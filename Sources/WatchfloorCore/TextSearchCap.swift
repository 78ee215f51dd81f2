/// A text filter whose search stopped at the newest `articles` matching articles (the store bounds a
/// search so it costs the same in any size of store), so the analyst is told the lists are not all.
public struct TextSearchCap: Hashable, Sendable {
    /// The filter text the cap applies to.
    public var text: String
    /// How many matching articles the search read.
    public var articles: Int

    /// Creates a cap.
    public init(text: String, articles: Int) {
        self.text = text
        self.articles = articles
    }
}
