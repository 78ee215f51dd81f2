import Foundation

/// The samples' body sentences turned into templates whose names, places and countries can be swapped.
struct SentencePool: Sendable {
    /// One template per sentence, in sample order.
    let templates: [[TemplateSegment]]

    /// Reads the sample articles in `directory` (`.txt`, `.md`, `.json`) and builds the templates.
    init(directory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        var bodies: [String] = []
        for name in names where !name.hasPrefix(".") {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
            let text = String(decoding: data, as: UTF8.self)
            if let body = Self.body(of: text, name: name) { bodies.append(body) }
        }
        self.init(bodies: bodies)
    }

    /// Builds templates from article bodies.
    init(bodies: [String]) {
        let matcher = SlotMatcher()
        var templates: [[TemplateSegment]] = []
        for body in bodies {
            // A sentence split inside a quotation has an odd number of quote marks: it would read oddly alone.
            for sentence in Self.sentences(in: Self.droppingDateline(body)) where sentence.filter({ $0 == "\"" }).count % 2 == 0 {
                templates.append(matcher.template(for: sentence))
            }
        }
        self.templates = templates
    }

    /// The body of a sample file: after the header block (txt), the front matter and headings (md), or `body` (json).
    static func body(of text: String, name: String) -> String? {
        if name.hasSuffix(".json") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
            return object["body"] as? String
        }
        if name.hasSuffix(".md") {
            var lines = text.components(separatedBy: "\n")
            if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
            return lines.filter { !$0.hasPrefix("#") }.joined(separator: "\n").replacingOccurrences(of: "**", with: "")
        }
        guard name.hasSuffix(".txt") else { return nil }
        guard let blank = text.range(of: "\n\n") else { return text }
        return String(text[blank.upperBound...])
    }

    /// The body without its opening dateline ("KHARKIV, Ukraine, Jan 3 (Watchfloor) - ").
    static func droppingDateline(_ body: String) -> String {
        let trimmed = body.drop { $0 == "\n" || $0 == " " }
        guard let marker = trimmed.range(of: ") - "), trimmed.distance(from: trimmed.startIndex, to: marker.lowerBound) < 80 else {
            return String(trimmed)
        }
        return String(trimmed[marker.upperBound...])
    }

    /// Splits text into sentences at `.`, `?` or `!` (and a closing quote) followed by a space and a capital or quote.
    static func sentences(in text: String) -> [String] {
        var out: [String] = []
        for paragraph in text.components(separatedBy: "\n") where !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
            let chars = Array(paragraph)
            var start = 0
            var i = 0
            while i < chars.count {
                var end = i
                if ".?!".contains(chars[i]) {
                    if end + 1 < chars.count, chars[end + 1] == "\"" { end += 1 }
                    let next = end + 2
                    let endsHere = end + 1 < chars.count && chars[end + 1] == " " && next < chars.count
                        && (chars[next].isUppercase || chars[next] == "\"")
                    if endsHere, chars[i] != "." || !isAbbreviation(chars, period: i) {
                        out.append(String(chars[start...end]))
                        start = end + 2
                        i = start
                        continue
                    }
                }
                i += 1
            }
            if start < chars.count { out.append(String(chars[start...])) }
        }
        return out
    }

    /// Whether the period at `period` ends a short abbreviation or initial ("K.P.", "Mr.", "U.S.").
    private static func isAbbreviation(_ chars: [Character], period: Int) -> Bool {
        var j = period - 1
        var letters = 0
        while j >= 0, chars[j].isLetter {
            letters += 1
            j -= 1
        }
        return letters >= 1 && letters <= 2 && !(letters == 2 && chars[period - 1].isUppercase && chars[period - 2].isUppercase)
    }
}
