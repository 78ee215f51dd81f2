import WatchfloorModel

/// Sample store content: a few days of a conflict, with the kinds of text the monitor must survive.
enum Fixtures {
    /// 2025-01-20 12:00 UTC.
    static let now: Double = Double(day(2025, 1, 20).daysSinceEpoch) * 86_400 + 43_200

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay {
        CalendarDay(year: y, month: m, day: d) ?? CalendarDay(daysSinceEpoch: 0)
    }

    static let articleText = """
    Drones strike oil depot near Kaluga
    Date: 2025-01-17

    KYIV, Jan 17 (Reuters) - Ukrainian drones struck an oil depot in Russia's Kaluga region overnight, the regional governor said. Russia's defence ministry said air defences intercepted seven drones over the region.

    Iran's foreign minister Abbas Araghchi said on Friday that talks with the European Union would resume in Geneva next month.
    """

    static let hostileText = "Breaking\u{1B}[2J\u{1B}]0;pwned\u{07} news\nDate: 2025-01-16\n\nThe \u{1B}[31mred\u{1B}[0m text\u{9B}31m and \u{202E}reversed\u{202C} words."

    static func content() -> FakeDataSource.Content {
        var c = FakeDataSource.Content()
        c.countryNames = ["RU": "Russia", "UA": "Ukraine", "IR": "Iran", "CN": "China", "IL": "Israel"]
        c.articles = [
            ArticleDetail(id: 1, path: "/news/kaluga.txt", title: "Drones strike oil depot near Kaluga", published: "2025-01-17",
                          publishedSource: .header, text: articleText),
            ArticleDetail(id: 2, path: "/news/hostile.txt", title: "Breaking\u{1B}[2J news", published: "2025-01-16",
                          publishedSource: .header, text: hostileText),
            ArticleDetail(id: 3, path: "/news/beijing.txt", title: "北京の会談", published: "2025-01-15", publishedSource: .dateline,
                          text: "北京の会談\n\nChina and Russia held talks in Beijing."),
        ]
        let s1 = Span(start: 62, end: 200)
        c.timeline = [
            TimelineRow(id: 1, articleID: 1, date: "2025-01-17", precision: .day, type: .attackDrone, country: "RU",
                        label: "Ukrainian drones strike oil depot in Kaluga region", sentence: s1),
            TimelineRow(id: 2, articleID: 1, date: "2025-01-17", precision: .day, type: .interception, country: "RU",
                        label: "Air defences intercept seven drones", sentence: s1),
            TimelineRow(id: 3, articleID: 1, date: "2025-02", precision: .month, type: .talks, country: "IR",
                        label: "Iran–EU talks to resume in Geneva", sentence: Span(start: 260, end: 370)),
            TimelineRow(id: 4, articleID: 2, date: "2025-01-16", precision: .day, type: .statement, country: "UA",
                        label: "Hostile \u{1B}[31mlabel\u{1B}[0m with bell\u{07}", sentence: Span(start: 40, end: 60)),
            TimelineRow(id: 5, articleID: 3, date: "2025-01-15", precision: .day, type: .talks, country: "CN",
                        label: "北京で中露会談 🇨🇳🇷🇺 talks 👨‍👩‍👧 café", sentence: Span(start: 7, end: 45)),
            TimelineRow(id: 6, articleID: 3, date: "2024", precision: .year, type: nil, country: "CN",
                        label: "Background: trade between the two grew", sentence: Span(start: 7, end: 45)),
        ]
        c.incidents = [
            IncidentRow(id: 11, articleID: 1, type: .attackDrone, date: "2025-01-17", precision: .day, country: "RU", place: "Kaluga",
                        actors: ["Ukraine"], targets: ["oil depot"], count: nil,
                        summary: "Ukrainian drones struck an oil depot in Russia's Kaluga region", sentence: s1, ingestedAt: now - 3_600),
            IncidentRow(id: 12, articleID: 1, type: .interception, date: "2025-01-17", precision: .day, country: "RU", place: "Kaluga",
                        actors: ["Russian air defence"], targets: ["drones"], count: 7,
                        summary: "air defences intercepted seven drones over the region", sentence: s1, ingestedAt: now - 3_600),
            IncidentRow(id: 13, articleID: 1, type: .talks, date: "2025-02", precision: .month, country: "IR", place: "Geneva",
                        actors: ["Abbas Araghchi"], targets: ["European Union"], count: nil,
                        summary: "talks with the European Union would resume in Geneva", sentence: Span(start: 260, end: 370), ingestedAt: now - 3_600),
            IncidentRow(id: 14, articleID: 3, type: .talks, date: "2025-01-15", precision: .day, country: "CN", place: "北京",
                        actors: ["Си Цзиньпин", "محمد"], targets: [], count: nil,
                        summary: "China and Russia held talks in Beijing", sentence: Span(start: 7, end: 45), ingestedAt: now - 7_200),
        ]
        c.actors = [
            ActorRow(name: "Russia", kind: .country, role: nil, country: "RU", mentions: 14, trend: [0, 1, 0, 2, 5, 3, 0, 0, 1, 4, 6, 2, 1, 3],
                     latestArticleID: 1, latestSpan: Span(start: 100, end: 106)),
            ActorRow(name: "Abbas Araghchi", kind: .person, role: "foreign minister", country: "IR", mentions: 3, trend: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2],
                     latestArticleID: 1, latestSpan: Span(start: 283, end: 297)),
            ActorRow(name: "European Union", kind: .organization, role: nil, country: nil, mentions: 2, trend: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]),
            ActorRow(name: "Си Цзиньпин", kind: .person, role: "President", country: "CN", mentions: 2, trend: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0]),
        ]
        c.histogram = [0, 0, 1, 0, 2, 0, 0, 3, 1, 0, 0, 0, 5, 2, 1, 0, 0, 4, 2, 6]
        c.errors = [IngestErrorRecord(id: 1, path: "/news/broken.json", at: now - 600, message: "not valid JSON at byte 12")]
        return c
    }
}
