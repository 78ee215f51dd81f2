#if canImport(Glibc)
import Glibc
#endif

/// Signal handling for `ingest`: SIGINT, SIGTERM and SIGHUP ask for a clean stop; SIGUSR1 is how a
/// worker thread tells the main thread it is done. All four are blocked before any worker starts,
/// so only the main thread takes them (in `sigwait`), and no handler ever runs.
enum IngestSignals {
    /// How long a stop waits for the article being read to be finished before giving up on it.
    static let grace = 5.0

    /// Blocks the stop signals and SIGUSR1 in the calling thread (and so in every thread it starts).
    static func block() {
        var all = stopSet()
        sigaddset(&all, SIGUSR1)
        pthread_sigmask(SIG_BLOCK, &all, nil)
    }

    /// Waits for SIGINT, SIGTERM, SIGHUP or SIGUSR1 and returns its number.
    static func next() -> Int32 {
        var set = stopSet()
        sigaddset(&set, SIGUSR1)
        var received: Int32 = 0
        sigwait(&set, &received)
        return received
    }

    /// Waits up to `seconds` for a worker's SIGUSR1; false on timeout or when another stop signal
    /// arrives first (a second Ctrl-C means "now").
    static func waitForWorker(seconds: Double) -> Bool {
        var set = stopSet()
        sigaddset(&set, SIGUSR1)
        let deadline = now() + seconds
        while true {
            let remaining = deadline - now()
            guard remaining > 0 else { return false }
            var timeout = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - remaining.rounded(.down)) * 1e9))
            let signal = sigtimedwait(&set, nil, &timeout)
            if signal == SIGUSR1 { return true }
            if signal > 0 { return false }
            if errno != EINTR { return false }
        }
    }

    /// Tells `thread` (the waiting main thread) that a worker is done.
    static func notify(_ thread: pthread_t) { pthread_kill(thread, SIGUSR1) }

    /// Ends the process at once, without running exit handlers while a worker may still be inside
    /// SQLite; an unfinished write transaction is rolled back by SQLite when the store is next opened.
    static func exitNow(_ status: Int32) -> Never { _exit(status) }

    private static func stopSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGHUP)
        return set
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
