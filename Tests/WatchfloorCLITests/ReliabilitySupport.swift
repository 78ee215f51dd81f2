import Foundation
import WatchfloorStore

/// Helpers shared by the `Reliability*Tests` suites (real binary, real signals, real mounts).
enum ReliabilitySupport {
    /// Writes `count` small distinct articles named `prefix-N.txt` into `dir` (created if needed).
    static func writeArticles(_ dir: String, count: Int, prefix: String = "a", start: Int = 0) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return try (start..<(start + count)).map { n in
            let path = dir + "/\(prefix)-\(n).txt"
            try "Report \(prefix) \(n)\nDate: 2024-05-0\(n % 9 + 1)\n\nPolice arrested \(n % 50 + 2) people in Lyon on Monday, officials said.\n"
                .write(toFile: path, atomically: false, encoding: .utf8)
            return path
        }
    }

    /// How many per-article "stored" lines a process printed so far.
    static func storedLines(_ output: String) -> Int {
        output.split(separator: "\n").filter { $0.contains("  countries=") }.count
    }

    /// Polls every 20 ms until `condition` holds; false after `timeout` seconds.
    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// A store opened by the test itself (a second process's view of the same file).
    static func open(_ path: String) throws -> EventStore { try EventStore(path: path) }

    /// Whether this process may mount file systems (root with CAP_SYS_ADMIN, as in the build sandbox).
    static func canMount(_ scratch: String) -> Bool {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let point = scratch + "/probe-mount"
        try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        guard (try? shell("/bin/mount -t tmpfs -o size=64k tmpfs '\(point)'").status) == 0 else { return false }
        _ = try? shell("/bin/umount '\(point)'")
        return true
    }

    /// Runs a shell command line with a deadline.
    @discardableResult
    static func shell(_ line: String, timeout: Double = 120) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        let file = NSTemporaryDirectory() + "watchfloor-sh-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: file, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let finished = waitUntil(timeout: timeout) { !process.isRunning }
        if !finished { process.terminate() }
        _ = waitUntil(timeout: 5) { !process.isRunning }
        try handle.close()
        let output = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return (finished ? process.terminationStatus : -1, output)
    }
}
