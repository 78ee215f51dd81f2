/// How far a backlog scan is.
public struct IngestProgress: Hashable, Sendable {
    /// Files handled.
    public var done: Int
    /// Files found.
    public var total: Int

    /// Creates a progress value.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// Whether the backlog is still running.
    public var isRunning: Bool { done < total }
}
