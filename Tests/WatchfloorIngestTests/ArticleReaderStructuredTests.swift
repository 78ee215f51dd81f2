import Testing
import WatchfloorModel
@testable import WatchfloorIngest

/// Markdown and JSON readers.
@Suite struct ArticleReaderStructuredTests {
    private func parse(_ text: String, path: String) throws -> [Article] {
        try ArticleReader.parse(bytes: Array(text.utf8), path: path, modificationTime: 0)
    }

    @Test func markdownFrontMatter() throws {
        let text = "---\ntitle: \"Port reopens\"\ndate: 2022-05-06\nsource: Desk\n---\n\n# Ignored heading\n\nBody.\n"
        let a = try #require(try parse(text, path: "a.md").first)
        #expect(a.title == "Port reopens")
        #expect(a.published == CalendarDay(year: 2022, month: 5, day: 6))
        #expect(a.publishedSource == .header)
        #expect(a.headers["source"] == "Desk")
        #expect(a.text == text)
        #expect(a.bodyStart == 61)  // the body starts at the heading line
    }

    @Test func markdownHeadingIsTheTitle() throws {
        let text = "# Storm nears coast\n\nMIAMI, June 2, 2019 - Winds rose.\n"
        let a = try #require(try parse(text, path: "a.markdown").first)
        #expect(a.title == "Storm nears coast")
        #expect(a.bodyStart == 21)
        #expect(a.publishedSource == .dateline)
        #expect(a.published?.iso == "2019-06-02")
    }

    @Test func markdownUnclosedFrontMatterIsPlainText() throws {
        let a = try #require(try parse("---\ntitle: x\n\nno closing fence", path: "a.md").first)
        #expect(a.title == nil)
        #expect(a.publishedSource == .modificationTime)
    }

    @Test func jsonObject() throws {
        let json = #"{"headline": "Talks resume", "content": "Envoys met.", "publishedAt": "2020-07-08T10:00:00Z", "source": {"name": "Wire"}, "url": "https://x.test"}"#
        let a = try #require(try parse(json, path: "/d/a.json").first)
        #expect(a.path == "/d/a.json")
        #expect(a.title == "Talks resume")
        #expect(a.text == "Talks resume\n\nEnvoys met.")
        #expect(a.bodyStart == 14)
        #expect(a.published?.iso == "2020-07-08")
        #expect(a.publishedSource == .header)
        #expect(a.headers["source"] == "Wire")
    }

    @Test func jsonArrayAndEpochDates() throws {
        let json = #"[{"title": "A", "body": "One."}, {"text": "Two.", "date": 1700000000}, {"text": "Three.", "date": 1700000000000}]"#
        let articles = try parse(json, path: "/d/list.json")
        #expect(articles.map(\.path) == ["/d/list.json#1", "/d/list.json#2", "/d/list.json#3"])
        #expect(articles[1].title == nil)
        #expect(articles[1].text == "Two.")
        #expect(articles[1].published?.iso == "2023-11-14")
        #expect(articles[2].published?.iso == "2023-11-14")
    }

    @Test func jsonLines() throws {
        let jsonl = "{\"title\": \"A\", \"body\": \"One.\"}\n\n{\"title\": \"B\", \"body\": \"Two \\u00e9\\ud83d\\ude00.\"}\n"
        let articles = try parse(jsonl, path: "feed.jsonl")
        #expect(articles.map(\.path) == ["feed.jsonl#1", "feed.jsonl#3"])
        #expect(articles[1].text == "B\n\nTwo é😀.")
    }

    @Test func jsonLinesInADotJsonFile() throws {
        let articles = try parse("{\"body\": \"One.\"}\n{\"body\": \"Two.\"}\n", path: "feed.json")
        #expect(articles.count == 2)
    }

    @Test func invalidJSONReportsTheOffset() {
        #expect(throws: ArticleReadError.invalidJSON(line: nil, offset: 11, reason: "expected ',' or '}'")) {
            try parse(#"{"body": 1 "x"}"#, path: "a.json")
        }
        #expect(throws: ArticleReadError.invalidJSON(line: 2, offset: 9, reason: "unexpected end of input")) {
            try parse("{\"body\": \"ok\"}\n{\"body\": ", path: "a.jsonl")
        }
    }

    @Test func jsonWithoutBodyIsNotAnArticle() {
        #expect(throws: ArticleReadError.notAnArticle(reason: "no non-empty \"body\", \"text\" or \"content\" string")) {
            try parse(#"{"title": "only"}"#, path: "a.json")
        }
        #expect(throws: ArticleReadError.notAnArticle(reason: "element 2 is not an object")) {
            try parse(#"[{"body": "x"}, 3]"#, path: "a.json")
        }
        #expect(throws: ArticleReadError.notAnArticle(reason: "the top level is neither an object nor an array of objects")) {
            try parse("42", path: "a.json")
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: ArticleReadError.invalidJSON(line: nil, offset: 200, reason: "nesting deeper than 200 levels")) {
            try parse(deep, path: "a.json")
        }
    }

    @Test func articleFileNames() {
        for name in ["a.txt", "B.TXT", "x.md", "x.markdown", "x.json", "x.jsonl", "2014.06.04.txt"] {
            #expect(ArticleReader.isArticleFile(name: name), "\(name)")
        }
        for name in [".hidden.txt", "a.txt~", "a.txt.tmp", "a.txt.part", ".a.txt.swp", "a.swp", "#a.txt#", ".#a.txt",
                     "~$a.txt", "a.pdf", "README", ".txt", "a.txt.crdownload"] {
            #expect(!ArticleReader.isArticleFile(name: name), "\(name)")
        }
    }
}
