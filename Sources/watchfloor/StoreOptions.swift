import ArgumentParser
import Foundation
import WatchfloorStore

/// The `--store PATH` option shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite store (default: $WATCHFLOOR_STORE, else $XDG_DATA_HOME/watchfloor/watchfloor.sqlite).")
    var store: String?

    /// The store path after applying `--store`, `WATCHFLOOR_STORE`, `XDG_DATA_HOME` and `HOME`.
    var resolvedPath: String {
        StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store for writing, creating it if needed; exits with status 1 and a message on failure.
    func openForWriting() throws -> EventStore {
        do {
            return try EventStore(path: resolvedPath)
        } catch {
            StoreOutput.err("watchfloor: \(StoreTerminalText.escape(String(describing: error)))\n")
            throw ExitCode.failure
        }
    }

    /// Opens an existing store for reading; exits with status 1 when there is none yet.
    func openExisting() throws -> EventStore {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            StoreOutput.err("watchfloor: no store at \(StoreTerminalText.escape(path)); run `watchfloor ingest DIR` first or pass --store\n")
            throw ExitCode.failure
        }
        return try openForWriting()
    }
}
