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
    /// `locative` by key.
    static let locativeSet = WordSet(locative)
    /// `targetMarkers` by key.
    static let targetMarkerSet = WordSet(targetMarkers)
    /// `clausePunctuation` by token key.
    static let clausePunctuationSet = WordSet(clausePunctuation)
    /// `bombingCues` by token key.
    static let bombingCueSet = WordSet(bombingCues)
}
