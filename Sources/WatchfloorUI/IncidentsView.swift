import WatchfloorCore
import WatchfloorModel

/// The incidents pane: new-marker, type tag in its colour, date, country, place, actors → targets,
/// count and a one-line summary. Columns appear as the pane gets wider.
struct IncidentsView {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let layout = state.layout
        let focused = state.focus == .incidents && !state.overlay.coversPanes
        let pane = state.incidents
        let newCount = pane.rows.filter(state.isNew).count
        let note = newCount > 0 ? "\(newCount) new" : ""
        FrameView(rect: layout.incidents, title: "3 Incidents", note: note, focused: focused).render(into: &buffer, theme: theme)
        let list = layout.list(of: .incidents)
        guard !list.isEmpty else { return }
        let columns = Columns(width: list.width)
        if layout.hasHeader(.incidents) {
            var w = RowWriter(rect: list, y: list.y - 1, base: theme[.text])
            w.column(&buffer, "", width: 1, style: theme[.header])
            w.column(&buffer, "typ", width: 3, style: theme[.header])
            w.column(&buffer, "date", width: columns.date, style: theme[.header])
            w.column(&buffer, "cc", width: 2, style: theme[.header])
            if columns.place > 0 { w.column(&buffer, "place", width: columns.place, style: theme[.header]) }
            if columns.parties > 0 { w.column(&buffer, "actors → targets", width: columns.parties, style: theme[.header]) }
            if columns.count > 0 { w.column(&buffer, "n", width: columns.count, style: theme[.header], rightAlign: true) }
            w.rest(&buffer, "summary", style: theme[.header])
        }
        let empty = EmptyHint.text(loaded: pane.loaded, state: state, noun: "incidents")
        ListRowsView(list: pane, rect: list, focused: focused, empty: empty).render(into: &buffer, theme: theme) { row, w, buffer in
            w.column(&buffer, state.isNew(row) ? "●" : "", width: 1, style: theme[.newMarker])
            w.column(&buffer, row.type.tag, width: 3, style: theme[ThemeKey.forType(row.type)])
            w.column(&buffer, row.date.map { DateText.format($0, precision: row.precision) } ?? "undated", width: columns.date, style: theme[.date])
            w.column(&buffer, row.country ?? "", width: 2, style: theme[.country])
            if columns.place > 0 { w.column(&buffer, row.place ?? "", width: columns.place, style: theme[.text]) }
            if columns.parties > 0 { w.column(&buffer, IncidentsView.parties(row), width: columns.parties, style: theme[.text]) }
            if columns.count > 0 { w.column(&buffer, row.count.map { "×" + NumberText.grouped($0) } ?? "", width: columns.count, style: theme[.text], rightAlign: true) }
            w.rest(&buffer, row.summary, style: theme[.dim])
        }
    }

    /// "Russia, Iran → Kyiv" (either side may be missing).
    static func parties(_ row: IncidentRow) -> String {
        let who = row.actors.joined(separator: ", ")
        let whom = row.targets.joined(separator: ", ")
        switch (who.isEmpty, whom.isEmpty) {
        case (true, true): return ""
        case (false, true): return who
        case (true, false): return "→ " + whom
        case (false, false): return who + " → " + whom
        }
    }

    /// Column widths for a list width; the summary takes the rest.
    struct Columns {
        let date: Int
        let place: Int
        let parties: Int
        let count: Int

        init(width: Int) {
            date = 11
            place = width >= 90 ? (width >= 150 ? 18 : 14) : 0
            parties = width >= 76 ? (width >= 150 ? 36 : (width >= 110 ? 28 : 22)) : 0
            count = width >= 66 ? 6 : 0
        }
    }
}
