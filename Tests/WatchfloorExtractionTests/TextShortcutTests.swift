import Testing
@testable import WatchfloorExtraction

/// The session-6 shortcuts in the text layer (scalar decoding, line layout from tokens) must answer exactly as the code
/// they replaced.
struct TextShortcutTests {
    /// Pieces with every UTF-8 width, line breaks of every kind, blank and indented lines, and long ASCII runs.
    static let pieces = [
        "Kyiv", " ", "\n", "\n\n", "\r\n", "\u{2028}", "\u{2029}", "  indented", "\t", "Київ", "東京", "📰", "e\u{301}",
        "\u{A0}", "The quick brown fox jumps over the lazy dog.", "U.S.", "2,000", "\"q\"", "\u{2019}", "x", "\u{7F}",
        "\u{0}", "Date: 2024-05-01", "a line that is long enough to look like hard-wrapped text in a column of news",
    ]

    @Test func decodingGivesTheStringsScalars() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += Self.pieces.randomElement(using: &generator) ?? "" }
            #expect(ScalarBuffer.scalars(of: text) == Array(text.unicodeScalars), "\(text.unicodeScalars.map(\.value))")
            #expect(Tokenizer().tokenize(text: text) == Tokenizer().tokenize(Array(text.unicodeScalars)))
        }
        // Every offset of an ASCII run after a multi-byte scalar, so that the eight-byte step starts anywhere.
        for lead in 0..<9 {
            let text = String(repeating: "\u{E9}", count: lead) + "abcdefghijklmnopqrstuvwxyz0123456789" + "\u{1F4F0}z"
            #expect(ScalarBuffer.scalars(of: text) == Array(text.unicodeScalars))
        }
    }

    @Test func lineLayoutFromTokensEqualsTheFullScan() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "\n", "\n\nx", "x\n", "x\n\n", "a\nb\n\nc\n"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) { text += Self.pieces.randomElement(using: &generator) ?? "" }
            texts.append(text)
        }
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let full = LineLayout(scalars)
            let fast = LineLayout(scalars, tokens: Tokenizer().tokenize(scalars))
            #expect(full.starts == fast.starts, "\(text.unicodeScalars.map(\.value))")
            #expect(full.headerEnd == fast.headerEnd)
            #expect(full.wrapWidth == fast.wrapWidth)
        }
    }

    @Test func labelSearchAnswersLikeTheStandardLibrary() {
        // Parts and texts with every kind of neighbour an ASCII match can have: letters of the ranges read as bytes,
        // combining marks after and before them, joiners, prepended marks, look-alikes (U+037E, U+1FEF, U+212A),
        // carriage returns, emoji, Devanagari, Hangul and invalid-looking but valid sequences.
        let bits = ["Kyiv", "kyiv", "Kyi", "K", "e", "ordered", "Putin", "Zelensky", ";", "`", " ", ", ", "\u{2014}",
                    "\u{2019}", "\u{201C}", "\u{2026}", "\u{E9}", "e\u{301}", "\u{301}", "\u{200D}", "\u{200C}",
                    "\u{600}", "\u{645}", "\u{64B}", "\u{41A}\u{438}\u{457}\u{432}", "\u{483}", "\u{4E2D}",
                    "\u{302A}", "\u{3001}", "\u{037E}", "\u{1FEF}", "\u{212A}", "\r", "\n", "\r\n", "\u{1F600}",
                    "\u{1F3FB}", "\u{915}\u{94D}", "\u{AC00}", "\u{AD}", "\u{24F}", "\u{250}", "\u{300}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text += bits.randomElement(using: &generator) ?? "" }
            var part = ""
            for _ in 0..<Int.random(in: 0...3, using: &generator) { part += bits.randomElement(using: &generator) ?? "" }
            #expect(ScalarText.contains(text, part) == ScalarText.characterwiseContains(text, part),
                    "\(text.unicodeScalars.map(\.value)) \(part.unicodeScalars.map(\.value))")
        }
        #expect(ScalarText.contains("Putin \u{2014} ordered", "Puti"))
        #expect(!ScalarText.contains("Kyi\u{301}v", "Kyi"))
        #expect(ScalarText.contains("\u{212A}yiv", "Kyiv") == ScalarText.characterwiseContains("\u{212A}yiv", "Kyiv"))
    }
}
