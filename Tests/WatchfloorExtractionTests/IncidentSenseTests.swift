import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// Hand-written cases for the word-sense, polarity and one-event rules of the incident detector.
extension IncidentDetectorTests {
    @Test func compoundsNameSomethingElse() {
        #expect(types("He broke election laws and wrote to voting officials.").isEmpty)
        #expect(types("She joined the protest movement.").isEmpty)
        #expect(types("Detainees were held in detention centres.").isEmpty)
        #expect(types("The army bought attack helicopters.").isEmpty)
        #expect(types("The coup plotters fled with assault rifles.").isEmpty)
        #expect(types("Turnout in the election was high.") == ["election"])
        #expect(types("The plant supports Russia's war effort.").isEmpty)
        #expect(!types("Ukrainian forces seized a slice of Russian territory last August.").contains("arrest"))
        #expect(!types("Customs officers seized two tonnes of cocaine.").contains("arrest"))
        #expect(!types("Prosecutors had seized a Maltese-flagged bulk carrier.").contains("arrest"))
        #expect(types("Police seized three men at the border.") == ["arrest"])
        #expect(!types("The embassy protested the decision to expel its staff.").contains("protest"))
        #expect(types("Thousands protested against the law on Sunday.") == ["protest"])
        #expect(types("Students protested outside parliament.") == ["protest"])
        #expect(types("Investigators documented war crimes and met war veterans.").isEmpty)
        #expect(types("The war killed thousands.").contains("casualties"))
    }

    @Test func chargesAndAimsAreNotIncidents() {
        #expect(types("He is on trial on charges of murder.").isEmpty)
        #expect(types("She was convicted of assault last year.").isEmpty)
        #expect(types("Doctors need money to combat the disease.").isEmpty)
        #expect(types("The bombs began to explode at noon.") == ["attack.bombing"])
        #expect(types("He was sentenced to death for treason.").isEmpty)
        #expect(types("Gunmen attacked a convoy.") == ["attack.armed"])
    }

    @Test func participantsCountOnlyAsSubjects() {
        #expect(types("Protesters marched through the capital.") == ["protest"])
        #expect(!types("Militias kept intimidating protesters and journalists.").contains("protest"))
        #expect(types("She joined an anti-war group after the pre-election lull.").isEmpty)
        #expect(types("Gunmen and suicide bombers attacked the camp.").count == 1)
    }

    @Test func anyEventIsAKindNotAnEvent() {
        let attacks = { (text: String) in self.types(text).filter { $0.hasPrefix("attack") } }
        #expect(attacks("Any attack on our pipelines will be met with force, the minister warned.").isEmpty)
        #expect(types("The bloc ruled out any further sanctions.").isEmpty)
        #expect(!attacks("Rebels attacked a convoy, and any of the wounded were flown out.").isEmpty)
        #expect(attacks("Any witnesses to the bombing of the market were asked to call the police.") == ["attack.bombing"])
    }

    @Test func metWithAReactionIsNotAMeeting() {
        #expect(!types("Any move will be met with a strong response, the minister said.").contains("talks"))
        #expect(!types("The plan was met with criticism from the opposition.").contains("talks"))
        #expect(types("The foreign ministers met with their Iranian counterparts in Doha.") == ["talks"])
    }

    @Test func oneTalkOrVotePerSentence() {
        #expect(types("The leaders met for talks at the summit.") == ["talks"])
        #expect(types("Voters cast ballots in the election.") == ["election"])
    }

    @Test func killingsWithTheirWeaponAreTwoFacts() {
        #expect(types("A man was shot dead at his door.") == ["attack.armed", "casualties"])
        #expect(types("The bomber blew himself up near the gate.") == ["attack.bombing"])
        #expect(types("The fighting claimed the lives of nine men.").contains("casualties"))
    }

    @Test func partitiveNoneKeepsTheEvent() {
        #expect(types("None of the injuries were life-threatening.") == ["casualties"])
        #expect(types("There were no injuries.").isEmpty)
    }

