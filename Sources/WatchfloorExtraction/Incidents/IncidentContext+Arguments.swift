import WatchfloorModel

/// Date, place, actors, targets and count of an incident, read from its sentence.
extension IncidentContext {
    static let clauseStarters: Set<String> = ["that", "which", "who", "while", "although", "but", "after", "before", "when"]
    static let clauseEnders: Set<String> = [",", ";", ":", "."]
    static let clauseJoiners: Set<String> = ["that", "which", "who", "while", "although", "but", "and"]
    static let vagueNumbers: Set<String> = ["a", "an", "dozen", "couple", "hundred"]
    static let targetMarkers: Set<String> = ["on", "against", "targeting", "at", "killing", "attacked", "hit", "struck"]
    static let victimNouns: Set<String> = ["invasion", "occupation", "annexation", "blockade", "bombardment", "siege"]
    static let currencySigns: Set<String> = ["$", "£", "€", "#"]
    static let locative: Set<String> = ["in", "at", "near", "outside", "across", "over", "around", "inside", "into", "from", "of", "on", "throughout"]
    static let units: Set<String> = ["percent", "pct", "years", "year", "days", "day", "hours", "hour", "months", "month", "weeks",
        "week", "minutes", "km", "kilometers", "kilometres", "miles", "million", "billion", "am", "pm",
        "times", "meters", "metres", "feet", "tons", "tonnes", "dollars"]

    /// Fills the arguments of `incident`, whose trigger is `hit`, from the sentence's tokens, mentions and times.
    func fillArguments(_ incident: inout Incident, hit: Hit, sentenceTokens range: Range<Int>) {
        fillArguments(&incident, hit: hit, sentenceTokens: range, inSentence: mentions(in: incident.sentence))
    }

    /// The same with `mentions(in: incident.sentence)` made by the caller, once for all the sentence's incidents.
    func fillArguments(_ incident: inout Incident, hit: Hit, sentenceTokens range: Range<Int>, inSentence: [Mention]) {
        let sentence = incident.sentence
        let trigger = incident.trigger
        if let time = nearestTime(in: sentence, to: trigger) {
            incident.date = time.value
            incident.datePrecision = time.precision
        } else if let iso = publishedISO {
            incident.date = iso
            incident.datePrecision = .day
        }
        let (place, country, locationMention) = location(inSentence, trigger: trigger)
        incident.place = place
        incident.country = country
        let (actorNames, targetNames) = participants(inSentence, hit: hit, range: range, excluding: locationMention)
        incident.actors = actorNames
        incident.targets = targetNames
        incident.count = Self.isCountless(incident.type) ? nil : count(near: hit, range: range)
    }

    /// Kinds of event that do not happen to a number of things: a number near "said", "talks" or "signed"
    /// counts something else ("43 of the state's 853 municipalities had declared", "talks between 12 nations").
    static let countlessTypes: Set<IncidentType> = [.statement, .talks, .agreement, .election]

    /// `countlessTypes.contains(type)` without hashing (a test compares the two for every type).
    static func isCountless(_ type: IncidentType) -> Bool {
        switch type {
        case .statement, .talks, .agreement, .election: return true
        default: return false
        }
    }

    /// The dated time expression in the sentence nearest to the trigger (references like PAST_REF skipped).
    func nearestTime(in sentence: Span, to trigger: Span) -> TimeExpression? {
        var best: (Int, TimeExpression)?
        for t in times[index.timeRange(in: sentence)] where sentence.contains(t.span) && t.precision != .reference {
            let d = t.span.start >= trigger.end ? t.span.start - trigger.end : max(0, trigger.start - t.span.end)
            // A date across a dash, a semicolon or a colon belongs to another clause: "invasion—decisions ... by January 31".
            let (a, b) = t.span.start >= trigger.end ? (trigger.end, t.span.start) : (t.span.end, trigger.start)
            if a < b, index.hasClauseMark(a, b) { continue }
            if best == nil || d < (best?.0 ?? Int.max) { best = (d, t) }
        }
        return best?.1
    }

