import Foundation
import Testing
import WatchfloorStore

/// `kill -9`, SIGTERM/SIGINT/SIGHUP and SIGPIPE against the real binary (issue 5, "Crashes, signals").
@Suite(.serialized) struct ReliabilityCrashTests {
    @Test func killNineDuringABurstThenRestartLeavesEveryFileOnceAndAHealthyStore() throws {
        let dir = try CLITempDirectory()
        let news = dir.path + "/news"
        let store = dir.path + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: news, withIntermediateDirectories: true)
        let watch = try CLIProcess.start(["ingest", news, "--watch", "--store", store])
        #expect(watch.waitForError(containing: "watching for changes", timeout: 60), "stderr: \(watch.stderr)")
        // The burst, written while the watcher ingests it.
        var paths = try ReliabilitySupport.writeArticles(news, count: 600)
        #expect(ReliabilitySupport.waitUntil(timeout: 60) { ReliabilitySupport.storedLines(watch.stdout) >= 60 })
        // On a loaded machine this process may be descheduled long enough for the watcher to finish the
        // first wave, so a second wave goes in right before the kill: the watcher is then mid-burst by
        // construction (400 files take milliseconds to write and seconds to ingest).
        paths += try ReliabilitySupport.writeArticles(news, count: 400, prefix: "b")
        watch.send(SIGKILL)
        #expect(watch.waitForExit(timeout: 30) == 128 + SIGKILL)
        let killedAfter = ReliabilitySupport.storedLines(watch.stdout)
        #expect(killedAfter < paths.count, "the kill came too late to test anything")
        // The restart reads what is missing and nothing twice.
        let restart = try CLIProcess.run(["ingest", news, "--store", store], timeout: 240)
        #expect(restart.status == 0)
        let summary = try #require(restart.stdout.split(separator: "\n").last.map(String.init))
        #expect(summary.hasPrefix("summary: stored \(paths.count - killedAfter),") || summary.hasPrefix("summary: stored \(paths.count - killedAfter - 1),"),
                "killed after \(killedAfter) printed; \(summary)")
        #expect(summary.hasSuffix("failed 0, removed 0"))
        let opened = try ReliabilitySupport.open(store)
        #expect(try opened.integrityCheck() == ["ok"])
        #expect(try opened.stats().articles == paths.count)
        #expect(try opened.storedFiles(under: news) == Set(paths))
    }

    /// Starts a watch over a backlog, stops it with `signal` once some articles are stored, and checks
    /// that it ended cleanly: status 0, a summary, and exactly the printed articles in the store.
    private func stopMidIngest(with signal: Int32) throws {
        let dir = try CLITempDirectory()
        let news = dir.path + "/news"
        let store = dir.path + "/store.sqlite"
        _ = try ReliabilitySupport.writeArticles(news, count: 400)
        let watch = try CLIProcess.start(["ingest", news, "--watch", "--store", store])
        #expect(ReliabilitySupport.waitUntil(timeout: 60) { ReliabilitySupport.storedLines(watch.stdout) >= 20 })
        watch.send(signal)
        #expect(watch.waitForExit(timeout: 30) == 0, "signal \(signal): \(watch.stderr)")
        let printed = ReliabilitySupport.storedLines(watch.stdout)
        #expect(printed < 400, "signal \(signal) came after the backlog")
        #expect(watch.stdout.hasSuffix("summary: stored \(printed), unchanged 0, failed 0, removed 0\n"))
        let opened = try ReliabilitySupport.open(store)
        #expect(try opened.integrityCheck() == ["ok"])
        // The article being written when the signal came was committed and printed, or rolled back: never half.
        #expect(try opened.stats().articles == printed)
    }

    @Test func sigtermStopsAWatchCleanlyMidIngest() throws { try stopMidIngest(with: SIGTERM) }

    @Test func sigintStopsAWatchCleanlyMidIngest() throws { try stopMidIngest(with: SIGINT) }

    @Test func sighupStopsAWatchCleanlyMidIngest() throws { try stopMidIngest(with: SIGHUP) }

    @Test func aSignalStopsAOneShotIngestBetweenArticles() throws {
        let dir = try CLITempDirectory()
        let news = dir.path + "/news"
        let store = dir.path + "/store.sqlite"
        // Enough that the run cannot finish between the first printed lines and the signal: a one-shot
        // ingest commits (and prints) its first 200 articles at once, then 500 per transaction.
        _ = try ReliabilitySupport.writeArticles(news, count: 3_000)
        let run = try CLIProcess.start(["ingest", news, "--store", store])
        #expect(ReliabilitySupport.waitUntil(timeout: 60) { ReliabilitySupport.storedLines(run.stdout) >= 20 })
        run.send(SIGTERM)
        #expect(run.waitForExit(timeout: 30) == 128 + SIGTERM)
        let printed = ReliabilitySupport.storedLines(run.stdout)
        #expect(run.stdout.hasSuffix("interrupted; summary: stored \(printed), unchanged 0, failed 0, removed 0\n"))
        #expect(try ReliabilitySupport.open(store).stats().articles == printed)
    }

    @Test func aClosedPipeNeverKillsIngestOrErrors() throws {
        let dir = try CLITempDirectory()
        let news = dir.path + "/news"
        let store = dir.path + "/store.sqlite"
        _ = try ReliabilitySupport.writeArticles(news, count: 60)
        // Enough error rows that the output overflows a 64 KiB pipe after the reader has gone.
        for n in 0..<1_000 { try dir.write("news/empty-with-a-long-name-to-fill-the-pipe-\(n).txt", "") }
        let bin = try CLIProcess.binaryPath()
        // `head` exits after its first bytes; the writer's status is printed on standard error, which the test reads.
        let ingest = try ReliabilitySupport.shell("{ '\(bin)' ingest '\(news)' --store '\(store)'; echo \"rc=$?\" >&2; } | head -n 1 >/dev/null", timeout: 240)
        #expect(ingest.output.contains("rc=0"), "\(ingest.output)")
        // The ingest went on after its reader left: every article and error is in.
        #expect(try ReliabilitySupport.open(store).stats().articles == 60)
        #expect(try ReliabilitySupport.open(store).stats().errors == 1_000)
        for format in ["table", "csv", "json"] {
            let piped = try ReliabilitySupport.shell("{ '\(bin)' errors --format \(format) --limit 2000 --store '\(store)'; echo \"rc=$?\" >&2; } | head -c 10 >/dev/null")
            #expect(piped.output.contains("rc=0"), "\(format): \(piped.output)")
        }
    }
}
