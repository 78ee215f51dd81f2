import WatchfloorModel

/// What the rules ask about a token's surroundings (sentence starts, headlines, locatives, ages) and the text of a span.
extension MentionFinder {
    /// Whether sentence `si` is a sign-off: the last line of the article, one word on its own ("Reuter").
    func isSignOff(_ si: Int) -> Bool {
        guard si == sentences.count - 1, si > 0 else { return false }
        let sent = sentences[si]
        return tokens[sent.first].newlinesBefore > 0 && (sent.first...sent.last).filter { tokens[$0].kind == .word }.count == 1
            && sent.last - sent.first <= 1
    }

    func isSentenceInitial(_ a: Int, _ si: Int) -> Bool {
        if a == firstWord[si] { return true }
        // After an opening quote, a colon or a dash the next word is capitalised anyway.
        guard a > 0 else { return true }
        let p = tokens[a - 1]
        return p.kind == .punct && (ScalarClass.isOpener(s[p.start]) || s[p.start] == ":" || s[p.start] == "—")
    }

    func precededByLocative(_ a: Int) -> Bool {
        a > 0 && lexicon.locatives.contains(tokens[a - 1].key)
    }

    func hasAgeAfter(_ b: Int) -> Bool {
        guard b + 3 < tokens.count else { return false }
        return s[tokens[b + 1].start] == "," && tokens[b + 2].kind == .number && tokens[b + 2].length <= 3
            && s[tokens[b + 3].start] == ","
    }

    /// Whether most words of a sentence are capitalised (a headline), so case is no evidence there.
    func isHeadline(_ sent: TokenSentence) -> Bool {
        var long = 0
        var caps = 0
        var upper = 0
        for k in sent.first...sent.last where tokens[k].kind == .word && tokens[k].length >= 4 {
            long += 1
            if tokens[k].capitalized { caps += 1 }
            if tokens[k].allCaps { upper += 1 }
        }
        return long >= 2 && (caps * 4 >= long * 3 || upper * 2 >= long)
    }

    /// The text of tokens `a...b`.
    func text(_ a: Int, _ b: Int) -> String {
        ScalarBuffer.string(s, tokens[a].start, tokens[b].end)
    }
}
