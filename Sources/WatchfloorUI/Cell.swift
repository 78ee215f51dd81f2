/// One cell of the screen: a glyph's text (empty in the cell a wide glyph spills into) and its style.
public struct Cell: Hashable, Sendable {
    /// The glyph text; "" marks the second cell of a wide glyph.
    public var text: String
    /// Cells the glyph takes (1 or 2); 0 for the second cell of a wide glyph.
    public var width: Int
    /// How it looks.
    public var style: Style

    /// Creates a cell.
    public init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in a style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }

    /// Whether this is the spill-over half of a wide glyph.
    public var isContinuation: Bool { width == 0 }
}
