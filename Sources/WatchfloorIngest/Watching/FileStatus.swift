#if canImport(Glibc)
import Glibc
#endif

/// `lstat` facts about a path, without following a final symlink.
struct FileStatus: Equatable, Sendable {
    /// What kind of file.
    enum Kind: Equatable, Sendable { case regular, directory, symlink, other }

    var kind: Kind
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var mtimeNanos: Int64
    var device: UInt64
    var inode: UInt64
    /// For `.other`: "a FIFO", "a device", "a socket" (as `ArticleReadError.notRegularFile` words it).
    var specialKind: String = ""

    /// The status of `path`, or nil when it does not exist or cannot be examined.
    static func of(_ path: String, followingLinks: Bool = false) -> FileStatus? {
        var st = stat()
        let rc = followingLinks ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return nil }
        let kind: Kind
        var special = ""
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .other; special = "a FIFO"
        case S_IFCHR, S_IFBLK: kind = .other; special = "a device"
        case S_IFSOCK: kind = .other; special = "a socket"
        default: kind = .other; special = "a special file"
        }
        return FileStatus(kind: kind, size: Int(st.st_size),
                          mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                          device: UInt64(st.st_dev), inode: UInt64(st.st_ino), specialKind: special)
    }

    /// Whether two observations show the same file content: same size, modification time and inode
    /// (a file replaced by a rename gets a new inode even when `cp -p` or rsync kept the time and size).
    func sameContent(as other: FileStatus) -> Bool {
        size == other.size && mtimeNanos == other.mtimeNanos && inode == other.inode && device == other.device
    }

    /// Whether anything exists at `path` (a dangling symlink counts).
    static func exists(_ path: String) -> Bool { of(path) != nil }

    /// `realpath(3)`, nil when the path does not resolve.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(validatingCString: resolved)
    }
}
