import WatchfloorModel

/// Generates articles deterministically from a seed by recombining sample sentences and swapping in
/// different people, places, countries and dates, so large corpora look like wire news but never repeat.
struct SyntheticArticleGenerator: Sendable {
    private let pool: SentencePool
    private var rng: SplitMix64
    private var nextIndex = 0

    /// First published day (2020-01-01) and the number of days after it dates are drawn from (to 2026-11-28).
    private static let firstDay = 18_262
    private static let daySpan = 2_523

    /// Creates a generator; the same pool and seed always give the same sequence.
    init(pool: SentencePool, seed: UInt64) {
        self.pool = pool
        self.rng = SplitMix64(seed: seed)
    }

    /// The next article.
    mutating func next() -> SyntheticArticle {
        let index = nextIndex
        nextIndex += 1
        let published = CalendarDay(daysSinceEpoch: Self.firstDay + rng.index(Self.daySpan))
        var fill = SlotFill()
        var builder = TextBuilder()

        let headlineSource = pool.templates.isEmpty ? [] : pool.templates[rng.index(pool.templates.count)]
        var headlineText = TextBuilder()
        render(headlineSource, fill: &fill, into: &headlineText)
        let title = Self.headline(from: headlineText.text)
        builder.append(title + "\nDate: " + published.iso + "\nSource: Watchfloor Bench\n\n")
        let bodyStart = builder.offset

        let city = SyntheticPools.cities[rng.index(SyntheticPools.cities.count)]
        let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        builder.mention(city.name.uppercased(), kind: .place, country: city.country)
        builder.append(", " + monthNames[published.month - 1] + " " + String(published.day) + " (Watchfloor) - ")

        var sentences: [(span: Span, text: String)] = []
        let paragraphs = 5 + rng.index(5)
        for p in 0..<paragraphs {
            if p > 0 { builder.append("\n\n") }
            let count = 1 + rng.index(3)
            for s in 0..<count where !pool.templates.isEmpty {
                if s > 0 { builder.append(" ") }
                var sentence = TextBuilder()
                render(pool.templates[rng.index(pool.templates.count)], fill: &fill, into: &sentence)
                let start = builder.offset
                builder.append(sentence)
                sentences.append((Span(start: start, end: builder.offset), sentence.text))
            }
        }
        builder.append("\n")
        return SyntheticArticle(
            index: index, title: title, text: builder.text, bodyStart: bodyStart, published: published,
            sentences: sentences, mentions: builder.mentions
        )
    }

    /// Renders a template with this article's choices into `builder`, recording the names as mentions.
    private mutating func render(_ segments: [TemplateSegment], fill: inout SlotFill, into builder: inout TextBuilder) {
        for segment in segments {
            switch segment {
            case .text(let text):
                builder.append(text)
            case .person(let i, let surnameOnly):
                let person = fill.person(i, rng: &rng)
                builder.mention(surnameOnly ? person.last : person.first + " " + person.last, kind: .person, country: nil)
            case .place(let i):
                let place = fill.place(i, rng: &rng)
                builder.mention(place.name, kind: .place, country: place.country)
            case .country(let i):
                let c = fill.country(i, rng: &rng)
                builder.mention(c.name, kind: .country, country: c.code)
            }
        }
    }

    /// A headline: the first 12 words of a sentence, without its final punctuation.
    private static func headline(from sentence: String) -> String {
        let words = sentence.split(separator: " ").prefix(12)
        var line = words.joined(separator: " ")
        while let last = line.last, ".,;:\"".contains(last) { line.removeLast() }
        return line.isEmpty ? "Untitled" : line
    }
}
