/// One meaning of a gazetteer phrase: a country name, a demonym, a capital, a place, an organisation or a role.
public struct GazetteerEntry: Hashable, Sendable {
    /// What the phrase names.
    public enum Kind: UInt8, Sendable {
        /// A country's name, alias or former name.
        case country
        /// A demonym or adjective ("Russian", "Iranians").
        case demonym
        /// A capital or seat of government that stands for the state ("Moscow", "the Kremlin").
        case capital
        /// A city, region, subdivision or US state.
        case place
        /// An organisation.
        case organization
        /// A role or title ("President", "foreign policy chief").
        case role
        /// A name that is none of the above and must not become a person, place or organisation mention:
        /// stock indices, products, events ("Nikkei", "Dow Jones Industrial Average", "MacBook", "World Cup").
        case other
    }

    /// What kind of thing it is.
    public var kind: Kind
    /// Index of its country in `Gazetteer.countries`, or -1.
    public var country: Int16
    /// Place kind (see `PlaceKind`), 0 for non-places.
    public var placeKind: PlaceKind
    /// Whether the phrase is also an ordinary English word ("Nice", "Mobile", "Reading").
    public var isWord: Bool
    /// Population for places (a prior between same-named places).
    public var population: Int32
    /// Index of the canonical name in `Gazetteer.names`.
    public var name: Int32
    /// Number of tokens of the phrase.
    public var length: UInt8
    /// Whether the phrase is written as an acronym (two or more letters, none lower case: "WHO", "U.N."), so that a
    /// title-case token ("Who") does not match its organisation or country meaning.
    public var acronym: Bool = false
    /// For places: whether the phrase is only an alternate (historical or foreign) name ("Philadelphia" for Amman),
    /// which loses to a place whose own name it is.
    public var alternate: Bool = false
}

/// What sort of place a place entry is.
public enum PlaceKind: UInt8, Sendable {
    /// Not a place.
    case none
    /// A city or town.
    case city
    /// A first-level subdivision (ISO 3166-2) or a US state.
    case admin
    /// A wider region, sea or continent.
    case region
    /// An AP-style state abbreviation ("Calif.").
    case abbreviation
    /// A postal state code ("CA"), only trusted right after a comma.
    case postal
}
