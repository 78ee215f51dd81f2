/// The three list panes of the main screen, in Tab order.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case timeline = 0
    case actors = 1
    case incidents = 2

    /// The title shown in the pane's frame.
    public var title: String {
        switch self {
        case .timeline: "Timeline"
        case .actors: "Actors"
        case .incidents: "Incidents"
        }
    }

    /// The digit key that focuses the pane (1-3).
    public var number: Int { rawValue + 1 }

    /// The next pane in Tab order, wrapping.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % 3) ?? .timeline }

    /// The previous pane in Tab order, wrapping.
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 3) ?? .timeline }
}
