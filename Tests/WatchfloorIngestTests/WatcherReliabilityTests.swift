import Foundation
import Testing
import WatchfloorExtraction
import WatchfloorModel
@testable import WatchfloorIngest
@testable import WatchfloorStore

/// The watcher under the things real writers, directories and kernels do (issue 5, "The watcher").
@Suite struct WatcherReliabilityTests {
    /// Starts watching and waits for the (empty or given) backlog to be done.
    private func watching(_ h: IngestHarness, faults: WatchFaults? = nil, backlog: Int = 0) throws -> (IngestWatch, EventLog) {
        let log = EventLog()
        let watch = try h.service.startWatching(paths: [h.articles], faults: faults) { log.append($0) }
        #expect(log.wait(seconds: 30) { $0.contains(.progress(done: backlog, total: backlog)) })
        return (watch, log)
    }

    private func storedCount(_ log: EventLog, _ suffix: String) -> Int {
        log.all.filter { $0.isStored(suffix) }.count
    }

    private func storedID(_ log: EventLog, _ suffix: String) -> Int64? {
        log.all.compactMap { e -> Int64? in
            if case .stored(let p, let id, _, _, _) = e, p.hasSuffix(suffix) { return id } else { return nil }
        }.last
    }

    /// Writes a file and waits until it is stored: every event before it has then been handled.
    private func barrier(_ h: IngestHarness, _ log: EventLog, _ name: String) throws {
        try h.write(name, "Barrier \(name)\n\nA file written last, to know the watcher is past everything before it.")
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/" + name) } }, "barrier \(name) never stored")
    }

    @Test func aWriterThatAppendsAndThenClosesIsIngestedOnceAndWhole() throws {
        let h = try IngestHarness(copyFixtures: false)
        let (watch, log) = try watching(h)
        defer { watch.stop() }
        let fd = open(h.articles + "/growing.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        for n in 0...20 {
            let line = n == 0 ? "Growing story\n\n" : "Paragraph \(n) of a story written slowly.\n"
            #expect(write(fd, line, line.utf8.count) == line.utf8.count)
            usleep(15_000)
        }
        close(fd)
        try barrier(h, log, "after.txt")
        #expect(storedCount(log, "/growing.txt") == 1)
        let id = try #require(storedID(log, "/growing.txt"))
        #expect(try h.store.article(id: id)?.text.hasSuffix("Paragraph 20 of a story written slowly.\n") == true)
    }

    @Test func atomicRenameWritersAreReadOnceUnderTheFinalName() throws {
        let h = try IngestHarness(copyFixtures: false)
        let (watch, log) = try watching(h)
        defer { watch.stop() }
        try h.write("x.tmp", "Saved atomically\n\nFirst version of the text.")
        #expect(rename(h.articles + "/x.tmp", h.articles + "/x.txt") == 0)
        #expect(log.wait { $0.contains { $0.isStored("/x.txt") } })
        // Replacing it the same way replaces the article (same id), it does not add one.
        try h.write("x.tmp", "Saved atomically\n\nSecond version of the text.")
        #expect(rename(h.articles + "/x.tmp", h.articles + "/x.txt") == 0)
        #expect(log.wait { $0.filter { $0.isStored("/x.txt") }.count == 2 })
        try barrier(h, log, "after.txt")
        #expect(!log.all.contains { $0.path?.hasSuffix(".tmp") == true })
        #expect(try h.store.stats().articles == 2)
        #expect(storedCount(log, "/x.txt") == 2)
    }

    @Test func newNestedDirectoriesAndTheFilesAlreadyInThemAreAllRead() throws {
        let h = try IngestHarness(copyFixtures: false)
        let (watch, log) = try watching(h)
        defer { watch.stop() }
        // Created as fast as possible: most files exist before the watcher can add a watch for their directory.
        var names: [String] = []
        for level in ["a", "a/b", "a/b/c", "a/b/c/d"] {
            try FileManager.default.createDirectory(atPath: h.articles + "/" + level, withIntermediateDirectories: true)
            for n in 1...5 {
                let name = "\(level)/f\(n).txt"
                try h.write(name, "Story \(name)\n\nBody of \(name) in a new directory.")
                names.append(name)
            }
        }
        #expect(log.wait(seconds: 30) { events in names.allSatisfy { n in events.contains { $0.isStored("/" + n) } } })
        try barrier(h, log, "after.txt")
        for name in names { #expect(storedCount(log, "/" + name) == 1, "\(name)") }
    }

    @Test func aRemovedAndRecreatedRootIsWatchedAgain() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("old.txt", "Old\n\nAn article from before.")
        let (watch, log) = try watching(h, backlog: 1)
        defer { watch.stop() }
        try FileManager.default.removeItem(atPath: h.articles)
        #expect(log.wait { $0.contains { if case .warning(let w) = $0 { w.contains("is gone") } else { false } } })
        #expect(log.wait { $0.contains { if case .removed(let p) = $0 { p.hasSuffix("/old.txt") } else { false } } })
        try FileManager.default.createDirectory(atPath: h.articles, withIntermediateDirectories: true)
        try h.write("new.txt", "New\n\nWritten into the recreated directory.")
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/new.txt") } })
        #expect(log.all.contains { if case .warning(let w) = $0 { w.contains("is back") } else { false } })
        // And it is watched again, not just scanned once.
        try h.write("newer.txt", "Newer\n\nWritten after the watch came back.")
        #expect(log.wait { $0.contains { $0.isStored("/newer.txt") } })
        #expect(try h.store.stats().articles == 2)
    }

