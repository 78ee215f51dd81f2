import WatchfloorCore

/// The `?` overlay: every key, from `KeyHelp`.
struct HelpView {
    let state: AppState
    let themeName: String

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let entries = KeyHelp.entries
        let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 1)
        let box = screen.centered(width: 90, height: entries.count + 4)
        let t = theme.forOverlay
        FrameView(rect: box, title: "Keys", note: "theme \(themeName) · Esc closes", focused: true).render(into: &buffer, theme: t)
        let inner = box.inset(by: 1)
        let keyWidth = min(27, inner.width / 3)
        for (i, entry) in entries.enumerated() where i + 1 < inner.height {
            var w = RowWriter(rect: inner, y: inner.y + 1 + i, base: t[.text])
            w.skip(1)
            w.column(&buffer, entry.keys, width: keyWidth, style: t[.text].adding(.bold))
            w.rest(&buffer, entry.action, style: t[.text])
        }
    }
}
