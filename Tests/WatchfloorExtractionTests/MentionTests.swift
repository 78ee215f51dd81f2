import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

@Test func roleNationalityAndLaterSurnamesResolveToOnePerson() throws {
    let x = try #require(EntityFixture.extract(
        "Russian President Vladimir Putin met officials. Putin's plan was criticised. Mr. Putin did not reply."))
    let russian = try #require(EntityFixture.mentions(x, "Russian").first)
    #expect(russian.kind == .nationality && russian.country == "RU")
    let putin = try #require(x.actors.first { $0.kind == .person })
    #expect(putin.name == "Vladimir Putin")
    #expect(putin.role == "President")
    #expect(putin.country == "RU")
    #expect(putin.mentions == 3)
    #expect(EntityFixture.mentions(x, "Putin").allSatisfy { $0.kind == .person && $0.country == "RU" })
}

@Test func appositiveRoleAfterOrganisation() throws {
    let x = try #require(EntityFixture.extract("The European Union's foreign policy chief, Kaja Kallas, spoke on Friday. Kallas said more."))
    let eu = try #require(EntityFixture.mentions(x, "The European Union").first)
    #expect(eu.kind == .organization)
    let kallas = try #require(x.actors.first { $0.name == "Kaja Kallas" })
    #expect(kallas.role == "foreign policy chief")
    #expect(kallas.mentions == 2)
}

@Test func roleAfterCountryCode() throws {
    let x = try #require(EntityFixture.extract("Outgoing U.S. Secretary of State Antony Blinken spoke."))
    let blinken = try #require(x.actors.first { $0.kind == .person })
    #expect(blinken.name == "Antony Blinken" && blinken.role == "Secretary of State" && blinken.country == "US")
}

@Test func georgiaTheCountryOrTheState() throws {
    let country = try #require(EntityFixture.extract("Protesters gathered in Tbilisi. Georgia said Russia was to blame."))
    #expect(EntityFixture.mentions(country, "Georgia").first?.country == "GE")
    let state = try #require(EntityFixture.extract("Storms hit Atlanta and Savannah. Georgia declared an emergency after Florida did."))
    #expect(EntityFixture.mentions(state, "Georgia").first?.country == "US")
}

@Test func jordanThePersonOrTheCountry() throws {
    let person = try #require(EntityFixture.extract("Michael Jordan scored 40 points. Jordan said he was tired."))
    #expect(EntityFixture.mentions(person, "Jordan").allSatisfy { $0.kind == .person })
    let country = try #require(EntityFixture.extract("Troops moved along the border with Syria. Jordan closed its crossings."))
    #expect(EntityFixture.mentions(country, "Jordan").first?.kind == .country)
    #expect(EntityFixture.mentions(country, "Jordan").first?.country == "JO")
}

@Test func parisTexasAndParisFrance() throws {
    let texas = try #require(EntityFixture.extract("A tornado struck Paris, Texas on Monday."))
    #expect(EntityFixture.mentions(texas, "Paris").first?.country == "US")
    let france = try #require(EntityFixture.extract("Talks resumed in Paris on Monday."))
    #expect(EntityFixture.mentions(france, "Paris").first?.country == "FR")
}

@Test func wordsThatAreOnlySometimesPlaces() throws {
    let x = try #require(EntityFixture.extract("Nice weather helped. A festival opened in Nice on Sunday. Reading is fun. They ate turkey."))
    let nice = EntityFixture.mentions(x, "Nice")
    #expect(nice.count == 1)
    #expect(nice.first?.country == "FR")
    #expect(EntityFixture.mentions(x, "Reading").isEmpty)
    #expect(!x.countries.contains { $0.code == "TR" })
}

@Test func chadTheCountryAndChadThePerson() throws {
    let country = try #require(EntityFixture.extract("Refugees crossed from Sudan into Chad last week."))
    #expect(EntityFixture.mentions(country, "Chad").first?.country == "TD")
    let person = try #require(EntityFixture.extract("The singer Chad Smith released an album."))
    #expect(EntityFixture.mentions(person, "Chad Smith").first?.kind == .person)
    #expect(!person.countries.contains { $0.code == "TD" })
}

@Test func abbreviationsDemonymsAndCompounds() throws {
    let x = try #require(EntityFixture.extract("Ukraine fired U.S.-made missiles. Iranian drones and the Kremlin were blamed by Britain."))
    #expect(EntityFixture.mentions(x, "U.S.").first?.country == "US")
    #expect(EntityFixture.mentions(x, "Iranian").first?.kind == .nationality)
    #expect(EntityFixture.mentions(x, "Kremlin").first?.country == "RU")
    #expect(EntityFixture.mentions(x, "Britain").first?.country == "GB")
}

@Test func countryInstitutionBecomesAnOrganisationActor() throws {
    let x = try #require(EntityFixture.extract("Russia's defence ministry said seven drones were destroyed."))
    let ministry = try #require(x.actors.first { $0.kind == .organization })
    #expect(ministry.country == "RU")
    #expect(ministry.name == "Russia's defence ministry")
    #expect(!x.mentions.contains { $0.text.contains("ministry") })
}

@Test func regionsAndDatelinePlacesResolveToTheirCountry() throws {
    let x = try #require(EntityFixture.extract("PORTLAND, Ore. - A fire broke out at an industrial site in Russia's Kaluga region."))
    #expect(EntityFixture.mentions(x, "PORTLAND").first?.country == "US")
    #expect(EntityFixture.mentions(x, "Kaluga").first?.country == "RU")
}

@Test func productsAndAcronymsBeforeWeaponNounsAreNotNames() throws {
    let x = try #require(EntityFixture.extract("Kyiv fired ATACMS missiles and the Boeing 787 Dreamliner was grounded."))
    #expect(!x.mentions.contains { $0.text == "ATACMS" })
    #expect(!x.mentions.contains { $0.kind == .person })
    #expect(EntityFixture.mentions(x, "Kyiv").first?.country == "UA")
}

@Test func focusCountriesCarryTheArticle() throws {
    let x = try #require(EntityFixture.extract(
        "Ukraine said drones hit Kyiv. Ukrainian officials said Ukraine would respond. A French envoy visited."))
    let ua = try #require(x.countries.first)
    #expect(ua.code == "UA" && ua.focus && ua.mentions == 4)
    #expect(x.countries.first { $0.code == "FR" }?.focus == false)
}

@Test func organisationsByHeadWordAndGazetteer() throws {
    let x = try #require(EntityFixture.extract("Officials from NATO and the Acme Holdings Corp met the Taliban."))
    #expect(EntityFixture.mentions(x, "NATO").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "the Acme Holdings Corp").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Taliban").first?.country == "AF")
}

@Test func groupAdjectiveBeforeInstitutionDoesNotCrash() throws {
    let x = try #require(EntityFixture.extract("European defence ministers and the Kurdish military met. Arab governments agreed."))
    #expect(EntityFixture.mentions(x, "European").first?.kind == .nationality)
    #expect(EntityFixture.mentions(x, "European").first?.country == nil)
    #expect(!x.actors.contains { $0.name.contains("military") })
}
