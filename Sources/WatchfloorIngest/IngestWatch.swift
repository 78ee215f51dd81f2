import Foundation
import Synchronization

/// A running watch started by `IngestService.startWatching`. Call `stop()` to end it.
public final class IngestWatch: Sendable {
    private let signal: StopSignal
    private let closed = Atomic<Bool>(false)

    init(signal: StopSignal) {
        self.signal = signal
    }

    /// Starts the background thread running `loop`.
    func start(_ loop: @escaping @Sendable () -> Void) {
        let thread = Thread { [signal] in
            signal.markStarted()
            loop()
            signal.markFinished()
        }
        thread.name = "watchfloor-ingest"
        thread.start()
    }

    /// Stops watching and waits for the background thread to finish its current article.
    /// Safe to call more than once and from any thread; from an event callback it only requests the stop.
    public func stop() {
        signal.requestStop()
        if signal.isWatchThread { return }
        signal.waitUntilFinished()
        let (first, _) = closed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing)
        if first { signal.pipe.close() }
    }

    /// Whether the watch is still wanted (false once `stop()` has been called).
    public var isRunning: Bool { !signal.isStopped }
}
