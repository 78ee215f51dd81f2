import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

// Hand-written cases for the product, index, event, currency and company rules.

@Test func currencyPrefixIsNotACountry() throws {
    let x = try #require(EntityFixture.extract("The deal is worth US$ 40 billion, the U.S. firm said."))
    #expect(EntityFixture.mentions(x, "US").isEmpty)
    #expect(EntityFixture.mentions(x, "U.S.").first?.country == "US")
}

@Test func indicesAreNotNames() throws {
    let x = try #require(EntityFixture.extract(
        "Shares fell. The Nikkei lost 2 percent while the Dow Jones Industrial Average and the FTSE 100 rose. The Japanese Nikkei recovered."))
    for name in ["Nikkei", "Dow Jones Industrial Average", "FTSE", "Japanese Nikkei"] {
        #expect(EntityFixture.mentions(x, name).isEmpty, "\(name)")
    }
    #expect(EntityFixture.mentions(x, "Japanese").first?.kind == .nationality)
}

@Test func companyNamesThatAreWordsKeepTheirMeaning() throws {
    let x = try #require(EntityFixture.extract("Profits rose at Ford and Fiat, analysts said. Who knows what the WHO will say."))
    #expect(EntityFixture.mentions(x, "Ford").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Fiat").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "WHO").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Who").isEmpty)
}

@Test func makerBeforeAModelNumberOrProductIsAProduct() throws {
    let x = try #require(EntityFixture.extract(
        "Ryanair ordered five Boeing 737s and an Airbus A380. Boeing said the Vickers VC-10 and the Ford Taurus were retired."))
    let boeing = EntityFixture.mentions(x, "Boeing")
    #expect(boeing.count == 1)
    #expect(boeing.first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Airbus").isEmpty)
    #expect(EntityFixture.mentions(x, "Vickers VC").isEmpty)
    #expect(EntityFixture.mentions(x, "Ford Taurus").isEmpty && EntityFixture.mentions(x, "Ford").isEmpty)
}

@Test func eventsLawsAndProductLinesAreNotNames() throws {
    let x = try #require(EntityFixture.extract(
        "Orders were announced at the Paris Air Show before the World Cup. Apple opened the iTunes Music Store and the Joint Strike Fighter program went on."))
    for name in ["Paris Air Show", "Paris", "World Cup", "Music Store", "Joint Strike Fighter"] {
        #expect(EntityFixture.mentions(x, name).isEmpty, "\(name)")
    }
    #expect(EntityFixture.mentions(x, "Apple").first?.kind == .organization)
}

@Test func titledOneWordNameClaimsLaterMentions() throws {
    let x = try #require(EntityFixture.extract("President Clinton spoke in Ohio. Later Clinton left for Boston."))
    let clinton = EntityFixture.mentions(x, "Clinton")
    #expect(clinton.count == 2)
    #expect(clinton.allSatisfy { $0.kind == .person })
}

@Test func nameShapedGuessDoesNotClaimAKnownPlace() throws {
    let x = try #require(EntityFixture.extract("Yeltsin backs Lebed Chechnya peace plan.\n\nTroops stayed in Chechnya on Friday."))
    let chechnya = try #require(x.mentions.last { $0.text == "Chechnya" })
    #expect(chechnya.kind == .place && chechnya.country == "RU")
}

@Test func givenNameBeforeACountryNameIsACompany() throws {
    let x = try #require(EntityFixture.extract(
        "Passengers of Garuda Indonesia waited. Flights of Merpati Nigeria were cancelled. Michael Jordan scored."))
    #expect(EntityFixture.mentions(x, "Garuda Indonesia").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Michael Jordan").first?.kind == .person)
}

@Test func weekdayEndsAName() throws {
    let x = try #require(EntityFixture.extract("Prices dropped in Europe and Asia Monday."))
    #expect(EntityFixture.mentions(x, "Asia").first?.kind == .place)
}

@Test func placeHeadsMakePlaces() throws {
    let x = try #require(EntityFixture.extract("The jet landed at Suvarnabhumi International Airport near the Andaman Sea."))
    #expect(EntityFixture.mentions(x, "Suvarnabhumi International Airport").first?.kind == .place)
}

@Test func brandCaseIsACompanyButSurnamePrefixesAreNot() throws {
    let x = try #require(EntityFixture.extract("Fares at SkyTrek rose, officials at Zantro said. Senator McCandless objected and DeWitt agreed."))
    #expect(EntityFixture.mentions(x, "SkyTrek").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "McCandless").first?.kind == .person)
}

@Test func corporateRolesIntroducePeople() throws {
    let x = try #require(EntityFixture.extract("Former Chief Operating Officer Tim Cook will succeed him."))
    let cook = try #require(x.actors.first { $0.kind == .person })
    #expect(cook.name == "Tim Cook")
    #expect(cook.role == "Chief Operating Officer")
}

/// Runs the extractor on "HEADLINE\nDate: ...\n\nBODY", the body starting after the blank line.
private func wire(_ headline: String, _ body: String) -> Extraction? {
    let head = headline + "\nDate: 1987-03-26\n\n"
    return EntityFixture.extract(head + body, bodyStart: head.unicodeScalars.count)
}

