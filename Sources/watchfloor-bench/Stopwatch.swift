#if canImport(Glibc)
import Glibc
#endif

/// Monotonic wall time (comparable across processes on one machine) and CPU time, in seconds.
///
/// CPU time is reported next to wall time because the benchmark machine is shared: when other jobs
/// take the cores, wall time grows but the CPU time a measure used does not.
enum Stopwatch {
    /// Seconds since an arbitrary fixed point (boot), from CLOCK_MONOTONIC.
    static func now() -> Double {
        read(CLOCK_MONOTONIC)
    }

    /// CPU seconds used by the calling thread.
    static func threadCPU() -> Double {
        read(CLOCK_THREAD_CPUTIME_ID)
    }

    /// CPU seconds (user + system) used by the whole process, all threads.
    static func processCPU() -> Double {
        read(CLOCK_PROCESS_CPUTIME_ID)
    }

    /// The 1-minute load average (runnable tasks), or nil when unknown.
    static func loadAverage() -> Double? {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? loads[0] : nil
    }

    private static func read(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
