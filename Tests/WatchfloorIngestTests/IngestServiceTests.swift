import Foundation
import Testing
import WatchfloorModel
import WatchfloorStore
@testable import WatchfloorIngest

/// One-shot ingest of a directory: once, twice, copies, changes, removals, bad files.
@Suite struct IngestServiceTests {
    @Test func ingestTwiceAddsNothing() throws {
        let h = try IngestHarness()
        let log = EventLog()
        let first = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        #expect(first == IngestSummary(stored: 6, unchanged: 0, failed: 2, removed: 0))
        let stored = log.all.compactMap { e -> String? in if case .stored(let p, _, _, _, _) = e { return p } else { return nil } }
        #expect(stored.contains { $0.hasSuffix("/articles/briefs.json#2") })
        #expect(stored.contains { $0.hasSuffix("/articles/regional/20240410-market.txt") })
        #expect(!stored.contains { $0.contains("hidden") || $0.hasSuffix(".tmp") || $0.hasSuffix(".pdf") })
        let failures = log.all.compactMap { e -> String? in if case .failed(let p, let m) = e { return p + ": " + m } else { return nil } }
        #expect(failures.count == 2)
        #expect(failures.contains { $0.contains("empty.txt: file is empty") })
        let statsBefore = try h.store.stats()
        #expect(statsBefore.articles == 6)
        #expect(statsBefore.errors == 2)

        let token = try h.store.changeToken()
        let second = h.service.ingestAll(paths: [h.articles]) { _ in }
        #expect(second == IngestSummary(stored: 0, unchanged: 6, failed: 2, removed: 0))
        #expect(try h.store.stats().articles == 6)

        // A copy under another name adds nothing either.
        try FileManager.default.copyItem(atPath: h.articles + "/harbour.txt", toPath: h.articles + "/harbour-copy.txt")
        let third = h.service.ingestAll(paths: [h.articles]) { _ in }
        #expect(third == IngestSummary(stored: 0, unchanged: 7, failed: 2, removed: 0))
        #expect(try h.store.stats().articles == 6)
        #expect(try h.store.changeToken() != token)
    }

    @Test func publishedDatesComeFromTheRightPlace() throws {
        let h = try IngestHarness()
        _ = h.service.ingestAll(paths: [h.articles]) { _ in }
        let details = try (1...6).compactMap { try h.store.article(id: $0) }
        let byName = Dictionary(uniqueKeysWithValues: details.map { (($0.path as NSString).lastPathComponent, $0) })
        #expect(byName["harbour.txt"]?.published == "2024-04-02")
        #expect(byName["harbour.txt"]?.publishedSource == .header)
        #expect(byName["briefs.json#2"]?.published == "2024-04-08")
        #expect(byName["20240410-market.txt"]?.publishedSource == .fileName)
        #expect(byName["talks.md"]?.title == nil || byName["talks.md"]?.title == "Envoys meet for a second round")
    }

    @Test func changedFileReplacesItsArticleAndDeletedFileIsForgotten() throws {
        let h = try IngestHarness()
        _ = h.service.ingestAll(paths: [h.articles]) { _ in }
        try h.write("harbour.txt", "Harbour strike ends\nDate: 2024-04-03\n\nWorkers returned on Wednesday.\n")
        try FileManager.default.removeItem(atPath: h.articles + "/wire.jsonl")
        let log = EventLog()
        let summary = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        #expect(summary == IngestSummary(stored: 1, unchanged: 4, failed: 2, removed: 1))
        #expect(log.all.contains { $0 == .removed(path: h.articles.realPath + "/wire.jsonl#1") })
        let stats = try h.store.stats()
        #expect(stats.articles == 5)
        let harbour = try (1...6).compactMap { try h.store.article(id: $0) }.first { $0.path.hasSuffix("harbour.txt") }
        #expect(harbour?.text.contains("Workers returned") == true)
        #expect(harbour?.published == "2024-04-03")
    }

    @Test func jsonArrayShrinkingForgetsTheDroppedElement() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("list.json", #"[{"body": "First item."}, {"body": "Second item."}]"#)
        _ = h.service.ingestAll(paths: [h.articles]) { _ in }
        try h.write("list.json", #"[{"body": "First item."}]"#)
        let summary = h.service.ingestAll(paths: [h.articles]) { _ in }
        #expect(summary == IngestSummary(stored: 0, unchanged: 1, failed: 0, removed: 1))
        #expect(try h.store.stats().articles == 1)
    }

    @Test func specialFilesAndSymlinkLoopsNeverHang() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("ok.txt", "Headline\n\nBody.")
        #expect(mkfifo(h.articles + "/pipe.txt", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: h.articles + "/loop", withDestinationPath: h.articles)
        try FileManager.default.createSymbolicLink(atPath: h.articles + "/outside.txt", withDestinationPath: "/etc/hostname")
        try FileManager.default.createSymbolicLink(atPath: h.articles + "/inside.txt", withDestinationPath: h.articles + "/ok.txt")
        let log = EventLog()
        let summary = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        // ok.txt is stored; inside.txt is the same content (a duplicate); the directory loop is not entered;
        // the FIFO and the link out of the tree are refused with one error record each.
        #expect(summary == IngestSummary(stored: 1, unchanged: 1, failed: 2, removed: 0))
        let errors = try h.store.ingestErrors(limit: 10, offset: 0).map { (($0.path as NSString).lastPathComponent, $0.message) }
        #expect(errors.contains { $0.0 == "pipe.txt" && $0.1.contains("a FIFO") })
        #expect(errors.contains { $0.0 == "outside.txt" && $0.1.contains("outside the watched directories") })
    }

    @Test func missingPathIsReportedAndOthersStillIngest() throws {
        let h = try IngestHarness(copyFixtures: false)
        try h.write("ok.txt", "Headline\n\nBody.")
        let summary = h.service.ingestAll(paths: [h.dir.path + "/nope", h.articles]) { _ in }
        #expect(summary == IngestSummary(stored: 1, unchanged: 0, failed: 1, removed: 0))
    }

    @Test func inotifyEventBufferParsing() {
        var bytes: [UInt8] = []
        func append(wd: Int32, mask: UInt32, name: String, padded: Int) {
            withUnsafeBytes(of: wd.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: UInt32(0).littleEndian) { bytes += $0 }
            withUnsafeBytes(of: UInt32(padded).littleEndian) { bytes += $0 }
            bytes += Array(name.utf8) + [UInt8](repeating: 0, count: padded - name.utf8.count)
        }
        append(wd: 1, mask: InotifyEvent.Mask.closeWrite, name: "a.txt", padded: 16)
        append(wd: 2, mask: InotifyEvent.Mask.queueOverflow, name: "", padded: 0)
        append(wd: 3, mask: InotifyEvent.Mask.create | InotifyEvent.Mask.isDirectory, name: "sub", padded: 16)
        bytes += [1, 2, 3]  // a truncated record is ignored
        let events = bytes.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [
            InotifyEvent(wd: 1, mask: InotifyEvent.Mask.closeWrite, cookie: 0, name: "a.txt"),
            InotifyEvent(wd: 2, mask: InotifyEvent.Mask.queueOverflow, cookie: 0, name: ""),
            InotifyEvent(wd: 3, mask: InotifyEvent.Mask.create | InotifyEvent.Mask.isDirectory, cookie: 0, name: "sub"),
        ])
    }
}

extension String {
    /// The path with symlinks resolved (temp directories may live under a symlink).
    var realPath: String { FileStatus.realPath(self) ?? self }
}
