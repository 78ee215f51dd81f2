import Dispatch
import Synchronization
import WatchfloorCore

/// Runs effects on one background thread, in order, so the UI never waits on the store; results
/// are posted to the inbox. A page load that a newer load for the same pane has replaced is
/// skipped: its answer would be dropped anyway, and typing a filter would otherwise queue a query per key.
final class MonitorEffectQueue: Sendable {
    private let queue = DispatchQueue(label: "watchfloor.effects", qos: .userInitiated)
    private let performer: EffectPerformer
    private let inbox: MonitorInbox
    private let newest = Mutex<[Pane: Int]>([:])
    private let newestHistogram = Mutex<Int>(0)

    init(performer: EffectPerformer, inbox: MonitorInbox) {
        self.performer = performer
        self.inbox = inbox
    }

    /// Queues an effect.
    func run(_ effect: Effect) {
        switch effect {
        case .loadPage(let request):
            newest.withLock { $0[request.pane] = max($0[request.pane] ?? 0, request.id) }
        case .loadHistogram(let id, _, _, _):
            newestHistogram.withLock { $0 = max($0, id) }
        default:
            break
        }
        queue.async { [self] in
            if case .loadPage(let request) = effect, newest.withLock({ ($0[request.pane] ?? 0) > request.id }) { return }
            if case .loadHistogram(let id, _, _, _) = effect, newestHistogram.withLock({ $0 > id }) { return }
            if let message = performer.perform(effect) { inbox.post(message) }
        }
    }
}
