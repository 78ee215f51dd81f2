/// One line of the results table: a measure at one size.
struct BenchRow: Sendable {
    /// What is measured ("query: timeline first page").
    var measure: String
    /// The amount of work, as a number (for the growth column); nil when the row has no size.
    var size: Int?
    /// The amount of work as shown ("10k incidents", "20.0 MB").
    var sizeLabel: String
    /// Median latency, seconds.
    var p50: Double?
    /// 99th-percentile latency, seconds.
    var p99: Double?
    /// Median CPU time, seconds (process CPU clock: unaffected by waiting for a shared core).
    var cpuP50: Double?
    /// 99th-percentile CPU time, seconds.
    var cpuP99: Double?
    /// A throughput or amount (median of the runs), in `unit`.
    var value: Double?
    /// The throughput per CPU-second (what an idle core would give), in `unit`.
    var cpuValue: Double?
    /// Unit of `value` ("MB/s", "articles/s", "MB").
    var unit: String = ""
    /// A second figure shown after the value ("5,400 art/s").
    var extra: String?
    /// The goal, if the issue sets one.
    var target: BenchTarget?
    /// Why the row has no figures (an API not built yet, a missing corpus), shown instead of a verdict.
    var skipped: String?
    /// Whether a larger `value` is the better direction (throughputs); decides how growth is computed.
    var higherIsBetter = false

    /// A row that could not be measured, with the reason.
    static func skipped(_ measure: String, size: String, reason: String, target: BenchTarget? = nil) -> BenchRow {
        BenchRow(measure: measure, size: nil, sizeLabel: size, target: target, skipped: reason)
    }

    /// The verdict column: `met`, `NOT MET` (with "cpu met" when only waiting for a shared core made it
    /// miss), in parentheses below the goal's size, or `-`.
    var verdict: String {
        if skipped != nil { return "skipped" }
        guard let target, let met = target.isMet(by: self, cpu: false) else { return "-" }
        var word = met ? "met" : "NOT MET"
        if !met, target.isMet(by: self, cpu: true) == true { word += " (cpu met)" }
        if let goalSize = target.atSize, let size, size < goalSize { return "(" + word + ")" }
        return word
    }

    /// The cost per unit of work that the growth column compares across sizes.
    var cost: Double? {
        if let p50 { return p50 }
        guard let value, value > 0 else { return nil }
        return higherIsBetter ? 1 / value : value
    }
}
