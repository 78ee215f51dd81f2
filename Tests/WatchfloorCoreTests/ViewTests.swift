import Testing
import WatchfloorCore
import WatchfloorModel

@Suite("update: article view, errors, new marks, notices")
struct ViewTests {
    @Test("Enter opens the selected incident's article with its sentence; Esc returns to the same row")
    func openArticle() {
        var state = AppState(size: Size(width: 100, height: 30))
        let effects = update(&state, .started)
        _ = state.answer(effects) { pane, _, _ in
            pane == .incidents ? .incidents((1...5).map { Rows.incident($0) }) : nil
        }
        _ = update(&state, .key(.character("3")))
        _ = update(&state, .key(.character("j")))
        _ = update(&state, .key(.character("j")))
        let open = update(&state, .key(.enter))
        #expect(open == [.openArticle(id: 103)])
        let detail = ArticleDetail(id: 103, path: "/a.txt", title: "T", published: nil, publishedSource: .none, text: "x")
        let measure = update(&state, .articleLoaded(id: 103, detail))
        #expect(measure == [.measureArticle(detail, width: ArticleViewState.textWidth(in: state.size), highlight: Span(start: 5, end: 20))])
        _ = update(&state, .articleMeasured(id: 103, width: ArticleViewState.textWidth(in: state.size), lineCount: 200, highlightLine: 90))
        guard case .article(let view) = state.overlay else {
            Issue.record("article view not open")
            return
        }
        #expect(view.scroll == 90 - ArticleViewState.textRows(in: state.size) / 3)
        _ = update(&state, .key(.character("G")))
        if case .article(let v) = state.overlay { #expect(v.scroll == 200 - ArticleViewState.textRows(in: state.size)) }
        _ = update(&state, .key(.escape))
        #expect(state.overlay == .none)
        #expect(state.focus == .incidents)
        #expect(state.incidents.selectedID == 3)
    }

    @Test("incidents that landed after start are new until the cursor moves over them")
    func newMarks() {
        var state = AppState(now: 1_000)
        let effects = update(&state, .started)
        _ = state.answer(effects) { pane, _, _ in
            pane == .incidents ? .incidents([Rows.incident(1, ingestedAt: 2_000), Rows.incident(2, ingestedAt: 2_000), Rows.incident(3, ingestedAt: 500)]) : nil
        }
        let rows = state.incidents.rows
        #expect(rows.map(state.isNew) == [true, true, false])
        _ = update(&state, .key(.character("3")))
        #expect(!state.isNew(rows[0]))
        #expect(state.isNew(rows[1]))
        _ = update(&state, .key(.character("j")))
        #expect(!state.isNew(rows[1]))
    }

    @Test("ingest progress shows while a backlog runs and clears when it is done")
    func progress() {
        var state = AppState()
        _ = update(&state, .ingest(.progress(done: 10, total: 50)))
        #expect(state.ingestProgress == IngestProgress(done: 10, total: 50))
        _ = update(&state, .ingest(.progress(done: 50, total: 50)))
        #expect(state.ingestProgress == nil)
    }

    @Test("a changed store token reloads; the same token does nothing")
    func changeToken() {
        var state = AppState()
        #expect(update(&state, .changeTokenRead(4)).isEmpty)
        #expect(update(&state, .changeTokenRead(4)).isEmpty)
        #expect(!update(&state, .changeTokenRead(5)).isEmpty)
    }

    @Test("notices queue and each key shows the next")
    func notices() {
        var state = AppState()
        _ = update(&state, .notify(Notice("one")))
        _ = update(&state, .notify(Notice("two", isError: true)))
        #expect(state.notice?.text == "one")
        _ = update(&state, .key(.character("j")))
        #expect(state.notice?.text == "two")
        _ = update(&state, .key(.character("j")))
        #expect(state.notice == nil)
    }

    @Test("an expired notice gives way to the next; an expiry for a notice no longer shown does nothing")
    func noticeExpiry() {
        var state = AppState()
        _ = update(&state, .notify(Notice("one")))
        _ = update(&state, .notify(Notice("two")))
        _ = update(&state, .noticeExpired(Notice("two")))
        #expect(state.notice?.text == "one")
        _ = update(&state, .noticeExpired(Notice("one")))
        #expect(state.notice?.text == "two")
        _ = update(&state, .noticeExpired(Notice("two")))
        #expect(state.notice == nil)
    }

    @Test("T cycles themes and wraps")
    func themes() {
        var state = AppState(themeNames: ["default", "light"])
        _ = update(&state, .key(.character("T")))
        #expect(state.themeName == "light")
        _ = update(&state, .key(.character("T")))
        #expect(state.themeName == "default")
    }

    @Test("the errors view pages its list")
    func errorsView() {
        var state = AppState()
        let effects = update(&state, .key(.character("e")))
        guard case .loadErrors(let id, let offset, let limit)? = effects.first else {
            Issue.record("no error load")
            return
        }
        #expect(offset == 0)
        let records = (0..<3).map { IngestErrorRecord(id: Int64($0), path: "/f\($0)", at: 0, message: "bad") }
        _ = update(&state, .errorsLoaded(requestID: id, offset: 0, limit: limit, records))
        _ = update(&state, .key(.character("j")))
        if case .errors(let view) = state.overlay {
            #expect(view.list.selected == 1)
            #expect(view.list.reachedEnd)
        } else {
            Issue.record("errors view closed")
        }
    }

    @Test("a resize keeps the cursor visible")
    func resize() {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = state.answer(update(&state, .started), rows: timelineRows(count: 100))
        for _ in 0..<20 { _ = update(&state, .key(.character("j"))) }
        _ = update(&state, .resized(Size(width: 60, height: 15)))
        let visible = state.layout.visibleRows(of: .timeline)
        #expect(state.timeline.selected >= state.timeline.top)
        #expect(state.timeline.selected < state.timeline.top + visible)
    }
}