@Test func datelinePlacesAreTakenEvenWhenTheyAreWords() throws {
    let x = try #require(wire("ACME SETS SPLIT", "CANTON, Mass., March 26 -\nAcme Corp said it would split its stock.\n"))
    #expect(EntityFixture.mentions(x, "CANTON").first?.country == "US")
    #expect(x.countries.first { $0.code == "US" }?.focus == true)
    #expect(!x.countries.contains { $0.code == "GB" || $0.code == "CN" })
}

@Test func datelineMonthIsADateNotAPlace() throws {
    let x = try #require(wire("BUDGET TALKS RESUME", "WASHINGTON, March 26 -\nLawmakers met again on Thursday.\n"))
    #expect(EntityFixture.mentions(x, "WASHINGTON").first?.country == "US")
    #expect(EntityFixture.mentions(x, "March").isEmpty)
    #expect(x.countries.map(\.code) == ["US"])
}

@Test func signOffIsNotAName() throws {
    let x = try #require(wire("ACME EARNINGS", "CHICAGO, March 26 -\nAcme Corp said profits rose.\n Reuter\n"))
    #expect(EntityFixture.mentions(x, "Reuter").isEmpty)
}

@Test func loneUnknownCapitalisedWordIsNotAPerson() throws {
    let x = try #require(EntityFixture.extract("Shares of the Zorblat fund fell while Qwixel gained."))
    #expect(!x.mentions.contains { $0.kind == .person })
    let y = try #require(EntityFixture.extract("Anna Qwixel won the race. Later Qwixel thanked her team."))
    #expect(EntityFixture.mentions(y, "Qwixel").first?.kind == .person)
}

@Test func alternateNamesLoseToThePlaceWhoseNameItIs() throws {
    let x = try #require(EntityFixture.extract("The company moved to Philadelphia last year."))
    #expect(EntityFixture.mentions(x, "Philadelphia").first?.country == "US")
}

@Test func qualifierBeforeCommonWordsAndOrganisations() throws {
    let x = try #require(EntityFixture.extract(
        "Taiwan awarded contracts to five U.S. Companies after the U.S. Department of Agriculture agreed."))
    #expect(EntityFixture.mentions(x, "U.S.").first?.country == "US")
    let usda = try #require(EntityFixture.mentions(x, "the U.S. Department of Agriculture").first)
    #expect(usda.kind == .organization)
    #expect(x.countries.first { $0.code == "US" }?.mentions == 2)
}

@Test func placesWithScoresOnAResultsLineAreTeams() throws {
    let x = try #require(wire("SOCCER - RESULTS", "LONDON 1996-08-30\nResults on Saturday: Leeds 2 Bolton 1.\nEngland 326 and Pakistan 290 drew.\n"))
    #expect(EntityFixture.mentions(x, "LONDON").first?.kind == .place)
    #expect(EntityFixture.mentions(x, "Leeds").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Bolton").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "England").first?.kind == .place)
    #expect(EntityFixture.mentions(x, "Pakistan").first?.kind == .country)
    let y = try #require(EntityFixture.extract("About 200 people marched in Seattle 2 days ago."))
    #expect(EntityFixture.mentions(y, "Seattle").first?.kind == .place)
}

@Test func multiWordCountryAndOrganisationNamesKeepTheirArticle() throws {
    let x = try #require(EntityFixture.extract(
        "Exports to the United States fell, the Bank of England said. The U.S. and the EU disagreed with the Russian ministry."))
    #expect(EntityFixture.mentions(x, "the United States").first?.kind == .country)
    #expect(EntityFixture.mentions(x, "the Bank of England").first?.kind == .organization)
    // One-word names and acronyms leave it out, and the actor's name never carries it.
    #expect(EntityFixture.mentions(x, "U.S.").count == 1)
    #expect(EntityFixture.mentions(x, "EU").count == 1)
    #expect(!x.actors.contains { $0.name.lowercased().hasPrefix("the ") })
}

@Test func commonNounAcronymsAndMakerIndicesAreNotNames() throws {
    let x = try #require(EntityFixture.extract(
        "The phone has an LCD screen and a new SDK. GDP fell while the Standard & Poor's 500 rose and Apple gained. Boeing's 787 flew."))
    #expect(EntityFixture.mentions(x, "Boeing").first?.kind == .organization)
    for name in ["LCD", "SDK", "GDP", "Standard & Poor", "Standard & Poor's"] {
        #expect(EntityFixture.mentions(x, name).isEmpty, "\(name)")
    }
    #expect(EntityFixture.mentions(x, "Apple").first?.kind == .organization)
}

