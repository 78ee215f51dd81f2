/// Line facts of a text that sentence splitting needs: where lines start, where the header block
/// ends and whether (and how wide) the body is hard-wrapped.
struct LineLayout {
    /// Start offset of each line.
    private(set) var starts: [Int] = [0]
    /// Offset where the header block (lines before the first blank line near the top) ends; 0 if none.
    private(set) var headerEnd = 0
    /// The wrap width when the body is hard-wrapped, else 0.
    private(set) var wrapWidth = 0
    private let total: Int

    /// Measures the lines of a text.
    init(_ s: [Unicode.Scalar]) {
        var starts = [0]
        for (i, c) in s.enumerated() where c == "\n" { starts.append(i + 1) }
        self.init(s, starts: starts)
    }

    /// Measures the lines of a text whose tokens (`Tokenizer.tokenize(s)`) are given: a line feed is white space, so it
    /// lies in the gap before a token that counts a line break, or after the last token, and only those gaps are read.
    init(_ s: [Unicode.Scalar], tokens: [Token]) {
        var starts = [0]
        var breaks = 0
        for t in tokens { breaks += t.newlinesBefore }
        // Every line feed is counted in `newlinesBefore` (with U+2028 and U+2029), except those after the last token.
        let tail = tokens.last?.end ?? 0
        starts.reserveCapacity(breaks + 1 + (s.count - tail))
        s.withUnsafeBufferPointer { b in
            var previousEnd = 0
            for t in tokens {
                if t.newlinesBefore > 0 {
                    for k in previousEnd..<t.start where b[k] == "\n" { starts.append(k + 1) }
                }
                previousEnd = t.end
            }
            for k in previousEnd..<b.count where b[k] == "\n" { starts.append(k + 1) }
        }
        self.init(s, starts: starts)
    }

    /// The rest of the measures, from the line starts.
    private init(_ s: [Unicode.Scalar], starts: [Int]) {
        total = s.count
        self.starts = starts
        // The header block: lines before the first blank line, if that blank line is among the first six.
        for li in 0..<min(starts.count, 7) where isBlank(line: li, s) {
            headerEnd = li == 0 ? 0 : starts[li]
            break
        }
        // Hard-wrapped when many body lines are long, similar in length and end without final punctuation.
        var lengths: [Int] = []
        var unpunctuated = 0
        for li in 0..<starts.count {
            let a = starts[li]
            guard a >= headerEnd else { continue }
            let b = lineEnd(li)
            var e = b
            while e > a, ScalarClass.isSpace(s[e - 1]) { e -= 1 }
            guard e > a else { continue }
            lengths.append(e - a)
            let last = s[e - 1]
            if ScalarClass.isLetter(last) || last == "," || ScalarClass.isDigit(last) { unpunctuated += 1 }
        }
        guard lengths.count >= 4 else { return }
        let sorted = lengths.sorted()
        let p90 = sorted[sorted.count * 9 / 10]
        let longest = sorted[sorted.count - 1]
        if p90 <= 100, longest <= 140, unpunctuated * 10 >= lengths.count * 4, p90 >= 40 {
            wrapWidth = p90
        }
    }

    /// Offset one past the last scalar of line `li` (before its line feed).
    private func lineEnd(_ li: Int) -> Int { li + 1 < starts.count ? starts[li + 1] - 1 : total }

    /// Whether line `li` holds only white space.
    private func isBlank(line li: Int, _ s: [Unicode.Scalar]) -> Bool {
        let a = starts[li]
        let b = lineEnd(li)
        var k = a
        while k < b {
            if !ScalarClass.isSpace(s[k]) { return false }
            k += 1
        }
        return true
    }

    /// Index of the line holding `offset`.
    func lineIndex(containing offset: Int) -> Int {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Start offset of the line holding `offset`.
    func lineStart(containing offset: Int) -> Int { starts[lineIndex(containing: offset)] }

    /// Length in scalars of the line holding `offset`, line feed excluded.
    func lineLength(containing offset: Int) -> Int {
        let li = lineIndex(containing: offset)
        return lineEnd(li) - starts[li]
    }
}
