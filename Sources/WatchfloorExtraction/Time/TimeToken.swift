/// One token of the time tagger's light tokenisation: a word, a number or a punctuation mark.
struct TimeToken: Sendable {
    /// What the token is made of.
    enum Kind: Sendable { case word, number, punct }

    /// Code-point offset of the first scalar.
    var start: Int
    /// Code-point offset one past the last scalar.
    var end: Int
    var kind: Kind
    /// Lower-cased text for words, the digits for numbers, the mark for punctuation.
    var lower: String
    /// Whether the word starts with an upper-case letter.
    var capitalized: Bool
    /// Whitespace separates this token from the previous one.
    var gapBefore: Bool
    /// A line break separates this token from the previous one.
    var newlineBefore: Bool
    /// For numbers: the integer value when the digits form a plain integer ("2,000" is 2000 with `grouped`).
    var value: Int?
    /// For numbers: count of digits when plain (no separators).
    var digits: Int
    /// For numbers: written with a thousands separator or a decimal point.
    var grouped: Bool
    /// For numbers: letters glued after the digits ("s" of 1990s, "th" of 20th), lower-cased.
    var suffix: String
    /// `TimeToken.key(of: lower)`, so lexicon tables look tokens up without hashing strings.
    var key: UInt64

    /// The key of every text that is not all ASCII: tables look those up by the string itself, because `String`
    /// equality is canonical ("\u{037E}" equals ";") where bytes are not.
    static let nonASCIIKey: UInt64 = 0x8000_0000_0000_0001

    /// FNV-1a of the UTF-8 bytes of an ASCII text (never `nonASCIIKey`: the top bit of a byte-wise FNV of ASCII can be
    /// anything, so that value is moved aside), or `nonASCIIKey`.
    @inline(__always)
    static func key(of text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            if b >= 0x80 { return nonASCIIKey }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        return h == nonASCIIKey ? nonASCIIKey &+ 1 : h
    }

    /// Whether a non-ASCII text could equal an ASCII one under `String`'s canonical equality: only the three scalars
    /// whose canonical decomposition is ASCII (Greek question mark, Greek varia, Kelvin sign) allow that.
    static func mayEqualASCII(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A }
    }
}

/// Splits scalars into `TimeToken`s in one pass (ASCII fast paths; words lower-cased without allocation when short).
enum TimeTokenizer {
    /// Tokenises the whole text.
    static func tokenize(_ s: [Unicode.Scalar]) -> [TimeToken] {
        var out: [TimeToken] = []
        out.reserveCapacity(s.count / 5 + 8)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        var i = 0
        let n = s.count
        var gap = true
        var newline = true
        while i < n {
            let c = s[i]
            let v = c.value
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                gap = true
                newline = true
                i += 1
                continue
            }
            if v == 0x20 || v == 0x09 || (v >= 0x80 && (v == 0xA0 || c.properties.isWhitespace)) || v == 0x0B || v == 0x0C {
                gap = true
                i += 1
                continue
            }
            let start = i
            if isDigit(v) {
                var digits = 0
                var plain = true
                var value = 0
                var grouped = false
                buffer.removeAll(keepingCapacity: true)
                while i < n {
                    let d = s[i].value
                    if isDigit(d) {
                        if digits < 12 { value = value * 10 + Int(d - 48) }
                        digits += 1
                        buffer.append(UInt8(d))
                        i += 1
                    } else if (d == 0x2C || d == 0x2E) && i + 1 < n && isDigit(s[i + 1].value) {
                        grouped = true
                        plain = false
                        buffer.append(UInt8(d))
                        i += 1
                    } else {
                        break
                    }
                }
                let text = String(decoding: buffer, as: UTF8.self)
                var suffix = ""
                var j = i
                while j < n, isASCIILetter(s[j].value), j - i < 3 {
                    j += 1
                }
                if j > i, j == n || !isLetterOrDigit(s[j]) {
                    buffer.removeAll(keepingCapacity: true)
                    for k in i..<j { buffer.append(lowerByte(s[k].value)) }
                    suffix = String(decoding: buffer, as: UTF8.self)
                    i = j
                }
                out.append(TimeToken(
                    start: start, end: i, kind: .number, lower: text, capitalized: false, gapBefore: gap,
                    newlineBefore: newline, value: digits <= 12 ? value : nil, digits: plain ? digits : 0,
                    grouped: grouped, suffix: suffix, key: TimeToken.key(of: text)))
            } else if isASCIILetter(v) || (v >= 0x80 && c.properties.isAlphabetic) {
                let upper = (v >= 65 && v <= 90) || (v >= 0x80 && c.properties.isUppercase)
                var ascii = true
                buffer.removeAll(keepingCapacity: true)
                while i < n {
                    let w = s[i].value
                    if isASCIILetter(w) {
                        buffer.append(lowerByte(w))
                    } else if w >= 0x80 && s[i].properties.isAlphabetic {
                        ascii = false
                    } else {
                        break
                    }
                    i += 1
                }
                let lower: String
                let key: UInt64
                if ascii {
                    lower = String(decoding: buffer, as: UTF8.self)
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    for b in buffer { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
                    key = h == TimeToken.nonASCIIKey ? TimeToken.nonASCIIKey &+ 1 : h
                } else {
                    lower = lowerWord(s, start, i)
                    key = TimeToken.key(of: lower)
                }
                out.append(TimeToken(
                    start: start, end: i, kind: .word, lower: lower, capitalized: upper,
                    gapBefore: gap, newlineBefore: newline, value: nil, digits: 0, grouped: false, suffix: "", key: key))
            } else {
                i += 1
                let mark = v < 128 ? asciiStrings[Int(v)] : String(c)
                out.append(TimeToken(
                    start: start, end: i, kind: .punct, lower: mark, capitalized: false,
                    gapBefore: gap, newlineBefore: newline, value: nil, digits: 0, grouped: false, suffix: "",
                    key: v < 128 ? asciiKeys[Int(v)] : TimeToken.key(of: mark)))
            }
            gap = false
            newline = false
        }
        return out
    }

    /// One-character strings for ASCII punctuation, made once.
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
    /// Their keys.
    static let asciiKeys: [UInt64] = asciiStrings.map { TimeToken.key(of: $0) }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    @inline(__always) static func lowerByte(_ v: UInt32) -> UInt8 { UInt8(v >= 65 && v <= 90 ? v + 32 : v) }
    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c.value) || isASCIILetter(c.value) || (c.value >= 0x80 && c.properties.isAlphabetic)
    }

    /// Lower-cases a word with non-ASCII letters.
    static func lowerWord(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var r = String.UnicodeScalarView()
        for k in a..<b {
            let c = s[k]
            let v = c.value
            if v < 128 {
                r.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : c)
            } else if c.properties.isUppercase {
                r.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                r.append(c)
            }
        }
        return String(r)
    }
}
