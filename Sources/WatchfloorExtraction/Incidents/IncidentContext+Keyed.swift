/// The detector's word lists as `WordSet`s, looked up by a token's key in its per-token loops (same answers as the
/// `Set<String>` they are made from, without hashing the token's text).
extension IncidentContext {
    /// `negationStops` by token key.
    static let negationStopSet = WordSet(negationStops)
    /// `reportingWords` by token key.
    static let reportingWordSet = WordSet(reportingWords)
    /// `sentenceNegators` by token key.
    static let sentenceNegatorSet = WordSet(sentenceNegators)
    /// `clauseStarters` by token key.
    static let clauseStarterSet = WordSet(clauseStarters)
    /// `clauseEnders` by token key.
    static let clauseEnderSet = WordSet(clauseEnders)
    /// `clauseJoiners` by token key.
    static let clauseJoinerSet = WordSet(clauseJoiners)
    /// `units` by key.
    static let unitSet = WordSet(units)
    /// `currencySigns` by token key.
    static let currencySignSet = WordSet(currencySigns)
    /// `victimNouns` by token key.
    static let victimNounSet = WordSet(victimNouns)
    /// `locative` by key.
    static let locativeSet = WordSet(locative)
    /// `targetMarkers` by key.
    static let targetMarkerSet = WordSet(targetMarkers)
    /// `clausePunctuation` by token key.
    static let clausePunctuationSet = WordSet(clausePunctuation)
    /// `bombingCues` by token key.
    static let bombingCueSet = WordSet(bombingCues)
    /// `accidentWords` by token key.
    static let accidentWordSet = WordSet(accidentWords)
    /// `illnessWords` by token key.
    static let illnessWordSet = WordSet(illnessWords)
    /// `bomberWords` by token key.
    static let bomberWordSet = WordSet(bomberWords)
    /// `protestCues` by token key.
    static let protestCueSet = WordSet(protestCues)
    /// Soldiers marching: "troops marched into Paris" is no protest.
    static let troopWordSet: WordSet = ["troops", "soldiers", "army", "forces"]
    /// Markets rallying: "shares rallied" is no protest.
    static let marketRallyWordSet: WordSet = ["shares", "stocks", "market", "markets", "index", "prices", "dollar", "bonds"]
    /// Police raids: a search, not an attack.
    static let policeRaidWordSet: WordSet = ["police", "officers", "agents", "investigators", "detectives", "searched", "warrant"]
    /// Markets crashing: "the market crashed" is no accident.
    static let marketCrashWordSet: WordSet = ["market", "markets", "stock", "stocks", "shares", "prices", "economy"]
    /// `notAfterSubject` by key.
    static let notAfterSubjectSet = WordSet(notAfterSubject)
    /// `chargeLinks` by token key.
    static let chargeLinkSet = WordSet(chargeLinks)
    /// `aspectual` by key.
    static let aspectualSet = WordSet(aspectual)
    /// `protestPeople` by token key.
    static let protestPeopleSet = WordSet(protestPeople)
    /// `rammingWords` by token key.
    static let rammingWordSet = WordSet(rammingWords)
    /// `vagueNumbers` by token key.
    static let vagueNumberSet = WordSet(vagueNumbers)
    /// The words `passesShape` has a case for.
    static let shapeCaseWords: WordSet = [
        "death", "deaths", "war", "met", "meet", "fire", "fires", "riot", "marched", "rally", "rallies", "rallied", "polls",
        "shells", "captured", "seized", "raid", "raids", "raided", "arrest", "default", "statement", "accused", "declared",
        "expressed", "battle", "dead", "crash", "crashed", "visited", "hosted", "custody", "protested",
    ]
    /// Every token text the near look-back of `isNegated` reacts to.
    static let nearNegationCueSet = WordSet(
        negationStops.union(IncidentLexicon.clauseBreakers).union(reportingWords).union(IncidentLexicon.negators)
            .union(IncidentLexicon.hypothetical).union(["none", "any", "t"]))
}
