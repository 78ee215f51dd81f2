/// The lookup tables the extractor needs (countries, places, names, roles, organisations),
/// built from the generated data files' bytes. Construction is the only expensive step; share one.
public struct Gazetteer: Sendable {
    /// Creates an empty gazetteer (finds nothing; useful for tests of pure rules).
    public init() {}

    /// Builds a gazetteer from the generated files, keyed by file name.
    public init(files: [String: [UInt8]]) throws {}
}
