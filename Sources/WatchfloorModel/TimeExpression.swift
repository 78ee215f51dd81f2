/// A time expression found in the text and normalised against the article date (TIMEX3 style).
public struct TimeExpression: Hashable, Sendable, Codable {
    /// Where it is in the file text.
    public var span: Span
    /// The text exactly as it appears.
    public var text: String
    /// TIMEX3 value: `2025-01-17`, `2025-01`, `2025`, `2025-W03`, `2025-Q1`, `2025-SU`, `199`, `PAST_REF`...
    public var value: String
    /// Granularity of `value`.
    public var precision: DatePrecision

    /// Creates a time expression.
    public init(span: Span, text: String, value: String, precision: DatePrecision) {
        self.span = span
        self.text = text
        self.value = value
        self.precision = precision
    }
}
