import WatchfloorModel

/// Finds calendar dates in short strings: header values, datelines and file names.
///
/// Recognised forms: `2008-03-01` (also with `/` or `.`, and an ISO time after it), `20080301`
/// (file names and headers only), `March 1, 2008`, `Mar. 1st 2008`, `1 March 2008`, and
/// RFC 2822 `Sat, 01 Mar 2008 10:00:00 +0000`. Years outside 1900...2100 are ignored.
/// Purely numeric day/month orders such as `03/01/2008` are ambiguous and ignored.
enum DateScanner {
    /// Where in the input a found date starts, in scalars.
    struct Found: Equatable {
        /// The date.
        var day: CalendarDay
        /// Offset of its first scalar in the scanned string.
        var start: Int
    }

    /// The first date in a header or field value.
    static func parse(_ value: String) -> CalendarDay? {
        firstDate(in: tokens(of: value), compact: true)?.day
    }

    /// The date in a dateline line ("LONDON 1996-08-30", "WASHINGTON, March 01, 2008 (AP) -",
    /// "December 10, 2013"): the date must come within the first 80 scalars, after words that are
    /// all capitalised (place names), so that a date inside an ordinary sentence is not taken.
    static func dateline(_ line: String) -> CalendarDay? {
        let prefix = line.unicodeScalars.prefix(200)
        // Every date form has a year: a line without a digit near its start has no dateline (most body lines).
        guard prefix.prefix(100).contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        let head = String(String.UnicodeScalarView(prefix))
        let toks = tokens(of: head)
        guard let found = firstDate(in: toks, compact: false), found.start <= 80 else { return nil }
        for tok in toks where tok.start < found.start {
            if tok.kind == .word, let first = tok.text.unicodeScalars.first, first.properties.isLowercase { return nil }
        }
        return found.day
    }

    /// A date in a file name (`2014.06.04`, `2014-06-04`, `20140604`).
    static func fromFileName(_ name: String) -> CalendarDay? {
        firstDate(in: tokens(of: name), compact: true)?.day
    }

    /// The UTC calendar day of a time in seconds since 1970.
    static func day(fromEpochSeconds seconds: Double) -> CalendarDay? {
        guard seconds.isFinite, abs(seconds) < 1e13 else { return nil }
        return CalendarDay(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    // MARK: - Tokens

    /// A run of digits, a run of letters, or one other non-space scalar.
    struct Token: Equatable {
        enum Kind: Equatable { case number, word, symbol }
        var kind: Kind
        var text: String
        var start: Int
        /// Whether whitespace separates it from the previous token.
        var spaced: Bool
    }

    /// Splits `s` into tokens.
    static func tokens(of s: String) -> [Token] {
        var result: [Token] = []
        var current = String.UnicodeScalarView()
        var currentKind: Token.Kind = .symbol
        var currentStart = 0
        var spaced = false
        var sawSpace = false
        func flush() {
            if !current.isEmpty {
                result.append(Token(kind: currentKind, text: String(current), start: currentStart, spaced: spaced))
                current = String.UnicodeScalarView()
            }
        }
        for (offset, c) in s.unicodeScalars.enumerated() {
            let kind: Token.Kind?
            if c.properties.numericType == .decimal, c.isASCII {
                kind = .number
            } else if c.properties.isAlphabetic {
                kind = .word
            } else if c.properties.isWhitespace || c == "_" {
                kind = nil
            } else {
                kind = .symbol
            }
            guard let kind else {
                flush()
                sawSpace = true
                continue
            }
            if kind != currentKind || kind == .symbol || current.isEmpty {
                flush()
                currentKind = kind
                currentStart = offset
                spaced = sawSpace
                sawSpace = false
            }
            current.append(c)
        }
        flush()
        return result
    }

    // MARK: - Matching

    /// The first date in the tokens.
    static func firstDate(in toks: [Token], compact: Bool) -> Found? {
        for i in toks.indices {
            if let day = numericDate(toks, i, compact: compact) ?? monthFirst(toks, i) ?? dayFirst(toks, i) {
                return Found(day: day, start: toks[i].start)
            }
        }
        return nil
    }

    /// `YYYY-MM-DD` (or `/`, `.`), or `YYYYMMDD` when `compact`.
    private static func numericDate(_ t: [Token], _ i: Int, compact: Bool) -> CalendarDay? {
        guard t[i].kind == .number else { return nil }
        if compact, t[i].text.count == 8, let n = Int(t[i].text) {
            return makeDay(year: n / 10_000, month: n / 100 % 100, day: n % 100)
        }
        guard t[i].text.count == 4, i + 4 < t.count else { return nil }
        let sep = t[i + 1], m = t[i + 2], sep2 = t[i + 3], d = t[i + 4]
        guard sep.kind == .symbol, ["-", "/", "."].contains(sep.text), sep2.text == sep.text,
              !sep.spaced, !m.spaced, !sep2.spaced, !d.spaced,
              m.kind == .number, d.kind == .number, (1...2).contains(m.text.count), (1...2).contains(d.text.count),
              let y = Int(t[i].text), let mo = Int(m.text), let da = Int(d.text) else { return nil }
        return makeDay(year: y, month: mo, day: da)
    }

    /// `March 1, 2008`, `Mar. 1st 2008`.
    private static func monthFirst(_ t: [Token], _ i: Int) -> CalendarDay? {
        guard t[i].kind == .word, let month = monthNumber(t[i].text) else { return nil }
        var j = skip(t, i + 1, ".")
        guard j < t.count, t[j].kind == .number, (1...2).contains(t[j].text.count), let d = Int(t[j].text) else { return nil }
        j = skipOrdinal(t, j + 1)
        j = skip(t, j, ",")
        guard j < t.count, t[j].kind == .number, t[j].text.count == 4, let y = Int(t[j].text) else { return nil }
        return makeDay(year: y, month: month, day: d)
    }

    /// `1 March 2008`, `01 Mar 2008`.
    private static func dayFirst(_ t: [Token], _ i: Int) -> CalendarDay? {
        guard t[i].kind == .number, (1...2).contains(t[i].text.count), let d = Int(t[i].text) else { return nil }
        var j = skipOrdinal(t, i + 1)
        guard j < t.count, t[j].kind == .word, let month = monthNumber(t[j].text) else { return nil }
        j = skip(t, j + 1, ".")
        j = skip(t, j, ",")
        guard j < t.count, t[j].kind == .number, t[j].text.count == 4, let y = Int(t[j].text) else { return nil }
        return makeDay(year: y, month: month, day: d)
    }

    private static func skip(_ t: [Token], _ j: Int, _ symbol: String) -> Int {
        j < t.count && t[j].kind == .symbol && t[j].text == symbol ? j + 1 : j
    }

    private static func skipOrdinal(_ t: [Token], _ j: Int) -> Int {
        guard j < t.count, t[j].kind == .word, !t[j].spaced else { return j }
        return ["st", "nd", "rd", "th"].contains(t[j].text.lowercased()) ? j + 1 : j
    }

    private static func makeDay(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard (1900...2100).contains(year) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// 1...12 for an English month name or its usual abbreviation.
    static func monthNumber(_ word: String) -> Int? {
        switch word.lowercased() {
        case "january", "jan": 1
        case "february", "feb": 2
        case "march", "mar": 3
        case "april", "apr": 4
        case "may": 5
        case "june", "jun": 6
        case "july", "jul": 7
        case "august", "aug": 8
        case "september", "sep", "sept": 9
        case "october", "oct": 10
        case "november", "nov": 11
        case "december", "dec": 12
        default: nil
        }
    }
}
