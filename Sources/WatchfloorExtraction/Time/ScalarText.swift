/// Fast conversions between scalar ranges and `String`, and a fast substring test, for the time and incident rules.
enum ScalarText {
    /// The text of `s[a..<b]`, encoded straight to UTF-8 (no `String.UnicodeScalarView` appends).
    static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        ScalarBuffer.string(s, a, b)
    }

    /// `text.contains(part)` (the standard library's character-wise search), answered by a byte search when both are
    /// ASCII without a carriage return: there every character is one byte, so the two searches agree. The text may also
    /// hold the dashes, curly quotes and ellipsis of labels: each is a character of its own (grapheme break class
    /// Other, no canonical decomposition), and its bytes are all non-ASCII, so an ASCII part still matches only where
    /// the character-wise search does.
    static func contains(_ text: String, _ part: String) -> Bool {
        var t = text
        var p = part
        let fast: Bool? = t.withUTF8 { tb in
            p.withUTF8 { pb -> Bool? in
                if pb.isEmpty { return nil }
                for b in pb where b >= 0x80 || b == 0x0D { return nil }
                // The text: ASCII without a carriage return, and scalars that always stand alone next to ASCII
                // (`standsAlone`). Read as bytes: asking a set about every scalar cost about 5,000 instructions per
                // label, and the standard library's search about 45,000.
                var k = 0
                let n = tb.count
                while k < n {
                    let b = tb[k]
                    if b < 0x80 {
                        if b == 0x0D { return nil }
                        k += 1
                        continue
                    }
                    let width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    guard k + width <= n else { return nil }
                    var v = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for m in 1..<width { v = v << 6 | UInt32(tb[k + m] & 0x3F) }
                    guard standsAlone(v) else { return nil }
                    k += width
                }
                guard pb.count <= tb.count else { return false }
                let first = pb[0]
                var i = 0
                let last = tb.count - pb.count
                while i <= last {
                    if tb[i] == first {
                        var k = 1
                        while k < pb.count, tb[i + k] == pb[k] { k += 1 }
                        if k == pb.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
        return fast ?? characterwiseContains(text, part)
    }

    /// The standard library's character-wise `text.contains(part)` (the overload this module sees, without Foundation:
    /// true for an empty part), which `contains(_:_:)` must equal.
    static func characterwiseContains(_ text: String, _ part: String) -> Bool {
        text.contains(part)
    }

    /// Whether a non-ASCII scalar is always a character of its own beside ASCII text, and never canonically equal to
    /// ASCII: no combining mark, joiner or other grapheme extender (which would join the ASCII letter before it), no
    /// prepended mark (which would join the one after it), not U+037E, U+1FEF or U+212A. Only ranges known to hold
    /// such scalars alone: Latin-1 and Latin Extended-A and -B, Cyrillic letters, Arabic letters, general punctuation
    /// from the hyphen to the hyphenation point (dashes, curly quotes, ellipsis), CJK punctuation before its tone marks
    /// and the CJK unified ideographs. Other text takes the standard library's search.
    @inline(__always)
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x24F, 0x400...0x482, 0x48A...0x52F, 0x620...0x64A, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }
}
