import WatchfloorModel

/// Rules for expressions relative to the anchor or to the discourse: "last week", "this past Friday",
/// "the quarter", "two days ago", "a year earlier", seasons and fiscal years.
extension TimeScan {
    static let determiners: Set<String> = ["the", "this", "in", "early", "late", "mid", "last", "next", "during", "until", "by", "since"]
    static let approx: Set<String> = ["nearly", "about", "almost", "around", "roughly", "some", "over", "just"]

    /// "this|last|next|past|coming|previous|following|current|latest|same|that" + unit at `i`.
    func relative(_ i: Int, the: Bool) -> TimeMatch? {
        let w = word(i)
        var k = i + 1
        var offset: Int
        switch w {
        case "this", "current", "same":
            offset = 0
            if w == "this" && (word(k) == "past" || word(k) == "coming") {
                offset = word(k) == "past" ? -1 : 1
                k += 1
            }
        case "last", "previous", "latest":
            offset = -1
        case "past":
            // "the past year" is mostly a duration; "this past Friday" is handled above; "the past decade" is one.
            guard let a = anchor, word(k) == "decade" || word(k) == "century" else { return nil }
            let value = word(k) == "decade" ? String(a.year / 10 - 1) : TimeValue.pad(a.year / 100 - 1, 2)
            return TimeMatch(first: i, last: k, value: value, precision: word(k) == "decade" ? .decade : .century)
        case "next", "coming", "following":
            offset = 1
        case "that":
            return anaphoric(i)
        default:
            return nil
        }
        if word(k) == "fiscal" { k += 1 }
        guard let a = anchor, k < t.count else { return nil }
        if let d = weekday(k) {
            let day: CalendarDay
            switch (w, offset) {
            case (_, -1):
                let back = (a.weekday - d + 7) % 7
                day = a.adding(days: -(back == 0 ? 7 : back))
            case (_, 1):
                let ahead = (d - a.weekday + 7) % 7
                day = a.adding(days: ahead == 0 ? 7 : ahead)
            default:
                day = a.adding(days: d - a.weekday)
            }
            return TimeMatch(first: i, last: afterDot(k), value: day.iso, precision: .day)
        }
        if let m = month(k) {
            var y = a.year
            if offset < 0 { y = m < a.month ? a.year : a.year - 1 }
            if offset > 0 { y = m > a.month ? a.year : a.year + 1 }
            return TimeMatch(first: i, last: afterDot(k), value: TimeValue.month(y, m), precision: .month)
        }
        if let code = TimeLexicon.seasons[word(k)] {
            let start = seasonStart(code)
            var y = a.year
            if offset < 0 { y = a.month > start + 2 ? a.year : a.year - 1 }
            if offset > 0 { y = a.month < start ? a.year : a.year + 1 }
            return TimeMatch(first: i, last: k, value: TimeValue.year(y) + "-" + code, precision: .season)
        }
        let unit = word(k)
        if w == "same" { return samePeriod(i, unitToken: k) }
        switch unit {
        case "week", "weekend":
            let day = a.adding(days: 7 * offset)
            return TimeMatch(first: i, last: k, value: TimeValue.week(day) + (unit == "weekend" ? "-WE" : ""), precision: .week)
        case "month":
            let (y, m) = TimeValue.addMonths(a.year, a.month, offset)
            return TimeMatch(first: i, last: k, value: TimeValue.month(y, m), precision: .month)
        case "quarter":
            let cq = TimeValue.quarterOf(month: a.month) - 1 + offset
            let y = a.year + (cq < 0 ? (cq - 3) / 4 : cq / 4)
            let q = ((cq % 4) + 4) % 4 + 1
            return TimeMatch(first: i, last: k, value: TimeValue.quarter(y, q), precision: .quarter)
        case "year":
            var y = a.year + offset
            if w == "following", let ly = lastYear { y = ly.year + 1 }
            if w == "previous", let ly = lastYear { y = ly.year - 1 }
            // "this year's third quarter".
            if apostrophe(k + 1), word(k + 2) == "s" {
                if let q = ordinalUnit(k + 3, year: y) { return with(q, first: i) }
                if word(k + 3) == "quarter", let lq = lastQuarter {
                    return TimeMatch(first: i, last: k + 3, value: TimeValue.quarter(y, lq.q), precision: .quarter)
                }
            }
            return TimeMatch(first: i, last: k, value: TimeValue.year(y), precision: .year)
        case "decade":
            return TimeMatch(first: i, last: k, value: String(a.year / 10 + offset), precision: .decade)
        case "century":
            return TimeMatch(first: i, last: k, value: TimeValue.pad(a.year / 100 + offset, 2), precision: .century)
        case "period":
            guard w == "latest", let lq = lastQuarter else { return nil }
            return TimeMatch(first: i, last: k, value: TimeValue.quarter(lq.year, lq.q), precision: .quarter)
        default:
            return nil
        }
    }

