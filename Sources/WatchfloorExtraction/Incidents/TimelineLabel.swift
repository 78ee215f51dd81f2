import WatchfloorModel

/// One-line labels for timeline entries: the clause around the trigger (or the date), cut at clause
/// boundaries and word boundaries, with the date phrase removed ("Russia sent troops into Ukraine").
enum TimelineLabel {
    /// Longest label, in characters.
    static let maxLength = 80
    /// Punctuation that always ends a clause.
    static let hardStops: Set<String> = [";", ":", "\u{2014}", "\u{2013}", "(", ")", "[", "]", "\"", "\u{201C}", "\u{201D}", "|"]
    /// Words that open a subordinate clause: the label does not reach across them.
    static let clauseWords: Set<String> = ["that", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because"]
    /// Words that may start a new clause on the right once the label holds a few words.
    static let rightJoiners: Set<String> = ["and", "but", "as", "after", "before", "when", "since", "amid", "following", "until", "saying", "according"]
    /// Words that read badly at either end of a label.
    static let danglers: Set<String> = ["and", "or", "but", "so", "as", "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from",
        "with", "into", "its", "their", "his", "her", "this", "that", "which", "who", "while", "since", "during", "until", "s", "'",
        "then", "also", "than", "over", "after", "before", "amid", "about", "against", "said", "says",
        "between", "including", "especially", "out", "up", "ahead", "like"]
    /// Words that may open a label.
    static let articles: Set<String> = ["the", "a", "an", "this", "its", "his", "her", "their"]
    /// Punctuation dropped at the ends of a label ("%" and "$" belong to their numbers).
    static let loosePunctuation: Set<String> = [",", ".", "-", "'", "\u{2019}", "!", "?", ";", ":", "\u{2014}", "\u{2013}", "\"", "\u{201C}", "\u{201D}", "(", ")"]
    /// Prepositions that go with a removed date ("in February 2022").
    static let datePrepositions: Set<String> = ["in", "on", "since", "by", "during", "until", "from", "of", "at", "as", "through", "before", "after"]

    /// "Ukrainian drones attacked an oil depot in Kaluga" for an incident, from the clause around its trigger, without
    /// the dated times among `spans` that lie in its sentence (the builder passes those starting in it).
    /// Given the incident's trigger, sentence and first actor (not the incident: passing it copied every field).
    static func incident<S: Sequence<Span>>(
        trigger: Span, sentence: Span, actor firstActor: String?, scalars: [Unicode.Scalar], tokens: [TimeToken], removing spans: S
    ) -> String {
        let (clauseText, startsLower) = clause(around: trigger, in: sentence, scalars: scalars, tokens: tokens, removing: spans)
        var text = clauseText.isEmpty ? capitalised(ScalarText.string(scalars, trigger.start, trigger.end)) : clauseText
        // A subject cut off by a relative clause ("Putin, who ..., ordered troops"): name it, once.
        // The length first: it rules out most labels, and the name search costs more.
        if startsLower, let actor = firstActor, text.count + actor.count + 2 <= maxLength,
           let last = actor.split(separator: " ").last, !ScalarText.contains(text, String(last.prefix(max(4, last.count - 3)))) {
            text = actor + ": " + text
        }
        return text
    }

    /// The clause holding a background date, without the date: "Russia sent troops into Ukraine".
    static func sentence(_ sentence: Span, scalars: [Unicode.Scalar], tokens: [TimeToken], skipping time: Span) -> String {
        clause(around: time, in: sentence, scalars: scalars, tokens: tokens, removing: [time], dropFocus: true).0
    }

    /// The clause of `sentence` around `focus`, at most `maxLength` characters, cut at word boundaries,
    /// without the spans in `removing` that lie inside it (and a preposition before each), first letter capitalised; and whether
    /// it began with a lower-case word other than an article (its subject is elsewhere).
    static func clause<S: Sequence<Span>>(
        around focus: Span, in sentence: Span, scalars: [Unicode.Scalar], tokens: [TimeToken], removing: S,
        dropFocus: Bool = false
    ) -> (String, Bool) {
        guard sentence.start < sentence.end, sentence.end <= scalars.count else { return ("", false) }
        let toks = SentenceTokens(tokens, in: sentence)
        guard let fi = toks.firstIndex(endingAfter: focus.start) else { return ("", false) }
        var fl = fi
        while fl + 1 < toks.count, toks[fl + 1].start < focus.end { fl += 1 }
        // Left: back to a hard stop, a relative clause word, or a comma with a few words already taken.
        var lo = fi
        var words = 0
        // Only punctuation, a word the clause-word set may hold (by key) or the word limit can stop a walk: other tokens
        // are not lent to `stopsLeft`/`stopsRight` (lending one copied it).
        while lo > 0 {
            let kind = toks[lo - 1].kind
            if words >= 16 || kind == .punct || (kind == .word && clauseWordSet.mayContain(key: toks[lo - 1].key)),
               stopsLeft(toks[lo - 1], gapBefore: toks.gapBefore(lo - 1), words: words) {
                break
            }
            if kind == .word { words += 1 }
            lo -= 1
        }
        // Right: forward to a hard stop, a sentence end, or a joiner/comma with a few words taken.
        var hi = fl
        words = 0
        while hi + 1 < toks.count {
            let kind = toks[hi + 1].kind
            let key = toks[hi + 1].key
            if words >= 14 || kind == .punct
                || (kind == .word && (clauseWordSet.mayContain(key: key) || rightJoinerSet.mayContain(key: key))),
               stopsRight(toks[hi + 1], last: hi + 2 >= toks.count, words: words) {
                break
            }
            if kind == .word { words += 1 }
            hi += 1
        }
        // Only tokens lo...hi can be kept, so only their marks are held (a sentence can be very long). The marks, the
        // kept indices and their running widths share one temporary buffer (three arrays per label cost more than
        // the walks).
        let n = hi - lo + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * n + 1) { buffer -> (String, Bool) in
            guard let base = buffer.baseAddress else { return ("", false) }
            let keep = UnsafeMutableBufferPointer(start: base, count: n)
            keep.initialize(repeating: 1)
            // Only spans inside the sentence are cleared (the incident's label is given those that start in it).
            for span in removing where sentence.contains(span) {
                guard let a = toks.firstIndex(endingAfter: span.start), a <= hi, toks[a].start < span.end else { continue }
                var b = a
                while b + 1 < toks.count, toks[b + 1].start < span.end { b += 1 }
                if !dropFocus && a <= fl && b >= fi { continue }
                let from = max(a, lo)
                let to = min(b, hi)
                if from <= to { for k in from...to { keep[k - lo] = 0 } }
                // Keyed: U+2019 has no decomposition, so only a token of non-ASCII text can equal it.
                let possessive = b + 2 <= hi
                    && (toks[b + 1].isMark("'", key: MarkKey.apostrophe)
                        || (toks[b + 1].key == TimeToken.nonASCIIKey && toks[b + 1].lower == "\u{2019}"))
                    && toks[b + 2].isMark("s", key: MarkKey.s)
                // "memories of last year's floods": the preposition belongs to the noun after the possessive, not to the date.
                if !possessive, a > lo, toks[a - 1].kind == .word, datePrepositionSet.contains(toks[a - 1]) { keep[a - 1 - lo] = 0 }
                // "the 2022 invasion": keep the sentence readable by also dropping an orphaned possessive.
                if possessive {
                    if b + 1 >= lo { keep[b + 1 - lo] = 0 }
                    if b + 2 >= lo { keep[b + 2 - lo] = 0 }
                }
            }
            var count = 0
            let keptStart = base + n
            for k in lo...hi where keep[k - lo] != 0 {
                (keptStart + count).initialize(to: k)
                count += 1
            }
            let kept = UnsafeBufferPointer(start: keptStart, count: count)
            // The label is kept[s..<e]: tokens only ever leave at its ends, so its width comes from running sums.
            var s = 0
            var e = kept.count
            trimEnds(kept, &s, &e, toks)
            let sums = base + n + count
            sums.initialize(to: 0)
            for (m, k) in kept.enumerated() {
                (sums + m + 1).initialize(to: sums[m] + toks[k].end - toks[k].start + (toks[k].gapBefore ? 1 : 0))
            }
            // Length in characters of the kept tokens joined as they appear (the first one's gap not counted).
            func width() -> Int { e > s ? sums[e] - sums[s] - (toks[kept[s]].gapBefore ? 1 : 0) : 0 }
            var cut = false
            // `kept` ascends, so the first kept token at or after the focus and the last one at or before its end are
            // fixed positions; clamped to s..<e they are what searching s..<e would find.
            let firstAtFocus = kept.firstIndex { $0 >= fi } ?? kept.count
            let lastInFocus = kept.lastIndex { $0 <= fl } ?? -1
            while width() > maxLength - 1, e - s > 1 {
                // Shorten from the side farther from the focus.
                let left = firstAtFocus < e ? max(firstAtFocus, s) - s : 0
                let lastNear = lastInFocus >= s ? min(lastInFocus, e - 1) - s : e - s - 1
                let right = e - s - 1 - lastNear
                if right >= left {
                    e -= 1
                    cut = true
                } else {
                    s += 1
                }
                trimEnds(kept, &s, &e, toks)
            }
            // Nothing but punctuation left (a trigger between commas): no clause to show.
            guard (s..<e).contains(where: { toks[kept[$0]].kind != .punct }) else { return ("", false) }
            let startsLower = e > s && toks[kept[s]].kind == .word && !toks[kept[s]].capitalized && !articleSet.contains(toks[kept[s]])
            return (labelString(of: UnsafeBufferPointer(rebasing: kept[s..<e]), toks, scalars, cut: cut), startsLower)
        }
    }

