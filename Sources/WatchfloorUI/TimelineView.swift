import WatchfloorCore
import WatchfloorModel

/// The timeline pane: an entries-per-day sparkline, then dated entries newest first, grouped by day
/// (the date is written once per group, on its first row, and again at the top of the pane).
struct TimelineView {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let layout = state.layout
        let focused = state.focus == .timeline && state.overlay.coversPanes == false
        FrameView(rect: layout.timeline, title: "1 Timeline", note: histogramNote, focused: focused)
            .render(into: &buffer, theme: theme)
        let inner = layout.timeline.inset(by: 1)
        guard !inner.isEmpty else { return }
        drawSparkline(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), into: &buffer, theme: theme)
        let list = layout.list(of: .timeline)
        let pane = state.timeline
        var previousDate: String?
        let empty = EmptyHint.text(loaded: pane.loaded, state: state, noun: "dated entries")
        ListRowsView(list: pane, rect: list, focused: focused, empty: empty).render(into: &buffer, theme: theme) { row, w, buffer in
            let date = DateText.format(row.date, precision: row.precision)
            let dateWidth = list.width >= 70 ? 12 : 11
            w.column(&buffer, date == previousDate ? "" : date, width: dateWidth, style: theme[.date])
            previousDate = date
            w.column(&buffer, row.type?.tag ?? "·", width: 3, style: row.type.map { theme[ThemeKey.forType($0)] } ?? theme[.dim])
            w.column(&buffer, row.country ?? "", width: 2, style: theme[.country])
            w.rest(&buffer, row.label, style: theme[.text])
        }
    }

    /// "per day, 90 days to 2025-01-17, max 12".
    private var histogramNote: String {
        guard let h = state.histogram, let top = h.counts.max(), top > 0 else { return "" }
        return "\(h.counts.count)d to \(h.endingAt.iso) · max \(top)/day"
    }

    private func drawSparkline(in rect: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard let h = state.histogram else { return }
        let values = Sparkline.fit(h.counts, width: rect.width)
        buffer.write(Sparkline.render(values), x: rect.x, y: rect.y, maxWidth: rect.width, style: theme[.sparkline].over(theme[.text]))
    }
}
