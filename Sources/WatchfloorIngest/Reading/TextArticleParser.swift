import WatchfloorModel

/// Parses a `.txt` article: optional headline line, optional `Key: value` header lines up to the
/// first blank line, then the body. `text` is the whole decoded file so offsets match the file.
enum TextArticleParser {
    /// Header scanning stops after this many lines; real headers are a handful.
    static let maxHeadLines = 64

    /// Builds the article.
    static func parse(text: String, path: String, modificationTime: Double?, encoding: String?) -> Article {
        let head = Array(text.unicodeScalars.prefix(16_384))
        let lines = TextLine.split(head, maxLines: maxHeadLines)
        var headers: [String: String] = [:]
        var title: String?
        var i = 0
        if let first = lines.first {
            if HeaderLine.parse(first.text) == nil {
                if !first.isBlank { title = String(first.trimmed) }
                i = 1
            }
        }
        while i < lines.count, let (key, value) = HeaderLine.parse(lines[i].text) {
            headers[key] = value
            i += 1
        }
        while i < lines.count, lines[i].isBlank { i += 1 }
        let bodyStart = i < lines.count ? lines[i].start : (lines.last?.next ?? 0)
        let firstBodyLine = i < lines.count ? lines[i].text : nil
        if title == nil, let headerTitle = headers["title"], !headerTitle.isEmpty { title = headerTitle }
        let (published, source) = PublishedDateResolver.resolve(
            headerValue: headers["date"], firstBodyLine: firstBodyLine, path: path, modificationTime: modificationTime)
        if let encoding { headers["encoding"] = encoding }
        return Article(path: path, title: title, text: text, bodyStart: bodyStart,
                       published: published, publishedSource: source, headers: headers)
    }
}
