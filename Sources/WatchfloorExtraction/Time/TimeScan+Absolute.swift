import WatchfloorModel

/// Rules for calendar dates: ISO and numeric dates, month names, weekdays, years, decades and centuries.
extension TimeScan {
    /// Patterns that start with a number.
    func numeric(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        // ISO 2025-01-31 and 2025-01.
        if let y = yearNumber(i), punct(i + 1, "-"), glued(i + 1), glued(i + 2),
           let m = plainNumber(i + 2, maxDigits: 2), t[i + 2].digits == 2, (1...12).contains(m) {
            if punct(i + 3, "-"), glued(i + 3), glued(i + 4), let d = plainNumber(i + 4, maxDigits: 2), t[i + 4].digits == 2 {
                if let day = CalendarDay(year: y, month: m, day: d) {
                    return TimeMatch(first: i, last: i + 4, value: day.iso, precision: .day)
                }
                return nil
            }
            if !(punct(i + 3, "-") && glued(i + 3)) {
                return TimeMatch(first: i, last: i + 2, value: TimeValue.month(y, m), precision: .month)
            }
        }
        // Numeric 7/8/2007 or 7/8/07 (United States order, as in the English-language wires).
        if let m = plainNumber(i, maxDigits: 2), punct(i + 1, "/"), glued(i + 1), glued(i + 2),
           let d = plainNumber(i + 2, maxDigits: 2), punct(i + 3, "/"), glued(i + 3), glued(i + 4),
           let yy = plainNumber(i + 4, maxDigits: 4), t[i + 4].digits == 2 || t[i + 4].digits == 4 {
            let y = t[i + 4].digits == 4 ? yy : expandTwoDigitYear(yy)
            if let day = CalendarDay(year: y, month: m, day: d) {
                return TimeMatch(first: i, last: i + 4, value: day.iso, precision: .day)
            }
            return nil
        }
        // Day-first: 31 January 2025, 31st of January.
        if let d = dayNumber(i) {
            var k = i + 1
            if word(k) == "of" { k += 1 }
            if let m = month(k) {
                return dayMonth(first: i, day: d, month: m, monthToken: k)
            }
        }
        // Decades: 1990s, 80s.
        if tok.suffixBytes == TimeToken.sSuffix, let v = tok.value, !tok.grouped {
            if tok.digits == 4, v % 10 == 0, v >= 1000, v <= 2190 {
                return TimeMatch(first: i, last: i, value: String(v / 10), precision: .decade)
            }
            if tok.digits == 2, v % 10 == 0, !["his", "her", "their", "my", "your", "our", "its"].contains(word(i - 1)) {
                return TimeMatch(first: i, last: i, value: String(expandTwoDigitYear(v) / 10), precision: .decade)
            }
        }
        // Ordinals: 20th century, 3rd quarter.
        if tok.hasOrdinalSuffix, let n = tok.value, let m = ordinalUnit(i, ordinal: n) {
            return m
        }
        if let y = yearNumber(i), isYearContext(i, y) {
            // "the 1988 third quarter", "1988 first half".
            if let m = ordinalUnit(i + 1, year: y) { return with(m, first: i) }
            return TimeMatch(first: i, last: i, value: TimeValue.year(y), precision: .year)
        }
        return ago(i)
    }

