import WatchfloorModel

/// One token of an article: a word, number or punctuation mark, with its code-point span,
/// a hash of its folded text for gazetteer lookups and the case facts the rules need.
public struct Token: Hashable, Sendable {
    /// What the token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters (possibly with digits, marks, internal apostrophes or absorbed abbreviation periods).
        case word
        /// Digits, possibly with internal separators ("1,200", "3.5").
        case number
        /// A single punctuation or symbol scalar.
        case punct
    }

    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// Word, number or punctuation.
    public var kind: Kind
    /// FNV-1a hash of the case-folded, accent-stripped text (see `TextHash`).
    public var key: UInt64
    /// Whether the first scalar is an upper-case letter.
    public var capitalized: Bool
    /// Whether the token has at least two letters and no lower-case letter.
    public var allCaps: Bool
    /// Whether white space separates it from the previous token.
    public var spaceBefore: Bool
    /// Number of line breaks between the previous token and this one.
    public var newlinesBefore: Int
    /// Whether the token ends with a period it absorbed ("U.S.", "Gov.", "J.").
    public var endsWithPeriod: Bool

    /// The span of the token.
    public var span: Span { Span(start: start, end: end) }
    /// Number of scalars.
    public var length: Int { end - start }
}
