import Testing
import WatchfloorModel
@testable import WatchfloorIngest

/// The `.txt` reader: headline, headers, body offsets, encodings.
@Suite struct ArticleReaderTextTests {
    private func parse(_ text: String, path: String = "/in/story.txt", mtime: Double? = nil) throws -> Article {
        let articles = try ArticleReader.parse(bytes: Array(text.utf8), path: path, modificationTime: mtime)
        try #require(articles.count == 1)
        return articles[0]
    }

    private func scalars(_ s: String, from: Int) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.dropFirst(from)))
    }

    @Test func headlineHeadersAndBody() throws {
        let text = "Ships seized off coast\nDate: 2024-03-05\nSource: Wire\nURL: https://x.test/a\n\nPORT CITY 2024-03-01\nBody line.\n"
        let a = try parse(text)
        #expect(a.title == "Ships seized off coast")
        #expect(a.text == text)
        #expect(a.headers["source"] == "Wire")
        #expect(a.headers["url"] == "https://x.test/a")
        #expect(a.published == CalendarDay(year: 2024, month: 3, day: 5))
        #expect(a.publishedSource == .header)
        #expect(scalars(text, from: a.bodyStart).hasPrefix("PORT CITY"))
    }

    @Test func headlineWithoutHeaders() throws {
        let a = try parse("Quiet day in the capital\n\nNothing happened at all.\n")
        #expect(a.title == "Quiet day in the capital")
        #expect(a.headers.isEmpty)
        #expect(a.bodyStart == 26)
    }

    @Test func emptyFirstLineMeansNoHeadline() throws {
        let a = try parse("\nA paragraph that starts right away.\n")
        #expect(a.title == nil)
        #expect(a.bodyStart == 1)
    }

    @Test func fileMayStartWithHeaders() throws {
        let a = try parse("Date: 1998-01-08\n\nOn the other hand, markets fell.\n")
        #expect(a.title == nil)
        #expect(a.published == CalendarDay(year: 1998, month: 1, day: 8))
        #expect(a.bodyStart == 18)
    }

    @Test func unknownKeyHeadlineStaysAHeadline() throws {
        let a = try parse("Atlantis: floods hit the coast\n\nWater rose overnight.\n", mtime: 0)
        #expect(a.title == "Atlantis: floods hit the coast")
        #expect(a.headers.isEmpty)
    }

    @Test func crlfHeadersParseAndOffsetsCountBothScalars() throws {
        let text = "Title here\r\nDate: 2020-02-03\r\n\r\nBody.\r\n"
        let a = try parse(text)
        #expect(a.title == "Title here")
        #expect(a.published == CalendarDay(year: 2020, month: 2, day: 3))
        #expect(a.text == text)
        // "Title here\r\n" = 12, "Date: 2020-02-03\r\n" = 18, "\r\n" = 2.
        #expect(a.bodyStart == 32)
    }

    @Test func utf8ByteOrderMarkStaysAsOneScalar() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Headline\nDate: 2021-01-02\n\nBody.".utf8)
        let a = try #require(try ArticleReader.parse(bytes: bytes, path: "a.txt", modificationTime: nil).first)
        #expect(a.text.unicodeScalars.first == "\u{FEFF}")
        #expect(a.title == "Headline")
        #expect(a.bodyStart == 1 + 9 + 17 + 1)
        #expect(a.published == CalendarDay(year: 2021, month: 1, day: 2))
    }

    @Test func utf16WithByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Grüße\n\nText €.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let a = try #require(try ArticleReader.parse(bytes: bytes, path: "a.txt", modificationTime: nil).first)
        #expect(a.title == "Grüße")
        #expect(a.text == "Grüße\n\nText €.")
        #expect(a.headers["encoding"] == "utf-16le")
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x80, 0x0A, 0x0A] + Array("Body".utf8)
        let a = try #require(try ArticleReader.parse(bytes: bytes, path: "a.txt", modificationTime: nil).first)
        #expect(a.title == "Café €")
        #expect(a.headers["encoding"] == "windows-1252")
    }

    @Test func emptyAndWhitespaceFilesAreErrors() {
        #expect(throws: ArticleReadError.empty) { try ArticleReader.parse(bytes: [], path: "a.txt", modificationTime: nil) }
        #expect(throws: ArticleReadError.empty) { try ArticleReader.parse(bytes: Array(" \n\t\n".utf8), path: "a.txt", modificationTime: nil) }
    }

    @Test func binaryContentIsAnError() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect {
            try ArticleReader.parse(bytes: png, path: "a.txt", modificationTime: nil)
        } throws: { error in
            guard let e = error as? ArticleReadError, case .binary = e else { return false }
            return e.description.contains("not a text file")
        }
    }

    @Test func oddUTF16IsAnEncodingError() {
        #expect {
            try ArticleReader.parse(bytes: [0xFF, 0xFE, 0x41], path: "a.txt", modificationTime: nil)
        } throws: { error in
            guard let e = error as? ArticleReadError, case .invalidEncoding = e else { return false }
            return true
        }
    }
}