    @Test func accidentsAndRammingBombers() {
        #expect(types("Two militants were killed in accidental explosions.").contains("disaster"))
        #expect(types("A suicide bomber crashed into the patrol.") == ["attack.bombing"])
        #expect(types("The plane crashed into the sea.") == ["disaster"])
    }

    @Test func reportingFramesAndDesignations() {
        #expect(types("\"We will leave,\" he said in a statement.").isEmpty)
        #expect(types("The ministry issued a statement on the crisis.") == ["statement"])
        #expect(types("He was accused of fraud.").isEmpty)
        #expect(types("The minister accused Russia of lying.") == ["statement"])
        #expect(types("The law was declared unconstitutional.").isEmpty)
        #expect(types("Maduro told a campaign rally that he would win.").isEmpty)
        #expect(types("The government issued a ban on protests.").isEmpty)
    }

    @Test func figurativeFightsAndNamedWars() {
        #expect(types("Both spoke of fighting terrorism and the war on drugs.").isEmpty)
        #expect(types("The senator lost a political battle over the budget.").isEmpty)
        #expect(types("Hackers mounted cyber attacks on the party.").isEmpty)
        #expect(types("He suffered a heart attack.").isEmpty)
        #expect(types("His father flew in the Battle of Britain.").isEmpty)
        #expect(types("Troops fought a fierce battle near the town.").first == "clash")
        #expect(types("Police said this attack was planned.").isEmpty)
    }

    @Test func massacresAndMonthsNamedMay() {
        #expect(types("Soldiers massacred villagers.") == ["attack.armed", "casualties"])
        #expect(types("He carried out the May 22 concert bombing.") == ["attack.bombing"])
        #expect(types("Ban Ki-moon announced an inquiry.") == ["statement"])
    }

    @Test func wikiHeadingsAndBackMatterAreNotReports() {
        #expect(types("==The attack==\nThe bomb exploded at noon.") == ["attack.bombing"])
        #expect(types("Police arrived.\n==See also==\n* 2007 airfield bombing") == [])
    }
}

extension IncidentDetectorTests {
    @Test func predictionsIllnessAndProtestClashes() {
        #expect(types("Analysts say unrest will grow, prompting, perhaps, a military coup.").isEmpty)
        #expect(types("They were held against their will and tortured.").contains("casualties"))
        #expect(types("The minister will visit the town where gunmen killed 12 people.").contains("casualties"))
        #expect(types("Officials warned that Russia will attack the port.") == ["statement"])
        #expect(types("Eight people died of an unidentified disease.").isEmpty)
        #expect(types("Protesters clashed with riot police.") == ["protest"])
        #expect(types("Rebels clashed with troops.") == ["clash"])
    }
}

extension IncidentDetectorTests {
    @Test func slaughterIsTheKilling() {
        #expect(types("They deplored the slaughter of villagers.") == ["casualties"])
    }
}

extension IncidentDetectorTests {
    @Test func ralliesAndMarchesNeedAProtest() {
        #expect(types("Thousands rallied against the new law in the capital.") == ["protest"])
        #expect(types("He mocked reporters at his rallies.").isEmpty)
        #expect(types("In June 1940, German troops marched into Paris.").isEmpty)
        #expect(types("Police in riot gear stood by.").isEmpty)
        #expect(types("Riot police watched the crowd.").isEmpty)
        #expect(types("Militants attack police posts nightly.").first == "attack.other")
    }
}

/// The dateline says where a story was filed: an incident's place only when its sentence names no other.
@Test func datelinePlaceYieldsToAPlaceTheSentenceNames() throws {
    let sea = try #require(EntityFixture.extract(
        "BRUSSELS, Jan 30 (Reuters) - NATO is deploying two frigates to the Baltic Sea after damage to a cable."))
    let deployment = try #require(sea.incidents.first { $0.type == .deployment })
    #expect(deployment.place == "Baltic Sea")
    let kyiv = try #require(EntityFixture.extract("KYIV, Jan 30 (Reuters) - Russian missiles struck an energy facility overnight."))
    let strike = try #require(kyiv.incidents.first { $0.type.rawValue.hasPrefix("attack") })
    #expect(strike.place == "KYIV" && strike.country == "UA")
}
