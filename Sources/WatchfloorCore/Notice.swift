/// A one-line message in the status bar, shown until the next key or for `Notice.lifetime` seconds.
public struct Notice: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Whether it reports a problem (drawn in the error colour).
    public var isError: Bool

    /// How long a notice stays when no key is pressed, in seconds.
    public static let lifetime = 6.0

    /// Creates a notice.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
