import GRDB
import WatchfloorModel

/// The event store: the one gateway to the SQLite database (GRDB `DatabasePool`, WAL).
public final class EventStore: Sendable {
    /// Opens (creating and migrating if needed) the store at `path`.
    public init(path: String) throws {}
}
