import Foundation
import WatchfloorExtraction

/// Loads the gazetteer shipped with the package as resources.
public enum GazetteerLoader {
    /// The generated files the gazetteer reads (see Scripts/generate_gazetteer.py).
    public static let fileNames = [
        "countries.tsv", "places.tsv", "orgs.tsv", "roles.txt", "given.txt", "surnames.txt", "orgheads.txt", "groups.tsv", "misc.txt", "words.txt",
    ]

    /// Errors loading the bundled data.
    public enum LoadError: Error, CustomStringConvertible {
        /// The resource folder is missing from the installation.
        case resourcesMissing

        /// A message a user can act on.
        public var description: String {
            "gazetteer resources not found next to the executable; reinstall or run from the package"
        }
    }

    /// The folder holding the generated files: `$WATCHFLOOR_DATA` if set, else the package resource bundle.
    public static func resourceDirectory() -> URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["WATCHFLOOR_DATA"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) { candidates.append(url) }
        if let url = Bundle.module.resourceURL { candidates.append(url.appendingPathComponent("Resources")) }
        candidates.append(Bundle.module.bundleURL.appendingPathComponent("Resources"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("countries.tsv").path) }
    }

    /// Reads every bundled data file and builds the gazetteer.
    public static func loadBundled() throws -> Gazetteer {
        guard let dir = resourceDirectory() else { throw LoadError.resourcesMissing }
        return try load(directory: dir)
    }

    /// Reads the generated files from a folder and builds the gazetteer.
    public static func load(directory dir: URL) throws -> Gazetteer {
        var files: [String: [UInt8]] = [:]
        for name in fileNames {
            let url = dir.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            files[name] = [UInt8](try Data(contentsOf: url))
        }
        return try Gazetteer(files: files)
    }
}
