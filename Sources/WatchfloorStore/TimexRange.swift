import WatchfloorModel

/// The calendar days a TIMEX3-style value covers, used to filter and sort by date.
enum TimexRange {
    /// First and last day covered by `value` (`2025-01-17`, `2025-01`, `2025`, `2025-W03`, `2025-Q1`,
    /// `2025-H2`, `2025-SU`, `2025-WI` (Dec 2024 to Feb 2025), `199` decade, `19` century), or nil for references such as `PAST_REF`.
    static func days(of value: String) -> (CalendarDay, CalendarDay)? {
        let core = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? value
        let parts = core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.allSatisfy(\.isASCII), let number = Int(first) else { return nil }
        switch (first.count, parts.count) {
        case (2, 1):
            return yearSpan(number * 100, number * 100 + 99)
        case (3, 1):
            return yearSpan(number * 10, number * 10 + 9)
        case (4, 1):
            return yearSpan(number, number)
        case (4, 2):
            return secondPart(year: number, parts[1])
        case (4, 3):
            guard let m = Int(parts[1]), let d = Int(parts[2]), let day = CalendarDay(year: number, month: m, day: d) else { return nil }
            return (day, day)
        default:
            return nil
        }
    }

    private static func secondPart(year: Int, _ part: String) -> (CalendarDay, CalendarDay)? {
        if let month = Int(part) { return monthSpan(year: year, from: month, to: month) }
        switch part.uppercased() {
        case "Q1": return monthSpan(year: year, from: 1, to: 3)
        case "Q2": return monthSpan(year: year, from: 4, to: 6)
        case "Q3": return monthSpan(year: year, from: 7, to: 9)
        case "Q4": return monthSpan(year: year, from: 10, to: 12)
        case "H1": return monthSpan(year: year, from: 1, to: 6)
        case "H2": return monthSpan(year: year, from: 7, to: 12)
        case "SP": return monthSpan(year: year, from: 3, to: 5)
        case "SU": return monthSpan(year: year, from: 6, to: 8)
        case "FA", "AU": return monthSpan(year: year, from: 9, to: 11)
        case "WI":
            // The winter that ends in `year` (December of the year before to February), so "this winter"
            // in a January article sorts with January, not eleven months ahead.
            guard let start = CalendarDay(year: year - 1, month: 12, day: 1),
                  let end = CalendarDay(year: year, month: 3, day: 1) else { return nil }
            return (start, end.adding(days: -1))
        default:
            guard part.hasPrefix("W"), let week = Int(part.dropFirst()), (1...53).contains(week),
                  let jan4 = CalendarDay(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
            return (monday, monday.adding(days: 6))
        }
    }

    private static func monthSpan(year: Int, from: Int, to: Int) -> (CalendarDay, CalendarDay)? {
        guard let start = CalendarDay(year: year, month: from, day: 1),
              let end = CalendarDay(year: year, month: to, day: CalendarDay.daysIn(month: to, year: year)) else { return nil }
        return (start, end)
    }

    private static func yearSpan(_ from: Int, _ to: Int) -> (CalendarDay, CalendarDay)? {
        guard let start = CalendarDay(year: from, month: 1, day: 1), let end = CalendarDay(year: to, month: 12, day: 31) else { return nil }
        return (start, end)
    }
}
