import WatchfloorModel

/// Splits article text into word, number and punctuation tokens with code-point offsets.
///
/// Abbreviation periods stay with their word ("U.S.", "Gov.", "J.", "Calif."), possessive "'s"
/// is its own token, hyphenated words are split at the hyphen ("U.S.-made" is "U.S.", "-", "made").
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Lower-case abbreviations whose period is kept even when not capitalized.
    private static let lowerAbbreviations = KeySet(
        ["etc", "vs", "v", "approx", "pct", "mln", "bln", "al", "pp", "cf", "viz", "ca", "est", "jr", "sr", "st"]
            .map { TextHash.key($0) })

    /// Tokenizes the whole text.
    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        s.withUnsafeBufferPointer { tokenize($0) }
    }

    /// Tokenizes a short text (a gazetteer phrase) as `tokenize(Array(text.unicodeScalars))` would, decoding it into
    /// temporary storage instead of a new array.
    func tokenize(text: String) -> [Token] {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: text.utf8.count) { buffer in
            let n = ScalarBuffer.decode(text, into: buffer)
            return tokenize(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Tokenizes scalars read without bounds checks or array retains.
    private func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 8)
        let n = s.count
        var i = 0
        var space = true
        var newlines = 0
        while i < n {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                if c.value == 0x0A || c.value == 0x2028 || c.value == 0x2029 { newlines += 1 }
                space = true
                i += 1
                continue
            }
            let start = i
            var key = TextHash.seed
            var kind = Token.Kind.punct
            var cap = false
            var lowerSeen = false
            var letters = 0
            var period = false
            if ScalarClass.isLetter(c) {
                kind = .word
                cap = ScalarClass.isUpper(c)
                var j = i
                while j < n {
                    let d = s[j]
                    let v = d.value
                    // ASCII letters and digits, tested once (the general test below asks each class again): a letter
                    // folds to its lower case, a digit to itself.
                    if v < 0x80 {
                        let folded = v | 0x20
                        if folded >= 0x61 && folded <= 0x7A {
                            letters += 1
                            if v >= 0x61 { lowerSeen = true }
                            key = TextHash.add(key, folded)
                            j += 1
                            continue
                        }
                        if v >= 0x30 && v <= 0x39 {
                            key = TextHash.add(key, v)
                            j += 1
                            continue
                        }
                    }
                    if ScalarClass.isLetter(d) || ScalarClass.isDigit(d) || ScalarClass.isMark(d) {
                        if ScalarClass.isLetter(d) {
                            letters += 1
                            if !lowerSeen && ScalarClass.isLower(d) { lowerSeen = true }
                        }
                        key = TextHash.add(key, ScalarClass.fold(d))
                        j += 1
                        continue
                    }
                    // An internal apostrophe stays unless it starts a possessive "'s".
                    if ScalarClass.isApostrophe(d), j + 1 < n, ScalarClass.isLetter(s[j + 1]) {
                        let possessive = (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= n || !ScalarClass.isLetter(s[j + 2]))
                        if possessive { break }
                        key = TextHash.add(key, 0x27)
                        j += 1
                        continue
                    }
                    break
                }
                // Dotted abbreviations: "U.S.", "U.N.", "a.m.", "Ph.D.", "U.S.S.R.".
                if j < n, s[j] == ".", j - i <= 3 {
                    var k = j
                    var segments = 1
                    var h = key
                    while k < n, s[k] == ".", k + 1 < n, ScalarClass.isLetter(s[k + 1]) {
                        var m = k + 1
                        var hh = TextHash.add(h, 0x2E)
                        while m < n, ScalarClass.isLetter(s[m]), m - k <= 3 {
                            hh = TextHash.add(hh, ScalarClass.fold(s[m]))
                            letters += 1
                            if ScalarClass.isLower(s[m]) { lowerSeen = true }
                            m += 1
                        }
                        guard m < n, s[m] == ".", m - k <= 4 else { break }
                        h = hh
                        k = m
                        segments += 1
                    }
                    if segments > 1 {
                        key = TextHash.add(h, 0x2E)
                        j = k + 1
                        period = true
                    } else if shouldAbsorbPeriod(s, wordStart: i, wordEnd: j, key: key, capitalized: cap) {
                        key = TextHash.add(key, 0x2E)
                        j += 1
                        period = true
                    }
                }
                i = j
            } else if ScalarClass.isDigit(c) {
                kind = .number
                var j = i
                while j < n {
                    let d = s[j]
                    if ScalarClass.isDigit(d) || ScalarClass.isLetter(d) {
                        key = TextHash.add(key, ScalarClass.fold(d))
                        j += 1
                    } else if (d == "," || d == "." || d == ":" || d == "/"), j + 1 < n, ScalarClass.isDigit(s[j + 1]) {
                        key = TextHash.add(key, d.value)
                        j += 1
                    } else {
                        break
                    }
                }
                i = j
            } else if ScalarClass.isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                      i + 2 >= n || !ScalarClass.isLetter(s[i + 2]) {
                // Possessive "'s" is one token.
                kind = .word
                key = TextHash.add(TextHash.add(key, 0x27), 0x73)
                i += 2
            } else {
                key = TextHash.add(key, ScalarClass.fold(c))
                i += 1
            }
            tokens.append(Token(
                start: start, end: i, kind: kind, key: key, capitalized: cap,
                allCaps: kind == .word && letters >= 2 && !lowerSeen,
                spaceBefore: space, newlinesBefore: newlines, endsWithPeriod: period))
            space = false
            newlines = 0
        }
        return tokens
    }

    /// Whether the period after a word is part of it (an abbreviation or an initial).
    private func shouldAbsorbPeriod(_ s: UnsafeBufferPointer<Unicode.Scalar>, wordStart: Int, wordEnd: Int, key: UInt64, capitalized: Bool) -> Bool {
        let length = wordEnd - wordStart
        // A single capital letter followed by a period is an initial ("J. Smith").
        if length == 1 && capitalized { return true }
        guard let role = Abbreviations.table[key] else { return false }
        if !capitalized && !Tokenizer.lowerAbbreviations.contains(key) { return false }
        if role == .beforeNumber {
            // "No. 5", "Jan. 31" keep the period; "Jan." at the end of a sentence keeps it too
            // only when capitalized (a month); "no." never.
            var k = wordEnd + 1
            while k < s.count, s[k] == " " { k += 1 }
            if k < s.count, ScalarClass.isDigit(s[k]) { return true }
            return capitalized && key != TextHash.key("no")
        }
        return true
    }
}
