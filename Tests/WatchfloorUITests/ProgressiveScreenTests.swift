import Testing
import WatchfloorCore
import WatchfloorModel
import WatchfloorUI

/// What the screen says while loads are still arriving, and when the store cannot be written.
@Suite("Rendering while loading and with a failing store")
struct ProgressiveScreenTests {
    @Test("before any answer every pane and the counts say loading; after the cheap loads only the actors do")
    func loadingPlaceholders() {
        let source = FakeDataSource(Fixtures.content())
        let performer = Driver(source: source).performer
        var state = AppState(size: Size(width: 120, height: 40), now: Fixtures.now)
        let started = update(&state, .started)
        let blank = render(state, theme: .builtIn)
        #expect(blank.line(39).contains("loading…"))
        #expect(!blank.line(39).contains("0 articles"))
        // Timeline and actors share a line; then the incidents and the status bar.
        #expect(blank.lines.filter { $0.contains("loading…") }.count == 3)

        var pending = started.filter { !$0.isSlow }
        var slow = started.filter { $0.isSlow }
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let reply = performer.perform(effect) {
                let next = update(&state, reply)
                pending += next.filter { !$0.isSlow }
                slow += next.filter { $0.isSlow }
            }
        }
        #expect(state.startupLoaded)
        let first = render(state, theme: .builtIn)
        #expect(first.line(39).contains("3 articles"))
        #expect(first.lines.contains { $0.contains("DRN") })
        let actorsPane = state.layout.list(of: .actors)
        #expect(first.line(actorsPane.y).contains("loading…"))
        #expect(first.lines.filter { $0.contains("loading…") }.count == 1)

        for effect in slow {
            if let reply = performer.perform(effect) { _ = update(&state, reply) }
        }
        #expect(!render(state, theme: .builtIn).lines.contains { $0.contains("loading…") })
    }

    @Test("a failing store write is in the status bar on every view, in the error colour, until a write succeeds")
    func storeWriteProblem() {
        var d = Driver(source: FakeDataSource(Fixtures.content()))
        d.send(.ingest(.storeWriteFailed(reason: "database or disk is full")))
        let text = "store write failed: database or disk is full (retrying)"
        let screen = d.screen()
        let bar = screen.line(39)
        #expect(bar.contains(text))
        #expect(bar.contains("3 articles"))
        guard let x = bar.firstRange(of: "store write failed").map({ bar.distance(from: bar.startIndex, to: $0.lowerBound) }) else {
            Issue.record("no problem in the bar")
            return
        }
        #expect(screen[x, 39].style == Theme.builtIn[.statusError].over(Theme.builtIn[.status]))
        d.press(.character("e"))
        #expect(d.screen().line(39).contains(text))
        d.press(.escape, .character("3"), .enter)
        #expect(d.screen().line(39).contains(text))
        d.send(.ingest(.stored(path: "/news/new.txt")))
        #expect(!d.screen().line(39).contains("store write failed"))
    }
}
