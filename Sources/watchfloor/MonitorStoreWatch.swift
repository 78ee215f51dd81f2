import Glibc

/// Notices writes to the store from any process by watching the store's directory with inotify
/// (SQLite's `-wal` file changes on every commit), so an external `watchfloor ingest --watch`
/// shows up without polling. The run loop then compares the store's change token.
final class MonitorStoreWatch {
    /// The descriptor to poll.
    let descriptor: Int32
    private let prefix: String

    /// Watches the directory holding `storePath`; nil when inotify is unavailable.
    init?(storePath: String) {
        let slash = storePath.lastIndex(of: "/")
        let directory = slash.map { String(storePath[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        prefix = slash.map { String(storePath[storePath.index(after: $0)...]) } ?? storePath
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Reads the pending events; true if any concerned the store's files.
    func drain() -> Bool {
        var touched = false
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let n = read(descriptor, &buffer, buffer.count)
            if n <= 0 { break }
            var offset = 0
            // struct inotify_event: wd at 0, mask at 4, cookie at 8, len at 12, name at 16.
            while offset + 16 <= n {
                let length = Int(buffer[offset + 12]) | Int(buffer[offset + 13]) << 8 | Int(buffer[offset + 14]) << 16 | Int(buffer[offset + 15]) << 24
                let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                // Commits write the -wal file (or the database itself on checkpoints and in rollback mode);
                // the -shm index is shared memory that readers touch too, so it is not a sign of a commit.
                if name == prefix || name == prefix + "-wal" || name == prefix + "-journal" { touched = true }
                offset += 16 + length
            }
        }
        return touched
    }
}
