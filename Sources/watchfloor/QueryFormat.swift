import ArgumentParser

/// Output formats of `watchfloor query`.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for reading.
    case table
    /// A JSON array, one object per line.
    case json
    /// RFC 4180 CSV with a header row.
    case csv
}
