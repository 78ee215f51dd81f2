import WatchfloorModel

/// A tagged expression in token terms: tokens `first...last`, with its TIMEX3 value.
struct TimeMatch {
    var first: Int
    var last: Int
    var value: String
    var precision: DatePrecision
    /// Resolved against the discourse ("a year earlier"): not itself a new reference point.
    var anaphoric = false
}

/// One pass of the time tagger over one text: tokens, the anchor, and the discourse
/// context that anaphoric expressions ("the quarter", "a year earlier") resolve against.
struct TimeScan {
    static let monthPrepositions: Set<String> = ["in", "since", "until", "till", "by", "last", "this", "next", "early", "late",
        "mid", "of", "from", "through", "during", "before", "after", "and", "or", "to",
        "end", "beginning", "middle", "start"]

    let s: [Unicode.Scalar]
    let t: [TimeToken]
    let anchor: CalendarDay?
    /// The last quarter mentioned, and the token it ended at.
    var lastQuarter: (year: Int, q: Int, at: Int)?
    /// The last explicit year mentioned, and the token it ended at.
    var lastYear: (year: Int, at: Int)?

    init(_ scalars: [Unicode.Scalar], anchor: CalendarDay?) {
        self.init(scalars, tokens: TimeTokenizer.tokenize(scalars), anchor: anchor)
    }

    /// A scan over tokens the caller already made with `TimeTokenizer.tokenize(scalars)`.
    init(_ scalars: [Unicode.Scalar], tokens: [TimeToken], anchor: CalendarDay?) {
        s = scalars
        t = tokens
        self.anchor = anchor
    }

