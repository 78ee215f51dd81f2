/// One reference in the text to a person, organisation, country, place or nationality.
public struct Mention: Hashable, Sendable, Codable {
    /// Where it is in the file text.
    public var span: Span
    /// The text exactly as it appears.
    public var text: String
    /// What it refers to.
    public var kind: MentionKind
    /// ISO 3166-1 alpha-2 code of the country it belongs to, when known.
    public var country: String?

    /// Creates a mention.
    public init(span: Span, text: String, kind: MentionKind, country: String? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.country = country
    }
}
