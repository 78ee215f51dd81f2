import Foundation
import Testing

/// `watchfloor ingest` end to end, with the real binary.
@Suite(.serialized) struct IngestCommandTests {
    private func articles(_ dir: CLITempDirectory) throws {
        try dir.write("news/one.txt", "Bridge reopens\nDate: 2024-05-01\n\nThe bridge reopened on Wednesday.\n")
        try dir.write("news/sub/two.md", "---\ntitle: Port closed\ndate: 2024-05-02\n---\n\nThe port closed for repairs.\n")
        try dir.write("news/bad.json", "{\"body\": ")
        try dir.write("news/.hidden.txt", "ignored")
    }

    @Test func ingestTwiceAddsNothing() throws {
        let dir = try CLITempDirectory()
        try articles(dir)
        let store = dir.path + "/store.sqlite"
        let first = try CLIProcess.run(["ingest", dir.path + "/news", "--store", store])
        #expect(first.status == 0)
        #expect(first.stdout.contains("one.txt  countries="))
        #expect(first.stdout.contains("sub/two.md  countries="))
        #expect(first.stdout.contains("error: ") && first.stdout.contains("bad.json: invalid JSON"))
        #expect(!first.stdout.contains("hidden"))
        #expect(first.stdout.hasSuffix("summary: stored 2, unchanged 0, failed 1, removed 0\n"))
        let second = try CLIProcess.run(["ingest", dir.path + "/news", "--store", store])
        #expect(second.status == 0)
        #expect(second.stdout.contains("one.txt  unchanged"))
        #expect(second.stdout.hasSuffix("summary: stored 0, unchanged 2, failed 1, removed 0\n"))
    }

    @Test func storeFromEnvironmentAndBadUsage() throws {
        let dir = try CLITempDirectory()
        try articles(dir)
        let viaEnv = try CLIProcess.run(["ingest", dir.path + "/news"], environment: ["WATCHFLOOR_STORE": dir.path + "/env.sqlite"])
        #expect(viaEnv.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/env.sqlite"))
        let inside = try CLIProcess.run(["ingest", dir.path + "/news", "--store", dir.path + "/news/s.sqlite"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("is inside"))
        let missing = try CLIProcess.run(["ingest", dir.path + "/nope", "--store", dir.path + "/s.sqlite"])
        #expect(missing.status == 2)
        let badOption = try CLIProcess.run(["ingest", "--poll", "-1", dir.path])
        #expect(badOption.status == 2)
        let help = try CLIProcess.run(["ingest", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func watchPicksUpAFileWrittenAfterItStarted() throws {
        let dir = try CLITempDirectory()
        try articles(dir)
        let store = dir.path + "/store.sqlite"
        let watch = try CLIProcess.start(["ingest", dir.path + "/news", "--watch", "--store", store])
        #expect(watch.waitForError(containing: "watching for changes", timeout: 60), "stderr: \(watch.stderr)")
        try dir.write("news/late.txt", "Late news\nDate: 2024-05-03\n\nWritten after the watch started.\n")
        #expect(watch.waitForOutput(containing: "late.txt  countries=", timeout: 30), "stdout: \(watch.stdout)")
        try dir.write("news/newdir/deeper.txt", "Deeper\n\nIn a new directory.\n")
        #expect(watch.waitForOutput(containing: "newdir/deeper.txt  countries=", timeout: 30), "stdout: \(watch.stdout)")
        watch.send(SIGINT)
        #expect(watch.waitForExit(timeout: 30) == 0)
        #expect(watch.stdout.contains("summary: stored 4, unchanged 0, failed 1, removed 0"))
    }

    @Test func sigtermStopsAPollingWatch() throws {
        let dir = try CLITempDirectory()
        try dir.write("news/a.txt", "A\n\nBody.\n")
        let watch = try CLIProcess.start(["ingest", dir.path + "/news", "--poll", "0.1", "--store", dir.path + "/s.sqlite"])
        #expect(watch.waitForError(containing: "watching for changes", timeout: 60))
        try dir.write("news/b.txt", "B\n\nAnother body.\n")
        #expect(watch.waitForOutput(containing: "b.txt  countries=", timeout: 30))
        watch.send(SIGTERM)
        #expect(watch.waitForExit(timeout: 30) == 0)
    }

    @Test func sizeLimitAndRetentionOptions() throws {
        let dir = try CLITempDirectory()
        try dir.write("news/small.txt", "Small\n\nFits.\n")
        try dir.write("news/big.txt", "Big\n\n" + String(repeating: "word ", count: 300_000))
        let store = dir.path + "/s.sqlite"
        let limited = try CLIProcess.run(["ingest", dir.path + "/news", "--max-file-mb", "1", "--keep-days", "30", "--store", store])
        #expect(limited.status == 0)
        #expect(limited.stdout.contains("big.txt: file is 1500005 bytes, over the 1048576-byte limit"), "\(limited.stdout)")
        #expect(limited.stdout.contains("small.txt  countries="))
        let vacuum = try CLIProcess.run(["vacuum", "--keep-days", "30", "--store", store])
        #expect(vacuum.status == 0)
        #expect(vacuum.stdout.hasPrefix("pruned: 0 articles ingested more than 30 days ago\nsize: "), "\(vacuum.stdout)")
        #expect(try CLIProcess.run(["ingest", dir.path + "/news", "--keep-days", "0", "--store", store]).status == 2)
        #expect(try CLIProcess.run(["vacuum", "--store", dir.path + "/none.sqlite"]).status == 1)
    }
}
