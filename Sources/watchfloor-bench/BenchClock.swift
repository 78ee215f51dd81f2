/// Fixed instants so generated stores and rendered frames are the same on every run.
enum BenchClock {
    /// "Now" for generated data and the monitor state: 2026-11-28 12:00 UTC.
    static let fixedNow: Double = 1_795_867_200
}
