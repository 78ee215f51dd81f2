/// How precise a normalised date is, following TIMEX3 value granularity.
public enum DatePrecision: String, Sendable, Codable, CaseIterable, Comparable {
    case day, week, month, quarter, season, year, decade, century
    /// A reference such as PRESENT_REF or PAST_REF with no calendar value.
    case reference

    /// Finer precisions sort first.
    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool {
        let order = DatePrecision.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
