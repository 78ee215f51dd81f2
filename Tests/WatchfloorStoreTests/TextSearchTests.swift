import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Text search: English words match themselves and their inflections as whole words, a trailing `*`
/// asks for a prefix, other words match as written, and user text is never FTS syntax.
@Suite struct TextSearchTests {
    @Test func wordsBecomeWholeWordFormsAndStarsPrefixes() throws {
        #expect(FilterSQL.ftsQuery("ab x") == #""ab" AND "x""#)
        #expect(FilterSQL.ftsQuery("Berl* be*") == #""Berl"* AND "be""#)
        #expect(FilterSQL.ftsQuery("talk") == #"("talk" OR "talks" OR "talked" OR "talking" OR "talker" OR "talkers" OR "talkion" OR "talkions")"#)
        #expect(FilterSQL.ftsQuery("U.S. \"a OR (b") == #""U.S." AND "a" AND "OR" AND "b""#)
        #expect(FilterSQL.ftsQuery("Putin's 2024") == #""Putin's" AND "2024""#)
        #expect(FilterSQL.ftsQuery("Müller") == #""Müller"*"#)
        #expect(FilterSQL.ftsQuery("-- ()") == nil)
    }

    @Test func formsCoverTheRegularInflections() {
        #expect(Set(WordForms.forms(of: "protest")).isSuperset(of: ["protest", "protests", "protested", "protesting", "protesters"]))
        #expect(Set(WordForms.forms(of: "sanctions")).isSuperset(of: ["sanctions", "sanction", "sanctioned", "sanctioning"]))
        #expect(Set(WordForms.forms(of: "strike")).isSuperset(of: ["strike", "strikes", "striking", "striker", "strikers"]))
        #expect(Set(WordForms.forms(of: "militia")).isSuperset(of: ["militia", "militias"]))
        #expect(Set(WordForms.forms(of: "ally")).isSuperset(of: ["ally", "allies", "allied"]))
        #expect(Set(WordForms.forms(of: "ban")).isSuperset(of: ["ban", "bans", "banned", "banning"]))
        #expect(Set(WordForms.forms(of: "elect")).isSuperset(of: ["election", "elections", "elected"]))
        // A three-letter stem is not taken for a singular: "news" is not "new".
        #expect(!WordForms.forms(of: "news").contains("new"))
        #expect(WordForms.forms(of: "news").first == "news")
        for word in ["protest", "sanctions", "strike", "ally", "ban", "crisis", "press"] {
            let forms = WordForms.forms(of: word)
            #expect(forms.count <= 12 && Set(forms).count == forms.count && forms.first == word, "\(word): \(forms)")
        }
    }

    /// A store of one article per body, ingested in order.
    private func store(_ bodies: [String]) throws -> EventStore {
        let store = try EventStore.inMemory()
        for (n, body) in bodies.enumerated() {
            _ = try store.record(article: StoreFixtures.article("/w/a\(n).txt", body: body), extraction: StoreFixtures.extraction(),
                                 contentHash: "h\(n)", size: 1, at: Double(n + 1))
        }
        return store
    }

    private func articles(_ store: EventStore, _ text: String) throws -> [Int64] {
        try store.incidents(filter: QueryFilter(text: text), limit: 10, offset: 0).map(\.articleID).sorted()
    }

    @Test func inflectionsMatchAndPrefixesNeedAStar() throws {
        let store = try store(["Protesters gathered in Berlin.", "Talks will be held soon.", "A protest was banned.", "Sanctioned banks."])
        #expect(try articles(store, "protest") == [1, 3])
        #expect(try articles(store, "protests") == [1, 3])
        #expect(try articles(store, "sanctions") == [4])
        #expect(try articles(store, "ban") == [3])
        // A whole word no longer matches longer words that start with it; a star asks for that.
        #expect(try articles(store, "ber").isEmpty)
        #expect(try articles(store, "ber*") == [1])
        #expect(try articles(store, "be") == [2])
        #expect(try articles(store, "protest berlin") == [1])
        #expect(try articles(store, "\"unbalanced OR (").isEmpty)
    }
}
