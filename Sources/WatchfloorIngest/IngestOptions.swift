/// Settings for ingest.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused with an error (checked before reading).
    public var maxFileBytes: Int
    /// nil watches with inotify; a number of seconds rescans the directories that often instead.
    public var pollInterval: Double?

    /// Creates options (20 MiB limit, inotify).
    public init(maxFileBytes: Int = 20 << 20, pollInterval: Double? = nil) {
        self.maxFileBytes = maxFileBytes
        self.pollInterval = pollInterval
    }
}
