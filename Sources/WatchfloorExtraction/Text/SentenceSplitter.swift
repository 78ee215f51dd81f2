import WatchfloorModel

/// Splits article text into sentences, robust to abbreviations ("U.S.", "Gov.", "Jan.", "Lt. Col."),
/// initials, quotes, datelines, header lines and hard-wrapped text.
///
/// Header lines (the headline, `Date:` and other lines before the first blank line near the top)
/// are sentences of their own. In the body a single line break ends a sentence unless the text is
/// hard-wrapped (Reuters style), where it ends one only after final punctuation, a short line or
/// before an indented line.
public struct SentenceSplitter: Sendable {
    private let tokenizer = Tokenizer()

    /// Creates a splitter.
    public init() {}

    /// Sentence spans (code-point offsets into the whole text), in order, trimmed of white space.
    public func split(_ scalars: [Unicode.Scalar]) -> [Span] {
        split(scalars, tokens: tokenizer.tokenize(scalars)).map { sentence in
            Span(start: sentence.start, end: sentence.end)
        }
    }

    /// Sentences as ranges of token indices (and their spans), for callers that already tokenized.
    func split(_ s: [Unicode.Scalar], tokens: [Token]) -> [TokenSentence] {
        guard !tokens.isEmpty else { return [] }
        let layout = LineLayout(s, tokens: tokens)
        var out: [TokenSentence] = []
        var first = 0
        var t = 0
        let count = tokens.count
        while t < count {
            let tok = tokens[t]
            var boundaryAfter = -1  // index of the last token of the sentence, when one ends here
            if t + 1 < count, tokens[t + 1].newlinesBefore > 0, breaksAtNewline(after: tok, next: tokens[t + 1], s: s, layout: layout) {
                boundaryAfter = t
            } else if tok.kind == .punct || tok.endsWithPeriod, let last = terminalEnd(at: t, tokens: tokens, s: s) {
                // (`terminalEnd` answers nil for any other token; asking here spares most tokens the call.)
                boundaryAfter = last
            }
            if boundaryAfter >= 0 {
                out.append(TokenSentence(first: first, last: boundaryAfter, start: tokens[first].start, end: tokens[boundaryAfter].end))
                first = boundaryAfter + 1
                t = boundaryAfter + 1
                continue
            }
            t += 1
        }
        if first < count {
            out.append(TokenSentence(first: first, last: count - 1, start: tokens[first].start, end: tokens[count - 1].end))
        }
        return out
    }

    /// Whether the line break between `tok` and `next` ends a sentence.
    private func breaksAtNewline(after tok: Token, next: Token, s: [Unicode.Scalar], layout: LineLayout) -> Bool {
        if next.newlinesBefore >= 2 { return true }
        if tok.end <= layout.headerEnd { return true }
        guard layout.wrapWidth > 0 else { return true }
        if ScalarClass.isTerminal(s[tok.end - 1]) || tok.endsWithPeriod { return true }
        if tok.kind == .punct, ScalarClass.isCloser(s[tok.start]), tok.start > 0, ScalarClass.isTerminal(s[tok.start - 1]) { return true }
        let line = layout.lineLength(containing: tok.start)
        if line * 10 < layout.wrapWidth * 6 { return true }
        // An indented line starts a paragraph.
        let lineStart = layout.lineStart(containing: next.start)
        return next.start > lineStart
    }

    /// If token `t` ends a sentence by punctuation, the index of the sentence's last token.
    func terminalEnd(at t: Int, tokens: [Token], s: [Unicode.Scalar]) -> Int? {
        let tok = tokens[t]
        let count = tokens.count
        var last = t
        if tok.kind == .punct {
            guard ScalarClass.isTerminal(s[tok.start]) else { return nil }
            // Runs like "?!" or "..." end together.
            while last + 1 < count, tokens[last + 1].kind == .punct, !tokens[last + 1].spaceBefore,
                  ScalarClass.isTerminal(s[tokens[last + 1].start]) { last += 1 }
        } else if tok.endsWithPeriod {
            // Decided below from what follows.
        } else {
            return nil
        }
        while last + 1 < count, tokens[last + 1].kind == .punct, !tokens[last + 1].spaceBefore,
              ScalarClass.isCloser(s[tokens[last + 1].start]) { last += 1 }
        guard last + 1 < count else { return nil }
        let next = tokens[last + 1]
        if next.newlinesBefore > 0 { return nil }  // the line-break rule decides
        // Ideographic full stops need no space after them.
        if tok.kind == .punct, s[tok.start].value >= 0x3000 { return last }
        guard next.spaceBefore else { return nil }
        let first = s[next.start]
        if ScalarClass.isLower(first) { return nil }
        if tok.endsWithPeriod {
            return abbreviationEnds(tok, next: next, s: s) ? last : nil
        }
        if s[tok.start] == "." {
            // "Tuesday. 5 people" ends; "p. 5" after a bare period mid-token is rare enough to ignore.
            return last
        }
        // Anything but a lower-case letter (capitals, digits, quotes, caseless scripts) may open a sentence.
        return last
    }

    /// Whether a word with an absorbed period ends the sentence before `next`.
    private func abbreviationEnds(_ tok: Token, next: Token, s: [Unicode.Scalar]) -> Bool {
        let isInitial = tok.length == 2 && tok.capitalized
        if isInitial { return false }
        var bare = TextHash.seed
        for k in tok.start..<(tok.end - 1) { bare = TextHash.add(bare, ScalarClass.fold(s[k])) }
        switch Abbreviations.table[bare] {
        case .title?:
            return false
        case .beforeNumber?:
            return next.kind != .number && Abbreviations.openers.contains(next.key)
        case .ambiguous?, nil:
            // Dotted forms ("U.S.") and company or state forms end a sentence only before a typical opener.
            if next.kind == .punct { return ScalarClass.isOpener(s[next.start]) }
            return Abbreviations.openers.contains(next.key)
        }
    }
}

/// A sentence as a range of token indices with its code-point span.
struct TokenSentence: Hashable, Sendable {
    /// Index of the first token.
    var first: Int
    /// Index of the last token.
    var last: Int
    /// Offset of the first scalar.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int

    /// The sentence span.
    var span: Span { Span(start: start, end: end) }
}
