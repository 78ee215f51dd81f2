/// Counts of file outcomes for one ingest run.
public struct IngestSummary: Sendable, Equatable {
    /// Articles stored (new or changed content).
    public var stored: Int
    /// Articles whose content was already stored.
    public var unchanged: Int
    /// Files (or articles) that failed.
    public var failed: Int
    /// Stored articles whose files are gone.
    public var removed: Int

    /// Creates a summary.
    public init(stored: Int = 0, unchanged: Int = 0, failed: Int = 0, removed: Int = 0) {
        self.stored = stored
        self.unchanged = unchanged
        self.failed = failed
        self.removed = removed
    }

    /// Adds an event's outcome to the counts.
    public mutating func count(_ event: IngestEvent) {
        switch event {
        case .stored: stored += 1
        case .unchanged: unchanged += 1
        case .failed: failed += 1
        case .removed: removed += 1
        case .progress, .warning: break
        }
    }
}