    /// Mentions inside a sentence, in order.
    func mentions(in sentence: Span) -> [Mention] {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < sentence.start { lo = mid + 1 } else { hi = mid }
        }
        // Counted first, so that the array is allocated once rather than grown (and its mentions copied) as it fills.
        var count = 0
        var k = lo
        while k < mentions.count, mentions[k].span.start < sentence.end {
            if sentence.contains(mentions[k].span) { count += 1 }
            k += 1
        }
        guard count > 0 else { return [] }
        var out: [Mention] = []
        out.reserveCapacity(count)
        k = lo
        while k < mentions.count, mentions[k].span.start < sentence.end {
            if sentence.contains(mentions[k].span) { out.append(mentions[k]) }
            k += 1
        }
        return out
    }

    /// Index of the token that starts at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The word before a mention ("in" of "in Kaluga").
    func wordBefore(_ m: Mention) -> String {
        wordBeforeIndex(m).map { tokens[$0].lower } ?? ""
    }

    /// `m == other` (every stored field, as the derived `==` compares them), reading the fields in place.
    static func isSame(_ m: Mention, _ other: Mention?) -> Bool {
        guard let other else { return false }
        return m.span == other.span && m.kind == other.kind && m.country == other.country && m.text == other.text
    }

    /// The token of `wordBefore(m)`, or nil when that is "".
    func wordBeforeIndex(_ m: Mention) -> Int? {
        wordBeforeIndex(start: m.span.start)
    }

    /// The token of the word before a mention starting at scalar `start`, or nil. The marks skipped are tested by key (a
    /// failed `==` of two short strings costs about 250 instructions); U+2019 has no decomposition, so only non-ASCII
    /// text can equal it.
    func wordBeforeIndex(start: Int) -> Int? {
        var k = tokenIndex(atOrAfter: start) - 1
        while k >= 0, tokens[k].kind == .punct,
              tokens[k].isMark("'", key: MarkKey.apostrophe) || (tokens[k].key == TimeToken.nonASCIIKey && tokens[k].lower == "\u{2019}")
                || tokens[k].isMark("s", key: MarkKey.s) {
            k -= 1
        }
        return k >= 0 && tokens[k].kind == .word ? k : nil
    }

    /// Whether `set` holds `wordBefore(m)`, asked with the word's token (by key first) instead of its text.
    func wordBefore(_ m: Mention, isIn set: WordSet) -> Bool {
        wordBefore(start: m.span.start, isIn: set)
    }

    /// The same for a mention starting at scalar `start`.
    func wordBefore(start: Int, isIn set: WordSet) -> Bool {
        guard let k = wordBeforeIndex(start: start) else { return set.contains("") }
        return set.mayContain(key: tokens[k].key) && set.contains(tokens[k])
    }

    /// Where it happened: the nearest place or country after a locative preposition ("in Ukraine", "near Kharkiv"),
    /// preferring one after the trigger; a country followed by its place ("Russia's Kaluga region") gives the place.
    /// Without a locative, the nearest place in the sentence; the dateline's place only when the sentence names no other.
    func location(_ ms: [Mention], trigger: Span) -> (String?, String?, Mention?) {
        // By index (a filtered copy of the mentions and a copy per comparison cost more than the rule): the first
        // mention of least cost, as `min(by:)` over the filtered list picks it.
        func cost(_ span: Span) -> Int { distance(span, trigger) + (span.start >= trigger.end ? 0 : 40) }
        var best = -1
        var bestCost = 0
        for n in ms.indices where (ms[n].kind == .place || ms[n].kind == .country)
            && wordBefore(start: ms[n].span.start, isIn: Self.locativeSet) {
            let c = cost(ms[n].span)
            if best < 0 || c < bestCost {
                best = n
                bestCost = c
            }
        }
        if best >= 0 {
            let m = ms[best]
            if m.kind == .place { return (placeName(m.text), m.country, m) }
            if let p = ms.first(where: { $0.kind == .place && $0.span.start >= m.span.end && $0.span.start - m.span.end <= 4 }) {
                return (placeName(p.text), p.country ?? m.country, p)
            }
            return (nil, m.country, m)
        }
        func cost(place span: Span) -> Int {
            distance(span, trigger) + (dateline.map { span.start >= $0.start && span.end <= $0.end } == true ? 100_000 : 0)
        }
        best = -1
        for n in ms.indices where ms[n].kind == .place {
            let c = cost(place: ms[n].span)
            if best < 0 || c < bestCost {
                best = n
                bestCost = c
            }
        }
        if best >= 0 {
            let m = ms[best]
            return (placeName(m.text), m.country, m)
        }
        return (nil, nil, nil)
    }

    /// Scalar distance between two spans (0 when they touch or overlap).
    func distance(_ a: Span, _ b: Span) -> Int {
        a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0
    }

    /// "Kaluga region" → "Kaluga": the place's name without its administrative word.
    func placeName(_ text: String) -> String {
        if let ascii = Self.asciiPlaceName(text) { return ascii }
        let lower = text.lowercased()
        for suf in Self.placeSuffixes where lower.hasSuffix(suf) && text.count > suf.count {
            return String(text.dropLast(suf.count))
        }
        return text
    }

    /// Administrative words `placeName` takes off, each with the space before it.
    static let placeSuffixes = [" region", " province", " oblast", " district", " governorate", " county", " prefecture", " state", " area"]

    /// `placeName` for an ASCII text, or nil for other text: the same answer without lower-casing a copy. ASCII
    /// lower-cases byte by byte, and every suffix is ASCII and starts with a space, so each of its bytes is a
    /// character of its own ("\r\n" is the only ASCII character of two scalars) and `hasSuffix` compares bytes.
    static func asciiPlaceName(_ text: String) -> String? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for b in bytes where b >= 0x80 { return nil }
            for (n, suf) in placeSuffixBytes.enumerated() where bytes.count > suf.count {
                var k = bytes.count - suf.count
                var matches = true
                for c in suf {
                    let b = bytes[k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c {
                        matches = false
                        break
                    }
                    k += 1
                }
                if matches { return n }
            }
            return -1
        }
        guard let found, let n = found else { return nil }
        if n < 0 { return text }
        let suf = placeSuffixes[n]
        // A suffix that matches but leaves nothing (after a "\r\n") lets the later suffixes be tried, as the loop does.
        guard text.count > suf.count else { return nil }
        return String(text.dropLast(suf.count))
    }

    /// `placeSuffixes` as bytes.
    static let placeSuffixBytes = placeSuffixes.map { Array($0.utf8) }

    /// Who did it (a modifier or subject before the trigger, or "by X") and to whom (after "on", "against").
    func participants(_ ms: [Mention], hit: Hit, range: Range<Int>, excluding loc: Mention?) -> ([String], [String]) {
        let triggerStart = tokens[hit.first].start
        let triggerEnd = tokens[hit.last].end
        var actorNames: [String] = []
        var targetNames: [String] = []
        let clauseStart = clauseStartOffset(before: hit.first, range: range)
        let clauseEnd = clauseEndOffset(after: hit.last, range: range)
        // "the Ukraine invasion": a country modifying an invasion or occupation is its victim.
        let victimNoun = hit.first == hit.last && Self.victimNounSet.mayContain(key: tokens[hit.first].key)
            && Self.victimNounSet.contains(tokens[hit.first])
        // By index, reading fields in place: binding each mention copied it (its text and country retained, then
        // released) for every incident of the sentence.
        for n in ms.indices where ms[n].kind != .place && !Self.isSame(ms[n], loc) {
            let span = ms[n].span
            let kind = ms[n].kind
            if victimNoun && span.end <= triggerStart && tokenIndex(atOrAfter: span.end) == hit.first
                && (kind == .country || kind == .nationality) {
                if let name = actorName(ms[n]), !targetNames.contains(name) { targetNames.append(name) }
            } else if span.end <= triggerStart && span.start >= clauseStart {
                if let name = actorName(ms[n]), !actorNames.contains(name) { actorNames.append(name) }
            } else if span.start >= triggerEnd && span.start < clauseEnd {
                let before = wordBeforeIndex(start: span.start)
                if let k = before, tokens[k].isMark("by", key: MarkKey.by) {
                    if let name = actorName(ms[n]), !actorNames.contains(name) { actorNames.append(name) }
                } else if wordBefore(start: span.start, isIn: Self.targetMarkerSet) || tokenIndex(atOrAfter: span.start) == hit.last + 1 {
                    if let name = actorName(ms[n]), !targetNames.contains(name), !actorNames.contains(name) { targetNames.append(name) }
                }
            }
        }
        // The actor nearest the trigger matters most: "Ukrainian drone attack".
        // In place: `Array(reversed().prefix(3))` made two more arrays per incident.
        actorNames.reverse()
        if actorNames.count > 3 { actorNames.removeLast(actorNames.count - 3) }
        if targetNames.count > 3 { targetNames.removeLast(targetNames.count - 3) }
        return (actorNames, targetNames)
    }

    /// Scalar offset where the trigger's clause starts (after a ";", a clause word or a comma well before it).
    func clauseStartOffset(before i: Int, range: Range<Int>) -> Int {
        var j = i - 1
        var steps = 0
        while j >= range.lowerBound, steps < 14 {
            switch tokens[j].kind {
            case .punct:
                // Keyed first, so that only a mark that may be ";" or ":" is lent to `isMark`.
                let key = tokens[j].key
                if key == MarkKey.semicolon || key == MarkKey.colon || key == TimeToken.nonASCIIKey,
                   tokens[j].isMark(";", key: MarkKey.semicolon) || tokens[j].isMark(":", key: MarkKey.colon) { return tokens[j].end }
            case .word:
                if Self.clauseStarterSet.mayContain(key: tokens[j].key), Self.clauseStarterSet.contains(tokens[j]) { return tokens[j].end }
            case .number:
                break
            }
            j -= 1
            steps += 1
        }
        return j >= range.lowerBound ? tokens[j].end : (range.isEmpty ? 0 : tokens[range.lowerBound].start)
    }

    /// Scalar offset where the trigger's clause ends.
    func clauseEndOffset(after last: Int, range: Range<Int>) -> Int {
        var j = last + 1
        var steps = 0
        while j < range.upperBound, steps < 10 {
            switch tokens[j].kind {
            case .punct:
                if Self.clauseEnderSet.mayContain(key: tokens[j].key), Self.clauseEnderSet.contains(tokens[j]) { return tokens[j].start }
            case .word:
                if Self.clauseJoinerSet.mayContain(key: tokens[j].key), Self.clauseJoinerSet.contains(tokens[j]) { return tokens[j].start }
            case .number:
                break
            }
            j += 1
            steps += 1
        }
        return j < range.upperBound ? tokens[j].start : (range.isEmpty ? 0 : tokens[range.upperBound - 1].end)
    }

    /// The actor a mention refers to: the merged actor holding its span, else the mention (a country code for demonyms).
    func actorName(_ m: Mention) -> String? {
        // By index: binding each actor would copy its strings and spans for every mention asked about.
        for k in actors.indices where actors[k].spans.contains(where: { $0.overlaps(m.span) }) {
            return actors[k].name
        }
        if m.kind == .nationality || m.kind == .country {
            if let code = m.country, let k = actors.indices.first(where: { actors[$0].kind == .country && actors[$0].country == code }) {
                return actors[k].name
            }
            return m.kind == .country ? m.text : m.country ?? m.text
        }
        return m.text
    }

    /// A number stated with the incident: "126 people killed", "seven drones ... intercepted", "killed 12".
    func count(near hit: Hit, range: Range<Int>) -> Int? {
        var best: (Int, Int)?
        let lo = max(range.lowerBound, hit.first - 6)
        let hi = min(range.upperBound, hit.last + 6)
        // Read once: each access to the static goes through its once-guard.
        let cardinals = TimeLexicon.cardinalTable
        for j in lo..<hi where j < hit.first || j > hit.last {
            // `numberValue`'s first test, made here: most tokens near a trigger are neither numbers nor number words.
            guard tokens[j].kind == .number || (tokens[j].kind == .word && cardinals.mayContain(key: tokens[j].key)) else { continue }
            guard var v = numberValue(at: j, range: range) else { continue }
            // "Two of the 12 killed": the part counts, as near as its whole.
            if let part = partitivePart(of: j, range: range) { v = part }
            let d = j < hit.first ? hit.first - j : (j - hit.last) + 1
            if best == nil || d < (best?.0 ?? Int.max) { best = (d, v) }
        }
        return best?.1
    }

    /// The part's value when the number at `j` is the whole an earlier number is a part of: in "43 of the state's
    /// 853 municipalities" or "three of the 12 soldiers", the count is the first number, the second says of what.
    func partitivePart(of j: Int, range: Range<Int>) -> Int? {
        var k = j - 1
        while k > range.lowerBound && k >= j - 5 {
            if tokens[k].kind == .word && tokens[k].lower == "of" { return numberValue(at: k - 1, range: range) }
            k -= 1
        }
        return nil
    }

    /// The value of a count at token `j`, not a year, a percentage, money or a duration.
    func numberValue(at j: Int, range: Range<Int>) -> Int? {
        // Only numbers and number words can count anything (the same answer as the checks below, sooner). The token is
        // read in place (a copy retained its text) and a number word's value is looked up once, by key.
        let kind = tokens[j].kind
        let cardinal = kind == .word && TimeLexicon.cardinalTable.mayContain(key: tokens[j].key)
            ? TimeLexicon.cardinalTable.value(tokens[j]) : nil
        guard kind == .number || cardinal != nil else { return nil }
        let nextWord = word(j + 1, in: range)
        if Self.unitSet.contains(nextWord, key: wordKey(j + 1, in: range)) { return nil }
        if j + 1 < range.upperBound, tokens[j + 1].kind == .punct,
           tokens[j + 1].isMark("%", key: MarkKey.percent) || tokens[j + 1].isMark(":", key: MarkKey.colon) { return nil }
        if j - 1 >= range.lowerBound, tokens[j - 1].kind == .punct, Self.currencySignSet.contains(tokens[j - 1]) { return nil }
        if index.insideTime(tokens[j].start, tokens[j].end) { return nil }
        if kind == .number {
            guard !tokens[j].hasLetterSuffix, !tokens[j].grouped || !tokens[j].lower.contains(".") else { return nil }
            if tokens[j].grouped {
                let digits = tokens[j].lower.filter { $0 != "," }
                return Int(digits)
            }
            guard let v = tokens[j].value else { return nil }
            if tokens[j].digits == 4 && v >= 1900 && v <= 2100 { return nil }
            return v
        }
        // "the two nations" names a pair, it does not count anything that happened.
        if j - 1 >= range.lowerBound, tokens[j - 1].kind == .word, tokens[j - 1].isMark("the", key: MarkKey.the) { return nil }
        // `cardinal` is `TimeLexicon.cardinals[lower]` (the table answers as the dictionary does).
        guard kind == .word, !Self.vagueNumberSet.contains(tokens[j]), let v = cardinal else { return nil }
        if nextWord == "hundred" { return v * 100 }
        if v >= 20, v % 10 == 0, j + 2 < range.upperBound, tokens[j + 1].lower == "-", let u = TimeLexicon.cardinals[word(j + 2, in: range)], u < 10 {
            return v + u
        }
        return v
    }
}
