import Testing
import WatchfloorCore
import WatchfloorModel

/// The first frame without the slow loads, and bounded work when the store keeps changing.
@Suite("update: progressive start and bounded refreshes")
struct RefreshTests {
    /// A store of `count` timeline rows and incidents (ids 0...), a few actors.
    static func rows(count: Int, first: Int64 = 0) -> (Pane, Int, Int) -> PageRows? {
        { pane, offset, limit in
            let ids = (first..<(first + Int64(count))).dropFirst(offset).prefix(limit)
            switch pane {
            case .timeline: return .timeline(ids.map { Rows.timeline($0) })
            case .incidents: return .incidents(ids.map { Rows.incident($0) })
            case .actors: return .actors(offset == 0 ? [Rows.actor("A"), Rows.actor("B")] : [])
            }
        }
    }

    /// Answers every effect the way the performer would, except the slow ones when `slow` is false.
    static func deliver(_ effects: [Effect], to state: inout AppState, slow: Bool = true,
                        rows: (Pane, Int, Int) -> PageRows? = rows(count: 300)) -> [Effect] {
        var next: [Effect] = []
        for effect in effects where slow || !effect.isSlow {
            switch effect {
            case .loadPage(let r):
                if let page = rows(r.pane, r.offset, r.limit) {
                    next += update(&state, .pageLoaded(PageResponse(request: r, offset: r.offset, rows: page)))
                }
            case .loadStats: next += update(&state, .statsLoaded(StoreStats(articles: 3, incidents: 300)))
            case .loadHistogram(let id, _, let days, let end):
                next += update(&state, .histogramLoaded(requestID: id, Histogram(counts: Array(repeating: 1, count: days), endingAt: end)))
            case .loadCountryFacets: next += update(&state, .countryFacetsLoaded([]))
            case .checkChangeToken: next += update(&state, .changeTokenRead(1))
            default: break
            }
        }
        return next
    }

    /// A monitor that has loaded everything.
    static func loaded(size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = AppState(size: size, now: 1_000_000)
        var effects = update(&state, .started)
        while !effects.isEmpty { effects = deliver(effects, to: &state) }
        return state
    }

    static func isActorsLoad(_ effect: Effect) -> Bool {
        if case .loadPage(let r) = effect { r.pane == .actors } else { false }
    }

    static func isTimer(_ effect: Effect) -> Bool {
        if case .refreshLater = effect { true } else { false }
    }

    @Test("started asks for the cheap loads first and the countries on the slow lane; the timeline's answer brings the rest")
    func startOrder() {
        var state = AppState()
        let effects = update(&state, .started)
        #expect(effects.first == .checkChangeToken)
        #expect(effects.filter { $0.isSlow } == [.loadCountryFacets])
        #expect(effects.last == .loadCountryFacets)
        #expect(effects.contains(.loadStats))
        #expect(Set(pageRequests(effects).map(\.pane)) == [.timeline, .incidents])
        // The sparkline and the actor counts end on the newest timeline day: asked for once it is known, once.
        guard let timeline = pageRequests(effects).first(where: { $0.pane == .timeline }) else {
            Issue.record("no timeline load")
            return
        }
        let rows = [Rows.timeline(1, date: "1970-01-01")]
        let next = update(&state, .pageLoaded(PageResponse(request: timeline, offset: 0, rows: .timeline(rows))))
        #expect(next.filter(Self.isActorsLoad).count == 1)
        #expect(next.filter { $0.isSlow }.count == 1)
        #expect(next.filter { if case .loadHistogram = $0 { true } else { false } }.count == 1)
    }

