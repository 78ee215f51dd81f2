/// A set of measured durations (seconds) with the order statistics the table prints.
struct LatencySamples: Sendable {
    /// The durations, unsorted.
    private(set) var values: [Double] = []

    /// Creates an empty set.
    init() {}

    /// Creates a set from durations.
    init(_ values: [Double]) {
        self.values = values
    }

    /// Adds one duration.
    mutating func append(_ value: Double) {
        values.append(value)
    }

    /// Number of samples.
    var count: Int { values.count }

    /// The `q`-quantile (0...1) by the nearest-rank method; nil when empty.
    func quantile(_ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        // Nearest rank: the smallest value with at least q of the samples at or below it.
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    /// Median.
    var p50: Double? { quantile(0.5) }

    /// 99th percentile.
    var p99: Double? { quantile(0.99) }

    /// Median of plain numbers (used for the median of several runs' throughputs).
    static func median(_ xs: [Double]) -> Double? {
        LatencySamples(xs).p50
    }
}
