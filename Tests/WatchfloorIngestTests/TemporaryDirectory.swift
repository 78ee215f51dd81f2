import Foundation

/// A fresh directory under the system temp directory, removed when the value is deinitialised.
final class TemporaryDirectory {
    /// Absolute path of the directory.
    let path: String

    /// Creates the directory.
    init() throws {
        path = NSTemporaryDirectory() + "watchfloor-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
