import WatchfloorModel

/// Timeline entries per day, for the sparkline across the top of the timeline.
public struct Histogram: Hashable, Sendable {
    /// Counts, oldest day first.
    public var counts: [Int]
    /// The last day counted.
    public var endingAt: CalendarDay

    /// Creates a histogram.
    public init(counts: [Int], endingAt: CalendarDay) {
        self.counts = counts
        self.endingAt = endingAt
    }
}
