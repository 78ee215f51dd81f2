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

    /// The status of `path`, or nil when it does not exist or cannot be examined.
    static func of(_ path: String, followingLinks: Bool = false) -> FileStatus? {
        var st = stat()
        let rc = followingLinks ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return nil }
        let kind: Kind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        return FileStatus(kind: kind, size: Int(st.st_size),
                          mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                          device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
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
