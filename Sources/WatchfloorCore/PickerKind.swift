/// Which filter a picker edits.
public enum PickerKind: Hashable, Sendable {
    /// The country filter (`c`).
    case country
    /// The incident-type filter (`t`).
    case type

    /// The picker's title.
    public var title: String {
        switch self {
        case .country: "Countries"
        case .type: "Incident types"
        }
    }
}
