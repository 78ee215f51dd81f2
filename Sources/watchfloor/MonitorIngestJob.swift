import WatchfloorCore
import WatchfloorExtraction
import WatchfloorStore

/// The background ingest of the watched directory, as a monitor job.
enum MonitorIngestJob {
    /// A job that ingests `directory` into `store` and posts what happens to the monitor; nil when
    /// ingest is not available in this build.
    static func make(store: EventStore, gazetteer: Gazetteer?, directory: String) -> MonitorSession.BackgroundJob? {
        nil
    }
}
