/// The incremental text filter being typed after `/`.
public struct TextFilterState: Hashable, Sendable {
    /// What is typed so far (already applied to the filter).
    public var text: String
    /// The text filter before `/`, restored by Esc.
    public var previous: String?

    /// Creates the editor.
    public init(text: String, previous: String?) {
        self.text = text
        self.previous = previous
    }
}
