import WatchfloorModel

/// Entry points of the rules: prefixes ("the", "early", "end of") around the core patterns.
extension TimeScan {
    /// The longest expression starting at token `i`, if any.
    func match(at i: Int) -> TimeMatch? {
        // The token is read in place (a copy of it retained and released its string), and "the" is tested by key.
        switch t[i].kind {
        case .number:
            return numeric(i)
        case .punct:
            return apostrophe(i) ? shortYear(i) : nil
        case .word:
            break
        }
        // The key is read first, so that only a token that may be "the" is lent to `isMark`.
        if t[i].key == MarkKey.the || t[i].key == TimeToken.nonASCIIKey, t[i].isMark("the", key: MarkKey.the) {
            return afterThe(i)
        }
        if let m = modified(i) { return m }
        return core(i)
    }

    /// "the" + an expression that takes an article ("the third quarter", "the 1990s", "the past").
    func afterThe(_ i: Int) -> TimeMatch? {
        let j = i + 1
        guard j < t.count else { return nil }
        let w = word(j)
        switch w {
        case "past":
            if let m = relative(j, the: true) { return with(m, first: i) }
            if isCountOrUnit(j + 1) { return nil }
            return TimeMatch(first: i, last: j, value: "PAST_REF", precision: .reference)
        case "future":
            return TimeMatch(first: i, last: j, value: "FUTURE_REF", precision: .reference)
        case "near":
            return word(j + 1) == "future" ? TimeMatch(first: i, last: j + 1, value: "FUTURE_REF", precision: .reference) : nil
        case "present":
            return nil
        default:
            break
        }
        if let m = modified(j) { return with(m, first: i) }
        if TimeLexicon.decadeWords[w] != nil, let m = decadeWord(j) { return with(m, first: i) }
        guard let m = core(j) else { return nil }
        // "the" belongs to quarters, decades, centuries, seasons and relative phrases, not to "the May 5 vote".
        if month(j) != nil || weekday(j) != nil { return m }
        if m.precision == .year && t[j].kind == .number { return m }
        return with(m, first: i)
    }

    /// Modifiers that keep the value of what follows: "early", "mid-", "late", "earlier", "the end of".
    func modified(_ i: Int) -> TimeMatch? {
        // Only the switch's words can match (`word(i)` is "" for any other kind of token).
        guard i >= 0, i < t.count, t[i].kind == .word, Self.modifierWordSet.mayContain(key: t[i].key), Self.modifierWordSet.contains(t[i])
        else { return nil }
        let w = word(i)
        switch w {
        case "early", "late", "mid", "middle":
            var k = i + 1
            if punct(k, "-") { k += 1 }
            if w == "middle" {
                guard word(k) == "of" else { return nil }
                k += 1
                return match(at: k).map { with($0, first: i) }
            }
            guard k < t.count, let m = word(k) == "the" ? afterThe(k) : core(k) else { return nil }
            return with(m, first: i)
        case "earlier", "later":
            let k = i + 1
            let next = word(k)
            if next == "in" && word(k + 1) == "the" && word(k + 2) == "year", let a = anchor {
                return TimeMatch(first: i, last: k + 2, value: TimeValue.year(a.year), precision: .year)
            }
            guard ["this", "today", "yesterday", "tomorrow", "last", "next"].contains(next) || weekday(k) != nil,
                  let m = core(k) else { return nil }
            return with(m, first: i)
        case "end", "beginning", "start":
            guard word(i + 1) == "of" else { return nil }
            let k = i + 2
            if word(k) == "the" && word(k + 1) == "year", let a = anchor {
                return TimeMatch(first: i, last: k + 1, value: TimeValue.year(a.year), precision: .year)
            }
            if word(k) == "the" && word(k + 1) == "month", let a = anchor {
                return TimeMatch(first: i, last: k + 1, value: TimeValue.month(a.year, a.month), precision: .month)
            }
            guard k < t.count, let m = match(at: k) else { return nil }
            return with(m, first: i)
        default:
            return nil
        }
    }

