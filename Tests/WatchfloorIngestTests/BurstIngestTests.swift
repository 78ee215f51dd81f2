import Foundation
import Testing
import WatchfloorModel
@testable import WatchfloorIngest
@testable import WatchfloorStore

/// A burst of 10,000 files written in a few seconds into a watched tree: every file is stored
/// exactly once, none is missed, none is stored twice, and no transient error is recorded, even
/// though the kernel's event queue (16,384 by default) overflows on the way.
@Suite struct BurstIngestTests {
    static let directories = 10
    static let filesPerDirectory = 1_000

    /// Writes one file with a single `write(2)`, as a news feed client would.
    private static func put(_ path: String, _ text: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, text, text.utf8.count) == text.utf8.count
    }

    @Test(.timeLimit(.minutes(3))) func tenThousandFilesAreEachStoredExactlyOnce() throws {
        let h = try IngestHarness(copyFixtures: false)
        let log = EventLog()
        let watch = try h.service.startWatching(paths: [h.articles]) { log.append($0) }
        defer { watch.stop() }
        #expect(log.wait { $0.contains(.progress(done: 0, total: 0)) })
        let root = h.articles.realPath
        var paths: [String] = []
        let started = Date()
        // Half the files go into directories created during the burst.
        for d in 0..<BurstIngestTests.directories {
            let dir = d % 2 == 0 ? root : root + "/feed\(d)"
            if d % 2 == 1 { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            for n in 0..<BurstIngestTests.filesPerDirectory {
                let path = dir + "/b\(d)-\(n).txt"
                #expect(BurstIngestTests.put(path, "Burst \(d)-\(n)\n\nItem \(n) of batch \(d) in the burst."))
                paths.append(path)
            }
        }
        let writing = Date().timeIntervalSince(started)
        let expected = Set(paths)
        #expect(log.wait(seconds: 150) { events in
            Set(events.compactMap { e -> String? in if case .stored(let p, _, _, _, _) = e { return p } else { return nil } }).count == expected.count
        }, "wrote \(expected.count) files in \(writing) s")
        // Everything is in: wait until the watcher is idle (a file written last is stored), then count.
        #expect(BurstIngestTests.put(root + "/zz-last.txt", "Last\n\nWritten after the burst."))
        #expect(log.wait(seconds: 60) { $0.contains { $0.isStored("/zz-last.txt") } })
        var stored: [String: Int] = [:]
        for case .stored(let p, _, _, _, _) in log.all { stored[p, default: 0] += 1 }
        #expect(Set(stored.keys) == expected.union([root + "/zz-last.txt"]))
        #expect(stored.values.allSatisfy { $0 == 1 }, "stored twice: \(stored.filter { $0.value > 1 }.keys.sorted().prefix(5))")
        #expect(!log.all.contains { if case .failed = $0 { true } else { false } })
        #expect(try h.store.stats().articles == expected.count + 1)
        #expect(try h.store.stats().errors == 0)
        #expect(try h.store.integrityCheck() == ["ok"])
    }
}
