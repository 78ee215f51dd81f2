/// A country as the gazetteer knows it.
public struct GazetteerCountry: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code.
    public var code: String
    /// Common English name.
    public var name: String
    /// ISO 3166-1 alpha-3 code.
    public var alpha3: String
}