    @Test("the first complete frame needs only the cheap loads; the actors stay 'loading' until theirs arrives")
    func firstFrameWithoutSlowLoads() {
        var state = AppState(size: Size(width: 120, height: 40))
        var effects = update(&state, .started)
        #expect(!state.startupLoaded)
        var slow: [Effect] = []
        while !effects.isEmpty {
            slow += effects.filter { $0.isSlow }
            effects = Self.deliver(effects, to: &state, slow: false)
        }
        #expect(state.startupLoaded)
        #expect(state.timeline.loaded && state.incidents.loaded && state.histogram != nil)
        #expect(!state.actors.loaded)
        #expect(state.actors.pendingRequest != nil)
        // The actor counts arrive later and fill their pane.
        _ = Self.deliver(slow, to: &state)
        #expect(state.actors.loaded && state.actors.rows.count == 2)
    }

    @Test("a store change reloads the visible windows and the counts now, and the slow loads once per timer")
    func storeChangeIsTiered() {
        var state = Self.loaded()
        let visible = state.layout.visibleRows(of: .incidents)
        let first = update(&state, .changeTokenRead(2))
        #expect(Set(pageRequests(first).map(\.pane)) == [.timeline, .incidents])
        #expect(pageRequests(first).allSatisfy { $0.limit <= visible + 2 * ListState<IncidentRow>.refreshMargin })
        #expect(first.contains(.loadStats))
        #expect(first.filter(Self.isTimer) == [.refreshLater(seconds: RefreshState.slowInterval)])
        #expect(!first.contains(where: { $0.isSlow }))
        _ = Self.deliver(first, to: &state)
        // Many more changes before the timer: cheap reloads only, and no second timer.
        for token in 3..<100 {
            let more = update(&state, .changeTokenRead(Int64(token)))
            #expect(!more.contains(where: { $0.isSlow }) && !more.contains(where: Self.isTimer))
            _ = Self.deliver(more, to: &state)
        }
        // The timer: one actors load and the sparkline for all of them.
        let due = update(&state, .refreshDue)
        #expect(due.filter(Self.isActorsLoad).count == 1)
        #expect(due.contains { if case .loadHistogram = $0 { true } else { false } })
        _ = Self.deliver(due, to: &state)
        // Nothing changed since: the next timer (had one been armed) reads nothing.
        #expect(update(&state, .refreshDue).isEmpty)
    }

    @Test("an actors load still running is not replaced: the timer waits another interval")
    func slowLoadsNeverPileUp() {
        var state = Self.loaded()
        _ = Self.deliver(update(&state, .changeTokenRead(2)), to: &state)
        let due = update(&state, .refreshDue)
        guard let running = due.first(where: Self.isActorsLoad) else {
            Issue.record("no actors load")
            return
        }
        _ = update(&state, .changeTokenRead(3))
        let again = update(&state, .refreshDue)
        #expect(again == [.refreshLater(seconds: RefreshState.slowInterval)])
        // The running load's answer is still the one awaited, and taken.
        _ = Self.deliver([running], to: &state)
        #expect(state.actors.pendingRequest == nil)
        #expect(update(&state, .refreshDue).contains(where: Self.isActorsLoad))
    }

    @Test("while an article hides the panes a store change reloads only the counts; closing it catches up")
    func hiddenPanesCatchUp() {
        var state = Self.loaded()
        _ = update(&state, .key(.character("3")))
        _ = update(&state, .key(.enter))
        #expect(state.overlay.hidesPanes)
        let hidden = update(&state, .changeTokenRead(2))
        #expect(pageRequests(hidden).isEmpty)
        #expect(hidden.contains(.loadStats))
        #expect(update(&state, .refreshDue).isEmpty)
        let back = update(&state, .key(.escape))
        #expect(Set(pageRequests(back).map(\.pane)) == [.timeline, .incidents, .actors])
        #expect(!state.refresh.panesStale && !state.refresh.slowStale)
        // The help over the panes does not hide them: changes reload as usual.
        _ = update(&state, .key(.character("?")))
        #expect(!state.overlay.hidesPanes)
        #expect(!pageRequests(update(&state, .changeTokenRead(3))).isEmpty)
    }

