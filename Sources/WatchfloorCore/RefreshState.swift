/// What store changes have left to reload, so a fast feed costs a bounded amount of reading.
///
/// The cheap reads (the visible window of the timeline and incidents, the counts) follow every
/// change the run loop reports (it coalesces them to a few per second). The reads that aggregate the
/// store (actor counts, the sparkline, the country list) wait for a timer: at most one per
/// `slowInterval`, and never a second one while the first is still running.
public struct RefreshState: Hashable, Sendable {
    /// The store changed while a full-screen view hid the panes: reload them when they show again.
    public var panesStale = false
    /// The store changed since the slow loads last ran.
    public var slowStale = false
    /// A `.refreshLater` is on its way (so changes in the meantime ask for no other).
    public var timerArmed = false

    /// Seconds between refreshes of the slow loads while the store keeps changing.
    public static let slowInterval = 2.0

    /// Creates a state with nothing stale.
    public init() {}
}
