import Testing
@testable import WatchfloorExtraction

/// The sentence splitter asks `terminalEnd` only about marks and words with an absorbed period.
struct SplitterGateTests {
    @Test func terminalEndAnswersNilForEveryOtherToken() {
        let texts = ScanGateTests.texts + [
            "Gov. Smith met U.S. officials on Jan. 31. He left!? \"Yes.\" (No.) p. 5 and No. 7 \u{3002}\u{4E2D}\u{6587} Dr. Who",
            "WASHINGTON, March 26 - The U.N. said... Then it ended. A. Lincoln; etc. and so on vs. them",
        ]
        let splitter = SentenceSplitter()
        var ends = 0
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let tokens = Tokenizer().tokenize(scalars)
            for t in tokens.indices {
                let answer = splitter.terminalEnd(at: t, tokens: tokens, s: scalars)
                if answer != nil { ends += 1 }
                if tokens[t].kind != .punct && !tokens[t].endsWithPeriod { #expect(answer == nil, "\(text) \(t)") }
            }
        }
        #expect(ends > 5)
    }
}
