/// Text attributes a cell can carry; monochrome terminals rely on them alone.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The bits.
    public let rawValue: UInt8

    /// Creates attributes from bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim (faint).
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    /// Italic.
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Attribute names as theme files spell them.
    public static let named: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic,
    ]
}
