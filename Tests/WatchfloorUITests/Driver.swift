import WatchfloorCore
import WatchfloorModel
import WatchfloorUI

/// Runs the monitor's loop in line: update, perform each effect against a fake store, feed the
/// results back, until nothing is left to do. What the real run loop does, minus threads and curses.
struct Driver {
    var state: AppState
    let source: FakeDataSource
    let performer: EffectPerformer
    var quit = false

    init(source: FakeDataSource, size: Size = Size(width: 120, height: 40), filter: QueryFilter = QueryFilter(),
         directory: String? = "~/news", now: Double = Fixtures.now) {
        self.source = source
        state = AppState(size: size, now: now, utcOffset: 0, filter: filter, watchedDirectory: directory,
                         themeNames: ["default", "light", "monochrome"])
        performer = EffectPerformer(
            source: source,
            resolveCountry: { query in
                let table = ["russia": "RU", "russian": "RU", "rus": "RU", "iran": "IR", "iranian": "IR", "ukraine": "UA", "ukrainian": "UA", "japan": "JP"]
                let code = table[query.lowercased()] ?? (query.count == 2 ? query.uppercased() : nil)
                let names = ["RU": "Russia", "IR": "Iran", "UA": "Ukraine", "JP": "Japan"]
                return (code, code.flatMap { names[$0] })
            },
            measureArticle: { detail, width, span in
                let layout = ArticleLayout(text: detail.text, width: width)
                return (layout.lines.count, span.flatMap(layout.firstLine(overlapping:)))
            }
        )
        send(.started)
    }

    /// Delivers a message and everything it leads to.
    mutating func send(_ message: Message) {
        var queue = [message]
        var steps = 0
        while !queue.isEmpty, steps < 1_000 {
            steps += 1
            let next = queue.removeFirst()
            for effect in update(&state, next) {
                if effect == .quit { quit = true }
                // The run loop's timer, without the wait: tests see the slow loads' results at once.
                if case .refreshLater = effect { queue.append(.refreshDue) }
                if let result = performer.perform(effect) { queue.append(result) }
            }
        }
    }

    /// Presses keys in order.
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text, one key per character.
    mutating func type(_ text: String) {
        for c in text { send(.key(.character(c))) }
    }

    /// The screen as the default theme draws it.
    func screen(_ theme: Theme = .builtIn) -> ScreenBuffer { render(state, theme: theme) }
}
