import Testing
import WatchfloorModel
@testable import WatchfloorIngest

/// Published-date precedence: header, dateline, file name, modification time.
@Suite struct ArticleReaderDateTests {
    private func article(_ text: String, path: String, mtime: Double? = nil) throws -> Article {
        let a = try ArticleReader.parse(bytes: Array(text.utf8), path: path, modificationTime: mtime)
        return try #require(a.first)
    }

    @Test func headerBeatsDatelineAndFileName() throws {
        let a = try article("T\nDate: 2001-02-03\n\nLONDON 1996-08-30\nText.", path: "/x/2014-06-04.txt", mtime: 0)
        #expect(a.published == CalendarDay(year: 2001, month: 2, day: 3))
        #expect(a.publishedSource == .header)
    }

    @Test(arguments: [
        ("LONDON 1996-08-30\nWest Indian all-rounder.", "1996-08-30"),
        ("WASHINGTON, March 01, 2008 (AP) - Officials said.", "2008-03-01"),
        ("December 10, 2013\nThe company named a chief.", "2013-12-10"),
        ("GENEVA, 4 June 2014 - Talks resumed.", "2014-06-04"),
    ])
    func datelineAtTopOfBody(body: String, expected: String) throws {
        let a = try article("Headline\n\n" + body, path: "/x/story.txt", mtime: 0)
        #expect(a.published?.iso == expected)
        #expect(a.publishedSource == .dateline)
    }

    @Test func dateInsideASentenceIsNotADateline() throws {
        let a = try article("Headline\n\nThe treaty signed on March 1, 2008 still holds.", path: "/x/story.txt", mtime: 86_400 * 3)
        #expect(a.publishedSource == .modificationTime)
        #expect(a.published == CalendarDay(year: 1970, month: 1, day: 4))
    }

    @Test(arguments: [
        ("32_VOA_EN_NW_2014.06.04.1929720.txt", "2014-06-04"),
        ("ABC20140604.1830.0711.txt", "2014-06-04"),
        ("report-2014-06-04.txt", "2014-06-04"),
    ])
    func fileNameDate(name: String, expected: String) throws {
        let a = try article("Headline\n\nNo date here.", path: "/x/" + name, mtime: 0)
        #expect(a.published?.iso == expected)
        #expect(a.publishedSource == .fileName)
    }

    @Test func modificationTimeIsTheLastResort() throws {
        let a = try article("Headline\n\nNo date here.", path: "/x/story.txt", mtime: 1_700_000_000)
        #expect(a.published == CalendarDay(year: 2023, month: 11, day: 14))
        #expect(a.publishedSource == .modificationTime)
    }

    @Test func noDateAtAll() throws {
        let a = try article("Headline\n\nNo date here.", path: "story.txt", mtime: nil)
        #expect(a.published == nil)
        #expect(a.publishedSource == PublishedDateSource.none)
    }

    @Test(arguments: [
        ("2014-06-04T19:29:00Z", "2014-06-04"),
        ("Wed, 04 Jun 2014 19:29:00 +0000", "2014-06-04"),
        ("June 4th, 2014", "2014-06-04"),
        ("Sept. 4 2014", "2014-09-04"),
        ("2014/06/04", "2014-06-04"),
    ])
    func headerValueForms(value: String, expected: String) {
        #expect(DateScanner.parse(value)?.iso == expected)
    }

    @Test func unparseableHeaderFallsThrough() throws {
        let a = try article("T\nDate: sometime soon\n\nLONDON 1996-08-30\nText.", path: "/x/s.txt")
        #expect(a.publishedSource == .dateline)
        #expect(a.headers["date"] == "sometime soon")
    }

    @Test func ambiguousAndImpossibleDatesAreIgnored() {
        #expect(DateScanner.parse("03/01/2008") == nil)
        #expect(DateScanner.parse("2014-02-30") == nil)
        #expect(DateScanner.fromFileName("reuters-10001.txt") == nil)
    }
}
