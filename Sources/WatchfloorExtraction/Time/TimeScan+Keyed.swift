/// The word lists the scan's string switches test, as `WordSet`s/`WordTable`s looked up by a token's key: a word
/// outside a switch's labels skips the switch, which would only have compared it with each label and fallen through.
extension TimeScan {
    /// Exactly the labels of `modified(_:)`'s switch.
    static let modifierWordSet = WordSet(["early", "late", "mid", "middle", "earlier", "later", "end", "beginning", "start"])
    /// Exactly the labels of `core(_:)`'s two switches.
    static let coreWordSet = WordSet([
        "today", "yesterday", "tomorrow", "now", "currently", "nowadays", "presently", "recently", "recent", "these",
        "this", "last", "next", "coming", "previous", "following", "current", "latest", "same", "that", "past", "fiscal",
        "year", "q", "h", "nineteen", "two",
    ])
    /// The vague counts `core(_:)` reads as "ago" phrases besides the cardinals.
    static let vagueCountSet = WordSet(["several", "few", "many", "some", "nearly", "about", "almost", "around", "roughly", "more", "over"])
    /// `TimeLexicon.seasons` by token key.
    static let seasonTable = WordTable(TimeLexicon.seasons)
    /// `TimeLexicon.ordinals` by token key.
    static let ordinalTable = WordTable(TimeLexicon.ordinals)
}