    @Test func aRootMovedAwayKeepsItsArticlesUntilItComesBack() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("kept.txt", "Kept\n\nAn article whose directory goes away for a while.")
        let (watch, log) = try watching(h, backlog: 1)
        defer { watch.stop() }
        #expect(rename(h.articles, h.dir.path + "/elsewhere") == 0)
        #expect(log.wait { $0.contains { if case .warning(let w) = $0 { w.contains("is gone") } else { false } } })
        // Writes in the moved tree are not attributed to the old path.
        try "Moved\n\nWritten in the moved directory.".write(toFile: h.dir.path + "/elsewhere/moved.txt", atomically: false, encoding: .utf8)
        #expect(try h.store.stats().articles == 1)
        // The same directory moved back: nothing is lost, the file written meanwhile is read.
        #expect(rename(h.dir.path + "/elsewhere", h.articles) == 0)
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/moved.txt") } })
        #expect(!log.all.contains { if case .removed = $0 { true } else { false } })
        #expect(try h.store.stats().articles == 2)
    }

    @Test func aFileCreatedBetweenANewDirectorysListingAndItsWatchIsRead() throws {
        // A feed writer that makes a directory and at once renames a file into it can beat the watch:
        // the file lands after the loop listed the new directory but before its watch exists, so no
        // event will ever name it. The seam writes the file at exactly that moment.
        let h = try IngestHarness(copyFixtures: false)
        let late = h.articles + "/late"
        let faults = WatchFaults()
        faults.beforeAddWatch { dir in
            guard dir == late else { return }
            try? "Late\n\nWritten after the listing of its directory, before the watch.".write(
                toFile: late + "/inside.txt", atomically: false, encoding: .utf8)
        }
        let (watch, log) = try watching(h, faults: faults)
        defer { watch.stop() }
        try FileManager.default.createDirectory(atPath: late, withIntermediateDirectories: false)
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/late/inside.txt") } }, "the file in the new directory was never read")
        try barrier(h, log, "after.txt")
        #expect(storedCount(log, "/late/inside.txt") == 1)
    }

    @Test func queueOverflowRescanLosesNothing() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("gone.txt", "Gone\n\nDeleted while events are being lost.")
        try h.write("changed.txt", "Changed\n\nFirst version.")
        let faults = WatchFaults()
        let (watch, log) = try watching(h, faults: faults, backlog: 2)
        defer { watch.stop() }
        faults.startDropping()
        for n in 1...40 { try h.write("lost/n\(n).txt", "Lost \(n)\n\nWritten while the queue overflowed.") }
        try h.write("changed.txt", "Changed\n\nSecond version, longer than the first.")
        try FileManager.default.removeItem(atPath: h.articles + "/gone.txt")
        faults.overflowOnNextRead()
        // Any event wakes the loop; the batch it reads becomes the overflow.
        try h.write("wake.bin", "x")
        #expect(log.wait(seconds: 30) { $0.contains { if case .warning(let w) = $0 { w.contains("overflow") } else { false } } })
        #expect(log.wait(seconds: 30) { events in (1...40).allSatisfy { n in events.contains { $0.isStored("/lost/n\(n).txt") } } })
        #expect(log.wait { $0.contains { if case .removed(let p) = $0 { p.hasSuffix("/gone.txt") } else { false } } })
        #expect(storedCount(log, "/changed.txt") == 2)
        #expect(faults.droppedCount > 0)
        // The new directory is watched after the rescan.
        try h.write("lost/after.txt", "After\n\nWritten after the rescan.")
        #expect(log.wait { $0.contains { $0.isStored("/lost/after.txt") } })
        #expect(try h.store.stats().articles == 42)
    }

    @Test func runningOutOfWatchesFallsBackToPollingWithOneWarning() throws {
        let h = try IngestHarness(options: IngestOptions(fallbackPollInterval: 0.05), copyFixtures: false)
        try FileManager.default.createDirectory(atPath: h.articles + "/sub/deeper", withIntermediateDirectories: true)
        let faults = WatchFaults()
        faults.limitWatches(to: 1)
        let (watch, log) = try watching(h, faults: faults)
        defer { watch.stop() }
        try h.write("sub/deeper/a.txt", "Deep\n\nOnly polling can see this directory.")
        try h.write("top.txt", "Top\n\nIn the root.")
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/sub/deeper/a.txt") } && $0.contains { $0.isStored("/top.txt") } })
        try FileManager.default.createDirectory(atPath: h.articles + "/later", withIntermediateDirectories: true)
        try h.write("later/b.txt", "Later\n\nA directory made after the fall-back.")
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/later/b.txt") } })
        let warnings = log.all.compactMap { e -> String? in if case .warning(let w) = e { return w } else { return nil } }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("max_user_watches") == true)
        #expect(warnings.first?.contains("rescanning every 0.05 seconds") == true)
    }

    @Test func noInotifyInstanceLeftFallsBackToPolling() throws {
        let h = try IngestHarness(options: IngestOptions(fallbackPollInterval: 0.05), copyFixtures: false)
        let faults = WatchFaults()
        faults.failInit(errno: EMFILE)
        let (watch, log) = try watching(h, faults: faults)
        defer { watch.stop() }
        try h.write("a.txt", "A\n\nSeen by polling.")
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/a.txt") } })
        let warnings = log.all.compactMap { e -> String? in if case .warning(let w) = e { return w } else { return nil } }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("max_user_instances") == true)
    }

    @Test func pollingWaitsUntilAFileStopsChanging() throws {
        let h = try IngestHarness(options: IngestOptions(pollInterval: 0.4), copyFixtures: false)
        let (watch, log) = try watching(h)
        defer { watch.stop() }
        let fd = open(h.articles + "/slow.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        let started = Date()
        var n = 0
        // Appends every 10 ms for 1.5 s: no two rescans 0.4 s apart see the same file.
        while Date().timeIntervalSince(started) < 1.5 {
            let line = n == 0 ? "Slow story\n\n" : "Line \(n).\n"
            _ = write(fd, line, line.utf8.count)
            n += 1
            usleep(10_000)
        }
        close(fd)
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/slow.txt") } })
        try barrier(h, log, "after.txt")
        #expect(storedCount(log, "/slow.txt") == 1)
        let id = try #require(storedID(log, "/slow.txt"))
        #expect(try h.store.article(id: id)?.text.hasSuffix("Line \(n - 1).\n") == true)
    }

    @Test func aFailedStoreWriteIsRetriedWhenTheStoreRecovers() throws {
        let h = try IngestHarness(options: IngestOptions(retryInterval: 0.1), copyFixtures: false)
        let (watch, log) = try watching(h)
        defer { watch.stop() }
        // Every new article and error row fails, as on a full disk.
        try h.store.executeForTesting("CREATE TRIGGER full_a BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        try h.store.executeForTesting("CREATE TRIGGER full_e BEFORE INSERT ON ingest_errors BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        try h.write("a.txt", "A\n\nWritten while the disk is full.")
        #expect(log.wait { $0.contains { if case .failed(let p, let m) = $0 { p.hasSuffix("/a.txt") && m.contains("disk is full") && m.contains("will try again") } else { false } } })
        #expect(log.all.contains { if case .warning(let w) = $0 { w.contains("could not record the error") } else { false } })
        try h.store.executeForTesting("DROP TRIGGER full_a")
        try h.store.executeForTesting("DROP TRIGGER full_e")
        #expect(log.wait(seconds: 30) { $0.contains { $0.isStored("/a.txt") } })
        #expect(try h.store.stats().articles == 1)
        #expect(try h.store.stats().errors == 0)
    }

    @Test func aFileDeletedBetweenItsEventAndTheReadIsARemovalNotAnError() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("brief.txt", "Brief\n\nHere for a moment.")
        let pipeline = IngestPipeline(store: h.store, extractor: Extractor(gazetteer: Gazetteer()), options: IngestOptions())
        let path = h.articles.realPath + "/brief.txt"
        pipeline.ingest(path: path) { _ in }
        #expect(try h.store.stats().articles == 1)
        try FileManager.default.removeItem(atPath: path)
        let log = EventLog()
        // The event said "written"; by the time of the read the file is gone.
        #expect(pipeline.ingest(path: path) { log.append($0) } == .finished)
        #expect(log.all == [.removed(path: path)])
        #expect(try h.store.stats() == StoreStats())
    }
}
