import WatchfloorModel

/// The time tokens of one sentence, as `TimeTokenizer.tokenize` gives them for the sentence's scalars alone, read in
/// place from the article's tokens: indices from 0, and the first token opens a line after a gap. Sentences start and
/// end at token boundaries, so no token is cut; nothing is copied, so a label of a long sentence costs no more than
/// its window.
struct SentenceTokens: RandomAccessCollection {
    private let all: [TimeToken]
    private let base: Int
    /// The first token with its line flags set (read without copying the others).
    private let head: TimeToken?
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
        if end > lo {
            var t = all[lo]
            t.gapBefore = true
            t.newlineBefore = true
            head = t
        } else {
            head = nil
        }
    }

    /// Always 0.
    var startIndex: Int { 0 }

    /// Token `k` of the sentence.
    subscript(k: Int) -> TimeToken {
        _read {
            if k == 0, let head {
                yield head
            } else {
                yield all[base + k]
            }
        }
    }

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
