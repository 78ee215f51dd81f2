/// A file that could not be ingested, and why.
public struct IngestErrorRecord: Hashable, Sendable, Codable, Identifiable {
    /// Store id.
    public var id: Int64
    /// The file's path.
    public var path: String
    /// When it happened, seconds since 1970.
    public var at: Double
    /// What went wrong, in words a user can act on.
    public var message: String

    /// Creates a record.
    public init(id: Int64, path: String, at: Double, message: String) {
        self.id = id
        self.path = path
        self.at = at
        self.message = message
    }
}
