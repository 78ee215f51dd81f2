/// Short labels for counts ("10k", "1M").
enum BenchSize {
    /// `1000` -> "1k", `1_000_000` -> "1M", others as digits with separators.
    static func label(_ n: Int) -> String {
        if n >= 1_000_000, n % 1_000_000 == 0 { return "\(n / 1_000_000)M" }
        if n >= 1_000, n % 1_000 == 0 { return "\(n / 1_000)k" }
        return BenchTable.grouped(n)
    }
}
