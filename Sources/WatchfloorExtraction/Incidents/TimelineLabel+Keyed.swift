/// The label rules' word lists as `WordSet`s, looked up by a token's key (same answers as the `Set<String>` they are
/// made from, without hashing the token's text).
extension TimelineLabel {
    /// `hardStops` by token key.
    static let hardStopSet = WordSet(hardStops)
    /// `clauseWords` by token key.
    static let clauseWordSet = WordSet(clauseWords)
    /// `rightJoiners` by token key.
    static let rightJoinerSet = WordSet(rightJoiners)
    /// `danglers` by token key.
    static let danglerSet = WordSet(danglers)
    /// `articles` by token key.
    static let articleSet = WordSet(articles)
    /// `loosePunctuation` by token key.
    static let loosePunctuationSet = WordSet(loosePunctuation)
    /// `datePrepositions` by token key.
    static let datePrepositionSet = WordSet(datePrepositions)
}
