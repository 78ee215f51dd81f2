/// One thing drawn into the screen: a grapheme (or a visible placeholder) and the cells it takes.
public struct Glyph: Hashable, Sendable {
    /// What the terminal is sent for this glyph: a base scalar plus up to four combining marks.
    public var text: String
    /// Cells taken: 1 or 2.
    public var width: Int

    /// Creates a glyph.
    public init(_ text: String, width: Int) {
        self.text = text
        self.width = width
    }
}
