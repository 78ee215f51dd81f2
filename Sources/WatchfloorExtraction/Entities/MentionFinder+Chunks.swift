import WatchfloorModel

/// Capitalised chunks: where they end and how they split into gazetteer phrases, roles and names.
extension MentionFinder {
    func scan(sentence si: Int, _ sent: TokenSentence, into out: inout [EntityCandidate]) {
        var i = sent.first
        while i <= sent.last {
            let t = tokens[i]
            guard t.kind == .word, t.capitalized else { i += 1; continue }
            let j = chunkEnd(from: i, last: sent.last)
            // "iPhone Developer Program", "iTunes Music Store", "iPod Nano": a product line, not a name.
            if !(i > 0 && isCamelCaseWord(i - 1)) { segment(i, j, sentence: si, into: &out) }
            i = j + 1
        }
    }

    /// The last token of the capitalised chunk that starts at `i`.
    func chunkEnd(from i: Int, last: Int) -> Int {
        var j = i
        while j + 1 <= last {
            let n = tokens[j + 1]
            if n.newlinesBefore > 0 { break }
            if n.kind == .word && n.capitalized {
                // "in Europe and Asia Monday": a weekday after a name is a date, not part of it.
                if lexicon.weekdays.contains(n.key) { break }
                j += 1
                continue
            }
            // Past a lower-case word or a number the chunk goes on only through a connector, and no connector is a
            // weekday (`EntityShortcutTests`), so the weekday test is left to marks, which may join names.
            if n.kind == .punct, lexicon.weekdays.contains(n.key) { break }
            guard j + 2 <= last else { break }
            let nn = tokens[j + 2]
            // "Deir ez-Zor", "Dayr az-Zawr": a particle glued by a hyphen to the next capitalised word.
            if n.kind == .word, lexicon.connectors.contains(n.key), nn.kind == .punct, s[nn.start] == "-", !nn.spaceBefore,
               j + 3 <= last, tokens[j + 3].capitalized, !tokens[j + 3].spaceBefore, tokens[j + 3].newlinesBefore == 0 {
                j += 3
                continue
            }
            guard nn.kind == .word, nn.newlinesBefore == 0 else { break }
            if n.kind == .word, lexicon.connectors.contains(n.key), nn.capitalized { j += 2; continue }
            if n.kind == .punct {
                let c = s[n.start]
                let tight = !n.spaceBefore && !nn.spaceBefore
                if c == "-" && tight && (nn.capitalized || lexicon.connectors.contains(nn.key) || nn.key == lexicon.electKey) { j += 2; continue }
                if c == "&" && nn.capitalized { j += 2; continue }
            }
            break
        }
        return j
    }

    static let electKey = TextHash.key("elect")
    static let indexSizes: Set<String> = ["100", "200", "225", "250", "400", "500", "600", "1000", "2000", "3000", "5000"]

    /// The longest gazetteer phrase starting at `pos` and ending at or before `limit`.
    func longestMatch(from pos: Int, limit: Int) -> (end: Int, entries: [GazetteerEntry])? {
        var h = Gazetteer.sequenceSeed
        var best: (Int, [GazetteerEntry])?
        var k = pos
        while k <= limit, k - pos < gazetteer.maxPhraseLength {
            h = TextHash.combine(h, tokens[k].key)
            if let e = gazetteer.phrases[h] { best = (k, e) }
            if !gazetteer.prefixes.contains(h) { break }
            k += 1
        }
        return best
    }

    /// Splits a chunk into gazetteer phrases, roles and names.
    func segment(_ a: Int, _ b: Int, sentence si: Int, into out: inout [EntityCandidate]) {
        var pos = a
        var role: (first: Int, last: Int)?
        while pos <= b, tokens[pos].kind != .word || lexicon.leadingSkips.contains(tokens[pos].key)
            || (lexicon.titleSkips.contains(tokens[pos].key) && !tokens[pos].allCaps)
            || (lexicon.connectors.contains(tokens[pos].key) && !nameOpeningParticle(pos, b)) {
            pos += 1
        }
        // A capitalised ordinary word opening the sentence ("As Trump ...") is not part of the name.
        while pos < b, isSentenceInitial(pos, si), gazetteer.words.contains(tokens[pos].key), gazetteer.given[tokens[pos].key] == nil,
              !(longestMatch(from: pos, limit: b)?.entries.contains { $0.placeKind != .postal } ?? false) {
            pos += 1
        }
        while pos <= b {
            let t = tokens[pos]
            if t.kind != .word || !t.capitalized {
                pos += 1
                continue
            }
            // "President Clinton": after a role, a name that is also a town is the person.
            if let m = longestMatch(from: pos, limit: b),
               !(role != nil && m.end == b && m.entries.allSatisfy { $0.kind == .place || $0.kind == .capital }) {
                if m.entries.allSatisfy({ $0.kind == .role }) {
                    role = (pos, m.end)
                    pos = m.end + 1
                    continue
                }
                let after = m.end < b ? longestMatch(from: m.end + 1, limit: b) : nil
                let qualifier = m.entries.contains { $0.kind == .demonym || $0.kind == .country }
                // "Ford Taurus", "Lockheed Tristar": a maker's name before a product name is part of the product;
                // a nationality stays apart ("Japanese Nikkei").
                if after?.entries.contains(where: { $0.kind == .other }) ?? false {
                    if qualifier { emitGazetteer(pos, m.end, m.entries, sentence: si, into: &out) }
                    return
                }
                let nextIsRole = after?.entries.contains { $0.kind == .role } ?? false
                // "Russian Gazprom", "Japanese Nikkei": the qualifier stands apart from a known name after it;
                // "U.S. Firm's offer", "U.S. Companies": and from capitalised common words.
                let restIsName = m.end < b && (startsName(m.end + 1, b) || longestMatch(from: m.end + 1, limit: b) != nil
                    || commonWords(m.end + 1, b))
                if m.end == b || nextIsRole || (qualifier && restIsName) {
                    emitGazetteer(pos, m.end, m.entries, sentence: si, into: &out)
                    role = nil
                    pos = m.end + 1
                    continue
                }
            }
            classifyName(pos, b, sentence: si, inlineRole: role, into: &out)
            return
        }
    }

