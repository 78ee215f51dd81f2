import Foundation
import WatchfloorUI

/// Finds and loads the theme files: the ones shipped in `Themes/` (next to the executable, in an
/// install's `share/watchfloor/themes`, or in the package the binary was built from) and the user's
/// in `$XDG_CONFIG_HOME/watchfloor/themes`. File reading lives here; parsing is `ThemeParser`'s.
struct MonitorThemeCatalog {
    /// A theme and what was wrong with its file.
    struct Entry {
        var theme: Theme
        var issues: [ThemeIssue]
    }

    /// Themes in `T` order: default, light, high-contrast, monochrome, then the others by name.
    private(set) var entries: [Entry] = []
    /// Problems that are not about one key (an unreadable file, an unknown `--theme`).
    private(set) var problems: [String] = []

    private static let preferredOrder = ["default", "light", "high-contrast", "monochrome"]
    private static let maxFileSize = 64 * 1024

    /// Loads every theme it can find.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var byName: [String: Entry] = [:]
        if let shipped = MonitorThemeCatalog.shippedDirectory() {
            for (name, entry) in load(directory: shipped) { byName[name] = entry }
        }
        for (name, entry) in load(directory: MonitorThemeCatalog.userDirectory(environment)) { byName[name] = entry }
        if byName["default"] == nil { byName["default"] = Entry(theme: Theme.builtIn, issues: []) }
        if byName["monochrome"] == nil { byName["monochrome"] = Entry(theme: Theme.monochrome, issues: []) }
        let names = byName.keys.sorted { a, b in
            let ia = MonitorThemeCatalog.preferredOrder.firstIndex(of: a) ?? Int.max
            let ib = MonitorThemeCatalog.preferredOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        entries = names.compactMap { byName[$0] }
    }

    /// The index of the theme `--theme` asks for: a name, or a path to a file (added to the list).
    mutating func select(_ request: String?) -> Int {
        guard let request, !request.isEmpty else { return 0 }
        if request.contains("/") || request.hasSuffix(".theme") {
            let name = ((request as NSString).lastPathComponent as NSString).deletingPathExtension
            guard let entry = loadFile(path: request, name: name) else { return 0 }
            entries.removeAll { $0.theme.name == name }
            entries.append(entry)
            return entries.count - 1
        }
        if let index = entries.firstIndex(where: { $0.theme.name == request }) { return index }
        problems.append("no theme named '\(request)' (have: \(entries.map(\.theme.name).joined(separator: ", "))); using default")
        return 0
    }

    /// `Themes/` shipped with the program: next to the executable, in `../share/watchfloor/themes`,
    /// in the package this binary was built from, or in the current directory.
    static func shippedDirectory() -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            executable.appendingPathComponent("Themes").path,
            executable.appendingPathComponent("../share/watchfloor/themes").standardized.path,
            package.appendingPathComponent("Themes").path,
            FileManager.default.currentDirectoryPath + "/Themes",
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/default.theme") }
    }

    /// `$XDG_CONFIG_HOME/watchfloor/themes`, else `~/.config/watchfloor/themes`.
    static func userDirectory(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/watchfloor/themes" }
        return (environment["HOME"] ?? ".") + "/.config/watchfloor/themes"
    }

    private mutating func load(directory: String) -> [String: Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var result: [String: Entry] = [:]
        for file in names where file.hasSuffix(".theme") && !file.hasPrefix(".") {
            let name = String(file.dropLast(".theme".count))
            if let entry = loadFile(path: directory + "/" + file, name: name) { result[name] = entry }
        }
        return result
    }

    private mutating func loadFile(path: String, name: String) -> Entry? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            problems.append("cannot read theme file \(path)")
            return nil
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: MonitorThemeCatalog.maxFileSize + 1)) ?? Data()
        guard data.count <= MonitorThemeCatalog.maxFileSize else {
            problems.append("theme file \(path) is larger than 64 KB; ignored")
            return nil
        }
        let (theme, issues) = ThemeParser.parse(name: name, text: String(decoding: data, as: UTF8.self))
        return Entry(theme: theme, issues: issues)
    }
}
