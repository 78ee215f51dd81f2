import WatchfloorModel

/// The time tokens of one sentence, read in place from the article's tokens with indices from 0. They are the tokens
/// `TimeTokenizer.tokenize` gives for the sentence's scalars alone (sentences start and end at token boundaries, so no
/// token is cut), except that alone the first token would follow a gap and open a line: `gapBefore(_:)` says so.
/// Nothing is copied, so a label of a long sentence costs no more than its window.
struct SentenceTokens: RandomAccessCollection {
    private let all: [TimeToken]
    private let base: Int
    /// Number of tokens in the sentence.
    let endIndex: Int

    /// The tokens of `all` that lie inside `span`.
    init(_ all: [TimeToken], in span: Span) {
        var lo = 0
        var hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        hi = all.count
        // The first token at or after `lo` that ends past the span.
        while end < hi {
            let mid = (end + hi) / 2
            if all[mid].end <= span.end { end = mid + 1 } else { hi = mid }
        }
        self.all = all
        base = lo
        endIndex = end - lo
    }

    /// Always 0.
    var startIndex: Int { 0 }

    /// Token `k` of the sentence, lent rather than copied (a copy retains and releases the token's string).
    subscript(k: Int) -> TimeToken {
        _read { yield all[base + k] }
    }

    /// Whether white space precedes token `k` in the sentence on its own (always for the first token).
    func gapBefore(_ k: Int) -> Bool { k == 0 || all[base + k].gapBefore }

    /// The first token that ends after scalar offset `offset` (token ends increase), or nil.
    func firstIndex(endingAfter offset: Int) -> Int? {
        var lo = 0
        var hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[base + mid].end > offset { hi = mid } else { lo = mid + 1 }
        }
        return lo < endIndex ? lo : nil
    }
}
