import Dispatch
import Synchronization
import WatchfloorCore

/// Runs effects on two background threads, each in order, so the UI never waits on the store;
/// results are posted to the inbox. Loads that aggregate the store (`Effect.isSlow`: actor counts,
/// country facets) have their own lane, so the cheap ones (the first frame, a newly stored article,
/// paging) never queue behind them. SQLite in WAL mode reads on both at once.
///
/// Work that a newer request makes pointless is skipped when its turn comes: a page load replaced
/// by a newer load of the same pane (typing a `/` filter queues one per key), a histogram replaced
/// by a newer one, and counts, facets or change-token reads with an identical one queued behind them.
/// So the queue never grows faster than the store answers, even during a large backlog.
final class MonitorEffectQueue: Sendable {
    private let fast = DispatchQueue(label: "watchfloor.effects", qos: .userInitiated)
    private let slow = DispatchQueue(label: "watchfloor.effects.slow", qos: .userInitiated)
    private let performer: EffectPerformer
    private let inbox: MonitorInbox
    private let newest = Mutex<[String: Int]>([:])
    private let sequence = Mutex(0)
    /// Effects queued or running, per lane: [fast, slow].
    private let pending = Mutex([0, 0])

    init(performer: EffectPerformer, inbox: MonitorInbox) {
        self.performer = performer
        self.inbox = inbox
    }

    /// Whether the fast lane has nothing queued or running (the run loop waits for this before
    /// checking the store again; the slow lane coalesces its own reloads).
    var isIdle: Bool { pending.withLock { $0[0] == 0 } }

    /// Queues an effect on its lane.
    func run(_ effect: Effect) {
        let key = MonitorEffectQueue.supersedeKey(effect)
        let ticket: Int = key.map { k in
            let n = sequence.withLock { s -> Int in
                s += 1
                return s
            }
            newest.withLock { $0[k] = n }
            return n
        } ?? 0
        let lane = effect.isSlow ? 1 : 0
        pending.withLock { $0[lane] += 1 }
        (effect.isSlow ? slow : fast).async { [self] in
            let superseded = key.map { k in newest.withLock { ($0[k] ?? 0) > ticket } } ?? false
            let message = superseded ? nil : performer.perform(effect)
            // Count down before posting, so the run loop sees an idle queue when the last answer wakes it.
            pending.withLock { $0[lane] -= 1 }
            if let message { inbox.post(message) } else { inbox.pipe.wake() }
        }
    }

    /// Effects where only the newest of a kind matters, by kind.
    private static func supersedeKey(_ effect: Effect) -> String? {
        switch effect {
        case .loadPage(let request): "page.\(request.pane.rawValue)"
        case .loadHistogram: "histogram"
        case .loadStats: "stats"
        case .loadCountryFacets: "facets"
        case .checkChangeToken: "token"
        case .loadErrors: "errors"
        case .resolveCountry, .openArticle, .measureArticle, .refreshLater, .quit: nil
        }
    }
}
