/// What `EventStore.record` did with an article.
public enum RecordOutcome: Sendable, Equatable {
    /// A new article was stored.
    case inserted(articleID: Int64)
    /// The path's content changed: its old facts were deleted and the new ones stored under the same id.
    case replaced(articleID: Int64)
    /// The same content is already stored under this path; nothing was added.
    case unchanged(articleID: Int64)
    /// The same content is already stored under another path; only the alias was noted.
    case duplicate(articleID: Int64, existingPath: String)

    /// The stored article the outcome refers to.
    public var articleID: Int64 {
        switch self {
        case .inserted(let id), .replaced(let id), .unchanged(let id), .duplicate(let id, _): id
        }
    }

    /// Whether new facts were written.
    public var stored: Bool {
        switch self {
        case .inserted, .replaced: true
        case .unchanged, .duplicate: false
        }
    }
}
