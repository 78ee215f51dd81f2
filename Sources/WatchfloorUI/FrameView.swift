import WatchfloorCore

/// A box around a pane with a title in its top edge and an optional note at the right of it.
struct FrameView {
    let rect: Rect
    let title: String
    let note: String
    let focused: Bool

    /// Draws the frame and clears its inside to the text background.
    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = theme[focused ? .borderFocused : .border].over(theme[.text])
        buffer.fill(rect.inset(by: 1), style: theme[.text])
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border)
        buffer.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", x: rect.x, y: y, style: border)
            buffer.write("│", x: rect.maxX - 1, y: y, style: border)
        }
        let titleStyle = theme[focused ? .titleFocused : .title].over(theme[.text])
        let used = buffer.write(truncating: " " + title + " ", x: rect.x + 2, y: rect.y, maxWidth: max(0, rect.width - 4), style: titleStyle)
        let room = rect.width - 4 - used - 2
        if !note.isEmpty, room > 4 {
            let glyphs = DisplayText.truncated(" " + note + " ", to: room)
            let w = glyphs.reduce(0) { $0 + $1.width }
            buffer.write(glyphs, x: rect.maxX - 2 - w, y: rect.y, style: theme[.title].over(theme[.text]))
        }
    }
}