    @Test("a row pushed below the refreshed window is looked for once, and the cursor goes back to it")
    func lostSelectionIsFound() {
        var state = Self.loaded()
        _ = update(&state, .key(.character("3")))
        for _ in 0..<30 { _ = update(&state, .key(.character("j"))) }
        let id = state.incidents.selectedID
        let line = state.incidents.selected - state.incidents.top
        #expect(id == 30 && state.incidents.top > 0)
        // 400 rows land above everything: far more than the refresh margin.
        let shifted = Self.rows(count: 700, first: -400)
        var effects = update(&state, .changeTokenRead(2))
        var searches = 0
        while !effects.isEmpty {
            searches += pageRequests(effects).filter { $0.pane == .incidents && $0.limit == ListState<IncidentRow>.searchLimit }.count
            effects = Self.deliver(effects.filter { !Self.isTimer($0) }, to: &state, rows: shifted)
        }
        #expect(searches == 1)
        #expect(state.incidents.selectedID == id)
        #expect(state.incidents.selected == 430)
        #expect(state.incidents.selected - state.incidents.top == line)
        #expect(state.incidents.lostID == nil)
    }

    @Test("a selected row that is gone is searched for once, then the cursor stays where it was")
    func goneSelectionIsSearchedOnce() {
        var state = Self.loaded()
        _ = update(&state, .key(.character("3")))
        for _ in 0..<5 { _ = update(&state, .key(.character("j"))) }
        let gone: (Pane, Int, Int) -> PageRows? = { pane, offset, limit in
            let ids = (0..<Int64(300)).filter { $0 != 5 }.dropFirst(offset).prefix(limit)
            return pane == .incidents ? .incidents(ids.map { Rows.incident($0) }) : nil
        }
        var effects = update(&state, .changeTokenRead(2))
        var loads = 0
        while !effects.isEmpty {
            loads += pageRequests(effects).filter { $0.pane == .incidents }.count
            effects = Self.deliver(effects.filter { !Self.isTimer($0) }, to: &state, rows: gone)
        }
        #expect(loads == 2)
        #expect(state.incidents.selected == 5)
        #expect(state.incidents.selectedID == 6)
    }

    @Test("a failing store write stays in the state until a write succeeds, and is not counted as a file error")
    func storeWriteProblem() {
        var state = Self.loaded()
        _ = update(&state, .ingest(.storeWriteFailed(reason: "database or disk is full")))
        _ = update(&state, .ingest(.storeWriteFailed(reason: "database or disk is full")))
        #expect(state.storeWriteProblem == "database or disk is full")
        #expect(state.stats.errors == 0)
        #expect(state.notice == nil)
        _ = update(&state, .key(.character("j")))
        _ = update(&state, .ingest(.unchanged(path: "/a")))
        #expect(state.storeWriteProblem != nil)
        _ = update(&state, .ingest(.stored(path: "/a")))
        #expect(state.storeWriteProblem == nil)
    }

    @Test("twenty thousand articles leave the state no bigger: notices, new marks and windows are bounded")
    func nothingGrowsPerArticle() {
        var state = Self.loaded()
        _ = update(&state, .key(.character("3")))
        for n in 0..<20_000 {
            _ = update(&state, .ingest(.stored(path: "/news/a\(n).txt")))
            if n % 7 == 0 { _ = update(&state, .ingest(.warning("odd file \(n)"))) }
            if n % 50 == 0 {
                let effects = update(&state, .changeTokenRead(Int64(n + 2)))
                _ = Self.deliver(effects, to: &state, rows: Self.rows(count: 300 + n, first: -Int64(n)))
                _ = Self.deliver(update(&state, .refreshDue), to: &state, rows: Self.rows(count: 300 + n, first: -Int64(n)))
                _ = update(&state, .key(n % 100 == 0 ? .character("j") : .character("k")))
            }
        }
        #expect(state.pendingNotices.count <= 20)
        #expect(state.visitedNew.count <= 5_000)
        #expect(state.timeline.rows.count <= ListState<TimelineRow>.searchLimit)
        #expect(state.incidents.rows.count <= ListState<IncidentRow>.searchLimit)
        #expect((state.histogram?.counts.count ?? 0) <= 366)
    }
}
