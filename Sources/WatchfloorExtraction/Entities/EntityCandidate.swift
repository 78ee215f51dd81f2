import WatchfloorModel

/// A mention found by `MentionFinder` before country resolution and actor merging.
struct EntityCandidate: Hashable, Sendable {
    /// First token index.
    var first: Int
    /// Last token index (inclusive).
    var last: Int
    /// What it refers to.
    var kind: MentionKind
    /// Gazetteer meanings still in play (several when the name is ambiguous, e.g. two Parises).
    var entries: [GazetteerEntry]
    /// Country index resolved so far, or -1.
    var country: Int16
    /// For people: the role phrase found before the name.
    var role: String?
    /// For people: the country index of the role's qualifier ("Russian President"), or -1.
    var roleCountry: Int16 = -1
    /// For organisations matched in the gazetteer: their canonical name index, or -1.
    var canonical: Int32 = -1
    /// Whether it is a named mention; false for institutions named by common nouns ("Russia's defence ministry"),
    /// which become actors but not mentions.
    var named = true
    /// For people: whether a role or honorific introduced the name ("President Clinton"), so that even a one-word
    /// name claims its later bare mentions.
    var titled = false
    /// For people: whether only the shape of the name made it a person (no given name, role, age or known surname),
    /// so its surname may claim unknown words but not known places ("Lebed Chechnya" must not make "Chechnya" a person).
    var weak = false
    /// For organisations: whether the country came from a possessive before the name ("Russia's Defence Ministry"),
    /// so the actor is named with its owner.
    var possessed = false
    /// Whether the country is settled (unambiguous or fixed by context such as "Paris, Texas").
    var settled: Bool
    /// Whether the mention's span starts with the "the" before `first` ("the United States", "the Federal Reserve").
    var article = false

    /// The first token of the mention's span: `first`, or the article before it.
    var spanFirst: Int { article ? first - 1 : first }
}