    /// "that year", "that quarter": the last one mentioned.
    func anaphoric(_ i: Int) -> TimeMatch? {
        switch word(i + 1) {
        case "year":
            guard let y = lastYear?.year ?? anchor?.year else { return nil }
            return TimeMatch(first: i, last: i + 1, value: TimeValue.year(y), precision: .year)
        case "quarter":
            guard let q = lastQuarter else { return nil }
            return TimeMatch(first: i, last: i + 1, value: TimeValue.quarter(q.year, q.q), precision: .quarter)
        default:
            return nil
        }
    }

    /// "the same period/quarter/month last year".
    func samePeriod(_ i: Int, unitToken k: Int) -> TimeMatch? {
        guard let a = anchor, word(k + 1) == "last" || word(k + 1) == "a", word(k + 2) == "year" || (word(k + 2) == "year" && word(k + 3) == "ago") else { return nil }
        let last = word(k + 3) == "ago" ? k + 3 : k + 2
        switch word(k) {
        case "quarter", "period":
            if let q = lastQuarter {
                var m = TimeMatch(first: i, last: last, value: TimeValue.quarter(q.year - 1, q.q), precision: .quarter)
                m.anaphoric = true
                return m
            }
            return TimeMatch(first: i, last: last, value: TimeValue.year(a.year - 1), precision: .year)
        case "month":
            return TimeMatch(first: i, last: last, value: TimeValue.month(a.year - 1, a.month), precision: .month)
        default:
            return nil
        }
    }

    /// First month of a season code.
    func seasonStart(_ code: String) -> Int {
        switch code {
        case "SP": 3
        case "SU": 6
        case "FA": 9
        default: 12
        }
    }

    /// A season word at `i`: "summer", "spring 2009", "the winter of 1994"; "fall" only when clearly a season.
    func season(_ i: Int) -> TimeMatch? {
        let w = word(i)
        guard let code = TimeLexicon.seasons[w] else { return nil }
        var k = i + 1
        if punct(k, ",") || word(k) == "of" { k += 1 }
        if let y = yearNumber(k) {
            return TimeMatch(first: i, last: k, value: TimeValue.year(y) + "-" + code, precision: .season)
        }
        if word(i + 1) == "of", let (y, last) = spelledYear(k) {
            return TimeMatch(first: i, last: last, value: TimeValue.year(y) + "-" + code, precision: .season)
        }
        let prev = word(i - 1)
        if w == "fall" && !Self.determiners.contains(prev) { return nil }
        if w == "spring" && !(Self.determiners.contains(prev) || t[i].capitalized) { return nil }
        guard let a = anchor else { return nil }
        return TimeMatch(first: i, last: i, value: TimeValue.year(a.year) + "-" + code, precision: .season)
    }

    /// "fiscal 1998", "fiscal second-quarter", "the fiscal year".
    func fiscal(_ i: Int) -> TimeMatch? {
        var k = i + 1
        if word(k) == "year" { k += 1 }
        if let y = yearNumber(k) {
            return TimeMatch(first: i, last: k, value: TimeValue.year(y), precision: .year)
        }
        if let m = ordinalUnit(i + 1) { return with(m, first: i) }
        if let y = yearNumber(i + 1), let m = ordinalUnit(i + 2, year: y) { return with(m, first: i) }
        return nil
    }

