import WatchfloorModel

/// Builds the dated timeline of an article: each dated incident, plus sentences that date a background
/// fact ("February 2022: Russia sends troops into Ukraine"), keeping each date's precision.
public struct TimelineBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// Timeline entries in text order.
    public func build(
        _ scalars: [Unicode.Scalar], sentences: [Span], incidents: [Incident], times: [TimeExpression],
        mentions: [Mention], published: CalendarDay?
    ) -> [TimelineEntry] {
        build(
            scalars, tokens: TimeTokenizer.tokenize(scalars), sentences: sentences, incidents: incidents, times: times,
            mentions: mentions, published: published)
    }

    /// The same over the text's time tokens (`TimeTokenizer.tokenize(scalars)`), made once per article.
    func build(
        _ scalars: [Unicode.Scalar], tokens: [TimeToken], sentences: [Span], incidents: [Incident], times: [TimeExpression],
        mentions: [Mention], published: CalendarDay?
    ) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        // Sorted and searched rather than hashed (SipHash of a span per incident and per sentence).
        var sentencesWithIncident: [Span] = []
        sentencesWithIncident.reserveCapacity(incidents.count)
        let dated = times.filter { $0.precision != .reference }
        // Clearing a span from a label does not depend on the order of the spans, so they are searched sorted.
        let datedSpans = dated.map(\.span).sorted()
        // Read in place: binding each incident to a name copied it (retaining its strings and arrays).
        for index in incidents.indices {
            let sentence = incidents[index].sentence
            sentencesWithIncident.append(sentence)
            guard let date = incidents[index].date, let precision = incidents[index].datePrecision else { continue }
            let label = TimelineLabel.incident(
                trigger: incidents[index].trigger, sentence: sentence, actor: incidents[index].actors.first,
                scalars: scalars, tokens: tokens, removing: datedSpans[Self.candidates(datedSpans, inside: sentence)])
            entries.append(TimelineEntry(date: date, precision: precision, label: label, incident: index, sentence: sentence))
        }
        let sortedTimes = dated.sortedIfNeeded { $0.span < $1.span }
        let publishedISO = published?.iso
        var k = 0
        sentencesWithIncident.sort()
        for sentence in sentences.sorted() where !Self.sortedContains(sentencesWithIncident, sentence) {
            while k < sortedTimes.count, sortedTimes[k].span.start < sentence.start { k += 1 }
            guard k < sortedTimes.count, sentence.contains(sortedTimes[k].span) else { continue }
            let time = sortedTimes[k]
            if let iso = publishedISO, time.value == iso { continue }
            let label = TimelineLabel.sentence(sentence, scalars: scalars, tokens: tokens, skipping: time.span)
            guard !label.isEmpty else { continue }
            entries.append(TimelineEntry(date: time.value, precision: time.precision, label: label, incident: nil, sentence: sentence))
        }
        return entries.sorted { $0.sentence.start != $1.sentence.start ? $0.sentence.start < $1.sentence.start : ($0.incident ?? Int.max) < ($1.incident ?? Int.max) }
    }

    /// Whether `sorted` (ascending) holds `span`.
    static func sortedContains(_ sorted: [Span], _ span: Span) -> Bool {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < span { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == span
    }

    /// The spans of `sorted` (ascending) that lie inside `sentence`.
    static func spans(_ sorted: [Span], inside sentence: Span) -> [Span] {
        sorted[candidates(sorted, inside: sentence)].filter { sentence.contains($0) }
    }

    /// The indices of `sorted` (ascending) that start inside `sentence`: every span that lies inside it is among them,
    /// so the labels filter this slice instead of building an array per incident.
    static func candidates(_ sorted: [Span], inside sentence: Span) -> Range<Int> {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].start < sentence.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < sorted.count, sorted[end].start <= sentence.end { end += 1 }
        return lo..<end
    }
}