    /// Whether a four-digit number at `i` is used as a year rather than a quantity or a code.
    func isYearContext(_ i: Int, _ y: Int) -> Bool {
        if i > 0, t[i - 1].kind == .punct, !t[i].gapBefore || ["$", "£", "€", "#", "¥"].contains(t[i - 1].lower) {
            let p = t[i - 1].lower
            if p != "(" && p != "-" && p != "\u{2013}" && p != "/" && p != "\"" && p != "\u{201C}" { return false }
        }
        if i > 0, t[i - 1].kind == .number { return false }
        let prev = word(i - 1)
        if ["no", "number", "flight", "route", "article", "resolution", "room", "boeing", "airbus", "model", "page",
            "section", "rule", "chapter", "code", "highway", "interstate", "unit", "channel", "bus", "item"].contains(prev) {
            return false
        }
        let next = i + 1
        if next < t.count {
            let n = t[next]
            if n.kind == .punct && (n.lower == "%" || (n.lower == ":" && !n.gapBefore && next + 1 < t.count && t[next + 1].kind == .number)) {
                return false
            }
            if n.kind == .word && (TimeLexicon.quantityNouns.contains(n.lower) || n.lower == "percent") { return false }
            if n.kind == .number { return false }
        }
        if y >= 1800 && y <= 2099 { return true }
        return ["in", "since", "of", "from", "year", "by", "until", "around", "circa", "before", "after"].contains(prev)
    }

    /// "'82" and "'90s".
    func shortYear(_ i: Int) -> TimeMatch? {
        let k = i + 1
        guard glued(k), k < t.count, t[k].kind == .number, t[k].digits == 2, let v = t[k].value else { return nil }
        // Not a closing quote after a word ("the 'best' 20").
        if i > 0, glued(i), t[i - 1].kind != .punct { return nil }
        if t[k].suffixBytes == TimeToken.sSuffix, v % 10 == 0 {
            return TimeMatch(first: i, last: k, value: String(expandTwoDigitYear(v) / 10), precision: .decade)
        }
        guard !t[k].hasLetterSuffix else { return nil }
        return TimeMatch(first: i, last: k, value: TimeValue.year(expandTwoDigitYear(v)), precision: .year)
    }

    /// A two-digit year in the century that keeps it no later than ten years past the anchor.
    func expandTwoDigitYear(_ v: Int) -> Int {
        let base = anchor?.year ?? 2025
        let candidate = 2000 + v
        return candidate > base + 10 ? 1900 + v : candidate
    }

    /// Month-name patterns at `i`: "Jan. 31, 2025", "February 2022", "June last year", "March".
    func monthDate(_ i: Int) -> TimeMatch? {
        guard let m = month(i) else { return nil }
        var k = afterDot(i) + 1
        if let d = dayNumber(k), !(punct(k + 1, ":") && glued(k + 1)) {
            let dayToken = k
            k += 1
            if punct(k, ",") { k += 1 }
            if let y = yearNumber(k), !(punct(k + 1, ":")) {
                guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
                return TimeMatch(first: i, last: k, value: day.iso, precision: .day)
            }
            guard let day = nearestDay(month: m, day: d, near: i) else { return nil }
            return TimeMatch(first: i, last: dayToken, value: day.iso, precision: .day)
        }
        k = afterDot(i) + 1
        var yk = k
        if punct(yk, ",") || word(yk) == "of" { yk += 1 }
        if let y = yearNumber(yk) {
            return TimeMatch(first: i, last: yk, value: TimeValue.month(y, m), precision: .month)
        }
        if let a = anchor, ["last", "this", "next"].contains(word(k)), word(k + 1) == "year" {
            let off = word(k) == "last" ? -1 : word(k) == "next" ? 1 : 0
            return TimeMatch(first: i, last: k + 1, value: TimeValue.month(a.year + off, m), precision: .month)
        }
        guard let a = anchor else { return nil }
        let y = yearForMonth(m, near: i, anchor: a)
        return TimeMatch(first: i, last: afterDot(i) == i ? i : i, value: TimeValue.month(y, m), precision: .month)
    }

    /// "31 January [2025]" with the day token at `first` and the month at `monthToken`.
    func dayMonth(first: Int, day d: Int, month m: Int, monthToken: Int) -> TimeMatch? {
        var k = afterDot(monthToken) + 1
        if punct(k, ",") { k += 1 }
        if let y = yearNumber(k) {
            guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
            return TimeMatch(first: first, last: k, value: day.iso, precision: .day)
        }
        guard let day = nearestDay(month: m, day: d, near: first) else { return nil }
        return TimeMatch(first: first, last: monthToken, value: day.iso, precision: .day)
    }

