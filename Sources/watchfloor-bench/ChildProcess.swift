import Foundation

/// Runs this benchmark binary again as a child (`probe ...`) so memory and start-up are measured in a clean process.
enum ChildProcess {
    /// The result of a probe: its `key=value` pairs from the line starting with `RESULT`, and when it was started.
    struct Outcome: Sendable {
        /// The reported values.
        var values: [String: Double]
        /// CLOCK_MONOTONIC seconds just before the child was launched.
        var launchedAt: Double
    }

    /// Errors running a probe.
    enum Failure: Error, CustomStringConvertible {
        case noExecutable
        case failed(status: Int32, output: String)

        var description: String {
            switch self {
            case .noExecutable: "cannot find this executable to run a probe"
            case .failed(let status, let output): "probe exited with \(status): \(output.suffix(300))"
            }
        }
    }

    /// Runs `watchfloor-bench probe <arguments>` and parses its RESULT line.
    static func probe(_ arguments: [String]) throws -> Outcome {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { throw Failure.noExecutable }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = ["probe"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        let launchedAt = Stopwatch.now()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0, let line = text.split(separator: "\n").last(where: { $0.hasPrefix("RESULT") }) else {
            throw Failure.failed(status: process.terminationStatus, output: text)
        }
        var values: [String: Double] = [:]
        for pair in line.split(separator: " ").dropFirst() {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2, let v = Double(kv[1]) { values[String(kv[0])] = v }
        }
        return Outcome(values: values, launchedAt: launchedAt)
    }
}
