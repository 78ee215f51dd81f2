import Foundation

/// Finds the sample articles the demo drops into its directory.
enum DemoSamples {
    /// The samples could not be found.
    struct NotFound: Error, CustomStringConvertible {
        let looked: [String]
        var description: String {
            "cannot find the sample articles (looked in \(looked.joined(separator: ", "))); "
                + "run from the package directory or pass --samples DIR"
        }
    }

    /// The samples directory: `explicit`, else `Samples/articles` in the current directory, in the
    /// package this binary was built from, or next to the executable.
    static func locate(explicit: String?) throws -> String {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = explicit.map { [$0] } ?? [
            FileManager.default.currentDirectoryPath + "/Samples/articles",
            package.appendingPathComponent("Samples/articles").path,
            executable.appendingPathComponent("Samples/articles").path,
            executable.appendingPathComponent("../share/watchfloor/samples").standardized.path,
        ]
        for dir in candidates where !files(in: dir).isEmpty { return dir }
        throw NotFound(looked: candidates)
    }

    /// The article files in a directory, by name (hidden files and subdirectories skipped).
    static func files(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted().map { directory + "/" + $0 }
    }
}
