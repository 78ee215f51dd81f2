/// The filters an analyst applies; every pane and `watchfloor query` honour the same ones.
public struct QueryFilter: Hashable, Sendable, Codable {
    /// ISO 3166-1 alpha-2 codes; empty means every country.
    public var countries: Set<String>
    /// Incident types; empty means every type.
    public var types: Set<IncidentType>
    /// Words to match in the article text (full-text search); nil or empty means no text filter.
    public var text: String?
    /// Earliest incident date (inclusive), `YYYY-MM-DD`.
    public var since: CalendarDay?
    /// Latest incident date (inclusive), `YYYY-MM-DD`.
    public var until: CalendarDay?

    /// Creates a filter; the default matches everything.
    public init(
        countries: Set<String> = [], types: Set<IncidentType> = [], text: String? = nil,
        since: CalendarDay? = nil, until: CalendarDay? = nil
    ) {
        self.countries = countries
        self.types = types
        self.text = text
        self.since = since
        self.until = until
    }

    /// Whether no filter is active.
    public var isEmpty: Bool {
        countries.isEmpty && types.isEmpty && (text ?? "").isEmpty && since == nil && until == nil
    }
}
