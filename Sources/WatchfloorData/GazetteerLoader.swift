import Foundation
import WatchfloorExtraction

/// Loads the gazetteer shipped with the package as resources.
public enum GazetteerLoader {
    /// Errors loading the bundled data.
    public enum LoadError: Error, CustomStringConvertible {
        /// The resource folder is missing from the installation.
        case resourcesMissing

        /// A message a user can act on.
        public var description: String {
            "gazetteer resources not found next to the executable; reinstall or run from the package"
        }
    }

    /// Reads every bundled data file and builds the gazetteer.
    public static func loadBundled() throws -> Gazetteer {
        guard let dir = Bundle.module.resourceURL?.appendingPathComponent("Resources") else {
            throw LoadError.resourcesMissing
        }
        var files: [String: [UInt8]] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            files[name] = [UInt8](data)
        }
        return try Gazetteer(files: files)
    }
}
