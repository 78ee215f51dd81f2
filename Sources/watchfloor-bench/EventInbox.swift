import Foundation
import Synchronization
import WatchfloorIngest

/// Collects ingest events from the watch thread, each stamped with the CLOCK_MONOTONIC time it arrived.
final class EventInbox: Sendable {
    private let events = Mutex<[(event: IngestEvent, at: Double)]>([])
    private let arrived = DispatchSemaphore(value: 0)

    /// Creates an empty inbox.
    init() {}

    /// Adds an event (called on the watch thread).
    func push(_ event: IngestEvent) {
        let at = Stopwatch.now()
        events.withLock { $0.append((event, at)) }
        arrived.signal()
    }

    /// Waits up to `timeout` seconds for the outcome (stored, unchanged or failed) of the file named `name`;
    /// returns the event and when it arrived, or nil on timeout.
    func waitForOutcome(fileName name: String, timeout: Double) -> (event: IngestEvent, at: Double)? {
        let deadline = Stopwatch.now() + timeout
        while true {
            let found: (event: IngestEvent, at: Double)? = events.withLock { list in
                guard let i = list.firstIndex(where: { Self.outcomePath($0.event).map { $0.hasSuffix("/" + name) } ?? false }) else { return nil }
                return list.remove(at: i)
            }
            if let found { return found }
            let left = deadline - Stopwatch.now()
            if left <= 0 { return nil }
            _ = arrived.wait(timeout: .now() + left)
        }
    }

    /// The path of a per-file outcome event.
    private static func outcomePath(_ event: IngestEvent) -> String? {
        switch event {
        case .stored(let path, _, _, _, _), .unchanged(let path), .failed(let path, _): path
        default: nil
        }
    }
}
