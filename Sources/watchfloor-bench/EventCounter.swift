import Synchronization
import WatchfloorIngest

/// Counts ingest events delivered on any thread.
final class EventCounter: Sendable {
    /// Totals so far.
    struct Counts: Sendable {
        var stored = 0
        var failed = 0
        var unchanged = 0
        var incidents = 0
        var firstFailure: String?
    }

    private let counts = Mutex(Counts())

    /// Creates a counter.
    init() {}

    /// Adds one event.
    func add(_ event: IngestEvent) {
        counts.withLock { c in
            switch event {
            case .stored(_, _, _, _, let incidents):
                c.stored += 1
                c.incidents += incidents
            case .failed(let path, let message):
                c.failed += 1
                if c.firstFailure == nil { c.firstFailure = path + ": " + message }
            case .unchanged:
                c.unchanged += 1
            default:
                break
            }
        }
    }

    /// The totals.
    var snapshot: Counts { counts.withLock { $0 } }
}
