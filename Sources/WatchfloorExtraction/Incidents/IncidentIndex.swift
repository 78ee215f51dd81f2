import WatchfloorModel

/// Lookups the incident rules make for every trigger, answered from tables built once per article (linear in its
/// size) instead of by scanning the text or every time expression again, which made long sentences quadratic.
struct IncidentIndex {
    /// Offsets of the clause marks (— ; : (), in order.
    private(set) var marks: [Int] = []
    /// Start offsets of the time expressions, in the order of the context's `times` (sorted by span).
    private var timeStarts: [Int] = []
    /// `timeReach[k]`: the largest end offset among time expressions `0...k`.
    private var timeReach: [Int] = []
    /// The words of the sentence asked about last.
    private let sentence = SentenceWords()

    /// An index of nothing (no marks, no times).
    init() {}

    /// The index of an article's scalars and its time expressions sorted by span.
    init(scalars: [Unicode.Scalar], times: [TimeExpression]) {
        for (k, c) in scalars.enumerated() where c == "\u{2014}" || c == ";" || c == ":" || c == "(" {
            marks.append(k)
        }
        setTimes(times)
    }

    /// The same from the article's time tokens, which are fewer than its scalars: the time tokenizer makes each of the
    /// four marks a punctuation token of its own (no number or word takes one in), so their starts are the marks.
    init(tokens: [TimeToken], times: [TimeExpression]) {
        let semicolon = MarkKey.semicolon
        let colon = MarkKey.colon
        let parenthesis = MarkKey.parenthesis
        for k in tokens.indices where tokens[k].kind == .punct {
            let key = tokens[k].key
            // By scalar, as the scan of the scalars compares them (a non-ASCII mark is one scalar; U+037E is not ";").
            if key == semicolon || key == colon || key == parenthesis
                || (key == TimeToken.nonASCIIKey && tokens[k].lower.unicodeScalars.first?.value == 0x2014) {
                marks.append(tokens[k].start)
            }
        }
        setTimes(times)
    }

    /// Fills the tables of the time expressions (sorted by span).
    private mutating func setTimes(_ times: [TimeExpression]) {
        timeStarts = times.map(\.span.start)
        var reach = Int.min
        timeReach = times.map { t in
            reach = max(reach, t.span.end)
            return reach
        }
    }

    /// Whether scalars `a..<b` hold a dash, a semicolon, a colon or an opening parenthesis.
    func hasClauseMark(_ a: Int, _ b: Int) -> Bool {
        var lo = 0
        var hi = marks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if marks[mid] < a { lo = mid + 1 } else { hi = mid }
        }
        return lo < marks.count && marks[lo] < b
    }

    /// Longest sentence (in tokens) that `sentenceHasAnyWord` reads directly instead of loading its table.
    static let directScanLimit = 48

    /// Indices of the time expressions that may lie inside `sentence` (those starting in it), in order.
    func timeRange(in sentence: Span) -> Range<Int> {
        firstTime(startingAfter: sentence.start - 1)..<firstTime(startingAfter: sentence.end)
    }

    /// Whether some time expression covers scalars `start..<end`.
    func insideTime(_ start: Int, _ end: Int) -> Bool {
        let k = firstTime(startingAfter: start)
        return k > 0 && timeReach[k - 1] >= end
    }

    /// Index of the first time expression starting after `offset`.
    private func firstTime(startingAfter offset: Int) -> Int {
        var lo = 0
        var hi = timeStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if timeStarts[mid] > offset { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Whether the lower-case text of a word token in `range` is one of `words`, from a table of the sentence's words
    /// made on the first question about it; nil when the table cannot answer exactly as comparing the strings would
    /// (a token or a word with non-ASCII text), and the caller must look itself.
    func sentenceHasAnyWord(_ words: WordSet, in range: Range<Int>, tokens: [TimeToken]) -> Bool? {
        // A short sentence is read directly, each token's key asked first (`contains` then compares the text, as the
        // caller's scan does): loading its sorted table costs more than a few such reads, and the bound keeps the
        // rule linear in the sentence's length however often it is asked.
        if range.count <= Self.directScanLimit {
            for j in range where tokens[j].kind == .word && words.mayContain(key: tokens[j].key) && words.contains(tokens[j]) {
                return true
            }
            return false
        }
        sentence.load(range, tokens)
        // The sentence's words are all ASCII: only a word that may equal ASCII text needs a look.
        guard sentence.exact, !words.hasASCIILookalike else { return nil }
        return sentence.containsAny(of: words, tokens)
    }
}
