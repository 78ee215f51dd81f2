import WatchfloorModel

/// One-line labels for timeline entries, cut from the sentence text.
enum TimelineLabel {
    /// Longest label, in characters.
    static let maxLength = 100

    /// "attack.drone: recent Ukrainian drone attack that ignited a fire…" around the trigger.
    static func incident(_ incident: Incident, scalars: [Unicode.Scalar]) -> String {
        let s = incident.sentence
        let start = max(s.start, wordStart(scalars, max(s.start, incident.trigger.start - 40), floor: s.start))
        let end = min(s.end, incident.trigger.end + 60)
        var text = collapse(scalars, start, end)
        if end < s.end { text += "\u{2026}" }
        var who = ""
        if let actor = incident.actors.first { who = actor + ", " }
        return incident.type.rawValue + ": " + who + text
    }

    /// The sentence without its date phrase, shortened: "Russia sends troops into Ukraine".
    static func sentence(_ sentence: Span, scalars: [Unicode.Scalar], skipping time: Span) -> String {
        var text = collapse(scalars, sentence.start, time.start) + " " + collapse(scalars, time.end, sentence.end)
        text = trimmed(text)
        if text.count > maxLength { text = String(text.prefix(maxLength - 1)) + "\u{2026}" }
        return text
    }

    /// The text without leading and trailing spaces and punctuation left by a cut.
    static func trimmed(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let f = scalars.first, f == " " || f == "," || f == ";" { scalars.removeFirst() }
        while let l = scalars.last, l == " " || l == "," || l == ";" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The start of the word holding offset `i`.
    static func wordStart(_ s: [Unicode.Scalar], _ i: Int, floor: Int) -> Int {
        var k = i
        while k > floor, s[k - 1].value > 0x20 { k -= 1 }
        return k
    }

    /// Text of `a..<b` with runs of white space as one space, and control characters dropped.
    static func collapse(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        var k = max(0, a)
        let end = min(b, s.count)
        while k < end {
            let c = s[k]
            if c.value <= 0x20 || (c.value >= 0x80 && c.properties.isWhitespace) {
                space = !out.isEmpty
            } else if c.value >= 0x20 && c.value != 0x7F && !(0x80...0x9F).contains(c.value) {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
            k += 1
        }
        return String(out)
    }
}
