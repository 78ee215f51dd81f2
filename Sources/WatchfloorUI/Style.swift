/// How a cell looks: colours and attributes.
public struct Style: Hashable, Sendable {
    /// Foreground colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor
    /// Attributes.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()

    /// This style's foreground and attributes over another style's background
    /// (a coloured tag inside a highlighted row keeps the row's background).
    public func over(_ base: Style) -> Style {
        Style(
            foreground: foreground == .default ? base.foreground : foreground,
            background: background == .default ? base.background : background,
            attributes: attributes.union(base.attributes)
        )
    }

    /// This style with an attribute added.
    public func adding(_ extra: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
}
