import Foundation
import Testing
import WatchfloorModel
@testable import WatchfloorIngest
@testable import WatchfloorStore

/// Broken, binary, huge, special and hostile files: each becomes one error record or a correct
/// article, and nothing else is affected (issue 5, "Hostile and broken files").
@Suite struct HostileFileTests {
    /// Creates a file whose name is given as raw bytes (so it can be invalid UTF-8).
    private static func createRawName(_ dir: String, _ name: [UInt8], contents: String) -> Bool {
        let bytes = Array((dir + "/").utf8) + name + [0]
        let fd = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Int32 in
                guard let base = chars.baseAddress else { return -1 }
                return open(base, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
        }
        guard fd >= 0 else { return false }
        _ = write(fd, contents, contents.utf8.count)
        close(fd)
        return true
    }

    private static func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The hostile set, and what each file must become: an error containing the text, or a stored article.
    static func makeHostileFiles(in dir: String) throws -> [String: Expected] {
        var expected: [String: Expected] = [:]
        func text(_ name: String, _ contents: String, _ outcome: Expected) throws {
            try contents.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
            expected[name] = outcome
        }
        func bytes(_ name: String, _ contents: [UInt8], _ outcome: Expected) throws {
            try writeBytes(dir + "/" + name, contents)
            expected[name] = outcome
        }
        try text("empty.txt", "", .failed("file is empty"))
        try bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + [UInt8](repeating: 7, count: 200),
                  .failed("not a text file"))
        try bytes("program.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0] + [UInt8](repeating: 0, count: 100),
                  .failed("not a text file"))
        try bytes("latin1.txt", Array("Caf".utf8) + [0xE9, 0x20, 0x80, 0x0A, 0x0A] + Array("Prices rose in the caf".utf8) + [0xE9, 0x2E], .stored)
        try bytes("bom8.txt", [0xEF, 0xBB, 0xBF] + Array("Headline\n\nBody with a byte-order mark.".utf8), .stored)
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF]
        for unit in "Grüße aus Köln\n\nText in UTF-16 €.".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for unit in "Grüße aus Bonn\n\nText in UTF-16 €.".utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        try bytes("bom16le.txt", le, .stored)
        try bytes("bom16be.txt", be, .stored)  // differs from the LE one by its city, or it would be a duplicate
        try text("crlf.txt", "Windows headline\r\nDate: 2024-05-06\r\n\r\nLine one.\r\nLine two.\r\n", .stored)
        try text("nul.txt", "Headline\n\nText with a \u{0} NUL in it.", .failed("not a text file"))
        try text("truncated.json", "[{\"title\": \"Cut\", \"body\": \"The file ends in the mid", .failed("invalid JSON"))
        try text("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), .failed("nesting deeper than"))
        // A 500 MB file that takes no disk space: refused by its size, never read.
        let huge = open(dir + "/huge.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(huge >= 0 && ftruncate(huge, 500 << 20) == 0)
        close(huge)
        expected["huge.txt"] = .failed("over the 20971520-byte limit")
        // 10 MB on one line: stored, with facts from the start only.
        let word = "lorem ipsum dolor sit amet "
        try text("oneline.txt", "One line\n\n" + String(repeating: word, count: (10 << 20) / word.utf8.count), .stored)
        let longWord = String(repeating: "x", count: 10_000)
        try text("escapes.txt", "\u{1B}[2J\u{1B}[31mRed alert\u{1B}[0m\n\nText with \u{1B}]0;owned\u{07} title codes, \u{202E}reversed\u{202C} bidi, "
                 + "\u{9B}31m C1 codes and a \(longWord) word.", .stored)
        try text("with space.txt", "Spaces\n\nIn the name.", .stored)
        try text("quote\"s and 'single'.txt", "Quotes\n\nIn the name.", .stored)
        try text("new\nline.txt", "Newline\n\nIn the name.", .stored)
        try text("-leading-dash.txt", "Dash\n\nAt the start of the name.", .stored)
        if createRawName(dir, Array("bad-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8), contents: "Bad name\n\nNot UTF-8.") {
            expected["bad-\u{FFFD}\u{FFFD}.txt"] = .failed("not valid UTF-8")
        }
        try FileManager.default.createSymbolicLink(atPath: dir + "/loopA.txt", withDestinationPath: dir + "/loopB.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/loopB.txt", withDestinationPath: dir + "/loopA.txt")
        expected["loopA.txt"] = .failed("does not resolve")
        expected["loopB.txt"] = .failed("does not resolve")
        try FileManager.default.createSymbolicLink(atPath: dir + "/outside.txt", withDestinationPath: "/etc/hostname")
        expected["outside.txt"] = .failed("outside the watched directories")
        try FileManager.default.createSymbolicLink(atPath: dir + "/dirloop", withDestinationPath: dir)
        #expect(mkfifo(dir + "/fifo.txt", 0o644) == 0)
        expected["fifo.txt"] = .failed("a FIFO")
        // /dev/null's numbers (1, 3); needs CAP_MKNOD, which root in a container usually has.
        if mknod(dir + "/device.txt", S_IFCHR | 0o644, (1 << 8) | 3) == 0 {
            expected["device.txt"] = .failed("a device")
        }
        return expected
    }

    /// What a hostile file must become.
    enum Expected: Equatable {
        case stored
        case failed(String)
    }

    /// Checks every expected outcome against the events; returns the file names that went wrong.
    static func mismatches(_ expected: [String: Expected], _ events: [IngestEvent]) -> [String] {
        var wrong: [String] = []
        for (name, outcome) in expected {
            let mine = events.filter { ($0.path as NSString?)?.lastPathComponent == name }
            switch outcome {
            case .stored:
                if mine.filter({ if case .stored = $0 { true } else { false } }).count != 1 { wrong.append("\(name): \(mine)") }
            case .failed(let text):
                let failures = mine.compactMap { e -> String? in if case .failed(_, let m) = e { return m } else { return nil } }
                if failures.count != 1 || !failures[0].contains(text) { wrong.append("\(name): \(mine)") }
            }
        }
        return wrong
    }

    @Test func everyHostileFileGetsOneClearOutcome() throws {
        let h = try IngestHarness(copyFixtures: false)
        let expected = try HostileFileTests.makeHostileFiles(in: h.articles)
        let log = EventLog()
        let summary = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        #expect(HostileFileTests.mismatches(expected, log.all) == [])
        let failures = expected.values.filter { $0 != .stored }.count
        #expect(summary == IngestSummary(stored: expected.count - failures, unchanged: 0, failed: failures, removed: 0))
        // One error record per refused file, and nothing else in the store.
        #expect(try h.store.stats().errors == failures)
        #expect(try h.store.stats().articles == expected.count - failures)
        let warnings = log.all.compactMap { e -> String? in if case .warning(let w) = e { return w } else { return nil } }
        #expect(warnings.contains { $0.hasSuffix("latin1.txt: not valid UTF-8; read as Windows-1252") })
        #expect(warnings.contains { $0.contains("oneline.txt: facts taken from the first") })
    }

    @Test func decodedTextsAreRight() throws {
        let h = try IngestHarness(copyFixtures: false)
        _ = try HostileFileTests.makeHostileFiles(in: h.articles)
        let log = EventLog()
        _ = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        func text(_ name: String) throws -> ArticleDetail? {
            let id = log.all.compactMap { e -> Int64? in if case .stored(let p, let id, _, _, _) = e, p.hasSuffix("/" + name) { return id } else { return nil } }.first
            return try id.flatMap { try h.store.article(id: $0) }
        }
        #expect(try text("latin1.txt")?.title == "Café €")
        #expect(try text("bom8.txt")?.text.unicodeScalars.first == "\u{FEFF}")
        #expect(try text("bom16le.txt")?.text == "Grüße aus Köln\n\nText in UTF-16 €.")
        #expect(try text("bom16be.txt")?.title == "Grüße aus Bonn")
        #expect(try text("crlf.txt")?.title == "Windows headline")
        #expect(try text("crlf.txt")?.published == "2024-05-06")
        #expect(try text("escapes.txt")?.text.contains("\u{1B}[31m") == true)  // stored as is; escaped only on output
        #expect(try text("oneline.txt")?.text.unicodeScalars.count ?? 0 > 10_000_000)
        #expect(try text("new\nline.txt")?.path.hasSuffix("/new\nline.txt") == true)
    }

    @Test func theWatcherSurvivesHostileFilesAndStaysResponsive() throws {
        let h = try IngestHarness(copyFixtures: false)
        let log = EventLog()
        let watch = try h.service.startWatching(paths: [h.articles]) { log.append($0) }
        defer { watch.stop() }
        #expect(log.wait { $0.contains(.progress(done: 0, total: 0)) })
        let expected = try HostileFileTests.makeHostileFiles(in: h.articles)
        try h.write("normal.txt", "Normal\n\nAn ordinary article after the hostile ones.")
        #expect(log.wait(seconds: 60) { $0.contains { $0.isStored("/normal.txt") } })
        #expect(log.wait(seconds: 30) { HostileFileTests.mismatches(expected, $0).isEmpty }, "\(HostileFileTests.mismatches(expected, log.all))")
        #expect(watch.isRunning)
        // Removing the refused files clears their error records.
        for name in ["fifo.txt", "empty.txt", "loopA.txt"] { try FileManager.default.removeItem(atPath: h.articles + "/" + name) }
        let errorsLeft = { () -> Int in
            let errors = (try? h.store.ingestErrors(limit: 100, offset: 0)) ?? []
            return errors.filter { e in ["fifo.txt", "empty.txt", "loopA.txt"].contains { e.path.hasSuffix("/" + $0) } }.count
        }
        #expect(log.wait { _ in errorsLeft() == 0 })
    }

    @Test func aHugeFileIsRefusedWithoutBeingRead() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/huge.txt"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0 && ftruncate(fd, 500 << 20) == 0)
        close(fd)
        var before = rusage()
        getrusage(RUSAGE_SELF.rawValue, &before)
        let started = Date()
        #expect(throws: ArticleReadError.tooLarge(size: 500 << 20, limit: 20 << 20)) { try ArticleReader.read(path: path) }
        var after = rusage()
        getrusage(RUSAGE_SELF.rawValue, &after)
        // Reading it would take 500 MB of memory and far more than a second.
        #expect(after.ru_maxrss - before.ru_maxrss < 50_000)
        #expect(Date().timeIntervalSince(started) < 1)
        // The limit is configurable.
        #expect(throws: ArticleReadError.tooLarge(size: 500 << 20, limit: 100)) { try ArticleReader.read(path: path, maxBytes: 100) }
    }

    @Test func aJSONArrayOf50000ArticlesIsStoredWhole() throws {
        let h = try IngestHarness(copyFixtures: false)
        var json = "["
        for n in 1...50_000 {
            if n > 1 { json += "," }
            json += "{\"title\": \"Item \(n)\", \"body\": \"Short body number \(n).\"}"
        }
        try h.write("many.json", json + "]")
        let log = EventLog()
        let summary = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        #expect(summary == IngestSummary(stored: 50_000, unchanged: 0, failed: 0, removed: 0))
        #expect(try h.store.stats().articles == 50_000)
        #expect(try h.store.storedFiles(under: h.articles.realPath) == [h.articles.realPath + "/many.json"])
    }
}
