import Testing
@testable import WatchfloorExtraction

/// The incident index finds the clause marks among the time tokens; it must find what scanning the scalars finds.
@Suite struct ClauseMarkIndexTests {
    @Test func tokensGiveTheMarksTheScalarsGive() {
        // The marks, look-alikes (U+037E decomposes to ";", U+2013 and U+2015 beside the dash, U+FF1A a wide colon),
        // numbers with separators and times ("10:30", "1,5"), words, non-ASCII letters, spaces and line breaks.
        let pool = [";", ":", "(", ")", "\u{2014}", "\u{2013}", "\u{2015}", "\u{037E}", "\u{FF1A}", "10", "30", ",", ".",
            "5", "a", "Kyiv", "\u{00E9}t\u{00E9}", "\u{4E2D}", " ", " ", "\n", "\u{00A0}", "'", "-"]
        var state: UInt64 = 2026
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<(1 + Int(state % 40)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pool[Int(state >> 33) % pool.count]
            }
            let scalars = Array(text.unicodeScalars)
            let fromScalars = IncidentIndex(scalars: scalars, times: []).marks
            let fromTokens = IncidentIndex(tokens: TimeTokenizer.tokenize(scalars), times: []).marks
            #expect(fromTokens == fromScalars, "\(text.debugDescription)")
        }
    }
}
