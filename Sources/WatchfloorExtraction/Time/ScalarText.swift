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
                for b in tb where b == 0x0D { return nil }
                if tb.contains(where: { $0 >= 0x80 }), !text.unicodeScalars.allSatisfy({ $0.isASCII || labelPunctuation.contains($0.value) }) {
                    return nil
                }
                for b in pb where b >= 0x80 || b == 0x0D { return nil }
                if pb.isEmpty { return nil }
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
        return fast ?? text.contains(part)
    }

    /// Non-ASCII punctuation that stands alone as a character: en and em dash, curly quotes, ellipsis.
    private static let labelPunctuation: Set<UInt32> = [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026]
}
