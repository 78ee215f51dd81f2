import WatchfloorModel

/// The rows a page load returned, typed by pane.
public enum PageRows: Hashable, Sendable {
    /// Timeline rows.
    case timeline([TimelineRow])
    /// Actor rows.
    case actors([ActorRow])
    /// Incident rows.
    case incidents([IncidentRow])

    /// How many rows came back.
    public var count: Int {
        switch self {
        case .timeline(let rows): rows.count
        case .actors(let rows): rows.count
        case .incidents(let rows): rows.count
        }
    }
}