    /// `c.properties.isLowercase`, answered without the property lookup for ASCII (whose lower-case letters are a-z).
    @inline(__always)
    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x61 && c.value <= 0x7A) : c.properties.isLowercase
    }

    /// The label of the tokens `kept`: their text joined as they appear (`text(of:)`), the first scalar upper-cased when
    /// it is lower-case, "…" after it when `cut`. Written once as UTF-8 into temporary storage, where building the
    /// scalar array, replacing its first scalar and encoding it again cost three passes and two allocations.
    static func labelString(of kept: UnsafeBufferPointer<Int>, _ toks: SentenceTokens, _ scalars: [Unicode.Scalar], cut: Bool) -> String {
        // Four bytes per scalar, a space before each token, an upper-cased first scalar (at most three scalars, each
        // already counted once) and the ellipsis.
        var capacity = 16 + 3
        for k in kept { capacity += 4 * (toks[k].end - toks[k].start) + 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out -> String in
            scalars.withUnsafeBufferPointer { src -> String in
                var o = 0
                var first = true
                for n in kept.indices {
                    let k = kept[n]
                    if n > kept.startIndex, toks[k].gapBefore {
                        out[o] = 0x20
                        o += 1
                        first = false
                    }
                    for x in toks[k].start..<toks[k].end {
                        let v = src[x].value
                        // Printable ASCII (nearly every scalar) in one compare; a-z upper-cased is the byte 0x20 lower.
                        if v &- 0x20 < 0x5F {
                            if first {
                                first = false
                                out[o] = UInt8(truncatingIfNeeded: v >= 0x61 && v <= 0x7A ? v - 0x20 : v)
                            } else {
                                out[o] = UInt8(truncatingIfNeeded: v)
                            }
                            o += 1
                            continue
                        }
                        // C0, DEL and C1 control characters are dropped.
                        guard v >= 0xA0 else { continue }
                        let c = src[x]
                        if first {
                            first = false
                            if isLowercase(c) {
                                for b in String(c).uppercased().utf8 {
                                    out[o] = b
                                    o += 1
                                }
                                continue
                            }
                        }
                        writeUTF8(c.value, out, &o)
                    }
                }
                if cut && !first { writeUTF8(0x2026, out, &o) }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self)
            }
        }
    }

    /// Appends the UTF-8 bytes of scalar value `v` at `out[o]`.
    @inline(__always)
    static func writeUTF8(_ v: UInt32, _ out: UnsafeMutableBufferPointer<UInt8>, _ o: inout Int) {
        if v < 0x80 {
            out[o] = UInt8(truncatingIfNeeded: v)
            o += 1
        } else if v < 0x800 {
            out[o] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            o += 2
        } else if v < 0x1_0000 {
            out[o] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            o += 3
        } else {
            out[o] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[o + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            o += 4
        }
    }

    /// The scalars of the tokens `kept` joined as they appear (one space where white space was), without control
    /// characters, written into one buffer (the reference `labelString` is tested against).
    static func text(of kept: UnsafeBufferPointer<Int>, _ toks: SentenceTokens, _ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Room for every scalar, a space before each token and the ellipsis a cut label ends with.
        var capacity = 1
        for k in kept { capacity += toks[k].end - toks[k].start + 1 }
        return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
            scalars.withUnsafeBufferPointer { src in
                var o = 0
                for n in kept.indices {
                    let k = kept[n]
                    if n > kept.startIndex, toks[k].gapBefore {
                        out.initializeElement(at: o, to: " ")
                        o += 1
                    }
                    for x in toks[k].start..<toks[k].end {
                        let c = src[x]
                        if c.value >= 0x20 && c.value != 0x7F && !(0x80...0x9F).contains(c.value) {
                            out.initializeElement(at: o, to: c)
                            o += 1
                        }
                    }
                }
                count = o
            }
        }
    }

    /// The text with its first letter upper-cased.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Whether the walk left from the focus stops before token `t`, having taken `words` words: a hard stop, a relative
    /// clause word, a comma once a few words are taken, or the word limit. (A function of the lent token, so that the
    /// walk does not copy each token it passes.)
    @inline(__always)
    static func stopsLeft(_ t: TimeToken, gapBefore: Bool, words: Int) -> Bool {
        if isHardStop(t, gapBefore: gapBefore) { return true }
        if t.kind == .word && clauseWordSet.contains(t) { return true }
        if t.kind == .punct && t.isMark(",", key: MarkKey.comma) && words >= 3 { return true }
        return words >= 16
    }

    /// Whether the walk right from the focus stops before token `t` (`last`: the sentence's last token): a hard stop,
    /// a relative clause word, final punctuation, a comma or a joiner once a few words are taken, or the word limit.
    @inline(__always)
    static func stopsRight(_ t: TimeToken, last: Bool, words: Int) -> Bool {
        if isHardStop(t) { return true }
        if t.kind == .word && clauseWordSet.contains(t) { return true }
        if t.kind == .punct && last
            && (t.isMark(".", key: MarkKey.period) || t.isMark("!", key: MarkKey.bang) || t.isMark("?", key: MarkKey.question)) { return true }
        if t.kind == .punct && t.isMark(",", key: MarkKey.comma) && words >= 3 { return true }
        if t.kind == .word && rightJoinerSet.contains(t) && words >= 3 { return true }
        return words >= 14
    }

    /// Whether a token ends a clause whatever surrounds it (a spaced hyphen is a dash).
    static func isHardStop(_ t: TimeToken) -> Bool {
        isHardStop(t, gapBefore: t.gapBefore)
    }

    /// The same for a token whose gap flag is given (the first token of a sentence follows a gap).
    @inline(__always)
    static func isHardStop(_ t: TimeToken, gapBefore: Bool) -> Bool {
        t.kind == .punct && (hardStopSet.contains(t) || (t.isMark("-", key: MarkKey.hyphen) && gapBefore))
    }

    /// Drops punctuation, conjunctions and prepositions left dangling at either end of `kept[s..<e]` (a leading
    /// article stays).
    static func trimEnds(_ kept: UnsafeBufferPointer<Int>, _ s: inout Int, _ e: inout Int, _ toks: SentenceTokens) {
        while e - s > 1, mayDangle(toks, kept[s]), isDangling(toks[kept[s]]) && !articleSet.contains(toks[kept[s]]) {
            s += 1
        }
        while e - s > 1, mayDangle(toks, kept[e - 1]), isDangling(toks[kept[e - 1]]) {
            e -= 1
        }
    }

    /// False when token `k` cannot be dangling, told by its key alone, so that it is not lent to `isDangling` (lending
    /// copied it): `isDangling` asks a word set that `mayContain` says does not hold it.
    @inline(__always)
    static func mayDangle(_ toks: SentenceTokens, _ k: Int) -> Bool {
        toks[k].kind == .punct ? loosePunctuationSet.mayContain(key: toks[k].key) : danglerSet.mayContain(key: toks[k].key)
    }

    /// Whether a token reads badly at an end of a label.
    @inline(__always)
    static func isDangling(_ t: TimeToken) -> Bool {
        t.kind == .punct ? loosePunctuationSet.contains(t) : danglerSet.contains(t)
    }
}
