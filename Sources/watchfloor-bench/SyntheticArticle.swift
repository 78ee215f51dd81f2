import WatchfloorModel

/// One generated article: its file text and the names the generator put into it (with their spans).
struct SyntheticArticle: Sendable {
    /// Position in the generated sequence (also its file name).
    var index: Int
    /// Headline (the first line of `text`).
    var title: String
    /// The whole file text: headline, `Date:` and `Source:` headers, blank line, body.
    var text: String
    /// Scalar offset where the body starts.
    var bodyStart: Int
    /// Published date (the `Date:` header).
    var published: CalendarDay
    /// Body sentences: scalar spans in `text`, and their text.
    var sentences: [(span: Span, text: String)]
    /// Names the generator inserted, with their spans (people, places, countries), in text order.
    var mentions: [Mention]

    /// The file name used when written to disk.
    var fileName: String {
        let digits = String(index)
        return "bench-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits + ".txt"
    }

    /// The parsed article, as a reader would produce it from the file.
    func article(directory: String) -> Article {
        Article(
            path: directory + "/" + fileName, title: title, text: text, bodyStart: bodyStart,
            published: published, publishedSource: .header, headers: ["source": "Watchfloor Bench"]
        )
    }
}