    /// Runs every rule left to right, longest match first, and returns the expressions in text order.
    mutating func run() -> [TimeExpression] {
        var out: [TimeExpression] = []
        // Read once: the gate asks it for every word, and each access to the static goes through its once-guard. (A
        // stored property would make the scan larger, and it is copied for calls.)
        let gates = TimeLexicon.gateTable
        var i = 0
        while i < t.count {
            // The cheap first tests of `isHeaderLine` and `passesGate` are made here, inline: most tokens fail them, and
            // each call cost about 100 instructions (the scan is copied for a call from this mutating method).
            if t[i].newlineBefore && isHeaderLine(i) {
                i = nextLine(i)
                continue
            }
            if t[i].kind == .word && !(gates.mayContain(key: t[i].key) && Self.passesGate(t, i, gates: gates)) {
                i += 1
                continue
            }
            if let m = match(at: i) {
                let a = t[m.first].start
                let b = t[m.last].end
                out.append(TimeExpression(
                    span: Span(start: a, end: b), text: ScalarText.string(s, a, b),
                    value: m.value, precision: m.precision))
                remember(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Keeps the context that later anaphoric expressions need.
    mutating func remember(_ m: TimeMatch) {
        guard !m.anaphoric, m.precision != .reference, m.precision != .decade, m.precision != .century else { return }
        let bytes = Array(m.value.utf8)
        guard bytes.count >= 4 else { return }
        var y = 0
        for b in bytes[0..<4] {
            guard b >= 48 && b <= 57 else { return }
            y = y * 10 + Int(b - 48)
        }
        if m.precision == .quarter, bytes.count == 7, bytes[5] == UInt8(ascii: "Q") {
            lastQuarter = (y, Int(bytes[6]) - 48, m.last)
        }
        lastYear = (y, m.last)
    }

    // MARK: token helpers

    /// The lower-cased word at `i`, or "" when `i` is not a word.
    func word(_ i: Int) -> String {
        i >= 0 && i < t.count && t[i].kind == .word ? t[i].lower : ""
    }

    /// Whether token `i` is the punctuation mark `p`.
    func punct(_ i: Int, _ p: String) -> Bool {
        // Keyed: a failed `==` of two short strings costs about 250 instructions (every `p` is an ASCII literal).
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].isMark(p, key: TimeToken.key(of: p))
    }

    /// Whether token `i` is an apostrophe of any style.
    func apostrophe(_ i: Int) -> Bool {
        // U+2019 has no decomposition: only a token of non-ASCII text can equal it.
        i >= 0 && i < t.count && t[i].kind == .punct
            && (t[i].isMark("'", key: MarkKey.apostrophe) || (t[i].key == TimeToken.nonASCIIKey && t[i].lower == "\u{2019}"))
    }

    /// Whether token `i` directly follows token `i - 1` with no space.
    func glued(_ i: Int) -> Bool { i > 0 && i < t.count && !t[i].gapBefore }

    /// Token `i` is a plain number (no separators), returning it.
    func plainNumber(_ i: Int, maxDigits: Int = 4) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, !t[i].grouped, t[i].digits <= maxDigits else { return nil }
        return t[i].value
    }

    /// Token `i` is a four-digit year-like number without a suffix.
    func yearNumber(_ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, t[i].digits == 4, !t[i].hasLetterSuffix,
              let v = t[i].value, v >= 1000, v <= 2199 else { return nil }
        return v
    }

    /// Token `i` is a day of month (1...31, optionally "1st", "2nd").
    func dayNumber(_ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, t[i].digits >= 1, t[i].digits <= 2,
              let v = t[i].value, v >= 1, v <= 31 else { return nil }
        // The packed suffix compared as an integer (building `suffix` made a string per call).
        guard !t[i].hasLetterSuffix || t[i].hasOrdinalSuffix else { return nil }
        return v
    }

    /// Month number when token `i` is a month name used as one (capitalised; abbreviations need a dot or a number).
    func month(_ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, t[i].capitalized,
              let m = TimeLexicon.monthTable.value(t[i]) else { return nil }
        let w = t[i].lower
        let abbreviated = Self.characterCount(t[i]) <= 4 && w != "june" && w != "july" && w != "may"
        if abbreviated {
            return punct(i + 1, ".") && glued(i + 1) || dayNumber(i + 1) != nil || yearNumber(i + 1) != nil ? m : nil
        }
        if w == "may" || w == "march" {
            // Also a modal verb and a verb or noun: take it only with a day, a year or a time preposition.
            if dayNumber(i + 1) != nil || yearNumber(i + 1) != nil { return m }
            let prev = word(i - 1)
            if Self.monthPrepositions.contains(prev) || (punct(i - 1, "-") && word(i - 2) == "mid") { return m }
            return nil
        }
        return m
    }

    /// ISO weekday when token `i` names a day of the week.
    func weekday(_ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, t[i].capitalized,
              let d = TimeLexicon.weekdayTable.value(t[i]) else { return nil }
        if Self.characterCount(t[i]) <= 4 && !(punct(i + 1, ".") && glued(i + 1)) { return nil }
        return d
    }

    /// The index after an optional abbreviation dot glued to token `i`.
    /// Only abbreviations own their dot: the dot after "Monday." ends the sentence.
    func afterDot(_ i: Int) -> Int {
        let w = word(i)
        // `w.count`, counted without walking graphemes (0 when `i` is not a word, as for "").
        let length = i >= 0 && i < t.count && t[i].kind == .word ? Self.characterCount(t[i]) : 0
        let abbreviation = length <= 4 && w != "may" && w != "june" && w != "july"
        return abbreviation && punct(i + 1, ".") && glued(i + 1) ? i + 1 : i
    }

    /// Cheap filter before the rules: frequent words ("the", "a", "last") start an expression only
    /// when a temporal word follows.
    func passesGate(_ i: Int, gates: WordTable<TimeLexicon.Gate>) -> Bool {
        Self.passesGate(t, i, gates: gates)
    }

    /// The same over the tokens `t`: `run` calls this one, because calling a method of the scan from its mutating
    /// `run` copied the scan (retaining its arrays) for every gated word.
    static func passesGate(_ t: [TimeToken], _ i: Int, gates: WordTable<TimeLexicon.Gate>) -> Bool {
        guard gates.mayContain(key: t[i].key), let gate = gates.value(t[i]) else { return false }
        switch gate {
        case .always:
            return true
        case .unitSoon:
            var k = i + 1
            while k < t.count, k <= i + 3 {
                if t[k].kind == .word && TimeLexicon.unitSet.contains(t[k]) { return true }
                k += 1
            }
            return false
        case .temporalNext:
            guard i + 1 < t.count else { return false }
            switch t[i + 1].kind {
            case .number: return true
            // Keyed (`isMark` answers as `==`); U+2019 has no decomposition, so only non-ASCII text can equal it.
            case .punct:
                return t[i + 1].isMark("-", key: MarkKey.hyphen) || t[i + 1].isMark("'", key: MarkKey.apostrophe)
                    || (t[i + 1].key == TimeToken.nonASCIIKey && t[i + 1].lower == "\u{2019}")
            case .word: return TimeLexicon.temporalFollowerSet.contains(t[i + 1])
            }
        }
    }

    // MARK: header

    /// Whether token `i` starts a `Date: YYYY-MM-DD` header line (its value is the anchor, not a mention).
    func isHeaderLine(_ i: Int) -> Bool {
        t[i].newlineBefore && t[i].start < 400 && t[i].lower == "date" && punct(i + 1, ":")
    }

    /// The first token on the next line after `i`.
    func nextLine(_ i: Int) -> Int {
        var j = i + 1
        while j < t.count, !t[j].newlineBefore { j += 1 }
        return j
    }

    // MARK: tense

    /// Reads the verbs near token `i` (same sentence) for the direction of a bare date:
    /// +1 future ("will", "next"), -1 past ("said", "was"), 0 unknown.
    func tense(near i: Int) -> Int {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 8, !isSentenceEnd(j) {
            if let d = cue(j) { return d }
            j -= 1
            steps += 1
        }
        j = i + 1
        steps = 0
        while j < t.count, steps < 6, !isSentenceEnd(j - 1) {
            if let d = cue(j) { return d }
            j += 1
            steps += 1
        }
        return 0
    }

    /// The tense a single token signals, if any.
    func cue(_ j: Int) -> Int? {
        guard t[j].kind == .word else { return nil }
        if TimeLexicon.futureCueSet.contains(t[j]) { return 1 }
        if TimeLexicon.pastCueSet.contains(t[j]) { return -1 }
        if Self.characterCount(t[j]) > 4, Self.hasEdSuffix(t[j]), t[j].capitalized == false { return -1 }
        return nil
    }

    /// `t.lower.count` (characters) without walking graphemes for ASCII text: a token's text holds no line break, so
    /// each of its ASCII bytes is a character of its own; other text is counted by `String`.
    @inline(__always)
    static func characterCount(_ t: TimeToken) -> Int {
        t.key != TimeToken.nonASCIIKey ? t.lower.utf8.count : t.lower.count
    }

    /// `t.lower.hasSuffix("ed")`, by its last two bytes for ASCII text (no combining mark can follow them there).
    @inline(__always)
    static func hasEdSuffix(_ t: TimeToken) -> Bool {
        guard t.key != TimeToken.nonASCIIKey else { return t.lower.hasSuffix("ed") }
        let bytes = t.lower.utf8
        guard bytes.count >= 2 else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "e") && bytes[bytes.index(before: bytes.endIndex)] == UInt8(ascii: "d")
    }

    /// Whether token `j` ends a sentence.
    func isSentenceEnd(_ j: Int) -> Bool {
        guard j >= 0, j < t.count else { return true }
        if j + 1 < t.count, t[j + 1].newlineBefore { return true }
        guard t[j].kind == .punct else { return false }
        // Keyed: each failed `==` of two short strings cost a call.
        let end = t[j].isMark(".", key: MarkKey.period) || t[j].isMark("!", key: MarkKey.bang)
            || t[j].isMark("?", key: MarkKey.question)
        return end && (j + 1 >= t.count || t[j + 1].gapBefore)
            && !(j > 0 && t[j - 1].kind == .word && Self.characterCount(t[j - 1]) <= 4 && TimeLexicon.monthTable.value(t[j - 1]) != nil)
    }
}
