import Foundation
import Testing
import WatchfloorModel
@testable import WatchfloorIngest

/// `ArticleReader.read(path:)`: size limit, special files, missing files.
@Suite struct ArticleReaderFileTests {
    @Test func readsAFileAndUsesItsModificationTime() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/story.txt"
        try "Headline\n\nBody.".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: path)
        let a = try #require(try ArticleReader.read(path: path).first)
        #expect(a.title == "Headline")
        #expect(a.publishedSource == .modificationTime)
        #expect(a.published?.iso == "2020-09-13")
    }

    @Test func tooLargeIsRefusedBeforeReading() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/big.txt"
        try String(repeating: "x", count: 2000).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ArticleReadError.tooLarge(size: 2000, limit: 1000)) { try ArticleReader.read(path: path, maxBytes: 1000) }
    }

    @Test func fifoIsNeverOpened() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/pipe.txt"
        try #require(mkfifo(path, 0o600) == 0)
        // Opening a FIFO for reading without a writer would block; the reader must refuse it at once.
        #expect(throws: ArticleReadError.notRegularFile(kind: "a FIFO")) { try ArticleReader.read(path: path) }
    }

    @Test func missingFileHasVanished() {
        // A file deleted between its event and the read is a removal, not a broken file.
        #expect(throws: ArticleReadError.vanished) { try ArticleReader.read(path: "/nonexistent/dir/a.txt") }
    }
}
