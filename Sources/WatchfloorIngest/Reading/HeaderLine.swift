/// Recognises `Key: value` metadata lines in text files and front matter.
enum HeaderLine {
    /// The canonical header key for a spelled key, or nil if it is not a known metadata key.
    ///
    /// Only known keys count, so a headline such as "Pakistan: floods kill 12" stays a headline.
    static func canonicalKey(_ raw: Substring) -> String? {
        let key = String(raw.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
        switch key {
        case "date", "published", "publishedat", "pubdate", "datepublished", "dateline": return "date"
        case "source", "publisher", "agency": return "source"
        case "url", "link": return "url"
        case "author", "byline", "authors": return "author"
        case "language", "lang": return "language"
        case "title", "headline": return "title"
        case "section", "category", "tags", "id", "updated", "location": return key
        default: return nil
        }
    }

    /// Parses `Key: value` into the canonical key and the trimmed value (quotes removed).
    static func parse(_ line: String) -> (key: String, value: String)? {
        let trimmed = line.trimmingWhitespace()
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let rawKey = trimmed[..<colon]
        guard !rawKey.isEmpty, rawKey.count <= 30, rawKey.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "_" }),
              let key = canonicalKey(rawKey) else { return nil }
        var value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
        if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            value = value.dropFirst().dropLast()
        }
        return (key, String(value))
    }
}
