import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// Timeline entries: dated incidents and dated background facts.
struct TimelineBuilderTests {
    let published = CalendarDay(year: 2025, month: 1, day: 17)

    func build(_ text: String) -> ([TimelineEntry], [Incident]) {
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter().split(scalars)
        let times = TimeTagger().tag(scalars, anchor: published)
        let incidents = IncidentDetector().detect(scalars, sentences: sentences, mentions: [], actors: [], times: times, published: published)
        let timeline = TimelineBuilder().build(scalars, sentences: sentences, incidents: incidents, times: times, mentions: [], published: published)
        return (timeline, incidents)
    }

    @Test func incidentsKeepTheirDateAndPrecision() throws {
        let (timeline, incidents) = build("Police arrested two men on Monday. Russia deployed troops into Ukraine in February 2022.")
        #expect(incidents.count == 2)
        #expect(timeline.map(\.date) == ["2025-01-13", "2022-02"])
        #expect(timeline.map(\.precision) == [.day, .month])
        #expect(timeline.map(\.incident) == [0, 1])
        #expect(timeline[1].label.contains("deployed troops"))
    }

    @Test func datedBackgroundFactsWithoutAnIncident() throws {
        let (timeline, _) = build("The company was founded in 1998 by two engineers.")
        let entry = try #require(timeline.first)
        #expect(entry.incident == nil)
        #expect(entry.date == "1998")
        #expect(entry.precision == .year)
        #expect(!entry.label.contains("1998"))
        #expect(entry.label.contains("founded"))
    }

    @Test func sentencesWithoutDatesGiveNoBackgroundEntry() {
        let (timeline, _) = build("The weather was mild and the markets were calm.")
        #expect(timeline.isEmpty)
    }

    @Test func labelsAreOneLineAndShort() {
        let long = "The ministry, in a long statement that went on and on\nacross lines, said troops were deployed in March 2020 to the border region near the river delta."
        let (timeline, _) = build(long)
        for entry in timeline {
            #expect(!entry.label.contains("\n"))
            #expect(entry.label.count <= 200)
        }
    }
}
