import WatchfloorModel

/// Finds incidents (attacks, casualties, arrests, protests, talks, agreements...) sentence by sentence
/// from a trigger lexicon, drops negated, denied and hypothetical ones, and fills in date, place,
/// actors, targets and counts from the other extracted facts.
public struct IncidentDetector: Sendable {
    /// Creates a detector (the lexicon is built once, on first use).
    public init() {}

    /// The incidents in the text, in text order.
    public func detect(
        _ scalars: [Unicode.Scalar], sentences: [Span], mentions: [Mention], actors: [EventActor],
        times: [TimeExpression], published: CalendarDay?
    ) -> [Incident] {
        detect(
            scalars, tokens: TimeTokenizer.tokenize(scalars), sentences: sentences, mentions: mentions, actors: actors,
            times: times, published: published)
    }

    /// The same over the text's time tokens (`TimeTokenizer.tokenize(scalars)`), made once per article.
    func detect(
        _ scalars: [Unicode.Scalar], tokens: [TimeToken], sentences: [Span], mentions: [Mention], actors: [EventActor],
        times: [TimeExpression], published: CalendarDay?, dateline: Span? = nil
    ) -> [Incident] {
        var context = IncidentContext(
            scalars: scalars, tokens: tokens, mentions: mentions.sortedIfNeeded { $0.span < $1.span },
            actors: actors, times: times.sortedIfNeeded { $0.span < $1.span }, published: published, dateline: dateline)
        context.index = IncidentIndex(tokens: tokens, times: context.times)
        var out: [Incident] = []
        var seen = Set<String>()
        var cursor = 0
        for sentence in sentences.sorted() {
            while cursor < tokens.count, tokens[cursor].start < sentence.start { cursor += 1 }
            var end = cursor
            while end < tokens.count, tokens[end].end <= sentence.end { end += 1 }
            if end > cursor {
                context.incidents(in: sentence, tokens: cursor..<end, seen: &seen, into: &out)
            }
            cursor = end
        }
        return out
    }
}
