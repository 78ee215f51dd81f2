#if canImport(Glibc)
import Glibc
#endif

/// Lists article files under watched roots, recursively.
///
/// Symlinked directories are never entered (no loops, no escaping the tree); a symlinked file is
/// read only when its target lies inside one of the roots. Dotfiles, temp and swap names and
/// non-article extensions are skipped silently, and so are names that are not valid UTF-8.
struct DirectoryWalker: Sendable {
    /// Resolved absolute roots.
    let roots: [String]

    /// What a walk found.
    struct Listing: Sendable {
        /// Article files, sorted.
        var files: [String] = []
        /// Directories visited (the start included), for the watcher.
        var directories: [String] = []
    }

    /// Walks `start` (a directory or a single file).
    func walk(_ start: String) -> Listing {
        var listing = Listing()
        guard let status = FileStatus.of(start) else { return listing }
        switch status.kind {
        case .regular, .symlink:
            if let name = start.split(separator: "/").last, ArticleReader.isArticleFile(name: String(name)), acceptsFile(start, status) {
                listing.files.append(start)
            }
        case .directory:
            var seen = Set<[UInt64]>()
            walkDirectory(start, status, &listing, &seen)
        case .other:
            break
        }
        listing.files.sort()
        return listing
    }

    private func walkDirectory(_ dir: String, _ status: FileStatus, _ listing: inout Listing, _ seen: inout Set<[UInt64]>) {
        guard seen.insert([status.device, status.inode]).inserted else { return }
        listing.directories.append(dir)
        for name in DirectoryWalker.entries(of: dir) where !name.hasPrefix(".") {
            let path = dir == "/" ? "/" + name : dir + "/" + name
            guard let child = FileStatus.of(path) else { continue }
            switch child.kind {
            case .directory:
                walkDirectory(path, child, &listing, &seen)
            case .regular, .symlink:
                if ArticleReader.isArticleFile(name: name), acceptsFile(path, child) { listing.files.append(path) }
            case .other:
                break
            }
        }
    }

    /// Whether a regular file, or a symlink to a regular file inside a root, should be read.
    func acceptsFile(_ path: String, _ status: FileStatus) -> Bool {
        switch status.kind {
        case .regular: return true
        case .symlink:
            guard let target = FileStatus.realPath(path), FileStatus.of(target)?.kind == .regular else { return false }
            return roots.contains { target.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        default: return false
        }
    }

    /// The entry names of a directory (without `.` and `..`); empty when it cannot be read.
    static func entries(of dir: String) -> [String] {
        guard let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(validatingCString: $0) }
            }
            guard let name, name != ".", name != ".." else { continue }
            names.append(name)
        }
        return names
    }
}
