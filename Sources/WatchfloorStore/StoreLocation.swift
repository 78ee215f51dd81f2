#if canImport(Glibc)
import Glibc
#endif

/// Where the store lives when no path is given, and the rule that it never lives inside a watched directory.
public enum StoreLocation {
    /// `explicit` if given, else `$WATCHFLOOR_STORE`, else `$XDG_DATA_HOME/watchfloor/watchfloor.sqlite`,
    /// else `~/.local/share/watchfloor/watchfloor.sqlite` (relative `XDG_DATA_HOME` values are ignored, as the spec says).
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["WATCHFLOOR_STORE"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/watchfloor/watchfloor.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/watchfloor/watchfloor.sqlite"
    }

    /// Whether the store file at `storePath` (which may not exist yet) is `directory` or lies inside it,
    /// comparing resolved real paths so symlinks and `..` cannot hide it.
    public static func isStore(_ storePath: String, inside directory: String) -> Bool {
        guard let dir = realPath(directory) else { return false }
        let storeDir = parentDirectory(of: storePath)
        guard let parent = realPath(storeDir) else { return false }
        let name = storePath.split(separator: "/").last.map(String.init) ?? storePath
        let full = parent == "/" ? "/" + name : parent + "/" + name
        return full == dir || full.hasPrefix(dir == "/" ? "/" : dir + "/")
    }

    /// The directory part of a path ("." for a bare name).
    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// `realpath(3)`, nil when the path does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
