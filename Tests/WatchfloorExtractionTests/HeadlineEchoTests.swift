import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// A headline's incident is dropped when the body tells the same event, and kept otherwise.
@Suite struct HeadlineEchoTests {
    /// Runs the extractor on "HEADLINE\nDate: 2025-01-17\n\nBODY".
    func extract(_ headline: String, _ body: String) throws -> Extraction {
        let head = headline + "\nDate: 2025-01-17\n\n"
        return try #require(EntityFixture.extract(head + body, bodyStart: head.unicodeScalars.count))
    }

    @Test func aHeadlineRepeatedByTheLeadIsListedOnce() throws {
        let x = try extract("Floods kill 14 in Brazil",
                            "Floods triggered by torrential rain have killed at least 14 people in Brazil, officials said.")
        #expect(x.incidents.map(\.type.rawValue).sorted() == ["casualties", "disaster"])
        #expect(x.incidents.allSatisfy { $0.trigger.start > 30 })
        // The body's disaster had no number of its own: it takes the headline's.
        #expect(x.incidents.first { $0.type == .disaster }?.count == 14)
        #expect(x.timeline.count == 2)
    }

    @Test func aHeadlineCountryTheBodyDoesNotContradictIsTheSameEvent() throws {
        let x = try extract("EU readies new sanctions on Russia",
                            "European ministers meeting in a Baltic Sea port prepared sanctions, officials said.")
        #expect(x.incidents.filter { $0.type == .sanctions }.count == 1)
        #expect(x.incidents.allSatisfy { $0.trigger.start > 40 })
    }

    @Test func aHeadlineEventTheBodyTellsDifferentlyStays() throws {
        let x = try extract("Blast kills 20 in Kabul", "A blast in Kabul killed 14 people, police said.")
        #expect(x.incidents.filter { $0.type == .casualties }.count == 2)
    }

    @Test func withoutATitleLineTheFirstSentenceIsNotAHeadline() throws {
        let x = try #require(EntityFixture.extract(
            "Floods killed 14 people in Brazil. Floods killed 14 people in Brazil, officials said again."))
        #expect(x.incidents.filter { $0.type == .casualties }.count == 2)
    }
}