    /// Whether the name ending at token `b` ends in a hyphen and one or two capitals ("Iskander-M", "IRIS-T"),
    /// inside the token or as tokens of their own.
    func endsWithModelLetter(_ b: Int) -> Bool {
        let t = tokens[b]
        var k = t.end - 1
        while k > t.start && ScalarClass.isUpper(s[k]) && t.end - k <= 2 { k -= 1 }
        // The name before the hyphen has three letters or more: "(R-AZ)" is a senator's party and state.
        if k >= t.start + 3 && k < t.end - 1 && ScalarClass.isHyphen(s[k]) { return true }
        guard b >= 2, t.kind == .word, t.length <= 2, !t.spaceBefore, (t.start..<t.end).allSatisfy({ ScalarClass.isUpper(s[$0]) }) else { return false }
        let h = tokens[b - 1]
        return h.kind == .punct && ScalarClass.isHyphen(s[h.start]) && !h.spaceBefore && tokens[b - 2].kind == .word && tokens[b - 2].length >= 3
    }

    /// Whether one of the two words after token `b` (on its line, in lower case) is a product noun ("ballistic missiles").
    func productNounFollows(_ b: Int) -> Bool {
        var k = b + 1
        while k < tokens.count, k <= b + 2, tokens[k].kind == .word, tokens[k].newlinesBefore == 0, !tokens[k].capitalized {
            if lexicon.productNouns.contains(tokens[k].key) { return true }
            k += 1
        }
        return false
    }

    /// "Al-Monitor", "Al-Qaeda": a capitalised particle hyphenated to the next word opens the name.
    func nameOpeningParticle(_ k: Int, _ b: Int) -> Bool {
        k + 2 <= b && tokens[k].capitalized && tokens[k + 1].kind == .punct && ScalarClass.isHyphen(s[tokens[k + 1].start])
            && !tokens[k + 1].spaceBefore && !tokens[k + 2].spaceBefore
    }

    /// Whether token `k` is a lower-case word with an upper-case letter inside ("iPhone", "iTunes", "eBay").
    func isCamelCaseWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.capitalized, ScalarClass.isLower(s[t.start]) else { return false }
        for x in t.start + 1..<t.end where ScalarClass.isUpper(s[x]) { return true }
        return false
    }

    /// Whether the tokens after `b` are a model number ("Boeing 747", "Airbus A380", "VC-10", "787s"), which makes
    /// the name before it a product.
    func modelNumberAfter(_ b: Int) -> Bool {
        var k = b + 1
        guard k < tokens.count, tokens[k].newlinesBefore == 0 else { return false }
        // "Standard & Poor's 500": an index named after its maker (index sizes, not models: "Boeing's 787" is Boeing's).
        if tokens[k].key == lexicon.possessiveKey, k + 1 < tokens.count, tokens[k + 1].kind == .number,
           Self.indexSizes.contains(ScalarBuffer.string(s, tokens[k + 1].start, tokens[k + 1].end)) {
            return true
        }
        if tokens[k].kind == .punct, ScalarClass.isHyphen(s[tokens[k].start]), !tokens[k].spaceBefore, k + 1 < tokens.count,
           !tokens[k + 1].spaceBefore, tokens[k + 1].kind == .number {
            return true
        }
        let t = tokens[k]
        var digits = 0
        var letters = 0
        for x in t.start..<t.end {
            if ScalarClass.isDigit(s[x]) { digits += 1 } else if ScalarClass.isLetter(s[x]) { letters += 1 } else { return false }
        }
        guard digits > 0 else { return false }
        if t.kind == .word { return t.allCaps || letters <= 2 }
        if letters > 0 { return true }
        // Three or more digits, but not a year ("Boeing 2008 results").
        k = 0
        for x in t.start..<t.end { k = k * 10 + Int(s[x].value - 0x30) }
        return digits >= 3 && !(digits == 4 && k >= 1900 && k <= 2099)
    }

    /// Whether tokens `a...b` are all ordinary English words with no organisation head among them ("Firm", "Companies").
    func commonWords(_ a: Int, _ b: Int) -> Bool {
        (a...b).allSatisfy { k in
            let t = tokens[k]
            return t.kind != .word || (gazetteer.words.contains(t.key) && !gazetteer.orgHeads.contains(t.key) && gazetteer.given[t.key] == nil
                && !lexicon.miscHeads.contains(t.key) && !lexicon.placeHeads.contains(t.key))
        }
    }

    /// Whether tokens from `k` look like the start of a person's name (a given name).
    func startsName(_ k: Int, _ b: Int) -> Bool {
        guard k <= b, let isWord = gazetteer.given[tokens[k].key] else { return false }
        return !isWord || k < b
    }
}
