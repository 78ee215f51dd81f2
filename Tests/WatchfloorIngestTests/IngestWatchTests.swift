import Foundation
import Testing
import WatchfloorModel
import WatchfloorStore
@testable import WatchfloorIngest

/// Watching: backlog progress, new files, new subdirectories, removals, polling, stop.
@Suite struct IngestWatchTests {
    @Test func inotifyPicksUpNewFilesDirectoriesAndRemovals() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("old.txt", "Old news\n\nAlready there.")
        let log = EventLog()
        let watch = try h.service.startWatching(paths: [h.articles]) { log.append($0) }
        defer { watch.stop() }
        #expect(log.wait { $0.contains(.progress(done: 1, total: 1)) })
        #expect(log.all.contains { $0.isStored("/old.txt") })

        let started = Date()
        try h.write("new.txt", "Fresh news\n\nJust written.")
        #expect(log.wait { $0.contains { $0.isStored("/new.txt") } })
        let latency = Date().timeIntervalSince(started)
        #expect(latency < 2, "took \(latency) s")

        // An atomic save: a dot-temp file renamed into place.
        try "Renamed news\n\nMoved in.".write(toFile: h.articles + "/.tmp-save", atomically: false, encoding: .utf8)
        #expect(rename(h.articles + "/.tmp-save", h.articles + "/moved.txt") == 0)
        #expect(log.wait { $0.contains { $0.isStored("/moved.txt") } })

        // A new subdirectory with a file already inside when it appears.
        try FileManager.default.createDirectory(atPath: h.dir.path + "/staging/deep", withIntermediateDirectories: true)
        try "Deep news\n\nNested.".write(toFile: h.dir.path + "/staging/deep/deep.txt", atomically: false, encoding: .utf8)
        #expect(rename(h.dir.path + "/staging", h.articles + "/staging") == 0)
        #expect(log.wait { $0.contains { $0.isStored("/staging/deep/deep.txt") } })
        try h.write("staging/deep/later.txt", "Later news\n\nWritten after the watch was added.")
        #expect(log.wait { $0.contains { $0.isStored("/staging/deep/later.txt") } })

        // Bad files are reported and the watch goes on.
        try h.write("broken.json", "{\"body\": ")
        #expect(log.wait { $0.contains { if case .failed(let p, _) = $0 { p.hasSuffix("/broken.json") } else { false } } })
        try FileManager.default.removeItem(atPath: h.articles + "/old.txt")
        #expect(log.wait { $0.contains { if case .removed(let p) = $0 { p.hasSuffix("/old.txt") } else { false } } })
        #expect(try h.store.stats().articles == 4)  // new, moved, deep, later
        watch.stop()
        #expect(!watch.isRunning)
    }

    @Test func pollingModeSeesNewAndChangedFiles() throws {
        let h = try IngestHarness(options: IngestOptions(pollInterval: 0.05), copyFixtures: false)
        let log = EventLog()
        let watch = try h.service.startWatching(paths: [h.articles]) { log.append($0) }
        defer { watch.stop() }
        #expect(log.wait { $0.contains(.progress(done: 0, total: 0)) })
        try h.write("a.txt", "First\n\nVersion one.")
        #expect(log.wait { $0.filter { $0.isStored("/a.txt") }.count == 1 })
        try h.write("a.txt", "First\n\nVersion two, longer.")
        #expect(log.wait { $0.filter { $0.isStored("/a.txt") }.count == 2 })
        try FileManager.default.removeItem(atPath: h.articles + "/a.txt")
        #expect(log.wait { $0.contains { if case .removed(let p) = $0 { p.hasSuffix("/a.txt") } else { false } } })
    }

    @Test func stopReturnsPromptlyAndTwice() throws {
        let h = try IngestHarness(copyFixtures: false)
        let watch = try h.service.startWatching(paths: [h.articles]) { _ in }
        let started = Date()
        watch.stop()
        watch.stop()
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func watchingNothingIsAnError() throws {
        let h = try IngestHarness(copyFixtures: false)
        #expect(throws: IngestSetupError.nothingToWatch(["/nonexistent-watchfloor"])) {
            try h.service.startWatching(paths: ["/nonexistent-watchfloor"]) { _ in }
        }
    }
}
