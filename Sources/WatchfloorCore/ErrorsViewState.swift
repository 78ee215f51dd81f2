import WatchfloorModel

/// The ingest-errors view (`e`): a paged list of files that could not be ingested.
public struct ErrorsViewState: Hashable, Sendable {
    /// The loaded errors.
    public var list = ListState<IngestErrorRecord>()

    /// Creates an empty view waiting for its first page.
    public init() {}
}
