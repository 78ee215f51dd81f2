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

    @Test func aPrepositionBeforeAPossessiveDateStays() throws {
        let (timeline, _) = build("The disaster revived memories of last year's floods in the south.")
        let entry = try #require(timeline.first)
        #expect(entry.date == "2024")
        #expect(entry.label.contains("memories of floods"))
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

    @Test func incidentLabelIsTheTriggersClauseWithoutItsDate() throws {
        let text = "Iranian President Masoud Pezeshkian formalized a broad cooperation pact this past Friday, solidifying ties between the two nations in the face of increasing Western sanctions."
        let (timeline, incidents) = build(text)
        let pact = try #require(incidents.firstIndex { $0.type == .agreement })
        let entry = try #require(timeline.first { $0.incident == pact })
        #expect(entry.label.hasPrefix("Iranian President Masoud Pezeshkian formalized a broad cooperation pact"))
        #expect(!entry.label.contains("Friday"))
        #expect(!entry.label.contains("solidifying"))
        #expect(entry.label.count <= TimelineLabel.maxLength)
    }

    @Test func labelsStopAtDashesAndRelativeClauses() throws {
        let text = "The bloc has renewed its measures against Moscow since the Ukraine invasion\u{2014}decisions that need unanimity by January 31."
        let (timeline, incidents) = build(text)
        let invasion = try #require(incidents.firstIndex { $0.text == "invasion" })
        let entry = try #require(timeline.first { $0.incident == invasion })
        #expect(entry.label.hasSuffix("Ukraine invasion"))
        #expect(!entry.label.contains("decisions"))
        #expect(entry.label.first?.isUppercase == true)
    }

    @Test func backgroundLabelDropsTheDateAndItsPreposition() throws {
        let (timeline, _) = build("In February 2022, Russia sent troops to the border, officials recalled.")
        let entry = try #require(timeline.first)
        #expect(entry.date == "2022-02")
        #expect(entry.label.hasPrefix("Russia sent troops"))
        #expect(!entry.label.hasPrefix("In"))
    }

    @Test func longClausesAreCutAtAWordWithAnEllipsis() {
        let text = "Armed men attacked the convoy carrying aid workers and several journalists along the mountain road leading north toward the provincial capital and its airport on Monday."
        let (timeline, _) = build(text)
        #expect(!timeline.isEmpty)
        for entry in timeline {
            #expect(entry.label.count <= TimelineLabel.maxLength)
            #expect(entry.label.first?.isUppercase == true)
            #expect(!entry.label.hasSuffix(" the") && !entry.label.hasSuffix(" and\u{2026}") && !entry.label.hasSuffix(" "))
        }
    }

    @Test func aLabelIsNeverBarePunctuation() throws {
        let (timeline, incidents) = build("Rebels said, \"attack,\" on Monday.")
        for entry in timeline where entry.incident != nil {
            #expect(entry.label.contains { $0.isLetter })
        }
        #expect(incidents.allSatisfy { !$0.text.isEmpty })
    }
}