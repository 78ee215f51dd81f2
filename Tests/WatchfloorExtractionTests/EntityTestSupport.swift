import WatchfloorData
import WatchfloorExtraction
import WatchfloorModel

/// The bundled gazetteer, loaded once for all entity tests.
enum EntityFixture {
    static let gazetteer: Gazetteer? = try? GazetteerLoader.loadBundled()

    /// Runs the extractor on a hand-written article (no title, published 2025-01-17); `bodyStart` is the code-point
    /// offset where the body starts after title and header lines.
    static func extract(_ text: String, bodyStart: Int = 0) -> Extraction? {
        guard let g = gazetteer else { return nil }
        let article = Article(
            path: "test.txt", title: nil, text: text, bodyStart: bodyStart,
            published: CalendarDay(year: 2025, month: 1, day: 17), publishedSource: .header)
        return Extractor(gazetteer: g).extract(article)
    }

    /// The mentions whose text equals `text`.
    static func mentions(_ x: Extraction, _ text: String) -> [Mention] { x.mentions.filter { $0.text == text } }
}
