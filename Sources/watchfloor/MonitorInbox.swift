import Synchronization
import WatchfloorCore
import WatchfloorTerminal

/// Messages from other threads (query results, ingest events) waiting for the run loop, which a
/// byte in the wake-up pipe tells to look.
final class MonitorInbox: Sendable {
    private let messages = Mutex<[Message]>([])
    /// The pipe the run loop polls.
    let pipe: WakePipe

    init() throws {
        pipe = try WakePipe()
    }

    /// Queues a message and wakes the run loop.
    func post(_ message: Message) {
        messages.withLock { $0.append(message) }
        pipe.wake()
    }

    /// Takes every queued message, oldest first.
    func take() -> [Message] {
        pipe.drain()
        return messages.withLock { list in
            defer { list.removeAll(keepingCapacity: true) }
            return list
        }
    }
}
