/// A goal from issue 6 that one measure is checked against.
struct BenchTarget: Sendable {
    /// Which figure of a row the goal applies to.
    enum Figure: Sendable {
        case p50, p99, value
    }

    /// The figure compared.
    var figure: Figure
    /// The bound, in the row's unit (seconds for latencies).
    var bound: Double
    /// True when the figure must be at least `bound`, false when it must stay below it.
    var isMinimum: Bool
    /// How the table shows the goal ("p99 < 10 ms").
    var label: String
    /// The size the goal is stated for (e.g. 1M incidents); smaller sizes show an indicative verdict.
    var atSize: Int?

    /// Whether a row's wall-clock (or, with `cpu`, CPU-time) figure meets the goal; nil when it is missing.
    func isMet(by row: BenchRow, cpu: Bool) -> Bool? {
        let measured: Double?
        switch figure {
        case .p50: measured = cpu ? row.cpuP50 : row.p50
        case .p99: measured = cpu ? row.cpuP99 : row.p99
        case .value: measured = cpu ? row.cpuValue : row.value
        }
        guard let measured else { return nil }
        return isMinimum ? measured >= bound : measured < bound
    }
}
