import WatchfloorCore
import WatchfloorModel

/// On large terminals: everything about the selected row of the focused pane, wrapped, so nothing
/// cut short in a column is out of reach.
struct DetailsView {
    let state: AppState
    let rect: Rect

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        FrameView(rect: rect, title: "Details", note: state.focus.title.lowercased(), focused: false).render(into: &buffer, theme: theme)
        let inner = rect.inset(by: 1)
        guard inner.width > 4, !inner.isEmpty else { return }
        let fields = self.fields
        guard !fields.isEmpty else {
            EmptyHint.draw("nothing selected", in: inner, into: &buffer, theme: theme)
            return
        }
        let labelWidth = 9
        var y = inner.y
        for (label, value, key) in fields {
            guard y < inner.maxY else { break }
            buffer.write(label, x: inner.x + 1, y: y, maxWidth: labelWidth, style: theme[.header].over(theme[.text]))
            let width = max(1, inner.width - labelWidth - 2)
            let lines = ArticleLayout(text: value, width: width).lines
            for line in lines {
                guard y < inner.maxY else { break }
                buffer.write(line.glyphs, x: inner.x + 1 + labelWidth + 1, y: y, maxWidth: width, style: theme[key].over(theme[.text]))
                y += 1
            }
            if lines.isEmpty { y += 1 }
        }
    }

    /// Label, value, style of each line to show.
    private var fields: [(String, String, ThemeKey)] {
        switch state.focus {
        case .timeline:
            guard let row = state.timeline.selectedRow else { return [] }
            return [
                ("date", DateText.format(row.date, precision: row.precision) + " (" + row.precision.rawValue + ")", .date),
                ("type", row.type.map { $0.rawValue + " (" + $0.tag + ")" } ?? "background", row.type.map(ThemeKey.forType) ?? .dim),
                ("country", countryText(row.country), .country),
                ("entry", row.label, .text),
            ]
        case .actors:
            guard let row = state.actors.selectedRow else { return [] }
            return [
                ("name", row.name, .text),
                ("kind", row.kind.rawValue, .dim),
                ("role", row.role ?? "—", .text),
                ("country", countryText(row.country), .country),
                ("mentions", NumberText.grouped(row.mentions), .text),
                ("trend", Sparkline.render(row.trend), .trend),
            ]
        case .incidents:
            guard let row = state.incidents.selectedRow else { return [] }
            return [
                ("type", row.type.rawValue + " (" + row.type.tag + ")", ThemeKey.forType(row.type)),
                ("date", row.date.map { DateText.format($0, precision: row.precision) } ?? "undated", .date),
                ("where", [row.place, countryText(row.country)].compactMap { $0 }.joined(separator: ", "), .country),
                ("actors", row.actors.isEmpty ? "—" : row.actors.joined(separator: ", "), .text),
                ("targets", row.targets.isEmpty ? "—" : row.targets.joined(separator: ", "), .text),
                ("count", row.count.map(NumberText.grouped) ?? "—", .text),
                ("summary", row.summary, .text),
            ]
        }
    }

    private func countryText(_ code: String?) -> String {
        guard let code else { return "—" }
        if let name = state.countryNames[code] { return name + " (" + code + ")" }
        return code
    }
}
