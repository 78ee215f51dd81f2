/// The `EntityLexicon` word tables and keys held by value in the finder: reading a `static let` goes through its lazy
/// global accessor (`swift_once`) on every lookup, about 20 instructions each and 130,000 lookups per 320 articles.
struct EntityLexiconTables: Sendable {
    /// `EntityLexicon.conjunctions`.
    let conjunctions = EntityLexicon.conjunctions
    /// `EntityLexicon.connectors`.
    let connectors = EntityLexicon.connectors
    /// `EntityLexicon.leadingSkips`.
    let leadingSkips = EntityLexicon.leadingSkips
    /// `EntityLexicon.titleSkips`.
    let titleSkips = EntityLexicon.titleSkips
    /// `EntityLexicon.locatives`.
    let locatives = EntityLexicon.locatives
    /// `EntityLexicon.placeNouns`.
    let placeNouns = EntityLexicon.placeNouns
    /// `EntityLexicon.placeHeads`.
    let placeHeads = EntityLexicon.placeHeads
    /// `EntityLexicon.weekdays`.
    let weekdays = EntityLexicon.weekdays
    /// `EntityLexicon.surnamePrefixes`.
    let surnamePrefixes = EntityLexicon.surnamePrefixes
    /// `EntityLexicon.productNouns`.
    let productNouns = EntityLexicon.productNouns
    /// `EntityLexicon.miscHeads`.
    let miscHeads = EntityLexicon.miscHeads
    /// `EntityLexicon.institutionHeads`.
    let institutionHeads = EntityLexicon.institutionHeads
    /// `EntityLexicon.speech`.
    let speech = EntityLexicon.speech
    /// `EntityLexicon.honorifics`.
    let honorifics = EntityLexicon.honorifics
    /// `EntityLexicon.nonNames`.
    let nonNames = EntityLexicon.nonNames
    /// The key of "'s" (`MentionFinder.possessiveKey`).
    let possessiveKey = MentionFinder.possessiveKey
    /// The key of "elect" (`MentionFinder.electKey`).
    let electKey = MentionFinder.electKey

    /// The tables, built once.
    static let shared = EntityLexiconTables()
}
