import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// Sentence texts for a string, via the public splitter.
private func sentences(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSplitter().split(scalars).map { span in
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[span.start..<span.end])
        return String(out)
    }
}

@Test func splitsPlainSentences() {
    #expect(sentences("Troops moved in. Residents fled! Who fired first? Nobody knows.")
        == ["Troops moved in.", "Residents fled!", "Who fired first?", "Nobody knows."])
}

@Test func keepsTitlesAndInitialsInsideSentences() {
    #expect(sentences("Lt. Col. John A. Smith met Gov. Brown on Jan. 5 in Washington. They talked.")
        == ["Lt. Col. John A. Smith met Gov. Brown on Jan. 5 in Washington.", "They talked."])
}

@Test func dottedAbbreviationEndsSentenceOnlyBeforeAnOpener() {
    #expect(sentences("The U.S. Navy sailed to the U.S. The ships docked.")
        == ["The U.S. Navy sailed to the U.S.", "The ships docked."])
    #expect(sentences("Acme Corp. said profit rose.") == ["Acme Corp. said profit rose."])
}

@Test func closingQuotesStayWithTheirSentence() {
    #expect(sentences("He said: \"We will win.\" Then he left.")
        == ["He said: \"We will win.\"", "Then he left."])
    #expect(sentences("“No,” she said. “Never.” It ended.")
        == ["“No,” she said.", "“Never.”", "It ended."])
}

@Test func headerLinesAreTheirOwnSentences() {
    let text = "Drones hit Kaluga region\nDate: 2025-01-17\n\nMOSCOW (Reuters) - Seven drones were downed overnight. A fire broke out.\n"
    #expect(sentences(text) == [
        "Drones hit Kaluga region", "Date: 2025-01-17",
        "MOSCOW (Reuters) - Seven drones were downed overnight.", "A fire broke out.",
    ])
}

@Test func hardWrappedTextJoinsLinesButSplitsParagraphs() {
    let text = """
    HEADLINE HERE
    Date: 1987-03-26

    CHICAGO, March 26 -
    Amoco Corp said its Amoco Fabrics Co unit will expand the capacity
    of its polypropylene carpet face yarn facility by 55 pct to support
    its successful penetration of the commercial carpet markets.
        It said the expansion of the plant in Andalusia, Ala., will
    bring total face yarn capacity to nearly 140 mln pounds a year, with
    Andalusia capacity at 85 mln pounds and more to come this year.
    """
    let got = sentences(text)
    #expect(got.count == 5)
    #expect(got[2] == "CHICAGO, March 26 -")
    #expect(got[3].hasPrefix("Amoco Corp said") && got[3].hasSuffix("carpet markets."))
    #expect(got[4].hasPrefix("It said the expansion"))
}

@Test func oneSentencePerLineBodies() {
    #expect(sentences("Title\nDate: 1996-08-30\n\nLONDON 1996-08-30\nSimmons took four wickets\nEssex won")
        == ["Title", "Date: 1996-08-30", "LONDON 1996-08-30", "Simmons took four wickets", "Essex won"])
}

@Test func nonLatinScriptAndUnicodePunctuation() {
    #expect(sentences("Москва заявила об атаке. Киев молчит… 北京表示关注。随后发表声明。")
        == ["Москва заявила об атаке.", "Киев молчит…", "北京表示关注。", "随后发表声明。"])
}

@Test func lowercaseAfterPeriodDoesNotSplit() {
    #expect(sentences("It rose 3.5 pct. in March, vs. 2.1 pct in Feb. and more.").count == 1)
}

@Test func spansAreCodePointOffsets() {
    let text = "Ünïcödé — “Ok.” Next one."
    let spans = SentenceSplitter().split(Array(text.unicodeScalars))
    #expect(spans == [Span(start: 0, end: 15), Span(start: 16, end: 25)])
}
