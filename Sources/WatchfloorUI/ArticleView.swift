import WatchfloorCore
import WatchfloorModel

/// The article view: title, date and path, then the text with the row's sentence highlighted.
struct ArticleView {
    let state: AppState
    let view: ArticleViewState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let size = state.size
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        let width = ArticleViewState.textWidth(in: size)
        let rows = ArticleViewState.textRows(in: size)
        let body = theme[.overlay]
        guard let detail = view.detail else {
            FrameView(rect: frame, title: "Article", note: "", focused: true).render(into: &buffer, theme: theme.forOverlay)
            let text = view.missing ? "this article is no longer in the store" : "loading…"
            buffer.write(text, x: 2, y: 1, maxWidth: width, style: theme[.dim].over(body))
            return
        }
        let layout = ArticleLayoutCache.shared.layout(articleID: detail.id, text: detail.text, width: width)
        let first = view.scroll + 1
        let last = min(layout.lines.count, view.scroll + rows)
        let note = "lines \(first)-\(last) of \(layout.lines.count)"
        FrameView(rect: frame, title: "Article", note: note, focused: true).render(into: &buffer, theme: theme.forOverlay)
        buffer.write(truncating: detail.title ?? "(untitled)", x: 2, y: 1, maxWidth: width, style: body.adding(.bold))
        var meta = detail.published.map { "published \($0) (\(detail.publishedSource.rawValue))" } ?? "no date"
        meta += " · " + detail.path
        buffer.write(truncating: meta, x: 2, y: 2, maxWidth: width, style: theme[.dim].over(body))
        let highlight = view.highlight
        for r in 0..<rows {
            let index = view.scroll + r
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            var x = 2
            for (glyph, offset) in zip(line.glyphs, line.offsets) {
                let lit = highlight.map { offset >= $0.start && offset < $0.end } ?? false
                let style = isPlaceholder(glyph) ? theme[.placeholder].over(body) : (lit ? theme[.highlight].over(body) : body)
                x += buffer.write([glyph], x: x, y: 3 + r, maxWidth: width - (x - 2), style: style)
            }
        }
        if layout.truncated && last == layout.lines.count {
            buffer.write("[article cut at \(ArticleLayout.maxScalars) characters]", x: 2, y: 3 + min(rows - 1, last - view.scroll), maxWidth: width, style: theme[.dim].over(body))
        }
    }

    /// Control pictures and replacement characters stand for something hostile or broken: make them stand out.
    private func isPlaceholder(_ glyph: Glyph) -> Bool {
        guard let v = glyph.text.unicodeScalars.first?.value else { return false }
        return (0x2400...0x2421).contains(v) || v == 0xFFFD
    }
}
