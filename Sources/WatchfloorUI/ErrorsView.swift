import WatchfloorCore
import WatchfloorModel

/// The ingest-errors view (`e`): when, which file, and why, newest first.
struct ErrorsView {
    let state: AppState
    let view: ErrorsViewState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let frame = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 1)
        let t = theme.forOverlay
        let list = view.list
        let note = list.reachedEnd ? "\(list.windowEnd) errors · Esc back" : "Esc back"
        FrameView(rect: frame, title: "Ingest errors", note: note, focused: true).render(into: &buffer, theme: t)
        let inner = frame.inset(by: 1)
        guard !inner.isEmpty else { return }
        if list.rows.isEmpty {
            EmptyHint.draw(list.loaded ? "no ingest errors" : "loading…", in: inner, into: &buffer, theme: t)
            return
        }
        let pathWidth = max(12, inner.width * 2 / 5)
        for line in 0..<min(inner.height, state.layout.fullScreenRows) {
            let index = list.top + line
            guard let row = list.row(at: index) else { break }
            let isSelected = index == list.selected
            let base = isSelected ? t[.selected].over(t[.text]) : t[.text]
            if isSelected { buffer.fill(Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1), style: base) }
            var w = RowWriter(rect: inner, y: inner.y + line, base: base)
            w.skip(1)
            w.column(&buffer, DateText.clock(row.at, utcOffset: state.utcOffset, today: state.today), width: 10, style: t[.date])
            w.column(&buffer, ErrorsView.tail(row.path, width: pathWidth), width: pathWidth, style: t[.text])
            w.rest(&buffer, row.message, style: t[.statusError])
        }
    }

    /// The end of a path that fits in `width` cells ("…/news/broken.json"): the file name is what tells errors apart.
    static func tail(_ path: String, width: Int) -> String {
        let glyphs = DisplayText.glyphs(path)
        guard glyphs.reduce(0, { $0 + $1.width }) > width, width > 1 else { return path }
        var used = 1
        var kept: [Glyph] = []
        for g in glyphs.reversed() {
            if used + g.width > width { break }
            kept.append(g)
            used += g.width
        }
        return "…" + kept.reversed().map(\.text).joined()
    }
}
