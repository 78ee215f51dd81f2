import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Incident summaries: whitespace collapsed (ASCII and Unicode), other text kept, long sentences cut around the trigger.
@Suite struct ScalarTextTests {
    @Test func whitespaceAndControlsCollapseToOneSpace() {
        let text = "  Troops\t\tcrossed\u{00A0}the\u{0085}river\r\nnear Kharkiv\u{0001}today.  "
        let count = text.unicodeScalars.count
        let summary = ScalarText(text).summary(sentence: Span(start: 0, end: count), trigger: Span(start: 9, end: 16))
        #expect(summary == "Troops crossed the river near Kharkiv today.")
    }

    @Test func nonASCIITextIsKept() {
        let text = "Le président a visité Zürich 🇨🇭 hier."
        let count = text.unicodeScalars.count
        #expect(ScalarText(text).summary(sentence: Span(start: 0, end: count), trigger: Span(start: 3, end: 12)) == text)
    }

    @Test func longSentencesAreCutAroundTheTriggerWithEllipses() {
        let words = (0..<100).map { "w\($0)" }.joined(separator: " ")
        let count = words.unicodeScalars.count
        let summary = ScalarText(words).summary(sentence: Span(start: 0, end: count), trigger: Span(start: 200, end: 203), limit: 40)
        #expect(summary.hasPrefix("…"))
        #expect(summary.hasSuffix("…"))
        #expect(summary.count <= 42)
        #expect(summary.contains(ScalarText(words).slice(200, 203)))
    }
}
