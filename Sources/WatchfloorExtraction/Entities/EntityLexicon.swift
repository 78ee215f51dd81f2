/// Small closed word classes the entity rules use (connectors inside names, locative prepositions,
/// place nouns, words that follow an acronym naming a weapon or product rather than an organisation).
enum EntityLexicon {
    /// The keys of the space-separated words, in a `KeySet` (a hot-loop lookup without SipHash).
    private static func keys(_ words: String) -> KeySet {
        KeySet(words.split(separator: " ").map { TextHash.key(String($0)) })
    }

    /// Words joining two modifiers ("energy and military facilities").
    static let conjunctions = keys("and or nor")
    /// Lower-case particles allowed inside a name ("Bank of England", "Ursula von der Leyen", "Osama bin Laden").
    static let connectors = keys(connectorWords)
    /// The words of `connectors` (no connector may be a weekday: `MentionFinder.chunkEnd` relies on it).
    static let connectorWords = "of de del della di da do dos das du van von der den la le bin ibn al el y ter zu abu bint ez az ash ul"
    /// Capitalised words skipped at the start of a chunk ("The European Union").
    static let leadingSkips = keys("the a an this that these those his her its their our my mr mrs ms")
    /// Title-case function and number words skipped at the start of a chunk in headlines and after dashes ("Is France",
    /// "Neither Britain", "Seven Taliban"); in upper case they may be names ("IS").
    static let titleSkips = keys("is are was were has have had does did not neither nor either one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands dozens several many some all both")
    /// Prepositions after which an unknown capitalised name is probably a place.
    static let locatives = keys("in near outside across around throughout inside into towards toward")
    /// Nouns after a name that make it a place ("Kaluga region", "Maidan Wardak province").
    static let placeNouns = keys("region province oblast district state county governorate prefecture city town village area republic krai territory valley border")
    /// Last words of multi-word place names ("Heathrow Airport", "Atlantic Ocean", "Tahrir Square").
    static let placeHeads = keys("airport airfield airbase square street avenue road bridge stadium arena park island islands mountains mountain river lake sea ocean bay gulf valley desert peninsula strait canal harbour harbor coast")
    /// Weekdays, which end a capitalised chunk ("in Asia Monday").
    static let weekdays = keys("monday tuesday wednesday thursday friday saturday sunday")
    /// Prefixes after which a capital inside a surname is normal ("McCain", "MacDonald", "DeSantis", "LaGuardia").
    static let surnamePrefixes = keys("mc mac de di da du la le van von fitz st")
    /// Nouns after an acronym that name a weapon or product, not an organisation ("ATACMS missiles").
    static let productNouns = keys("missile missiles rocket rockets system systems drone drones jet jets tank tanks launcher launchers vehicle vehicles aircraft helicopter helicopters shell shells round rounds gun guns rifle rifles vaccine vaccines phone phones model models engine engines program programme software laptop laptops notebook notebooks computer computers processor processors chip chips smartphone smartphones airliner airliners plane planes jetliner jetliners operating browser")
    /// Heads of event, law and product names ("Paris Air Show", "World Cup", "Patriot Act"): no person, place or organisation.
    static let miscHeads = keys("conference show games olympics cup championship championships program programme kit festival award awards prize act treaty accord accords index average flight summit expo open marathon")
    /// Lower-case institutional heads after a country ("Russia's defence ministry").
    static let institutionHeads = keys("ministry government army military navy parliament cabinet administration embassy forces police")
    /// Verbs of speech after a bare surname ("Smith said").
    static let speech = keys("said says told added stated declared announced warned wrote insisted argued")
    /// Tokens of titles that precede names without being roles of office ("Mr.", "Mrs.").
    static let honorifics = keys("mr. mrs. ms. dr. prof. mr mrs ms dr sir dame lord lady rev. miss")
    /// Capitalised words that are never names on their own (days, months, holidays, pronoun "I").
    static let nonNames = keys("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun christmas easter ramadan eid i ok god internet web tv am pm a.m. p.m. no. nos. gmt utc est edt bst cet usd eur gbp jpy chf cny rmb aud cad hkd inr rub sgd nzd krw brl zar sek nok dkk mxn"
        // Acronyms that are common nouns, not organisations ("an LCD screen", "the SDK", "GDP fell").
        + " lcd sdk vip os ceo cfo coo cto c.e.o. gps usb pc pcs dvd cd cds atm gdp ipo ipos led hdtv mp3 pdf faq url html sms"
        + " suv suvs cpu gpu ssd hiv dna rna iq mri cctv")
}
