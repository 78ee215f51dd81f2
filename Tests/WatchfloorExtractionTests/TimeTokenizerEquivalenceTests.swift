import Testing
@testable import WatchfloorExtraction

/// The time tokenizer must give exactly the tokens it gave before its session-6 speed work (kept below as
/// `ReferenceTimeTokenizer`): every field, and the same text in `lower`.
struct TimeTokenizerEquivalenceTests {
    /// Pieces of text that exercise every path: ASCII words of every length around the inline limit (15), numbers with
    /// separators and suffixes, marks of every ASCII code (controls too), non-ASCII letters, marks, spaces, look-alikes.
    static let pieces: [String] = {
        var p = ["Attack", "ATTACK", "the", "2,000", "2.5", "1990s", "20th", "3rd", "1st", "12abc", "7x", "5,", "5.",
                 "abcdefghijklmno", "abcdefghijklmnop", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKL",
                 "1234567890123456", "123456789012345", "1,234,567,890,123.45", "na\u{EF}ve", "nai\u{308}ve", "\u{C9}COLE",
                 "Stra\u{DF}e", "\u{130}stanbul", "\u{391}\u{3B8}\u{3AE}\u{3BD}\u{3B1}", "\u{4E2D}\u{56FD}", "\u{1F600}",
                 "\u{212A}elvin", "a\u{037E}b", "\u{2019}s", "it's", "U.S.-made", "\u{2014}", "\u{201C}q\u{201D}", "\u{A0}",
                 "\u{2028}", "\u{2029}", "\u{3000}", "\u{1680}", "\u{FEFF}", "\r\n", "\r", "\n", "\t", "\u{0B}", "\u{0C}",
                 "\u{85}", "\u{2170}", "\u{FF11}\u{FF12}", "\u{0661}\u{0662}", "x\u{308}", "\u{FB03}", "\u{149}"]
        for v in 0..<0x80 { p.append(String(Unicode.Scalar(UInt8(v)))) }
        for length in 1...20 { p.append(String(repeating: "Ab", count: length).prefix(length).description) }
        return p
    }()

    /// Whether two token lists agree in every field (and in the bytes of `lower`).
    static func same(_ a: [TimeToken], _ b: [TimeToken]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.start == y.start, x.end == y.end, x.kind == y.kind, x.lower == y.lower,
                  Array(x.lower.utf8) == Array(y.lower.utf8), x.lower.hashValue == y.lower.hashValue,
                  x.lower.count == y.lower.count, x.capitalized == y.capitalized, x.gapBefore == y.gapBefore,
                  x.newlineBefore == y.newlineBefore, x.value == y.value, x.digits == y.digits, x.grouped == y.grouped,
                  x.suffixBytes == y.suffixBytes, x.key == y.key else { return false }
        }
        return true
    }

    @Test func everyPieceAloneAndInPairs() {
        for a in Self.pieces {
            let alone = Array(a.unicodeScalars)
            #expect(Self.same(TimeTokenizer.tokenize(alone), ReferenceTimeTokenizer.tokenize(alone)), "\(a.unicodeScalars.map(\.value))")
            for b in Self.pieces {
                for glue in ["", " "] {
                    let text = Array((a + glue + b).unicodeScalars)
                    #expect(Self.same(TimeTokenizer.tokenize(text), ReferenceTimeTokenizer.tokenize(text)),
                            "\((a + glue + b).unicodeScalars.map(\.value))")
                }
            }
        }
    }

    @Test func randomMixes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 1...60, using: &generator) {
                text += Self.pieces.randomElement(using: &generator) ?? ""
                if Bool.random(using: &generator) { text += " " }
            }
            let scalars = Array(text.unicodeScalars)
            #expect(Self.same(TimeTokenizer.tokenize(scalars), ReferenceTimeTokenizer.tokenize(scalars)), "\(text.unicodeScalars.map(\.value))")
        }
        // Random scalars, most of them ASCII.
        for _ in 0..<200 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0...200, using: &generator) {
                let v = Int.random(in: 0..<10, using: &generator) < 8 ? UInt32.random(in: 0..<0x80, using: &generator)
                    : UInt32.random(in: 0x80..<0x3000, using: &generator)
                scalars.append(Unicode.Scalar(v) ?? "x")
            }
            #expect(Self.same(TimeTokenizer.tokenize(scalars), ReferenceTimeTokenizer.tokenize(scalars)), "\(scalars.map(\.value))")
        }
    }

    @Test func emptyText() {
        #expect(TimeTokenizer.tokenize([]).isEmpty)
    }
}
