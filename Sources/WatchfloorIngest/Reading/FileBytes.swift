#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a regular file's bytes with plain system calls, checking its type and size before reading
/// so that a FIFO or device is never opened for reading and a huge file is never loaded.
enum FileBytes {
    /// The bytes and the modification time (seconds since 1970).
    struct Contents: Sendable {
        /// The file's bytes.
        var bytes: [UInt8]
        /// Modification time in seconds since 1970.
        var modificationTime: Double
    }

    /// Reads `path`, refusing non-regular files and files over `maxBytes`.
    static func read(path: String, maxBytes: Int) throws(ArticleReadError) -> Contents {
        var st = stat()
        guard stat(path, &st) == 0 else { throw errno == ENOENT ? .vanished : .unreadable(reason: errnoText()) }
        try checkRegular(st)
        guard Int(st.st_size) <= maxBytes else { throw .tooLarge(size: Int(st.st_size), limit: maxBytes) }
        // O_NONBLOCK: if the path was swapped for a FIFO after the stat, open still returns at once.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw errno == ENOENT ? .vanished : .unreadable(reason: errnoText()) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { throw .unreadable(reason: errnoText()) }
        try checkRegular(st)
        let size = Int(st.st_size)
        guard size <= maxBytes else { throw .tooLarge(size: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var total = 0
        // Read one byte past the stat size to notice a file that grew while being read.
        while total < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + total, buffer.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: errnoText())
            }
            if n == 0 { break }
            total += n
        }
        if total > maxBytes { throw .tooLarge(size: total, limit: maxBytes) }
        bytes.removeSubrange(total...)
        let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        return Contents(bytes: bytes, modificationTime: mtime)
    }

    private static func checkRegular(_ st: stat) throws(ArticleReadError) {
        let type = st.st_mode & S_IFMT
        guard type != S_IFREG else { return }
        let kind: String
        switch type {
        case S_IFDIR: kind = "a directory"
        case S_IFIFO: kind = "a FIFO"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        throw .notRegularFile(kind: kind)
    }

    /// The current `errno` as text.
    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
