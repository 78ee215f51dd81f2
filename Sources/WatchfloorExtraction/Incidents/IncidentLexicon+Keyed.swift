/// The lexicon's tables as `WordTable`/`WordSet`, looked up by a token's key in the detector's per-token loops
/// (same answers as the string tables they are made from, without hashing the token's text).
extension IncidentLexicon {
    /// `byFirstWord` by token key.
    static let triggerTable = WordTable(byFirstWord)
    /// `conflictContext` by token key.
    static let conflictContextSet = WordSet(conflictContext)
    /// `weapons` by token key.
    static let weaponTable = WordTable(weapons)
    /// `negators` by token key.
    static let negatorSet = WordSet(negators)
    /// `hypothetical` by token key.
    static let hypotheticalSet = WordSet(hypothetical)
    /// `clauseBreakers` by token key.
    static let clauseBreakerSet = WordSet(clauseBreakers)
    /// `nounTriggers` by key.
    static let nounTriggerSet = WordSet(nounTriggers)
    /// `nonEventHeads` by key.
    static let nonEventHeadSet = WordSet(nonEventHeads)
    /// `fightWords` by key.
    static let fightWordSet = WordSet(fightWords)
    /// `figurativeModifiers` by key.
    static let figurativeModifierSet = WordSet(figurativeModifiers)
    /// `participantNouns` by key.
    static let participantNounSet = WordSet(participantNouns)
    /// `legalWords` by token key.
    static let legalWordSet = WordSet(legalWords)
    /// `infinitiveVerbs` by key.
    static let infinitiveVerbSet = WordSet(infinitiveVerbs)
    /// `abstractTargets` by key.
    static let abstractTargetSet = WordSet(abstractTargets)
}
