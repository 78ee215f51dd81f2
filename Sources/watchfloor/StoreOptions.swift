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
        let path = resolvedPath
        let store = try open(path)
        // SQLite quietly opens a file it cannot write read-only (when its WAL index is readable), and every
        // write then fails one by one; a writer must refuse up front instead.
        if access(path, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            StoreOutput.err("watchfloor: cannot write the store at \(StoreTerminalText.escape(path)): \(reason)\n")
            throw ExitCode.failure
        }
        return store
    }

    /// Opens an existing store; exits with status 1 when there is none yet, or when `writing` and it is read-only.
    func openExisting(writing: Bool = false) throws -> EventStore {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            StoreOutput.err("watchfloor: no store at \(StoreTerminalText.escape(path)); run `watchfloor ingest DIR` first or pass --store\n")
            throw ExitCode.failure
        }
        return writing ? try openForWriting() : try open(path)
    }

    private func open(_ path: String) throws -> EventStore {
        do {
            return try EventStore(path: path)
        } catch {
            StoreOutput.err("watchfloor: \(StoreTerminalText.escape(String(describing: error)))\n")
            throw ExitCode.failure
        }
    }
}
