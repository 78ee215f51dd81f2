import Foundation

/// Progress lines to stderr (so stdout holds only the table) and notes printed under the table.
final class BenchLog: @unchecked Sendable {
    // One thread drives the benchmark; the lock only guards notes added from watcher callbacks.
    private let lock = NSLock()
    private var collected: [String] = []

    /// Creates a log.
    init() {}

    /// Prints a progress line to stderr.
    func say(_ line: String) {
        FileHandle.standardError.write(Data(("· " + line + "\n").utf8))
    }

    /// Records a note for under the table (once per distinct text).
    func note(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        if !collected.contains(line) { collected.append(line) }
    }

    /// The notes so far.
    var notes: [String] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
