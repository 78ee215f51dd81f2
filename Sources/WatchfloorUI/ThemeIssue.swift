/// A problem found in a theme file; the theme still loads, with the default for that key.
public struct ThemeIssue: Hashable, Sendable, CustomStringConvertible {
    /// The theme's name.
    public var theme: String
    /// 1-based line number.
    public var line: Int
    /// What is wrong, and what was done about it.
    public var message: String

    /// Creates an issue.
    public init(theme: String, line: Int, message: String) {
        self.theme = theme
        self.line = line
        self.message = message
    }

    /// "theme light, line 12: unknown key 'foo' (ignored)".
    public var description: String { "theme \(theme), line \(line): \(message)" }
}
