import Foundation
import Synchronization
import WatchfloorIngest

/// Prints ingest events as lines and keeps the summary (events arrive on the watch thread).
final class IngestLinePrinter: Sendable {
    private let counts = Mutex(IngestSummary())
    private let announcedWatching = Mutex(false)
    private let workingDirectory = FileManager.default.currentDirectoryPath
    private let watching: Bool

    /// Creates a printer; `watching` announces the end of the backlog on standard error.
    init(watching: Bool) { self.watching = watching }

    /// The counts so far.
    var summary: IngestSummary { counts.withLock { $0 } }

    /// Prints one event.
    func print(_ event: IngestEvent) {
        counts.withLock { $0.count(event) }
        switch event {
        case .stored(let path, _, let countries, let actors, let incidents):
            StoreOutput.out("\(display(path))  countries=\(countries) actors=\(actors) incidents=\(incidents)\n")
        case .unchanged(let path):
            StoreOutput.out("\(display(path))  unchanged\n")
        case .removed(let path):
            StoreOutput.out("\(display(path))  removed\n")
        case .failed(let path, let message):
            StoreOutput.out("error: \(display(path)): \(StoreTerminalText.escape(message))\n")
        case .warning(let message):
            StoreOutput.err("warning: \(StoreTerminalText.escape(message))\n")
        case .progress(let done, let total):
            if watching, done == total, announcedWatching.withLock({ let first = !$0; $0 = true; return first }) {
                StoreOutput.err("watchfloor: backlog of \(total) files done; watching for changes (Ctrl-C to stop)\n")
            }
        }
    }

    /// A path relative to the working directory when it lies under it, escaped for the terminal.
    private func display(_ path: String) -> String {
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        let shown = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        return StoreTerminalText.escapePath(shown)
    }

    /// `stored 6, unchanged 0, failed 2, removed 0`.
    static func summaryLine(_ s: IngestSummary) -> String {
        "summary: stored \(s.stored), unchanged \(s.unchanged), failed \(s.failed), removed \(s.removed)\n"
    }
}
