#if canImport(Glibc)
import Glibc
#endif

/// Lists article files under watched roots, recursively.
///
/// Symlinked directories are never entered (no loops, no escaping the tree); a symlinked file is
/// read only when its target lies inside one of the roots. Dotfiles, temp and swap names and
/// non-article extensions are skipped silently. Entries with an article name that cannot be read
/// (a FIFO, socket or device, a refused symbolic link, a name that is not valid UTF-8) are listed
/// as rejected, so each becomes one error record instead of vanishing without a word.
struct DirectoryWalker: Sendable {
    /// Resolved absolute roots.
    let roots: [String]

    /// An entry with an article name that will not be read, and why.
    struct Rejected: Equatable, Sendable {
        /// The path (for a name that is not UTF-8, decoded with U+FFFD replacements).
        var path: String
        /// What the error record says.
        var error: ArticleReadError
    }

    /// What a walk found.
    struct Listing: Sendable {
        /// Article files, sorted.
        var files: [String] = []
        /// Directories visited (the start included), for the watcher.
        var directories: [String] = []
        /// Article-named entries that cannot be read.
        var rejected: [Rejected] = []
    }

    /// One directory entry: its name, or nil when the bytes are not UTF-8, and a printable form.
    struct Entry {
        /// The name, when it is valid UTF-8.
        var name: String?
        /// The name with invalid bytes replaced by U+FFFD.
        var display: String
    }

    /// Walks `start` (a directory or a single file).
    func walk(_ start: String) -> Listing {
        var listing = Listing()
        guard let status = FileStatus.of(start) else { return listing }
        switch status.kind {
        case .directory:
            var seen = Set<[UInt64]>()
            walkDirectory(start, status, &listing, &seen)
        case .regular, .symlink, .other:
            if let name = start.split(separator: "/").last, ArticleReader.isArticleFile(name: String(name)) {
                classify(start, status, into: &listing)
            }
        }
        listing.files.sort()
        return listing
    }

    private func walkDirectory(_ dir: String, _ status: FileStatus, _ listing: inout Listing, _ seen: inout Set<[UInt64]>) {
        guard seen.insert([status.device, status.inode]).inserted else { return }
        listing.directories.append(dir)
        for entry in DirectoryWalker.entries(of: dir) where !entry.display.hasPrefix(".") {
            let prefix = dir == "/" ? "/" : dir + "/"
            guard let name = entry.name else {
                if ArticleReader.isArticleFile(name: entry.display) {
                    listing.rejected.append(Rejected(path: prefix + entry.display, error: .invalidFileName))
                }
                continue
            }
            let path = prefix + name
            guard let child = FileStatus.of(path) else { continue }
            if child.kind == .directory {
                walkDirectory(path, child, &listing, &seen)
            } else if ArticleReader.isArticleFile(name: name) {
                classify(path, child, into: &listing)
            }
        }
    }

    /// Adds an article-named non-directory to the files or to the rejected entries.
    private func classify(_ path: String, _ status: FileStatus, into listing: inout Listing) {
        if let error = refusal(path, status) {
            listing.rejected.append(Rejected(path: path, error: error))
        } else {
            listing.files.append(path)
        }
    }

    /// Why an article-named file will not be read, or nil when it will: a regular file, or a symlink
    /// to a regular file inside a root, is read.
    func refusal(_ path: String, _ status: FileStatus) -> ArticleReadError? {
        switch status.kind {
        case .regular:
            return nil
        case .directory:
            return .notRegularFile(kind: "a directory")
        case .other:
            return .notRegularFile(kind: status.specialKind)
        case .symlink:
            guard let target = FileStatus.realPath(path), let targetStatus = FileStatus.of(target) else {
                return .refusedLink(reason: "it does not resolve (a loop, or its target is missing)")
            }
            guard targetStatus.kind == .regular else {
                return .refusedLink(reason: "its target is not a regular file")
            }
            guard roots.contains(where: { target.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else {
                return .refusedLink(reason: "its target is outside the watched directories")
            }
            return nil
        }
    }

    /// Whether a regular file, or a symlink to a regular file inside a root, should be read.
    func acceptsFile(_ path: String, _ status: FileStatus) -> Bool { refusal(path, status) == nil }

    /// The entries of a directory (without `.` and `..`); empty when it cannot be read.
    static func entries(of dir: String) -> [Entry] {
        guard let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        var entries: [Entry] = []
        while let entry = readdir(handle) {
            let bytes: [UInt8] = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: 256) { base in
                    var out: [UInt8] = []
                    var i = 0
                    while i < 256, base[i] != 0 { out.append(base[i]); i += 1 }
                    return out
                }
            }
            let name = String(validating: bytes, as: UTF8.self)
            let display = name ?? String(decoding: bytes, as: UTF8.self)
            guard display != ".", display != ".." else { continue }
            entries.append(Entry(name: name, display: display))
        }
        return entries
    }
}
