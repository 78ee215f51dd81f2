import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// `Extractor.assignPersonCountries` searches sorted spans; it must answer as the `[Span: String]` it replaced.
@Suite struct PersonCountryTests {
    /// The dictionary form: later actors overwrite earlier ones on a shared span; unmatched person mentions get nil.
    private func reference(_ mentions: [Mention], _ actors: [EventActor]) -> [Mention] {
        var bySpan: [Span: String] = [:]
        for a in actors where a.kind == .person {
            guard let c = a.country else { continue }
            for s in a.spans { bySpan[s] = c }
        }
        guard !bySpan.isEmpty else { return mentions }
        var out = mentions
        for i in out.indices where out[i].kind == .person { out[i].country = bySpan[out[i].span] }
        return out
    }

    @Test func answersAsTheDictionaryOnRandomArticles() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        let kinds: [MentionKind] = [.person, .organization, .country, .place, .nationality]
        let codes = ["RU", "UA", "US", "IR", "GB"]
        for _ in 0..<400 {
            // Few distinct spans, so that actors share spans and mentions hit, miss and repeat them.
            func span() -> Span {
                let s = next(12)
                return Span(start: s, end: s + 1 + next(3))
            }
            var actors: [EventActor] = []
            for _ in 0..<next(6) {
                let kind: ActorKind = next(4) == 0 ? .organization : .person
                actors.append(EventActor(
                    name: "A", kind: kind, role: nil, country: next(3) == 0 ? nil : codes[next(codes.count)],
                    spans: (0..<(1 + next(3))).map { _ in span() }))
            }
            let mentions = (0..<next(10)).map { _ in
                Mention(span: span(), text: "x", kind: kinds[next(kinds.count)], country: next(2) == 0 ? nil : codes[next(codes.count)])
            }
            var fast = mentions
            Extractor.assignPersonCountries(&fast, actors: actors)
            #expect(fast == reference(mentions, actors))
        }
    }
}
