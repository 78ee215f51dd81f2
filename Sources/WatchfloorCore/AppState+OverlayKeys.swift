import WatchfloorModel

extension AppState {
    /// Keys in a picker: type to narrow, arrows to move, Space to toggle, Enter to apply, Esc to cancel.
    mutating func handlePickerKey(_ key: Key, _ current: PickerState) -> [Effect] {
        var picker = current
        let rows = PickerState.visibleRows(in: size)
        var effects: [Effect] = []
        switch key {
        case .escape:
            overlay = .none
            return []
        case .enter:
            overlay = .none
            guard let selection = picker.selection else { return [] }
            var f = filter
            switch picker.kind {
            case .country: f.countries = selection
            case .type: f.types = Set(selection.compactMap(IncidentType.init(rawValue:)))
            }
            return setFilter(f)
        case .character(" "):
            if let item = picker.current {
                if picker.chosen.contains(item.key) { picker.chosen.remove(item.key) } else { picker.chosen.insert(item.key) }
                picker.toggled = true
            }
        case .character("?") where picker.query.isEmpty:
            overlay = .help(returnTo: .picker(picker))
            return []
        case .character(let c):
            picker.query.append(c)
            picker.cursor = 0
            picker.top = 0
            picker.resolved = nil
            if picker.kind == .country { effects.append(.resolveCountry(query: picker.query)) }
        case .backspace:
            guard !picker.query.isEmpty else { break }
            picker.query.removeLast()
            picker.cursor = 0
            picker.top = 0
            picker.resolved = nil
            if picker.kind == .country && !picker.query.isEmpty { effects.append(.resolveCountry(query: picker.query)) }
        case .control("u"):
            picker.query = ""
            picker.resolved = nil
            picker.cursor = 0
            picker.top = 0
        case .down, .control("n"): picker.move(by: 1, visible: rows)
        case .up, .control("p"): picker.move(by: -1, visible: rows)
        case .pageDown: picker.move(by: rows - 1, visible: rows)
        case .pageUp: picker.move(by: -(rows - 1), visible: rows)
        case .home: picker.move(by: -picker.cursor, visible: rows)
        case .end: picker.move(by: picker.visibleItems.count, visible: rows)
        default:
            break
        }
        overlay = .picker(picker)
        return effects
    }

    /// Keys in the `/` editor: every change applies at once; Enter keeps it, Esc restores the old text.
    mutating func handleTextFilterKey(_ key: Key, _ current: TextFilterState) -> [Effect] {
        var editor = current
        switch key {
        case .enter:
            overlay = .none
            return []
        case .escape:
            overlay = .none
            var f = filter
            f.text = editor.previous
            return setFilter(f)
        case .character(let c):
            editor.text.append(c)
        case .backspace:
            guard !editor.text.isEmpty else { return [] }
            editor.text.removeLast()
        case .control("u"):
            editor.text = ""
        default:
            return []
        }
        overlay = .textFilter(editor)
        var f = filter
        let trimmed = editor.text.trimmingSpaces
        f.text = trimmed.isEmpty ? nil : trimmed
        return setFilter(f)
    }

    /// Keys in the article view: scroll, or go back.
    mutating func handleArticleKey(_ key: Key, _ current: ArticleViewState) -> [Effect] {
        var view = current
        let rows = ArticleViewState.textRows(in: size)
        switch key {
        case .escape, .character("q"), .left, .backspace, .character("h"):
            overlay = .none
            return []
        case .character("j"), .down: view.scroll(by: 1, rows: rows)
        case .character("k"), .up: view.scroll(by: -1, rows: rows)
        case .pageDown, .character(" "), .control("f"), .control("d"): view.scroll(by: rows - 1, rows: rows)
        case .pageUp, .control("b"), .control("u"): view.scroll(by: -(rows - 1), rows: rows)
        case .character("g"), .home: view.scroll(by: -view.scroll, rows: rows)
        case .character("G"), .end: view.scroll(by: view.lineCount ?? 0, rows: rows)
        case .character("?"):
            overlay = .help(returnTo: .article(view))
            return []
        default:
            break
        }
        overlay = .article(view)
        return []
    }

    /// Keys in the errors view: move, or go back.
    mutating func handleErrorsKey(_ key: Key, _ current: ErrorsViewState) -> [Effect] {
        var view = current
        let rows = layout.fullScreenRows
        switch key {
        case .escape, .character("q"), .character("e"), .left, .backspace:
            overlay = .none
            return []
        case .character("j"), .down: view.list.move(by: 1, visible: rows)
        case .character("k"), .up: view.list.move(by: -1, visible: rows)
        case .pageDown: view.list.move(by: rows - 1, visible: rows)
        case .pageUp: view.list.move(by: -(rows - 1), visible: rows)
        case .character("g"), .home: view.list.select(0, visible: rows)
        case .character("G"), .end: view.list.select(Int.max, visible: rows)
        case .character("?"):
            overlay = .help(returnTo: .errors(view))
            return []
        default:
            break
        }
        overlay = .errors(view)
        return loadErrors(force: false).map { [$0] } ?? []
    }
}
