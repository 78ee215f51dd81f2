import WatchfloorCore

/// The country or type picker: the query, a hint, then the matching items with check boxes.
struct PickerView {
    let state: AppState
    let picker: PickerState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let rows = PickerState.visibleRows(in: state.size)
        let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 1)
        let box = screen.centered(width: 64, height: rows + 4)
        let t = theme.forOverlay
        let items = picker.visibleItems
        let note = picker.chosen.isEmpty ? "\(items.count) shown" : "\(picker.chosen.count) chosen"
        FrameView(rect: box, title: picker.kind.title, note: note, focused: true).render(into: &buffer, theme: t)
        let inner = box.inset(by: 1)
        guard inner.height >= 3 else { return }
        var q = RowWriter(rect: inner, y: inner.y, base: t[.text])
        q.column(&buffer, " >", width: 2, style: t[.text].adding(.bold))
        q.rest(&buffer, picker.query + "▏", style: t[.text])
        buffer.write(truncating: " type to narrow · Space toggles · Enter applies · Esc cancels", x: inner.x, y: inner.y + 1,
                     maxWidth: inner.width, style: t[.dim].over(t[.text]))
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        if items.isEmpty {
            let text: String
            if picker.loading {
                text = "loading…"
            } else if picker.kind == .type {
                text = "no type matches"
            } else if picker.items.isEmpty && picker.query.isEmpty {
                text = "no countries in the store yet; type a name, demonym or code"
            } else {
                text = "no country matches (try a name, demonym or code)"
            }
            EmptyHint.draw(text, in: list, into: &buffer, theme: t)
            return
        }
        for line in 0..<list.height {
            let index = picker.top + line
            guard items.indices.contains(index) else { break }
            let item = items[index]
            let isCursor = index == picker.cursor
            let base = isCursor ? t[.selected].over(t[.text]) : t[.text]
            if isCursor { buffer.fill(Rect(x: list.x, y: list.y + line, width: list.width, height: 1), style: base) }
            var w = RowWriter(rect: list, y: list.y + line, base: base)
            let on = picker.chosen.contains(item.key)
            w.skip(1)
            w.column(&buffer, on ? "[x]" : "[ ]", width: 3, style: on ? t[.match] : t[.text])
            switch picker.kind {
            case .country:
                w.column(&buffer, item.key, width: 2, style: t[.country])
                w.column(&buffer, item.label, width: max(4, list.width - 28), style: on ? t[.match] : t[.text])
            case .type:
                w.column(&buffer, item.detail, width: 3, style: t[ThemeKey.forType(.init(rawValue: item.key) ?? .statement)])
                w.column(&buffer, item.label, width: max(4, list.width - 28), style: on ? t[.match] : t[.text])
            }
            if picker.kind == .country { w.rest(&buffer, item.detail, style: t[.dim]) }
        }
    }
}
