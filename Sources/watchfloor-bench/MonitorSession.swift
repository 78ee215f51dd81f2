import WatchfloorCore
import WatchfloorModel
import WatchfloorUI

/// The monitor's update loop run in line, without a terminal: a message goes through `update`, each
/// effect is performed at once by the real `EffectPerformer` against the store, and `frame()` renders.
/// The real run loop does the same work on its threads, plus terminal output and its throttles.
struct MonitorSession {
    /// The monitor state.
    private(set) var state: AppState
    /// Performs data effects against the store.
    let performer: EffectPerformer
    /// The theme frames are drawn with.
    let theme: Theme

    /// A session over `source` with a terminal of `size`, at the benchmark's fixed clock.
    init(source: any MonitorDataSource, size: Size) {
        state = AppState(size: size, now: BenchClock.fixedNow, watchedDirectory: "/bench")
        performer = EffectPerformer(
            source: source,
            resolveCountry: { query in (query.count == 2 ? query.uppercased() : nil, nil) },
            measureArticle: { detail, width, _ in (detail.text.count / max(1, width) + 1, nil) }
        )
        theme = Theme.builtIn
    }

    /// Applies a message and performs every effect it leads to, in order, until none is left.
    mutating func send(_ message: Message) {
        var queue = update(&state, message)
        var steps = 0
        // A guard against a message/effect cycle; the monitor's own loop would spin the same way.
        while !queue.isEmpty, steps < 10_000 {
            let effect = queue.removeFirst()
            steps += 1
            if effect == .quit { continue }
            if let reply = performer.perform(effect) { queue += update(&state, reply) }
        }
    }

    /// What the run loop does after the ingest reports a stored file: note it, then re-read the change token.
    mutating func fileStored(path: String) {
        send(.ingest(.stored(path: path)))
        if let reply = performer.perform(.checkChangeToken) { send(reply) }
    }

    /// Renders the current state.
    func frame() -> ScreenBuffer {
        render(state, theme: theme)
    }
}
