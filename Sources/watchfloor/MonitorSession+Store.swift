import ArgumentParser
import WatchfloorStore

extension MonitorSession {
    /// Opens (creating and migrating if needed) the store a monitor shows; a failure is a usage error in the
    /// store's own words (`cannot open the store at ...: its directory is not writable ...`).
    static func openStore(at path: String) throws -> EventStore {
        do {
            return try EventStore(path: path)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
