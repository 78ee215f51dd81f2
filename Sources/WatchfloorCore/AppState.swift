import WatchfloorModel

/// The monitor's whole state: one value, changed only by `update`.
public struct AppState: Sendable, Equatable {
    /// Creates the initial state.
    public init() {}
}
