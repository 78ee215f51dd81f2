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
    /// For numbers: the letters glued after the digits ("s" of 1990s, "th" of 20th), lower-cased, at most three ASCII
    /// letters packed one byte each from the low end (0 when none), so that copying a token retains one string, not two.
    var suffixBytes: UInt32
    /// `TimeToken.key(of: lower)`, so lexicon tables look tokens up without hashing strings.
    var key: UInt64

    /// For numbers: the letters glued after the digits, lower-cased ("" when none).
    var suffix: String {
        guard suffixBytes != 0 else { return "" }
        var packed = suffixBytes
        var bytes: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &bytes) { out in
            while packed != 0, count < 3 {
                out[count] = UInt8(truncatingIfNeeded: packed)
                packed >>= 8
                count += 1
            }
        }
        return withUnsafeBytes(of: &bytes) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    /// Whether the number has letters glued after its digits.
    var hasLetterSuffix: Bool { suffixBytes != 0 }

    /// `suffixBytes` of the suffix "s" (so that `suffix == "s"` is one integer compare: the packed bytes are the text).
    static let sSuffix: UInt32 = 0x73
    /// `suffixBytes` of the ordinal suffixes "st", "nd", "rd" and "th" (first letter in the low byte).
    static let stSuffix: UInt32 = 0x7473
    static let ndSuffix: UInt32 = 0x646E
    static let rdSuffix: UInt32 = 0x6472
    static let thSuffix: UInt32 = 0x6874

    /// Whether the suffix is an ordinal one ("st", "nd", "rd", "th"), as comparing `suffix` with each answers.
    @inline(__always)
    var hasOrdinalSuffix: Bool {
        suffixBytes == TimeToken.stSuffix || suffixBytes == TimeToken.ndSuffix || suffixBytes == TimeToken.rdSuffix
            || suffixBytes == TimeToken.thSuffix
    }

    /// Whether the token's text is the ASCII `mark`, whose key is `key`, as `lower == mark` answers: an ASCII token with
    /// another key has other bytes, and only a non-ASCII one (U+037E for ";") may still be canonically equal.
    @inline(__always)
    func isMark(_ mark: String, key markKey: UInt64) -> Bool {
        (key == markKey || key == TimeToken.nonASCIIKey) && lower == mark
    }

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
