import WatchfloorModel

/// Parses a Markdown article: optional front matter between `---` lines (title, date, source, url...),
/// then Markdown whose first `# ` heading is the title when the front matter has none.
/// `text` is the whole decoded file (front matter included) so offsets match the file.
enum MarkdownArticleParser {
    /// Builds the article.
    static func parse(text: String, path: String, modificationTime: Double?, encoding: String?) -> Article {
        let head = Array(text.unicodeScalars.prefix(65_536))
        let lines = TextLine.split(head, maxLines: 400)
        var headers: [String: String] = [:]
        var i = 0
        if let first = lines.first, first.trimmed == "---",
           let close = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) {
            for line in lines[1..<close] {
                if let (key, value) = HeaderLine.parse(line.text) { headers[key] = value }
            }
            i = close + 1
        }
        while i < lines.count, lines[i].isBlank { i += 1 }
        var title = headers["title"].flatMap { $0.isEmpty ? nil : $0 }
        if title == nil, let heading = lines[i...].firstIndex(where: { headingText($0) != nil }) {
            title = headingText(lines[heading])
            // A title heading at the very top belongs to the head, not the body.
            if heading == i {
                i += 1
                while i < lines.count, lines[i].isBlank { i += 1 }
            }
        }
        let bodyStart = i < lines.count ? lines[i].start : (lines.last?.next ?? 0)
        let firstBodyLine = i < lines.count ? lines[i].text : nil
        let (published, source) = PublishedDateResolver.resolve(
            headerValue: headers["date"], firstBodyLine: firstBodyLine, path: path, modificationTime: modificationTime)
        if let encoding { headers["encoding"] = encoding }
        return Article(path: path, title: title, text: text, bodyStart: bodyStart,
                       published: published, publishedSource: source, headers: headers)
    }

    /// The text of a level-one ATX heading (`# Title #`), else nil.
    static func headingText(_ line: TextLine) -> String? {
        let t = line.text.trimmingWhitespace()
        guard t.hasPrefix("# ") else { return nil }
        var rest = t.dropFirst(2)
        while rest.last == "#" { rest = rest.dropLast() }
        let title = rest.trimmingWhitespace()
        return title.isEmpty ? nil : String(title)
    }
}
