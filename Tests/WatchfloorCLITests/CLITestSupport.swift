import Foundation

/// A temp directory for CLI tests, removed on deinit.
final class CLITempDirectory {
    /// Its path (symlinks resolved, so it matches the paths the CLI prints).
    let path: String

    /// Creates it.
    init() throws {
        let raw = NSTemporaryDirectory() + "watchfloor-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: raw, withIntermediateDirectories: true)
        path = (try? FileManager.default.destinationOfSymbolicLink(atPath: raw)) ?? URL(fileURLWithPath: raw).resolvingSymlinksInPath().path
    }

    /// Writes a text file (creating directories).
    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: false, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
