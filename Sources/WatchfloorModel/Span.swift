/// A half-open range of Unicode code-point offsets into an article file's whole text.
///
/// Offsets count scalars, not bytes or grapheme clusters, so they match the
/// gold data (Python `str` indices) and stay stable across encodings.
public struct Span: Hashable, Sendable, Codable, Comparable {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a span; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Orders by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
