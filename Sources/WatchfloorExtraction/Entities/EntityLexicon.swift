/// Small closed word classes the entity rules use (connectors inside names, locative prepositions,
/// place nouns, words that follow an acronym naming a weapon or product rather than an organisation).
enum EntityLexicon {
    private static func keys(_ words: String) -> Set<UInt64> {
        Set(words.split(separator: " ").map { TextHash.key(String($0)) })
    }

    /// Lower-case particles allowed inside a name ("Bank of England", "Ursula von der Leyen", "Osama bin Laden").
    static let connectors = keys("of de del della di da do dos das du van von der den la le bin ibn al el y ter zu abu bint")
    /// Capitalised words skipped at the start of a chunk ("The European Union").
    static let leadingSkips = keys("the a an this that these those his her its their our my mr mrs ms")
    /// Prepositions after which an unknown capitalised name is probably a place.
    static let locatives = keys("in near outside across around throughout inside into towards toward")
    /// Nouns after a name that make it a place ("Kaluga region", "Maidan Wardak province").
    static let placeNouns = keys("region province oblast district state county governorate prefecture city town village area republic krai territory valley border")
    /// Nouns after an acronym that name a weapon or product, not an organisation ("ATACMS missiles").
    static let productNouns = keys("missile missiles rocket rockets system systems drone drones jet jets tank tanks launcher launchers vehicle vehicles aircraft helicopter helicopters shell shells round rounds gun guns rifle rifles vaccine vaccines phone phones model models engine engines")
    /// Lower-case institutional heads after a country ("Russia's defence ministry").
    static let institutionHeads = keys("ministry government army military navy parliament cabinet administration embassy forces police")
    /// Verbs of speech after a bare surname ("Smith said").
    static let speech = keys("said says told added stated declared announced warned wrote insisted argued")
    /// Tokens of titles that precede names without being roles of office ("Mr.", "Mrs.").
    static let honorifics = keys("mr. mrs. ms. dr. prof. mr mrs ms dr sir dame lord lady rev. miss")
    /// Capitalised words that are never names on their own (days, months, holidays, pronoun "I").
    static let nonNames = keys("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun christmas easter ramadan eid i ok god internet web tv am pm a.m. p.m. no. nos. gmt utc est edt bst cet")
}
