/// A proleptic Gregorian calendar date without time or zone, with the arithmetic the
/// time normaliser and the store need (no Foundation `Calendar`, so it is cheap and pure).
public struct CalendarDay: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Four-digit year.
    public var year: Int
    /// Month, 1...12.
    public var month: Int
    /// Day of month, 1...31.
    public var day: Int

    /// Creates a day if the parts form a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a day from days since 1970-01-01.
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = m <= 2 ? y + 1 : y
        self.month = m
        self.day = d
    }

    /// Parses `YYYY-MM-DD` (extra characters after the day are rejected).
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    /// This day moved by `days` (negative moves back).
    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // The extractor formats a date for every time expression and incident: ten bytes written in place cost about
        // a tenth of three padded strings joined. Parts that do not fit their width keep the general form.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return CalendarDay.pad(year, 4) + "-" + CalendarDay.pad(month, 2) + "-" + CalendarDay.pad(day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { out in
            CalendarDay.writeDigits(year, 4, into: out, at: 0)
            out[4] = UInt8(ascii: "-")
            CalendarDay.writeDigits(month, 2, into: out, at: 5)
            out[7] = UInt8(ascii: "-")
            CalendarDay.writeDigits(day, 2, into: out, at: 8)
            return 10
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String { iso }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether the year is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Orders chronologically.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Writes the last `width` decimal digits of a non-negative `value`, zero-padded, at `offset`.
    private static func writeDigits(_ value: Int, _ width: Int, into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var v = value
        var k = offset + width - 1
        while k >= offset {
            out[k] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
            v /= 10
            k -= 1
        }
    }

    /// Zero-pads a non-negative number to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
