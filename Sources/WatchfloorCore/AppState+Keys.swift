import WatchfloorModel

extension AppState {
    /// Routes a key to the overlay that has it, or to the main screen.
    mutating func handleKey(_ key: Key) -> [Effect] {
        notice = pendingNotices.isEmpty ? nil : pendingNotices.removeFirst()
        if key == .control("c") {
            quitting = true
            return [.quit]
        }
        switch overlay {
        case .none: return handleMainKey(key)
        case .help(let returnTo): return handleHelpKey(key, returnTo: returnTo)
        case .picker(let picker): return handlePickerKey(key, picker)
        case .textFilter(let editor): return handleTextFilterKey(key, editor)
        case .article(let view): return handleArticleKey(key, view)
        case .errors(let view): return handleErrorsKey(key, view)
        }
    }

    /// Keys on the main screen.
    private mutating func handleMainKey(_ key: Key) -> [Effect] {
        switch key {
        case .character("q"):
            quitting = true
            return [.quit]
        case .tab: return focus(focus.next)
        case .backTab: return focus(focus.previous)
        case .character("1"): return focus(.timeline)
        case .character("2"): return focus(.actors)
        case .character("3"): return focus(.incidents)
        case .character("j"), .down: return moveSelection(by: 1)
        case .character("k"), .up: return moveSelection(by: -1)
        case .pageDown, .control("f"), .control("d"): return moveSelection(by: max(1, layout.visibleRows(of: focus) - 1))
        case .pageUp, .control("b"), .control("u"): return moveSelection(by: -max(1, layout.visibleRows(of: focus) - 1))
        case .character("g"), .home: return moveSelection(to: 0)
        case .character("G"), .end: return moveToEnd()
        case .enter: return openSelected()
        case .escape:
            guard let text = filter.text, !text.isEmpty else { return [] }
            var f = filter
            f.text = nil
            return setFilter(f)
        case .character("c"):
            let items = filter.countries.sorted().map { PickerItem(key: $0, label: countryNames[$0] ?? $0, detail: "") }
            overlay = .picker(PickerState(kind: .country, items: items, chosen: filter.countries, loading: true))
            return [.loadCountryFacets]
        case .character("t"):
            let items = IncidentType.allCases.map { PickerItem(key: $0.rawValue, label: $0.rawValue, detail: $0.tag) }
            overlay = .picker(PickerState(kind: .type, items: items, chosen: Set(filter.types.map(\.rawValue))))
            return []
        case .character("/"):
            overlay = .textFilter(TextFilterState(text: filter.text ?? "", previous: filter.text))
            return []
        case .character("x"):
            return setFilter(QueryFilter())
        case .character("s"):
            actorSort = actorSort == .mentions ? .name : .mentions
            show(Notice("actors sorted by " + (actorSort == .mentions ? "mentions" : "name")))
            actors.resetPosition()
            return loadPane(.actors, force: true).map { [$0] } ?? []
        case .character("e"):
            overlay = .errors(ErrorsViewState())
            return loadErrors(force: true).map { [$0] } ?? []
        case .character("T"):
            themeIndex = (themeIndex + 1) % max(1, themeNames.count)
            show(Notice("theme: " + themeName))
            return []
        case .character("?"):
            overlay = .help(returnTo: .none)
            return []
        default:
            return []
        }
    }

    /// Focuses a pane.
    private mutating func focus(_ pane: Pane) -> [Effect] {
        focus = pane
        markVisited()
        return []
    }

    /// Moves the focused pane's cursor and loads more rows when it nears the end of what is loaded.
    private mutating func moveSelection(by delta: Int) -> [Effect] {
        let visible = layout.visibleRows(of: focus)
        switch focus {
        case .timeline: timeline.move(by: delta, visible: visible)
        case .actors: actors.move(by: delta, visible: visible)
        case .incidents:
            incidents.move(by: delta, visible: visible)
            markVisited()
        }
        return loadPane(focus, force: false).map { [$0] } ?? []
    }

    /// Puts the focused pane's cursor on an absolute position.
    private mutating func moveSelection(to index: Int) -> [Effect] {
        let visible = layout.visibleRows(of: focus)
        switch focus {
        case .timeline: timeline.select(index, visible: visible)
        case .actors: actors.select(index, visible: visible)
        case .incidents:
            incidents.select(index, visible: visible)
            markVisited()
        }
        return loadPane(focus, force: false).map { [$0] } ?? []
    }

    /// Goes to the last row, loading the result's last page when it is not loaded.
    private mutating func moveToEnd() -> [Effect] {
        let reached: Bool
        switch focus {
        case .timeline: reached = timeline.reachedEnd
        case .actors: reached = actors.reachedEnd
        case .incidents: reached = incidents.reachedEnd
        }
        if reached { return moveSelection(to: Int.max) }
        return loadPane(focus, force: true, tail: true).map { [$0] } ?? []
    }

    /// Opens the article behind the selected row, with its sentence highlighted.
    private mutating func openSelected() -> [Effect] {
        let target: (Int64, Span?)?
        switch focus {
        case .timeline: target = timeline.selectedRow.map { ($0.articleID, $0.sentence) }
        case .incidents: target = incidents.selectedRow.map { ($0.articleID, $0.sentence) }
        case .actors:
            if let row = actors.selectedRow, let id = row.latestArticleID {
                target = (id, row.latestSpan)
            } else {
                target = nil
            }
        }
        guard let (id, span) = target else { return [] }
        overlay = .article(ArticleViewState(articleID: id, highlight: span))
        return [.openArticle(id: id)]
    }

    /// Keys in the help overlay: anything that means "back" closes it.
    private mutating func handleHelpKey(_ key: Key, returnTo: Overlay) -> [Effect] {
        switch key {
        case .escape, .character("?"), .character("q"), .enter:
            overlay = returnTo
        default:
            break
        }
        return []
    }
}
