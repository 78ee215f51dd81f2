import WatchfloorModel

/// The article view: which article, which sentence to highlight, and where it is scrolled.
public struct ArticleViewState: Hashable, Sendable {
    /// The article's store id.
    public var articleID: Int64
    /// The sentence that produced the row the user opened.
    public var highlight: Span?
    /// The article, once loaded.
    public var detail: ArticleDetail?
    /// Whether the load came back empty (the article was removed).
    public var missing = false
    /// First visible text line.
    public var scroll = 0
    /// Wrapped line count at `measuredWidth` (from the renderer's own wrapping, via an effect).
    public var lineCount: Int?
    /// The wrapped line the highlight starts on.
    public var highlightLine: Int?
    /// The text width the measurement is for; a resize invalidates it.
    public var measuredWidth: Int?
    /// Whether the view was scrolled to the highlight after measuring.
    public var positioned = false

    /// Creates the view for an article that is being loaded.
    public init(articleID: Int64, highlight: Span?) {
        self.articleID = articleID
        self.highlight = highlight
    }

    /// The text width of the article view on a screen of `size` (inside the frame, with margins).
    public static func textWidth(in size: Size) -> Int { max(10, size.width - 4) }

    /// Text rows visible on a screen of `size` (frame, two header lines and status bar removed).
    public static func textRows(in size: Size) -> Int { max(1, size.height - 5) }

    /// Scrolls by `delta` lines, clamped to the text.
    public mutating func scroll(by delta: Int, rows: Int) {
        let maxScroll = max(0, (lineCount ?? 0) - rows)
        scroll = max(0, min(scroll + delta, maxScroll))
    }
}
