import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

@Test func gazetteerLoadsFromBundledResources() throws {
    let g = try #require(EntityFixture.gazetteer)
    #expect(g.countries.count >= 249)
    #expect(g.countryName(code: "RU") == "Russia")
    #expect(g.countryName(code: "zz") == nil)
}

@Test(arguments: [
    ("RU", "RU"), ("rus", "RU"), ("United States", "US"), ("the U.S.", "US"), ("usa", "US"), ("America", "US"),
    ("Britain", "GB"), ("UK", "GB"), ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("russian", "RU"),
    ("Iranians", "IR"), ("South Korea", "KR"), ("Soviet Union", "RU"), ("Zaire", "CD"), ("West Germany", "DE"),
    ("  germany ", "DE"),
])
func resolveCountryAcceptsCodesNamesAliasesAndDemonyms(query: String, code: String) throws {
    let g = try #require(EntityFixture.gazetteer)
    #expect(g.resolveCountry(query) == code)
}

@Test func resolveCountryRejectsNonCountries() throws {
    let g = try #require(EntityFixture.gazetteer)
    #expect(g.resolveCountry("") == nil)
    #expect(g.resolveCountry("banana") == nil)
    #expect(g.resolveCountry("Kaluga") == nil)
}

@Test func emptyGazetteerFindsNothing() {
    let x = Extractor(gazetteer: Gazetteer()).extract(
        Article(path: "a.txt", title: nil, text: "Russian President Vladimir Putin met Kim.", bodyStart: 0, published: nil, publishedSource: .none))
    #expect(x.countries.isEmpty)
    #expect(!x.mentions.contains { $0.kind == .country })
}

@Test func missingFilesAreAClearError() {
    #expect(throws: GazetteerError.missingFile("countries.tsv")) { try Gazetteer(files: [:]) }
}