@Test func headlineFunctionWordsCaptionWordsAndEventsAreNotNames() throws {
    let x = try #require(EntityFixture.extract(
        "Attack reported -- Seven Taliban fighters were killed. FILE - Police stand by. Runners left the Boston Marathon."))
    #expect(EntityFixture.mentions(x, "Taliban").first?.kind == .organization)
    #expect(EntityFixture.mentions(x, "Seven Taliban").isEmpty)
    #expect(EntityFixture.mentions(x, "FILE").isEmpty)
    #expect(EntityFixture.mentions(x, "Boston Marathon").isEmpty)
}

@Test func hyphenatedArabicParticlesStayInsideThePlaceName() throws {
    let x = try #require(EntityFixture.extract("Fighting continued near Deir ez-Zor on Friday."))
    let deir = try #require(EntityFixture.mentions(x, "Deir ez-Zor").first)
    #expect(deir.kind == .place && deir.country == "SY")
}

@Test func hyphenatedParticleOpensAName() throws {
    let x = try #require(EntityFixture.extract("The general was killed, Al-Monitor reported."))
    #expect(EntityFixture.mentions(x, "Al-Monitor").first?.kind == .organization)
}

@Test func longCabinetTitlesAreRoles() throws {
    let x = try #require(EntityFixture.extract("U.S. Secretary of Defense Ash Carter responded on Monday."))
    let carter = try #require(x.actors.first { $0.name == "Ash Carter" })
    #expect(carter.role == "Secretary of Defense")
    #expect(EntityFixture.mentions(x, "Defense Ash Carter").isEmpty)
}

@Test func countiesArePlacesAndTeamsOnResultsDays() throws {
    let x = try #require(EntityFixture.extract("Flooding closed roads across Lancashire and Derbyshire on Friday."))
    #expect(EntityFixture.mentions(x, "Lancashire").first?.country == "GB")
    #expect(EntityFixture.mentions(x, "Derbyshire").first?.kind == .place)
    let k = try #require(EntityFixture.extract("Storms hit Kent overnight.\nSeparately, schools in Kent, Wash., closed."))
    #expect(EntityFixture.mentions(k, "Kent").map(\.country) == ["GB", "US"])
    let y = try #require(EntityFixture.extract(
        "Derbyshire beat Worcestershire by nine wickets.\nScores: Worcestershire 238 and 133-5, Derbyshire 471."))
    #expect(EntityFixture.mentions(y, "Derbyshire").count == 2)
    #expect(EntityFixture.mentions(y, "Derbyshire").allSatisfy { $0.kind == .organization })
}

@Test func aPossessiveCountryOwnsTheInstitutionItNames() throws {
    let x = try #require(EntityFixture.extract(
        "Russia's Defence Ministry said drones were downed. Ukraine's Defence Ministry denied it. "
            + "Later the Defence Ministry in Moscow added details."))
    let names = Set(x.actors.filter { $0.kind == .organization }.map(\.name))
    #expect(names.contains("Russia's Defence Ministry") && names.contains("Ukraine's Defence Ministry"))
    // Two owners named "Defence Ministry" in this article: the bare name stays bare rather than guessing one.
    #expect(x.actors.first { $0.name == "Defence Ministry" }?.country == nil)
    let one = try #require(EntityFixture.extract("Russia's Defence Ministry said drones were downed. The Defence Ministry gave no figures."))
    let ministry = try #require(one.actors.first { $0.name == "Russia's Defence Ministry" })
    #expect(ministry.country == "RU" && ministry.mentions == 2)
}

@Test func aRankBeforeAnOrganisationHeadIsAnInstitution() throws {
    let x = try #require(EntityFixture.extract("Ukraine's General Staff said it had struck a depot. General Petraeus spoke later."))
    #expect(!x.actors.contains { $0.kind == .person && $0.name == "Staff" })
    #expect(x.actors.first { $0.name == "Ukraine's General Staff" }?.country == "UA")
    #expect(x.actors.contains { $0.kind == .person && $0.name == "Petraeus" && $0.role == "General" })
}

@Test func aModelLetterAfterAHyphenNamesAWeaponNotAPerson() throws {
    let x = try #require(EntityFixture.extract(
        "Russia fired two Iskander-M ballistic missiles. Every IRIS-T launcher saves lives. Iskander Petrov said so."))
    let people = x.actors.filter { $0.kind == .person }.map(\.name)
    #expect(people == ["Iskander Petrov"])
    // A party and a state after a senator's name are not a weapon either.
    let senator = try #require(EntityFixture.extract("Senator John McCain (R-AZ) entered them into the record."))
    #expect(senator.mentions.contains { $0.text == "R-AZ" })
    let rapper = try #require(EntityFixture.extract("Jay-Z released a new album on Friday."))
    #expect(rapper.mentions.contains { $0.text == "Jay-Z" && $0.kind == .person })
}

@Test func anInstitutionWordAfterAConjunctionOrBeforeAHyphenIsAnAdjective() throws {
    let x = try #require(EntityFixture.extract(
        "It struck Ukrainian energy and military-industrial facilities. The Ukrainian military-backed plan failed. "
            + "Russia's defence ministry said all targets were hit."))
    let orgs = x.actors.filter { $0.kind == .organization }.map(\.name)
    #expect(orgs == ["Russia's defence ministry"])
}
