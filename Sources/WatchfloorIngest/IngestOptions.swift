/// Settings for ingest.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused with an error (checked with `stat` before reading).
    public var maxFileBytes: Int
    /// nil watches with inotify; a number of seconds rescans the directories that often instead.
    public var pollInterval: Double?
    /// When set, articles ingested more than this many days ago are pruned (at start, then hourly).
    public var keepDays: Int?
    /// The rescan interval used when inotify is unavailable or its watch limit is reached.
    public var fallbackPollInterval: Double
    /// How long a file whose store write failed (disk full, read-only store) waits before it is tried again.
    public var retryInterval: Double
    /// How often retention runs while watching, in seconds.
    public var pruneInterval: Double

    /// Creates options (20 MiB limit, inotify, no retention, 2 s fallback polling, 5 s retries, hourly pruning).
    public init(maxFileBytes: Int = 20 << 20, pollInterval: Double? = nil, keepDays: Int? = nil,
                fallbackPollInterval: Double = 2, retryInterval: Double = 5, pruneInterval: Double = 3600) {
        self.maxFileBytes = maxFileBytes
        self.pollInterval = pollInterval
        self.keepDays = keepDays
        self.fallbackPollInterval = fallbackPollInterval
        self.retryInterval = retryInterval
        self.pruneInterval = pruneInterval
    }
}
