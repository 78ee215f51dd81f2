import WatchfloorCore

/// The visible rows of a list: one per line from the list's first visible row, the selected one
/// highlighted across the whole width (focused or not), each row's columns written by the caller
/// through a `RowWriter` whose base style carries that highlight. No rows: the `empty` hint instead
/// ("loading…" until the first load, then why there is nothing).
struct ListRowsView<Row: Identifiable & Hashable & Sendable> where Row.ID: Sendable {
    let list: ListState<Row>
    let rect: Rect
    let focused: Bool
    let empty: String

    /// Draws up to `rect.height` rows (fewer when the loaded window ends); `row` writes one row's columns.
    func render(into buffer: inout ScreenBuffer, theme: Theme, row writeRow: (Row, inout RowWriter, inout ScreenBuffer) -> Void) {
        if list.rows.isEmpty {
            EmptyHint.draw(empty, in: rect, into: &buffer, theme: theme)
            return
        }
        for line in 0..<max(0, rect.height) {
            let index = list.top + line
            guard let row = list.row(at: index) else { break }
            let isSelected = index == list.selected
            let base = isSelected ? theme[focused ? .selected : .selectedUnfocused].over(theme[.text]) : theme[.text]
            if isSelected { buffer.fill(Rect(x: rect.x, y: rect.y + line, width: rect.width, height: 1), style: base) }
            var writer = RowWriter(rect: rect, y: rect.y + line, base: base)
            writeRow(row, &writer, &buffer)
        }
    }
}
