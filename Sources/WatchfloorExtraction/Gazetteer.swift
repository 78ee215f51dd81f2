/// The lookup tables the extractor needs (countries, places, names, roles, organisations),
/// built from the generated data files' bytes. Construction is the only expensive step; share one.
public struct Gazetteer: Sendable {
    /// Creates an empty gazetteer (finds nothing; useful for tests of pure rules).
    public init() {}

    /// Builds a gazetteer from the generated files, keyed by file name.
    public init(files: [String: [UInt8]]) throws {}

    /// Resolves what a user typed (ISO alpha-2 or alpha-3 code, English name, alias or demonym) to an alpha-2 code.
    public func resolveCountry(_ query: String) -> String? { nil }

    /// The common English name of a country code.
    public func countryName(code: String) -> String? { nil }
}
