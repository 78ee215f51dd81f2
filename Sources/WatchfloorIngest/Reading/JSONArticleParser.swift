import WatchfloorModel

/// Parses `.json` (one object, an array of objects, or an object with an `articles`/`items` array)
/// and `.jsonl` (one object per line) into articles. Each article's `text` is the title, a blank
/// line and the body (or just the body), which is what the extractor reads and the store keeps.
enum JSONArticleParser {
    /// Field names tried in order.
    static let titleKeys = ["title", "headline"]
    static let bodyKeys = ["body", "text", "content", "article", "articleBody"]
    static let dateKeys = ["date", "published", "publishedAt", "published_at", "pubDate", "datePublished", "time"]

    /// Parses a whole `.json` file; falls back to JSON Lines when it holds several values one per line.
    static func parseJSON(text: String, path: String, modificationTime: Double?) throws(ArticleReadError) -> [Article] {
        let bytes = Array(text.utf8)
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            if error.reason.hasPrefix("unexpected content after"),
               let articles = try? parseLines(text: text, path: path, modificationTime: modificationTime) {
                return articles
            }
            throw .invalidJSON(line: nil, offset: error.offset, reason: error.reason)
        }
        switch value {
        case .object(let object):
            if bodyString(object) == nil, let list = object["articles"] ?? object["items"], case .array(let items) = list {
                return try articles(from: items, path: path, modificationTime: modificationTime)
            }
            return [try article(from: object, path: path, modificationTime: modificationTime)]
        case .array(let items):
            return try articles(from: items, path: path, modificationTime: modificationTime)
        default:
            throw .notAnArticle(reason: "the top level is neither an object nor an array of objects")
        }
    }

    /// Parses JSON Lines: one object per non-blank line; every line must parse.
    static func parseLines(text: String, path: String, modificationTime: Double?) throws(ArticleReadError) -> [Article] {
        var result: [Article] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.trimmingWhitespace().isEmpty else { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(line.utf8))
            } catch {
                throw .invalidJSON(line: lineNumber, offset: error.offset, reason: error.reason)
            }
            guard case .object(let object) = value else {
                throw .notAnArticle(reason: "line \(lineNumber) is not an object")
            }
            do {
                result.append(try article(from: object, path: path + "#\(lineNumber)", modificationTime: modificationTime))
            } catch {
                throw .notAnArticle(reason: "line \(lineNumber): \(reasonText(error))")
            }
        }
        guard !result.isEmpty else { throw .empty }
        return result
    }

    private static func articles(from items: [JSONValue], path: String, modificationTime: Double?) throws(ArticleReadError) -> [Article] {
        guard !items.isEmpty else { throw .notAnArticle(reason: "the array is empty") }
        var result: [Article] = []
        for (index, item) in items.enumerated() {
            guard case .object(let object) = item else {
                throw .notAnArticle(reason: "element \(index + 1) is not an object")
            }
            do {
                result.append(try article(from: object, path: path + "#\(index + 1)", modificationTime: modificationTime))
            } catch {
                throw .notAnArticle(reason: "element \(index + 1): \(reasonText(error))")
            }
        }
        return result
    }

    private static func reasonText(_ error: ArticleReadError) -> String {
        if case .notAnArticle(let reason) = error { return reason }
        return error.description
    }

    private static func bodyString(_ object: [String: JSONValue]) -> String? {
        for key in bodyKeys {
            if let s = object[key]?.string, !s.trimmingWhitespace().isEmpty { return s }
        }
        return nil
    }

    /// Builds one article from an object.
    static func article(from object: [String: JSONValue], path: String, modificationTime: Double?) throws(ArticleReadError) -> Article {
        guard let body = bodyString(object) else {
            throw .notAnArticle(reason: "no non-empty \"body\", \"text\" or \"content\" string")
        }
        let title = titleKeys.lazy.compactMap { object[$0]?.string?.trimmingWhitespace() }.first { !$0.isEmpty }.map(String.init)
        var headers: [String: String] = [:]
        if let source = nameString(object["source"]) { headers["source"] = source }
        if let url = object["url"]?.string ?? object["link"]?.string { headers["url"] = url }
        if let author = nameString(object["author"] ?? object["authors"] ?? object["byline"]) { headers["author"] = author }
        if let language = object["language"]?.string ?? object["lang"]?.string { headers["language"] = language }
        var dateText: String?
        for key in dateKeys {
            switch object[key] {
            case .string(let s)?: dateText = s
            case .number(let n)?:
                // Epoch seconds, or milliseconds when the number is too large to be seconds.
                let seconds = abs(n) > 1e11 ? n / 1000 : n
                dateText = DateScanner.day(fromEpochSeconds: seconds)?.iso
            default: break
            }
            if dateText != nil { break }
        }
        if let dateText { headers["date"] = dateText }
        let text = title.map { $0 + "\n\n" + body } ?? body
        let bodyStart = title.map { $0.unicodeScalars.count + 2 } ?? 0
        let firstLine = body.trimmingWhitespace().split(separator: "\n", maxSplits: 1).first.map(String.init)
        let (published, source) = PublishedDateResolver.resolve(
            headerValue: dateText, firstBodyLine: firstLine, path: path, modificationTime: modificationTime)
        return Article(path: path, title: title, text: text, bodyStart: bodyStart,
                       published: published, publishedSource: source, headers: headers)
    }

    /// A string, an object's `name`, or an array of those joined with commas.
    private static func nameString(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s.isEmpty ? nil : s
        case .object(let o)?: return o["name"]?.string
        case .array(let items)?:
            let names = items.compactMap { nameString($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }
}
