import WatchfloorCore

/// Writes one row of a list from left to right in columns, never past the row's right edge.
struct RowWriter {
    /// The buffer written to.
    var x: Int
    let y: Int
    let maxX: Int
    /// The row's base style (a selected row's highlight); columns' own styles are laid over it.
    let base: Style

    init(rect: Rect, y: Int, base: Style) {
        x = rect.x
        self.y = y
        maxX = rect.maxX
        self.base = base
    }

    /// Cells left on the row.
    var remaining: Int { max(0, maxX - x) }

    /// A column of exactly `width` cells (text cut with `…`, padded, left or right aligned), then a gap.
    mutating func column(_ buffer: inout ScreenBuffer, _ text: String, width: Int, style: Style, rightAlign: Bool = false, gap: Int = 1) {
        let w = min(width, remaining)
        guard w > 0 else { return }
        let glyphs = DisplayText.truncated(text, to: w)
        let used = glyphs.reduce(0) { $0 + $1.width }
        let pad = rightAlign ? w - used : 0
        buffer.write(glyphs, x: x + pad, y: y, maxWidth: w - pad, style: style.over(base))
        x += w
        skip(gap)
    }

    /// The rest of the row.
    mutating func rest(_ buffer: inout ScreenBuffer, _ text: String, style: Style) {
        let w = remaining
        guard w > 0 else { return }
        x += buffer.write(truncating: text, x: x, y: y, maxWidth: w, style: style.over(base))
    }

    /// Skips cells (they keep the row's background).
    mutating func skip(_ n: Int) { x = min(maxX, x + n) }
}
