import Foundation
import Testing
import WatchfloorStore

/// Two Watchfloor processes on one store (issue 5, "Two Watchfloor processes on one store").
@Suite(.serialized) struct ReliabilityConcurrencyTests {
    @Test func twoWatchersAndReadersShareOneStore() throws {
        let dir = try CLITempDirectory()
        let store = dir.path + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: dir.path + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir.path + "/b", withIntermediateDirectories: true)
        let first = try CLIProcess.start(["ingest", dir.path + "/a", "--watch", "--store", store])
        let second = try CLIProcess.start(["ingest", dir.path + "/b", "--watch", "--store", store])
        #expect(first.waitForError(containing: "watching for changes", timeout: 60))
        #expect(second.waitForError(containing: "watching for changes", timeout: 60))
        // Both write at the same time while a third process queries.
        let pathsA = try ReliabilitySupport.writeArticles(dir.path + "/a", count: 80, prefix: "a")
        let pathsB = try ReliabilitySupport.writeArticles(dir.path + "/b", count: 80, prefix: "b")
        var queryStatuses: [Int32] = []
        let bothDone = ReliabilitySupport.waitUntil(timeout: 90) {
            if let q = try? CLIProcess.run(["query", "--limit", "5", "--store", store], timeout: 30) { queryStatuses.append(q.status) }
            return ReliabilitySupport.storedLines(first.stdout) == 80 && ReliabilitySupport.storedLines(second.stdout) == 80
        }
        #expect(bothDone)
        #expect(!queryStatuses.isEmpty && queryStatuses.allSatisfy { $0 == 0 }, "\(queryStatuses)")
        #expect(!first.stdout.contains("error:") && !second.stdout.contains("error:"), "\(first.stdout)\n\(second.stdout)")
        // A reader in another process sees a new article's commit through the change token.
        let reader = try ReliabilitySupport.open(store)
        let token = try reader.changeToken()
        let written = Date()
        _ = try ReliabilitySupport.writeArticles(dir.path + "/a", count: 1, prefix: "late")
        #expect(ReliabilitySupport.waitUntil(timeout: 10) { (try? reader.changeToken()) != token })
        let seenAfter = Date().timeIntervalSince(written)
        #expect(seenAfter < 3, "a new article reached another process's reader after \(seenAfter) s")
        first.send(SIGTERM)
        second.send(SIGTERM)
        #expect(first.waitForExit(timeout: 30) == 0)
        #expect(second.waitForExit(timeout: 30) == 0)
        #expect(try reader.integrityCheck() == ["ok"])
        #expect(try reader.stats().articles == 161)
        #expect(try reader.storedFiles(under: dir.path + "/b") == Set(pathsB))
        #expect(try reader.storedFiles(under: dir.path + "/a").isSuperset(of: Set(pathsA)))
    }

    @Test func vacuumWhileAWatcherRunsWaitsAndLosesNothing() throws {
        let dir = try CLITempDirectory()
        let store = dir.path + "/store.sqlite"
        let paths = try ReliabilitySupport.writeArticles(dir.path + "/news", count: 50)
        let watch = try CLIProcess.start(["ingest", dir.path + "/news", "--watch", "--store", store])
        #expect(watch.waitForError(containing: "watching for changes", timeout: 60))
        let more = try ReliabilitySupport.writeArticles(dir.path + "/news", count: 50, prefix: "b")
        let vacuum = try CLIProcess.run(["vacuum", "--check", "--store", store], timeout: 60)
        #expect(vacuum.status == 0, "\(vacuum.stderr)")
        #expect(vacuum.stdout.contains("integrity: ok"))
        #expect(vacuum.stdout.contains("size: "))
        #expect(ReliabilitySupport.waitUntil(timeout: 60) { ReliabilitySupport.storedLines(watch.stdout) == 100 })
        watch.send(SIGINT)
        #expect(watch.waitForExit(timeout: 30) == 0)
        let reader = try ReliabilitySupport.open(store)
        #expect(try reader.storedFiles(under: dir.path + "/news") == Set(paths + more))
        #expect(try reader.integrityCheck() == ["ok"])
    }
}
