/// Fast character classes and case folding over Unicode scalars, with an ASCII fast path,
/// so the tokenizer never builds a `String` per character.
enum ScalarClass {
    /// Whether the scalar is a letter (any script).
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v == 0xD7 || v == 0xF7 { return false }
        return s.properties.isAlphabetic
    }

    /// Whether the scalar is an ASCII or Unicode decimal digit.
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType == .decimal
    }

    /// Whether the scalar is a combining mark that belongs to the preceding letter.
    @inline(__always)
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether the scalar is white space (including no-break and other Unicode spaces).
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x3000 || v == 0xFEFF || (v >= 0x2000 && v <= 0x200B)
            || v == 0x202F || v == 0x205F || v == 0x85
    }

    /// Whether the scalar is an upper-case letter.
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// Whether the scalar is a lower-case letter.
    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Whether the scalar is an apostrophe (straight or typographic).
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019 || s.value == 0x2018
    }

    /// Whether the scalar is a hyphen or dash used inside words.
    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011
    }

    /// Whether the scalar closes a quotation or bracket (may follow sentence-final punctuation).
    @inline(__always)
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// Whether the scalar opens a quotation or bracket.
    @inline(__always)
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0xAB, 0x2039: return true
        default: return false
        }
    }

    /// Whether the scalar ends a sentence (., !, ?, …, and CJK/Arabic/Devanagari full stops).
    @inline(__always)
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x06D4, 0x061F, 0x0964, 0x203C: return true
        default: return false
        }
    }

    /// The case-folded, accent-stripped form of a scalar's code point, for lookups.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : (v == 0x2019 || v == 0x2018 ? 0x27 : v) }
        if v == 0x2019 || v == 0x2018 { return 0x27 }
        if v == 0x2010 || v == 0x2011 { return 0x2D }
        if v >= 0xC0 && v < 0x180 { return UInt32(latinFold[Int(v - 0xC0)].value) }
        if s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first {
            return lower.value
        }
        return v
    }

    /// Base letters for U+00C0 ... U+017F (Latin-1 Supplement letters and Latin Extended-A).
    private static let latinFold: [Unicode.Scalar] = Array(
        ("aaaaaaaceeeeiiii" + "dnooooo×ouuuuyþs" + "aaaaaaaceeeeiiii" + "dnooooo÷ouuuuyþy"
            + "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iijjjjkkklllllll"
            + "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs").unicodeScalars)
}
