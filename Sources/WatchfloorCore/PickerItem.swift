/// One choice in a picker: a country or an incident type.
public struct PickerItem: Hashable, Sendable {
    /// What is applied to the filter: an ISO alpha-2 code or an `IncidentType` raw value.
    public var key: String
    /// What the user reads: "Russia", "attack.drone".
    public var label: String
    /// Counts or a tag shown after the label.
    public var detail: String

    /// Creates an item.
    public init(key: String, label: String, detail: String) {
        self.key = key
        self.label = label
        self.detail = detail
    }
}
