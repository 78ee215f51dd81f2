import WatchfloorModel

/// Dates as the panes show them, at the precision they are known to.
public enum DateText {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let seasons = ["SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"]

    /// A TIMEX3-style value shown at its precision: `2025-01-17`, `Feb 2022`, `2025 Q1`, `2025 W03`,
    /// `summer 2025`, `2025`, `1990s`, `1900s`, `now`/`past`/`future`; anything unexpected is shown as given.
    public static func format(_ value: String, precision: DatePrecision?) -> String {
        let parts = value.split(separator: "-").map(String.init)
        switch precision {
        case .day?:
            return String(value.prefix(10))
        case .month?:
            if parts.count >= 2, let m = Int(parts[1]), (1...12).contains(m) { return months[m - 1] + " " + parts[0] }
        case .week?:
            if parts.count >= 2 { return parts[0] + " " + parts[1] }
        case .quarter?:
            if parts.count >= 2 { return parts[0] + " " + parts[1] }
        case .season?:
            if parts.count >= 2, let s = seasons[parts[1]] { return s + " " + parts[0] }
        case .year?:
            return String(value.prefix(4))
        case .decade?:
            if value.count == 3, Int(value) != nil { return value + "0s" }
        case .century?:
            if value.count == 2, Int(value) != nil { return value + "00s" }
        case .reference?:
            switch value {
            case "PRESENT_REF": return "now"
            case "PAST_REF": return "past"
            case "FUTURE_REF": return "future"
            default: break
            }
        case nil:
            break
        }
        return value
    }

    /// `HH:MM` of a moment (seconds since 1970) in a zone `utcOffset` seconds from UTC,
    /// or `YYYY-MM-DD` when it is not on `today`.
    public static func clock(_ seconds: Double, utcOffset: Int, today: CalendarDay? = nil) -> String {
        let local = Int((seconds + Double(utcOffset)).rounded(.down))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let day = CalendarDay(daysSinceEpoch: days)
        if let today, day != today { return day.iso }
        let secondOfDay = local - days * 86_400
        let h = secondOfDay / 3600
        let m = (secondOfDay % 3600) / 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }
}
