import Synchronization
import WatchfloorIngest

/// Shared by the one-shot ingest worker thread and the main thread waiting for signals: the
/// cancellation flag and, once the worker is done, its summary.
final class IngestRunState: Sendable {
    private let cancelled = Atomic<Bool>(false)
    private let result = Mutex<IngestSummary?>(nil)

    /// Asks the worker to stop after the current file.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Whether a stop was asked for.
    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Called by the worker when it is done.
    func finish(_ summary: IngestSummary) { result.withLock { $0 = summary } }

    /// The worker's summary, nil while it runs.
    var summary: IngestSummary? { result.withLock { $0 } }
}