    /// The year for a month-and-day without one: the one that puts it nearest the anchor.
    func nearestDay(month m: Int, day d: Int, near i: Int) -> CalendarDay? {
        guard let a = anchor else { return nil }
        let anchorDays = a.daysSinceEpoch
        // The first of the nearest, as `min(by:)` over the valid candidates in this order gave (without its arrays).
        var best: CalendarDay?
        var bestDistance = 0
        for y in (a.year - 1)...(a.year + 1) {
            guard let candidate = CalendarDay(year: y, month: m, day: d) else { continue }
            let distance = abs(candidate.daysSinceEpoch - anchorDays)
            if best == nil || distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The year of a bare month name: the one that puts it nearest the anchor (six months either way).
    func yearForMonth(_ m: Int, near i: Int, anchor a: CalendarDay) -> Int {
        let ahead = m - a.month
        if ahead > 6 { return a.year - 1 }
        if ahead < -6 { return a.year + 1 }
        if ahead == 6 || ahead == -6 { return tense(near: i) > 0 ? (ahead > 0 ? a.year : a.year + 1) : (ahead > 0 ? a.year - 1 : a.year) }
        return a.year
    }

    /// Weekday patterns at `i`: "Friday", "Friday, Oct. 13", resolved by tense around it.
    func weekdayDate(_ i: Int) -> TimeMatch? {
        guard let d = weekday(i) else { return nil }
        var k = afterDot(i) + 1
        if punct(k, ",") { k += 1 }
        if month(k) != nil, let m = monthDate(k), m.precision == .day {
            return with(m, first: i)
        }
        if let dd = dayNumber(k), let mo = month(k + 1 + (word(k + 1) == "of" ? 1 : 0)) {
            let mk = k + 1 + (word(k + 1) == "of" ? 1 : 0)
            if let m = dayMonth(first: k, day: dd, month: mo, monthToken: mk) { return with(m, first: i) }
        }
        guard let a = anchor else { return nil }
        let day = resolveWeekday(d, direction: tense(near: i), anchor: a)
        return TimeMatch(first: i, last: afterDot(i), value: day.iso, precision: .day)
    }

    /// The day named by a bare weekday: the anchor itself when it matches, else the previous one
    /// (news reports the past), or the next one when the clause is about the future.
    func resolveWeekday(_ d: Int, direction: Int, anchor a: CalendarDay) -> CalendarDay {
        if direction > 0 {
            return a.adding(days: (d - a.weekday + 7) % 7)
        }
        return a.adding(days: -((a.weekday - d + 7) % 7))
    }

    /// Ordinal + unit at `i`: "third quarter", "3rd-quarter", "first half", "20th century".
    func ordinalUnit(_ i: Int, ordinal given: Int? = nil, year: Int? = nil) -> TimeMatch? {
        guard let n = given ?? TimeLexicon.ordinals[word(i)] else { return nil }
        var k = i + 1
        if punct(k, "-") { k += 1 }
        if word(k) == "fiscal" { k += 1 }
        let unit = word(k)
        switch unit {
        case "quarter":
            guard (1...4).contains(n) else { return nil }
            return quarterMatch(first: i, unitToken: k, q: n, year: year)
        case "half":
            guard (1...2).contains(n), word(i) != "last" else { return nil }
            guard let (y, last) = explicitYear(after: k) ?? year.map({ ($0, k) }) ?? anchor.map({ ($0.year, k) }) else { return nil }
            return TimeMatch(first: i, last: last, value: TimeValue.year(y) + "-H" + String(n), precision: .quarter)
        case "century":
            guard given != nil || TimeLexicon.ordinals[word(i)] != nil, n >= 1, n <= 22, word(i) != "final", word(i) != "last" else { return nil }
            return TimeMatch(first: i, last: k, value: TimeValue.pad(n - 1, 2), precision: .century)
        default:
            return nil
        }
    }

    /// A quarter with its year: "of 2009", "of last year", a year given before it, or the nearest to the anchor.
    func quarterMatch(first: Int, unitToken k: Int, q: Int, year: Int?) -> TimeMatch? {
        if let (y, last) = explicitYear(after: k) {
            return TimeMatch(first: first, last: last, value: TimeValue.quarter(y, q), precision: .quarter)
        }
        if let y = year {
            return TimeMatch(first: first, last: k, value: TimeValue.quarter(y, q), precision: .quarter)
        }
        guard let a = anchor else { return nil }
        let current = TimeValue.quarterOf(month: a.month)
        var y = a.year
        if q > current + 1 && tense(near: first) <= 0 { y -= 1 }
        return TimeMatch(first: first, last: k, value: TimeValue.quarter(y, q), precision: .quarter)
    }

    /// "of 2009", "of last year", "of fiscal 1990" after token `k`: the year and the last token.
    func explicitYear(after k: Int) -> (Int, Int)? {
        guard word(k + 1) == "of" else { return nil }
        var j = k + 2
        if word(j) == "fiscal" { j += 1 }
        if let y = yearNumber(j) { return (y, j) }
        if let a = anchor, word(j + 1) == "year" {
            switch word(j) {
            case "last": return (a.year - 1, j + 1)
            case "this": return (a.year, j + 1)
            case "next": return (a.year + 1, j + 1)
            default: return nil
            }
        }
        return nil
    }

    /// "Q3", "Q3 2024", "H1".
    func shortQuarter(_ i: Int) -> TimeMatch? {
        guard t[i].capitalized, glued(i + 1), let n = plainNumber(i + 1, maxDigits: 1) else { return nil }
        let isHalf = word(i) == "h"
        guard isHalf ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
        var y = anchor?.year
        var last = i + 1
        if let yy = yearNumber(i + 2) {
            y = yy
            last = i + 2
        } else if let a = anchor, !isHalf, n > TimeValue.quarterOf(month: a.month) + 1 {
            y = a.year - 1
        }
        guard let year = y else { return nil }
        let v = TimeValue.year(year) + (isHalf ? "-H" : "-Q") + String(n)
        return TimeMatch(first: i, last: last, value: v, precision: .quarter)
    }

    /// "the nineties".
    func decadeWord(_ i: Int) -> TimeMatch? {
        guard let d = TimeLexicon.decadeWords[word(i)] else { return nil }
        let century = d <= 2 && (anchor?.year ?? 2000) >= 2020 ? 20 : 19
        return TimeMatch(first: i, last: i, value: String(century * 10 + d), precision: .decade)
    }

    /// "nineteen ninety-six", "two thousand and eight": the year and its last token.
    func spelledYear(_ i: Int) -> (Int, Int)? {
        let w = word(i)
        if w == "nineteen" {
            guard let tens = TimeLexicon.cardinals[word(i + 1)], tens >= 20, tens <= 90, tens % 10 == 0 else { return nil }
            var y = 1900 + tens
            var last = i + 1
            var k = i + 2
            if punct(k, "-") { k += 1 }
            if let u = TimeLexicon.cardinals[word(k)], u >= 1, u <= 9, word(k) != "a", word(k) != "an" {
                y += u
                last = k
            }
            return (y, last)
        }
        if w == "two", word(i + 1) == "thousand" {
            var y = 2000
            var last = i + 1
            var k = i + 2
            if word(k) == "and" { k += 1 }
            if let u = TimeLexicon.cardinals[word(k)], u >= 1, u <= 19, word(k) != "a", word(k) != "an" {
                y += u
                last = k
            }
            return (y, last)
        }
        return nil
    }
}
