import WatchfloorModel

/// Finds time expressions in an article and normalises them TIMEX3-style against its published date.
public struct TimeTagger: Sendable {
    /// Creates a tagger (the word tables are built once, on first use).
    public init() {}

    /// The time expressions in `scalars`, in text order; relative ones are dropped when `anchor` is nil.
    public func tag(_ scalars: [Unicode.Scalar], anchor: CalendarDay?) -> [TimeExpression] {
        tag(scalars, tokens: TimeTokenizer.tokenize(scalars), anchor: anchor)
    }

    /// The same over the text's time tokens, made once per article and shared with incident detection.
    func tag(_ scalars: [Unicode.Scalar], tokens: [TimeToken], anchor: CalendarDay?) -> [TimeExpression] {
        var scan = TimeScan(scalars, tokens: tokens, anchor: anchor)
        return scan.run()
    }
}
