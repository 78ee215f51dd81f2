/// What the background ingest reported, in the terms the monitor cares about.
public enum IngestActivity: Hashable, Sendable {
    /// Backlog progress: `done` of `total` files.
    case progress(done: Int, total: Int)
    /// An article was stored or changed.
    case stored(path: String)
    /// A file was skipped because its content was already stored.
    case unchanged(path: String)
    /// A file could not be ingested.
    case failed(path: String, message: String)
    /// An ingested file was deleted.
    case removed(path: String)
    /// Something the user should know that is not about one file.
    case warning(String)
    /// A write to the store failed (a full disk, a read-only file system); the ingest will try again.
    case storeWriteFailed(reason: String)
}
