import WatchfloorModel

/// An article text indexed by code point, for cutting out the spans facts point at.
struct ScalarText {
    private let scalars: [Unicode.Scalar]

    /// Indexes `text`.
    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The text of a span, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let lo = min(max(0, start), scalars.count)
        let hi = min(max(lo, end), scalars.count)
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    /// A one-line summary of a sentence: whitespace collapsed and, when long, a window around the
    /// trigger with ellipses, at most `limit` characters.
    func summary(sentence: Span, trigger: Span, limit: Int = 160) -> String {
        var lo = max(0, min(sentence.start, trigger.start))
        var hi = min(scalars.count, max(sentence.end, trigger.end))
        if hi - lo > limit {
            let centre = (trigger.start + trigger.end) / 2
            let newLo = max(lo, min(centre - limit / 2, hi - limit))
            lo = newLo
            hi = min(hi, newLo + limit)
        }
        // Built as UTF-8 bytes with an ASCII fast path: a backlog summarises every incident, and the
        // Unicode property lookup per scalar showed in the ingest profile.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, hi - lo) + 4)
        var lastWasSpace = true
        for s in scalars[lo..<max(lo, hi)] {
            let v = s.value
            let space = v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : s.properties.isWhitespace
            if space || v < 0x20 {
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
            } else {
                if v < 0x80 {
                    bytes.append(UInt8(v))
                } else {
                    UTF8.encode(s) { bytes.append($0) }
                }
                lastWasSpace = false
            }
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        var out = String(decoding: bytes, as: UTF8.self)
        if lo > min(sentence.start, trigger.start) { out = "…" + out }
        if hi < max(sentence.end, trigger.end) { out += "…" }
        return out
    }
}
