import Foundation
import Synchronization

/// Runs the built `watchfloor` binary as a subprocess for end-to-end tests.
///
/// Usage:
/// ```swift
/// let result = try CLIProcess.run(["query", "--store", path])        // waits, with a deadline
/// #expect(result.status == 0)
///
/// let watch = try CLIProcess.start(["ingest", dir, "--watch", "--store", path])
/// #expect(watch.waitForOutput(containing: "new.txt"))                // polls every 20 ms
/// watch.send(SIGINT)
/// #expect(watch.waitForExit() == 0)
/// ```
/// The binary is found next to the test bundle (same build directory), or at `$WATCHFLOOR_BIN`.
/// Every process gets a private `XDG_DATA_HOME` and no `WATCHFLOOR_STORE` unless the caller
/// passes them, so tests never touch the user's store.
final class CLIProcess: Sendable {
    /// The outcome of a finished run.
    struct Result: Sendable {
        /// Exit status (128 + signal number when killed by a signal, -1 when the deadline passed).
        var status: Int32
        /// Everything written to standard output.
        var stdout: String
        /// Everything written to standard error.
        var stderr: String
    }

    private let process: Process
    private let out = Mutex<[UInt8]>([])
    private let err = Mutex<[UInt8]>([])

    /// The path of the `watchfloor` executable under test.
    static func binaryPath() throws -> String {
        if let env = ProcessInfo.processInfo.environment["WATCHFLOOR_BIN"], FileManager.default.isExecutableFile(atPath: env) {
            return env
        }
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append((exe as NSString).deletingLastPathComponent + "/watchfloor")
        }
        if let arg0 = CommandLine.arguments.first {
            candidates.append(((arg0 as NSString).deletingLastPathComponent as NSString).appendingPathComponent("watchfloor"))
        }
        // `#filePath` is Tests/WatchfloorCLITests/CLIProcess.swift: the package root is three levels up.
        let root = ((#filePath as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        candidates.append(((root as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".build/debug/watchfloor"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.joined(separator: ", ")])
    }

    /// Runs `watchfloor ARGUMENTS` to completion; kills it and reports status -1 after `timeout` seconds.
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 120) throws -> Result {
        let p = try start(arguments, environment: environment)
        let status = p.waitForExit(timeout: timeout) ?? -1
        if status == -1 { p.send(SIGKILL) }
        return Result(status: status, stdout: p.stdout, stderr: p.stderr)
    }

    /// Starts `watchfloor ARGUMENTS` and returns at once.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIProcess {
        var env = ProcessInfo.processInfo.environment
        env["WATCHFLOOR_STORE"] = nil
        env["XDG_DATA_HOME"] = NSTemporaryDirectory() + "watchfloor-cli-xdg-" + UUID().uuidString
        for (key, value) in environment { env[key] = value }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binaryPath())
        process.arguments = arguments
        process.environment = env
        let p = CLIProcess(process: process)
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        // An empty read means end of file: drop the handler, or Foundation keeps calling it.
        outPipe.fileHandleForReading.readabilityHandler = { [p] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { p.out.withLock { $0 += data } }
        }
        errPipe.fileHandleForReading.readabilityHandler = { [p] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { p.err.withLock { $0 += data } }
        }
        try process.run()
        return p
    }

    private init(process: Process) { self.process = process }

    /// Standard output so far.
    var stdout: String { String(decoding: out.withLock { $0 }, as: UTF8.self) }

    /// Standard error so far.
    var stderr: String { String(decoding: err.withLock { $0 }, as: UTF8.self) }

    /// Polls every 20 ms until standard output contains `text`; false after `timeout` seconds.
    func waitForOutput(containing text: String, timeout: Double = 30) -> Bool {
        waitUntil(timeout: timeout) { self.stdout.contains(text) }
    }

    /// Polls every 20 ms until standard error contains `text`; false after `timeout` seconds.
    func waitForError(containing text: String, timeout: Double = 30) -> Bool {
        waitUntil(timeout: timeout) { self.stderr.contains(text) }
    }

    /// Sends a signal (SIGINT, SIGTERM, SIGKILL).
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits up to `timeout` seconds for the process to end; its exit status, or nil if still running.
    /// Output written just before the exit is collected before returning.
    func waitForExit(timeout: Double = 30) -> Int32? {
        guard waitUntil(timeout: timeout, { !self.process.isRunning }) else { return nil }
        // Let the pipe handlers drain what the process wrote last.
        _ = waitUntil(timeout: 0.2) { false }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    private func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
