#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time in seconds, comparable across processes on the same machine (CLOCK_MONOTONIC).
enum Stopwatch {
    /// Seconds since an arbitrary fixed point (boot), from CLOCK_MONOTONIC.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body` once and returns how long it took, in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }
}