    /// "year-end", "year end", "year-earlier", "year-ago" (the latter against the quarter in discussion).
    func yearWord(_ i: Int) -> TimeMatch? {
        guard let a = anchor else { return nil }
        var k = i + 1
        if punct(k, "-") { k += 1 }
        switch word(k) {
        case "end":
            return TimeMatch(first: i, last: k, value: TimeValue.year(a.year), precision: .year)
        case "earlier", "ago":
            let next = word(k + 1)
            if next == "quarter" || next == "period" || TimeLexicon.ordinals[next] != nil, let q = lastQuarter {
                let last = next == "quarter" || next == "period" ? k + 1 : k
                var m = TimeMatch(first: i, last: last, value: TimeValue.quarter(q.year - 1, q.q), precision: .quarter)
                m.anaphoric = true
                return m
            }
            var m = TimeMatch(first: i, last: k, value: TimeValue.year(a.year - 1), precision: .year)
            m.anaphoric = true
            return m
        default:
            return nil
        }
    }

    /// "two days ago", "a year earlier", "three weeks ago", "several years ago" (a past reference).
    func ago(_ i: Int) -> TimeMatch? {
        var k = i
        // Approximators belong to the expression: "nearly two weeks ago".
        if Self.approx.contains(word(k)) { k += 1 }
        if word(k) == "more" && word(k + 1) == "than" { k += 2 }
        var n: Int?
        var vague = false
        if k < t.count, t[k].kind == .number, !t[k].grouped, !t[k].hasLetterSuffix, let v = t[k].value, v < 1000 {
            n = v
        } else if word(k) == "a" && word(k + 1) == "few" {
            vague = true
            k += 1
        } else if ["several", "few", "many"].contains(word(k)) {
            vague = true
        } else if let v = TimeLexicon.cardinals[word(k)] {
            n = v
        }
        guard n != nil || vague else { return nil }
        let unitToken = k + 1
        let unit = word(unitToken)
        let dirWord = word(unitToken + 1)
        let direction: Int
        switch dirWord {
        case "ago", "earlier", "before": direction = -1
        case "later": direction = 1
        case "from": direction = word(unitToken + 2) == "now" ? 1 : 0
        default: direction = 0
        }
        guard direction != 0 else { return nil }
        let last = dirWord == "from" ? unitToken + 2 : unitToken + 1
        if vague {
            guard ["days", "weeks", "months", "years", "decades"].contains(unit) else { return nil }
            return TimeMatch(first: i, last: last, value: direction < 0 ? "PAST_REF" : "FUTURE_REF", precision: .reference)
        }
        guard let a = anchor, let count = n else { return nil }
        let delta = count * direction
        switch unit {
        case "day", "days":
            return TimeMatch(first: i, last: last, value: a.adding(days: delta).iso, precision: .day)
        case "week", "weeks":
            return TimeMatch(first: i, last: last, value: TimeValue.week(a.adding(days: 7 * delta)), precision: .week)
        case "month", "months":
            let (y, m) = TimeValue.addMonths(a.year, a.month, delta)
            return TimeMatch(first: i, last: last, value: TimeValue.month(y, m), precision: .month)
        case "year", "years":
            if count == 1, let q = lastQuarter, i - q.at < 60 {
                var m = TimeMatch(first: i, last: last, value: TimeValue.quarter(q.year - 1, q.q), precision: .quarter)
                m.anaphoric = true
                return m
            }
            var base = a.year
            if dirWord != "ago", let ly = lastYear, i - ly.at < 60 { base = ly.year }
            return TimeMatch(first: i, last: last, value: TimeValue.year(base + delta), precision: .year)
        case "decade", "decades":
            return TimeMatch(first: i, last: last, value: String(a.year / 10 + delta), precision: .decade)
        default:
            return nil
        }
    }
}
