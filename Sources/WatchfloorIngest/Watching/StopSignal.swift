import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Shared between `IngestWatch.stop()` and the watch thread: a flag, the wake-up pipe, and the
/// "finished" handshake.
final class StopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let thread = Mutex<pthread_t?>(nil)
    /// Written by `stop()` so the thread leaves `poll(2)` at once.
    let pipe: WakePipe

    /// Creates the signal around a pipe.
    init(pipe: WakePipe) { self.pipe = pipe }

    /// Whether a stop was requested.
    var isStopped: Bool { stopped.load(ordering: .acquiring) }

    /// Requests a stop and wakes the thread; true for the first caller.
    @discardableResult
    func requestStop() -> Bool {
        let (exchanged, _) = stopped.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing)
        if exchanged { pipe.wake() }
        return exchanged
    }

    /// Called by the watch thread as its first act.
    func markStarted() { thread.withLock { $0 = pthread_self() } }

    /// Whether the caller is the watch thread (which must not wait for itself).
    var isWatchThread: Bool {
        guard let id = thread.withLock({ $0 }) else { return false }
        return pthread_equal(id, pthread_self()) != 0
    }

    /// Called by the thread as its last act.
    func markFinished() { finished.signal() }

    /// Blocks until the thread has finished (every caller passes: the signal is handed on).
    func waitUntilFinished() {
        finished.wait()
        finished.signal()
    }
}
