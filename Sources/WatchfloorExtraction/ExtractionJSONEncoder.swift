import WatchfloorModel

/// Writes one extraction as the single-line JSON object of `watchfloor extract --json` (schema in docs/EXTRACTION.md).
///
/// Hand-written rather than `JSONEncoder` so that key order is fixed, the output is one line, and the
/// extractor stays free of Foundation.
public struct ExtractionJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The JSON line (without the trailing newline) for an article and its extraction.
    public func encode(article: Article, extraction x: Extraction) -> String {
        var o = JSONWriter()
        o.open("{")
        o.key("file"); o.string(article.path)
        o.key("title"); o.optional(article.title)
        o.key("published"); o.optional(article.published?.iso)
        o.key("published_source"); o.string(article.publishedSource.rawValue)
        o.key("mentions")
        o.array(x.mentions) { o, m in
            o.open("{")
            o.key("start"); o.int(m.span.start)
            o.key("end"); o.int(m.span.end)
            o.key("text"); o.string(m.text)
            o.key("kind"); o.string(m.kind.rawValue)
            o.key("country"); o.optional(m.country)
            o.close("}")
        }
        o.key("countries")
        o.array(x.countries) { o, c in
            o.open("{")
            o.key("code"); o.string(c.code)
            o.key("name"); o.string(c.name)
            o.key("mentions"); o.int(c.mentions)
            o.key("focus"); o.bool(c.focus)
            o.close("}")
        }
        o.key("actors")
        o.array(x.actors) { o, a in
            o.open("{")
            o.key("name"); o.string(a.name)
            o.key("kind"); o.string(a.kind.rawValue)
            o.key("role"); o.optional(a.role)
            o.key("country"); o.optional(a.country)
            o.key("mentions"); o.int(a.mentions)
            o.key("spans"); o.array(a.spans) { o, s in o.span(s) }
            o.close("}")
        }
        o.key("times")
        o.array(x.times) { o, t in
            o.open("{")
            o.key("start"); o.int(t.span.start)
            o.key("end"); o.int(t.span.end)
            o.key("text"); o.string(t.text)
            o.key("value"); o.string(t.value)
            o.key("precision"); o.string(t.precision.rawValue)
            o.close("}")
        }
        o.key("incidents")
        o.array(x.incidents) { o, i in
            o.open("{")
            o.key("type"); o.string(i.type.rawValue)
            o.key("start"); o.int(i.trigger.start)
            o.key("end"); o.int(i.trigger.end)
            o.key("text"); o.string(i.text)
            o.key("sentence"); o.span(i.sentence)
            o.key("date"); o.optional(i.date)
            o.key("date_precision"); o.optional(i.datePrecision?.rawValue)
            o.key("country"); o.optional(i.country)
            o.key("place"); o.optional(i.place)
            o.key("actors"); o.array(i.actors) { o, s in o.string(s) }
            o.key("targets"); o.array(i.targets) { o, s in o.string(s) }
            o.key("count")
            if let n = i.count { o.int(n) } else { o.null() }
            o.close("}")
        }
        o.key("timeline")
        o.array(x.timeline) { o, e in
            o.open("{")
            o.key("date"); o.string(e.date)
            o.key("precision"); o.string(e.precision.rawValue)
            o.key("label"); o.string(e.label)
            o.key("incident")
            if let n = e.incident { o.int(n) } else { o.null() }
            o.close("}")
        }
        o.close("}")
        return o.out
    }
}

/// A minimal streaming JSON writer: commas between members and elements, strings escaped per RFC 8259.
struct JSONWriter {
    private(set) var out = ""
    private var needsComma: [Bool] = []

    mutating func open(_ bracket: String) {
        separate()
        out += bracket
        needsComma.append(false)
    }

    mutating func close(_ bracket: String) {
        out += bracket
        needsComma.removeLast()
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    }

    mutating func key(_ k: String) {
        separate()
        appendEscaped(k)
        out += ":"
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
        pendingValue = true
    }

    private var pendingValue = false

    private mutating func separate() {
        if pendingValue {
            pendingValue = false
            return
        }
        if let last = needsComma.last, last { out += "," }
    }

    private mutating func value(_ text: String) {
        separate()
        out += text
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    }

    mutating func int(_ n: Int) { value(String(n)) }
    mutating func bool(_ b: Bool) { value(b ? "true" : "false") }
    mutating func null() { value("null") }

    mutating func string(_ s: String) {
        separate()
        appendEscaped(s)
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    mutating func span(_ s: Span) {
        open("[")
        int(s.start)
        int(s.end)
        close("]")
    }

    mutating func array<T>(_ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        open("[")
        for item in items { body(&self, item) }
        close("]")
    }

    private mutating func appendEscaped(_ s: String) {
        out += "\""
        // Most strings need no escaping: append them whole. 0xE2 leads U+2028/U+2029 (and other punctuation).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
