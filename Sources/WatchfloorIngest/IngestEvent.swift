/// What the ingest pipeline reports, one event per file outcome, for the CLI and the monitor.
public enum IngestEvent: Sendable, Equatable {
    /// An article was stored (new or changed content).
    case stored(path: String, articleID: Int64, countries: Int, actors: Int, incidents: Int)
    /// The file's content was already stored; nothing was added.
    case unchanged(path: String)
    /// The file could not be ingested; an error record was written.
    case failed(path: String, message: String)
    /// A file that had been ingested was deleted.
    case removed(path: String)
    /// Backlog progress during a scan.
    case progress(done: Int, total: Int)
    /// Something the user should know that is not about one file (e.g. fell back to polling).
    case warning(String)
}
