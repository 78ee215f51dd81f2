import WatchfloorCore
import WatchfloorModel

/// The actors pane: kind, name, role, country, mentions and a mentions-per-day trend.
struct ActorsView {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let layout = state.layout
        let focused = state.focus == .actors && !state.overlay.coversPanes
        let note = "by " + (state.actorSort == .mentions ? "mentions" : "name") + " (s)"
        FrameView(rect: layout.actors, title: "2 Actors", note: note, focused: focused).render(into: &buffer, theme: theme)
        let list = layout.list(of: .actors)
        guard !list.isEmpty else { return }
        let columns = Columns(width: list.width)
        if layout.hasHeader(.actors) {
            var w = RowWriter(rect: list, y: list.y - 1, base: theme[.text])
            w.column(&buffer, "", width: 1, style: theme[.header])
            w.column(&buffer, "name", width: columns.name, style: theme[.header])
            if columns.role > 0 { w.column(&buffer, "role", width: columns.role, style: theme[.header]) }
            w.column(&buffer, "cc", width: 2, style: theme[.header])
            w.column(&buffer, "ment", width: 5, style: theme[.header], rightAlign: true)
            if columns.trend > 0 { w.column(&buffer, "\(columns.trend)d", width: columns.trend, style: theme[.header]) }
        }
        let pane = state.actors
        let empty = EmptyHint.text(loaded: pane.loaded, state: state, noun: "actors")
        ListRowsView(list: pane, rect: list, focused: focused, empty: empty).render(into: &buffer, theme: theme) { row, w, buffer in
            w.column(&buffer, kindLetter(row.kind), width: 1, style: theme[.dim])
            w.column(&buffer, row.name, width: columns.name, style: theme[.text])
            if columns.role > 0 { w.column(&buffer, row.role ?? "", width: columns.role, style: theme[.dim]) }
            w.column(&buffer, row.country ?? "", width: 2, style: theme[.country])
            w.column(&buffer, NumberText.grouped(row.mentions), width: 5, style: theme[.text], rightAlign: true)
            if columns.trend > 0 {
                w.column(&buffer, Sparkline.render(Sparkline.fit(row.trend, width: columns.trend)), width: columns.trend, style: theme[.trend])
            }
        }
    }

    private func kindLetter(_ kind: ActorKind) -> String {
        switch kind {
        case .person: "p"
        case .organization: "o"
        case .country: "c"
        }
    }

    /// Column widths for a list width: the name takes what the others leave.
    struct Columns {
        let trend: Int
        let role: Int
        let name: Int

        init(width: Int) {
            trend = width >= 46 ? 14 : (width >= 34 ? 7 : 0)
            role = width >= 64 ? min(20, width / 5) : 0
            let fixed = 2 + 3 + 6 + (trend > 0 ? trend + 1 : 0) + (role > 0 ? role + 1 : 0)
            name = max(4, width - fixed - 1)
        }
    }
}
