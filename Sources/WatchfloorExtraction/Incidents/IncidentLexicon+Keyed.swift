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
}
