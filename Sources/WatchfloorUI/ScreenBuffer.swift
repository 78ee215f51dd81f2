import WatchfloorCore

/// An in-memory grid of cells that panes draw into; the terminal backend draws its changes.
///
/// Text only enters through `DisplayText`, so whatever a caller passes (article text included)
/// is sanitised and measured before it lands in a cell. Writes are clipped to the buffer and to
/// the `maxWidth` given; a wide glyph that does not fit in the space left becomes a space.
public struct ScreenBuffer: Sendable, Equatable {
    /// Width in cells.
    public let width: Int
    /// Height in cells.
    public let height: Int
    /// Cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a buffer of blank cells.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The cell at a position (a blank cell outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Row `y` as text: each glyph once (wide glyphs are not doubled), trailing spaces kept.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { s += cell.text }
        }
        return s
    }

    /// Every row as text.
    public var lines: [String] { (0..<height).map(line) }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x] = .blank(style)
            }
        }
    }

    /// Sets the style of every cell in a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style = style
            }
        }
    }

    /// Writes text (sanitised) at a position, at most `maxWidth` cells; returns the cells used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int = Int.max, style: Style) -> Int {
        write(DisplayText.glyphs(text), x: x, y: y, maxWidth: maxWidth, style: style)
    }

    /// Writes text cut to `maxWidth` cells with `…` when it does not fit; returns the cells used.
    @discardableResult
    public mutating func write(truncating text: String, x: Int, y: Int, maxWidth: Int, style: Style) -> Int {
        write(DisplayText.truncated(text, to: maxWidth), x: x, y: y, maxWidth: maxWidth, style: style)
    }

    /// Writes glyphs at a position, at most `maxWidth` cells; returns the cells used.
    @discardableResult
    public mutating func write(_ glyphs: [Glyph], x: Int, y: Int, maxWidth: Int = Int.max, style: Style) -> Int {
        guard y >= 0, y < height, maxWidth > 0 else { return 0 }
        let limit = min(width, x + min(maxWidth, width))
        var cx = x
        for glyph in glyphs {
            if cx >= limit { break }
            if cx + glyph.width > limit {
                if cx >= 0 { put(Glyph(" ", width: 1), x: cx, y: y, style: style) }
                cx += 1
                break
            }
            if cx >= 0 { put(glyph, x: cx, y: y, style: style) }
            cx += glyph.width
        }
        return max(0, cx - x)
    }

    /// Places one glyph, repairing any wide glyph it half-covers.
    private mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style) {
        let row = y * width
        // Overwriting the second half of a wide glyph blanks its first half.
        if cells[row + x].isContinuation, x > 0 { cells[row + x - 1] = .blank(cells[row + x - 1].style) }
        // Overwriting the first half of a wide glyph blanks its second half.
        let end = x + glyph.width
        if end < width, cells[row + end].isContinuation { cells[row + end] = .blank(cells[row + end].style) }
        cells[row + x] = Cell(text: glyph.text, width: glyph.width, style: style)
        if glyph.width == 2, x + 1 < width {
            cells[row + x + 1] = Cell(text: "", width: 0, style: style)
        }
    }
}