    /// Core patterns that start with a word.
    func core(_ i: Int) -> TimeMatch? {
        guard i < t.count else { return nil }
        if t[i].kind == .number { return numeric(i) }
        if apostrophe(i) { return shortYear(i) }
        guard t[i].kind == .word else { return nil }
        if month(i) != nil { return monthDate(i) }
        if weekday(i) != nil { return weekdayDate(i) }
        let w = t[i].lower
        // A word outside both switches' labels would only fall through them.
        if Self.coreWordSet.mayContain(key: t[i].key), Self.coreWordSet.contains(t[i]) {
            if let a = anchor {
                switch w {
                case "today":
                    return TimeMatch(first: i, last: i, value: a.iso, precision: .day)
                case "yesterday":
                    return TimeMatch(first: i, last: i, value: a.adding(days: -1).iso, precision: .day)
                case "tomorrow":
                    return TimeMatch(first: i, last: i, value: a.adding(days: 1).iso, precision: .day)
                default:
                    break
                }
            }
            switch w {
            case "now":
                if punct(i + 1, "-") && glued(i + 1) { return nil }
                if word(i - 1) == "right" || word(i - 1) == "just" {
                    return TimeMatch(first: i - 1, last: i, value: "PRESENT_REF", precision: .reference)
                }
                return TimeMatch(first: i, last: i, value: "PRESENT_REF", precision: .reference)
            case "currently", "nowadays", "presently":
                return TimeMatch(first: i, last: i, value: "PRESENT_REF", precision: .reference)
            case "recently":
                let first = word(i - 1) == "more" || word(i - 1) == "most" ? i - 1 : i
                return TimeMatch(first: first, last: i, value: "PAST_REF", precision: .reference)
            case "recent":
                if ["years", "days", "weeks", "months", "decades", "times"].contains(word(i + 1)) {
                    return TimeMatch(first: i, last: i + 1, value: "PAST_REF", precision: .reference)
                }
                return nil
            case "these":
                return word(i + 1) == "days" ? TimeMatch(first: i, last: i + 1, value: "PRESENT_REF", precision: .reference) : nil
            case "this", "last", "next", "coming", "previous", "following", "current", "latest", "same", "that", "past":
                return relative(i, the: false)
            case "fiscal":
                return fiscal(i)
            case "year":
                return yearWord(i)
            case "q", "h":
                return shortQuarter(i)
            case "nineteen", "two":
                if let (y, last) = spelledYear(i) {
                    return TimeMatch(first: i, last: last, value: TimeValue.year(y), precision: .year)
                }
                return ago(i)
            default:
                break
            }
        }
        // Keys first: `mayContain` is false for most words, which then are not lent to the lookups (each copied the token).
        let key = t[i].key
        if Self.seasonTable.mayContain(key: key), Self.seasonTable.value(t[i]) != nil { return season(i) }
        if Self.ordinalTable.mayContain(key: key), Self.ordinalTable.value(t[i]) != nil, let m = ordinalUnit(i) { return m }
        if (TimeLexicon.cardinalTable.mayContain(key: key) && TimeLexicon.cardinalTable.value(t[i]) != nil)
            || (Self.vagueCountSet.mayContain(key: key) && Self.vagueCountSet.contains(t[i])) {
            return ago(i)
        }
        return nil
    }

    /// A copy of `m` starting at token `first`.
    func with(_ m: TimeMatch, first: Int) -> TimeMatch {
        var r = m
        r.first = first
        return r
    }

    /// Whether token `i` is a count or a time unit (so "the past" is "the past three years", a duration).
    func isCountOrUnit(_ i: Int) -> Bool {
        guard i < t.count else { return false }
        if t[i].kind == .number { return true }
        let w = word(i)
        return TimeLexicon.cardinals[w] != nil || ["few", "several", "many", "year", "years", "week", "weeks", "month",
                                                   "months", "day", "days", "decade", "decades", "quarter",
                                                   "quarters", "century", "hour", "hours", "weekend"].contains(w)
    }
}
