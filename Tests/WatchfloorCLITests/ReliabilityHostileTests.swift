import Foundation
import Testing
import WatchfloorStore

/// Hostile names and text through the real binary: nothing from a file reaches the terminal unescaped,
/// and an unreadable file is one clear error (issue 5, "Hostile and broken files").
@Suite(.serialized) struct ReliabilityHostileTests {
    /// Bytes that must never appear in output: ESC, BEL, C1 CSI, and the bidi overrides.
    private static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            s == "\u{1B}" || s == "\u{07}" || s == "\u{9B}" || s == "\u{202E}" || s == "\u{2066}" || s.value == 0
        }
    }

    @Test func hostileNamesAndTextAreEscapedInEveryOutput() throws {
        let dir = try CLITempDirectory()
        let store = dir.path + "/store.sqlite"
        try dir.write("news/\u{1B}[31mred\u{1B}[0m.txt", "")
        try dir.write("news/evil\u{202E}txt.exe.txt", "\u{1B}[2JWiped\n\nBody")
        try dir.write("news/new\nline.txt", "")
        try dir.write("news/-dash.txt", "Police arrested 3 people in Lyon on Monday.\u{1B}]0;owned\u{07} \u{202E}reversed\u{202C}.")
        try dir.write("news/bell.txt", "Alarm\u{07}\u{1B}[5m blinking\n\nPolice arrested 4 people in Paris on Monday. " + String(repeating: "w", count: 10_000) + ".")
        let ingest = try CLIProcess.run(["ingest", dir.path + "/news", "--store", store])
        #expect(ingest.status == 0)
        #expect(!ReliabilityHostileTests.hasRawControls(ingest.stdout + ingest.stderr), "\(ingest.stdout)")
        #expect(ingest.stdout.contains("\\x1b[31mred\\x1b[0m.txt"))
        #expect(ingest.stdout.contains("new\\x0aline.txt"))
        #expect(ingest.stdout.contains("evil\\u{202e}txt.exe.txt"))
        for format in ["table", "csv", "json"] {
            let errors = try CLIProcess.run(["errors", "--format", format, "--store", store])
            #expect(errors.status == 0)
            #expect(errors.stdout.contains("red"), "\(format)")
            #expect(!ReliabilityHostileTests.hasRawControls(errors.stdout), "\(format): \(errors.stdout)")
            let query = try CLIProcess.run(["query", "--format", format, "--store", store])
            #expect(query.status == 0)
            #expect(!ReliabilityHostileTests.hasRawControls(query.stdout), "\(format): \(query.stdout)")
            let timeline = try CLIProcess.run(["query", "--timeline", "--format", format, "--store", store])
            #expect(!ReliabilityHostileTests.hasRawControls(timeline.stdout), "\(format): \(timeline.stdout)")
        }
    }

    /// Root reads every file whatever its mode, so the permission case runs the binary as `nobody`
    /// through setpriv(1) when the tests run as root, and directly otherwise.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv(1): root ignores file permissions, so the case cannot be staged"))
    func aFileWithoutReadPermissionIsOneClearError() throws {
        let dir = try CLITempDirectory()
        let news = dir.path + "/news"
        try dir.write("news/secret.txt", "Secret\n\nNobody may read this.")
        try dir.write("news/open.txt", "Open\n\nAnyone may read this.")
        #expect(chmod(news + "/secret.txt", 0o000) == 0)
        for path in [dir.path, news] { #expect(chmod(path, 0o777) == 0) }
        let bin = try CLIProcess.binaryPath()
        let prefix = geteuid() == 0 ? "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let result = try ReliabilitySupport.shell("\(prefix)'\(bin)' ingest '\(news)' --store '\(dir.path)/store.sqlite'", timeout: 120)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("secret.txt: cannot read the file: Permission denied"), "\(result.output)")
        #expect(result.output.contains("open.txt  countries="))
        #expect(result.output.contains("summary: stored 1, unchanged 0, failed 1, removed 0"))
    }
}
