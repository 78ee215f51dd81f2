import WatchfloorModel

/// Timeline entries per day, for the sparkline across the top of the timeline.
public struct Histogram: Hashable, Sendable {
    /// Counts, oldest day first.
    public var counts: [Int]
    /// The last day counted.
    public var endingAt: CalendarDay
    /// Set when the filter's text search stopped at a cap. Loaded with the counts because both describe
    /// the whole filtered result and are reloaded whenever the filter or the store changes.
    public var textCap: TextSearchCap?

    /// Creates a histogram.
    public init(counts: [Int], endingAt: CalendarDay, textCap: TextSearchCap? = nil) {
        self.counts = counts
        self.endingAt = endingAt
        self.textCap = textCap
    }
}
