import WatchfloorModel

/// Formatting of TIMEX3 values and the calendar arithmetic the tagger needs beyond `CalendarDay`.
enum TimeValue {
    /// `YYYY` zero-padded.
    static func year(_ y: Int) -> String { pad(y, 4) }

    /// `YYYY-MM`.
    static func month(_ y: Int, _ m: Int) -> String { pad(y, 4) + "-" + pad(m, 2) }

    /// `YYYY-Qn`.
    static func quarter(_ y: Int, _ q: Int) -> String { pad(y, 4) + "-Q" + String(q) }

    /// `YYYY-Wnn` of the ISO week holding `d`.
    static func week(_ d: CalendarDay) -> String {
        let (y, w) = isoWeek(d)
        return pad(y, 4) + "-W" + pad(w, 2)
    }

    /// ISO week-numbering year and week of a day.
    static func isoWeek(_ d: CalendarDay) -> (Int, Int) {
        let thursday = d.adding(days: 4 - d.weekday)
        guard let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1) else { return (d.year, 1) }
        let ordinal = thursday.daysSinceEpoch - jan1.daysSinceEpoch
        return (thursday.year, ordinal / 7 + 1)
    }

    /// Quarter (1...4) of a month.
    static func quarterOf(month: Int) -> Int { (month - 1) / 3 + 1 }

    /// Month `m` of year `y` moved by `delta` months.
    static func addMonths(_ y: Int, _ m: Int, _ delta: Int) -> (Int, Int) {
        let total = y * 12 + (m - 1) + delta
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        return (ny, total - ny * 12 + 1)
    }

    /// Zero-pads a non-negative number.
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(abs(v))
        return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
