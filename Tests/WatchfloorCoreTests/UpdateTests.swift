import Testing
import WatchfloorCore
import WatchfloorModel

@Suite("update: keys, paging, live reloads")
struct UpdateTests {
    func started(size: Size = Size(width: 120, height: 40), rows: Int = 50) -> AppState {
        var state = AppState(size: size, now: 1_000_000)
        let effects = update(&state, .started)
        _ = state.answer(effects, rows: timelineRows(count: rows))
        return state
    }

    @Test("Tab, Shift-Tab and digits move the focus")
    func focusKeys() {
        var state = started()
        _ = update(&state, .key(.tab))
        #expect(state.focus == .actors)
        _ = update(&state, .key(.tab))
        _ = update(&state, .key(.tab))
        #expect(state.focus == .timeline)
        _ = update(&state, .key(.backTab))
        #expect(state.focus == .incidents)
        _ = update(&state, .key(.character("2")))
        #expect(state.focus == .actors)
    }

    @Test("j/k and arrows move, the cursor stops at the ends, scrolling follows it")
    func movement() {
        var state = started()
        let visible = state.layout.visibleRows(of: .timeline)
        _ = update(&state, .key(.character("k")))
        #expect(state.timeline.selected == 0)
        for _ in 0..<(visible + 2) { _ = update(&state, .key(.character("j"))) }
        #expect(state.timeline.selected == visible + 2)
        #expect(state.timeline.top == 3)
        _ = update(&state, .key(.up))
        #expect(state.timeline.selected == visible + 1)
        _ = update(&state, .key(.character("g")))
        #expect(state.timeline.selected == 0 && state.timeline.top == 0)
        _ = update(&state, .key(.character("G")))
        #expect(state.timeline.selected == 49)
        #expect(state.timeline.selectedID == 49)
    }

    @Test("PgDn moves a page less one row")
    func paging() {
        var state = started()
        let visible = state.layout.visibleRows(of: .timeline)
        _ = update(&state, .key(.pageDown))
        #expect(state.timeline.selected == visible - 1)
        _ = update(&state, .key(.pageUp))
        #expect(state.timeline.selected == 0)
    }

    @Test("scrolling near the end of the loaded window asks for the next window, not the whole store")
    func loadsMoreWhenNeeded() {
        var state = started(rows: 10_000)
        #expect(state.timeline.rows.count <= 400)
        var requests: [PageRequest] = []
        for _ in 0..<210 {
            let effects = update(&state, .key(.character("j")))
            requests += pageRequests(effects)
            _ = state.answer(effects, rows: timelineRows(count: 10_000))
        }
        #expect(state.timeline.selected == 210)
        #expect(!requests.isEmpty)
        #expect(requests.allSatisfy { $0.limit <= 500 })
        #expect(state.timeline.selectedRow?.id == 210)
    }

    @Test("End on an unloaded result asks for the tail, and the answer lands the cursor on the last row")
    func endLoadsTail() {
        var state = started(rows: 10_000)
        let effects = update(&state, .key(.end))
        let tail = pageRequests(effects).first
        #expect(tail?.tail == true)
        guard let tail else { return }
        let rows = (9_800..<10_000).map { Rows.timeline(Int64($0)) }
        _ = update(&state, .pageLoaded(PageResponse(request: tail, offset: 9_800, rows: .timeline(rows))))
        #expect(state.timeline.selected == 9_999)
        #expect(state.timeline.selectedID == 9_999)
    }

    @Test("a reload after new rows arrive keeps the cursor on the same row and the same screen line")
    func reloadKeepsSelection() {
        var state = started()
        for _ in 0..<30 { _ = update(&state, .key(.character("j"))) }
        let id = state.timeline.selectedID
        let line = state.timeline.selected - state.timeline.top
        // Five new rows arrive at the top (ids -5...-1), pushing everything down.
        let effects = update(&state, .storeChanged)
        _ = state.answer(effects) { pane, offset, limit in
            guard pane == .timeline else { return nil }
            let all = (-5..<50).map { Rows.timeline(Int64($0)) }
            return .timeline(Array(all.dropFirst(offset).prefix(limit)))
        }
        #expect(state.timeline.selectedID == id)
        #expect(state.timeline.selected == 35)
        #expect(state.timeline.selected - state.timeline.top == line)
    }

    @Test("at the top of a list, new rows appear above the selected row")
    func reloadAtTopShowsNewRows() {
        var state = started()
        _ = update(&state, .key(.character("j")))
        let effects = update(&state, .storeChanged)
        _ = state.answer(effects) { pane, offset, limit in
            guard pane == .timeline else { return nil }
            let all = (-3..<50).map { Rows.timeline(Int64($0)) }
            return .timeline(Array(all.dropFirst(offset).prefix(limit)))
        }
        #expect(state.timeline.top == 0)
        #expect(state.timeline.selectedID == 1)
        #expect(state.timeline.selected == 4)
    }

    @Test("a cursor on the first row follows the head: the newest row is selected after a reload")
    func reloadOnFirstRowFollowsTheHead() {
        var state = started()
        #expect(state.timeline.selected == 0)
        let effects = update(&state, .storeChanged)
        _ = state.answer(effects) { pane, offset, limit in
            guard pane == .timeline else { return nil }
            // Sixty new rows arrive above: more than a screen, so a kept row would scroll out of view.
            let all = (-60..<50).map { Rows.timeline(Int64($0)) }
            return .timeline(Array(all.dropFirst(offset).prefix(limit)))
        }
        #expect(state.timeline.top == 0)
        #expect(state.timeline.selected == 0)
        #expect(state.timeline.selectedID == -60)
    }

    @Test("answers to superseded requests are ignored")
    func staleAnswersDropped() {
        var state = AppState()
        let first = pageRequests(update(&state, .started)).first { $0.pane == .timeline }
        let second = pageRequests(update(&state, .storeChanged)).first { $0.pane == .timeline }
        guard let first, let second else {
            Issue.record("no timeline requests")
            return
        }
        _ = update(&state, .pageLoaded(PageResponse(request: first, offset: 0, rows: .timeline([Rows.timeline(7)]))))
        #expect(state.timeline.rows.isEmpty)
        _ = update(&state, .pageLoaded(PageResponse(request: second, offset: 0, rows: .timeline([Rows.timeline(8)]))))
        #expect(state.timeline.rows.map(\.id) == [8])
    }

    @Test("q and Ctrl-C quit; q inside a view only closes it")
    func quitting() {
        var state = started()
        #expect(update(&state, .key(.character("q"))) == [.quit])
        var other = started()
        _ = update(&other, .key(.character("?")))
        #expect(update(&other, .key(.character("q"))).isEmpty)
        #expect(other.overlay == .none)
        _ = update(&other, .key(.character("e")))
        #expect(update(&other, .key(.control("c"))) == [.quit])
        #expect(update(&other, .terminate) == [.quit])
    }
}
