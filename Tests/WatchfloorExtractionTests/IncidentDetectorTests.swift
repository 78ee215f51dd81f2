import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// Incident forms, negations and arguments, on hand-written sentences with hand-made mentions.
struct IncidentDetectorTests {
    let published = CalendarDay(year: 2025, month: 1, day: 17)

    /// One sentence per line; mentions given as (text, kind, country) and located by their first occurrence.
    func detect(_ text: String, mentions specs: [(String, MentionKind, String?)] = [], actors: [EventActor] = []) -> [Incident] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Span] = []
        var start = 0
        for (i, c) in scalars.enumerated() where c == "\n" {
            sentences.append(Span(start: start, end: i))
            start = i + 1
        }
        if start < scalars.count { sentences.append(Span(start: start, end: scalars.count)) }
        let mentions = specs.compactMap { spec -> Mention? in
            guard let span = find(spec.0, in: scalars) else { return nil }
            return Mention(span: span, text: spec.0, kind: spec.1, country: spec.2)
        }
        let times = TimeTagger().tag(scalars, anchor: published)
        return IncidentDetector().detect(scalars, sentences: sentences, mentions: mentions, actors: actors, times: times, published: published)
    }

    func find(_ needle: String, in scalars: [Unicode.Scalar]) -> Span? {
        let n = Array(needle.unicodeScalars)
        guard n.count <= scalars.count else { return nil }
        for i in 0...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n {
            return Span(start: i, end: i + n.count)
        }
        return nil
    }

    func types(_ text: String) -> [String] { detect(text).map(\.type.rawValue) }

    @Test func attackSubtypes() {
        #expect(types("A drone attack hit the depot.") == ["attack.drone"])
        #expect(types("Russia launched a missile strike on the port.") == ["attack.missile"])
        #expect(types("Two airstrikes levelled the market.") == ["attack.air"])
        #expect(types("Artillery shelling continued.").first == "attack.shelling")
        #expect(types("A suicide bombing shook the capital.") == ["attack.bombing"])
        #expect(types("Gunmen opened fire on a bus.").first == "attack.armed")
        #expect(types("Rebels attacked the base with rockets.") == ["attack.missile"])
    }

    @Test func otherTypes() {
        #expect(types("Seven drones were intercepted over the region.") == ["interception"])
        #expect(types("Police arrested three men.") == ["arrest"])
        #expect(types("Thousands of demonstrators marched through the city.").contains("protest"))
        #expect(types("The two leaders held talks in Geneva.") == ["talks"])
        #expect(types("They signed a cooperation treaty.") == ["agreement"])
        #expect(types("Voters went to the polls in a snap election.").contains("election"))
        #expect(types("An earthquake struck the coast.").first == "disaster")
        #expect(types("The EU imposed new sanctions on Moscow.") == ["sanctions"])
        #expect(types("The government deployed troops to the border.") == ["deployment"])
        #expect(types("Oil exports declined by 10 percent.") == ["economy"])
    }

    @Test func everyArticleSaysSomethingButThatIsNoStatement() {
        #expect(types("The minister said the plan was sound.").isEmpty)
        #expect(types("The ministry warned of further escalation.") == ["statement"])
    }

    @Test func negatedDeniedAndHypotheticalAreNotIncidents() {
        #expect(types("The attack caused no casualties.") == ["attack.other"])
        #expect(types("Both deny allegations that Iran supplied drones for attacks.").isEmpty)
        #expect(types("There is no justification for lifting sanctions.").isEmpty)
        #expect(types("If talks fail, the army would attack.").isEmpty)
        #expect(types("Nobody was arrested.").isEmpty)
    }

    @Test func weakWordsNeedContext() {
        #expect(types("Workers plan to strike over pay.").isEmpty)
        #expect(types("The song was a big hit.").isEmpty)
        #expect(types("Russian forces struck a fuel depot.") == ["attack.other"])
        #expect(types("He will deal with it.").isEmpty)
        #expect(types("The world war ended in 1945.").isEmpty)
    }

    @Test func countsInWordsAndDigits() {
        #expect(detect("At least 126 people were killed.").first?.count == 126)
        #expect(detect("Seven drones were intercepted.").first?.count == 7)
        #expect(detect("The blast killed twenty-one soldiers.").last?.count == 21)
        // The part, not the whole it is a part of.
        #expect(detect("Three of the 12 soldiers were killed.").first?.count == 3)
        #expect(detect("Rebels killed 40 of the 300 villagers.").first?.count == 40)
        #expect(detect("Two of the 12 killed and 11 of the injured were guards.").first { $0.type == .casualties }?.count == 2)
        // A statement or a meeting is not a number of things.
        let warning = detect("The ministry warned that 850 towns could flood.").filter { $0.type == .statement }
        #expect(warning.count == 1 && warning.first?.count == nil)
        let talks = detect("Talks between 12 nations resumed in Geneva.").filter { $0.type == .talks }
        #expect(talks.count == 1 && talks.first?.count == nil)
        #expect(detect("He was arrested in 2021.").first?.count == nil)
    }

    @Test func dateFromTheSentenceElseTheArticle() throws {
        let dated = try #require(detect("Troops were deployed in Ukraine in February 2022.").first)
        #expect(dated.date == "2022-02")
        #expect(dated.datePrecision == .month)
        let undated = try #require(detect("Police arrested two men.").first)
        #expect(undated.date == "2025-01-17")
        #expect(undated.datePrecision == .day)
    }

    @Test func placeCountryActorAndTarget() throws {
        let text = "A Ukrainian drone attack ignited a fire at an industrial site in Russia's Kaluga region."
        let found = detect(text, mentions: [("Ukrainian", .nationality, "UA"), ("Russia", .country, "RU"), ("Kaluga region", .place, "RU")],
                           actors: [EventActor(name: "Ukraine", kind: .country, country: "UA")])
        let attack = try #require(found.first { $0.type == .attackDrone })
        #expect(attack.country == "RU")
        #expect(attack.place == "Kaluga")
        #expect(attack.actors == ["Ukraine"])
        #expect(attack.text == "drone attack")
        let target = try #require(detect("Israel launched airstrikes against Hezbollah.", mentions: [("Israel", .country, "IL"), ("Hezbollah", .organization, nil)]).first)
        #expect(target.actors == ["Israel"])
        #expect(target.targets == ["Hezbollah"])
    }

    @Test func locativeCountryBeatsAFarPlace() throws {
        let text = "Iran, busy in the Middle East, praised the decision to deploy troops in Ukraine."
        let found = detect(text, mentions: [("Iran", .country, "IR"), ("Middle East", .place, nil), ("Ukraine", .country, "UA")])
        let deployment = try #require(found.first { $0.type == .deployment })
        #expect(deployment.country == "UA")
        #expect(deployment.place == nil)
    }

    @Test func triggerAndSentenceSpansAreOffsets() throws {
        let text = "Kyiv — first line.\nShelling hit Kharkiv."
        let incident = try #require(detect(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[incident.trigger.start..<incident.trigger.end])) == "Shelling")
        #expect(incident.sentence.start == 19)
    }

    @Test func aCountryModifyingAnInvasionIsItsTarget() throws {
        let found = detect("Sanctions have piled up since the Ukraine invasion.", mentions: [("Ukraine", .country, "UA")])
        let invasion = try #require(found.first { $0.text == "invasion" })
        #expect(invasion.targets == ["Ukraine"])
        #expect(invasion.actors.isEmpty)
    }

    @Test func standingWarsAndInaugurationsAreNotEvents() {
        #expect(types("The war in Syria has reshaped the region.").isEmpty)
        #expect(types("The war has killed thousands of soldiers.").contains("clash"))
        #expect(types("He spoke before the inauguration of the new president.").isEmpty)
        #expect(types("Voters are tired of the economy.").isEmpty)
    }

    @Test func attackWordsInOneClauseAreOneIncident() {
        #expect(types("A suicide bombing attack hit the crowded market.") == ["attack.bombing"])
        #expect(types("Militants attacked the base, and a second attack followed at night.").count == 2)
    }

    @Test func hyphenatedTriggersMatchAcrossTheHyphen() throws {
        let found = detect("A cease-fire took hold on Monday.")
        let truce = try #require(found.first)
        #expect(truce.type == .agreement)
        #expect(truce.text == "cease-fire")
        #expect(types("Students staged a sit-in outside the ministry.") == ["protest"])
    }
}