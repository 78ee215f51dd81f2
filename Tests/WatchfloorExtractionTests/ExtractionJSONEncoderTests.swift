import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

@Test func jsonLineHasTheSchemaKeysInOrderAndEscapes() {
    let article = Article(
        path: "dir/a \"b\".txt", title: "Line\nbreak", text: "x", bodyStart: 0,
        published: CalendarDay(year: 2025, month: 1, day: 17), publishedSource: .header)
    let x = Extraction(
        mentions: [Mention(span: Span(start: 0, end: 1), text: "x\u{1}", kind: .place, country: nil)],
        countries: [CountryCount(code: "RU", name: "Russia", mentions: 2, focus: true)],
        actors: [EventActor(name: "Russia", kind: .country, country: "RU", spans: [Span(start: 0, end: 1)])])
    let line = ExtractionJSONEncoder().encode(article: article, extraction: x)
    #expect(!line.contains("\n"))
    #expect(line.hasPrefix(#"{"file":"dir/a \"b\".txt","title":"Line\nbreak","published":"2025-01-17","published_source":"header","mentions":[{"start":0,"end":1,"text":"x\u0001","kind":"place","country":null}]"#))
    #expect(line.contains(#""countries":[{"code":"RU","name":"Russia","mentions":2,"focus":true}]"#))
    #expect(line.contains(#""actors":[{"name":"Russia","kind":"country","role":null,"country":"RU","mentions":1,"spans":[[0,1]]}]"#))
    #expect(line.hasSuffix(#""times":[],"incidents":[],"timeline":[]}"#))
}
