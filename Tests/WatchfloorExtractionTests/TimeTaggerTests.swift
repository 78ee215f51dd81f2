import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// Time expressions, one form per case, anchored on a fixed published date.
struct TimeTaggerTests {
    /// Friday 17 January 2025.
    let anchor = CalendarDay(year: 2025, month: 1, day: 17)

    func tag(_ text: String, anchor: CalendarDay? = nil) -> [TimeExpression] {
        TimeTagger().tag(Array(text.unicodeScalars), anchor: anchor ?? self.anchor)
    }

    func values(_ text: String) -> [String] { tag(text).map(\.value) }

    @Test func relativeDays() {
        #expect(values("It happened yesterday.") == ["2025-01-16"])
        #expect(values("Talks resume today and end tomorrow.") == ["2025-01-17", "2025-01-18"])
        #expect(values("The blast hit 2 days ago.") == ["2025-01-15"])
    }

    @Test func weekdays() {
        #expect(values("They signed a pact this past Friday.") == ["2025-01-10"])
        #expect(values("Officials said on Monday that talks failed.") == ["2025-01-13"])
        #expect(values("The ministers will meet on Monday.") == ["2025-01-20"])
        #expect(values("She spoke on Friday.") == ["2025-01-17"])
        #expect(values("He left last Tuesday.") == ["2025-01-14"])
        #expect(values("The vote is next Wednesday.") == ["2025-01-22"])
    }

    @Test func monthsAndYears() {
        #expect(values("troops entered in February 2022.") == ["2022-02"])
        #expect(values("troops entered in Feb. 2022.") == ["2022-02"])
        #expect(values("decisions are due by January 31.") == ["2025-01-31"])
        #expect(values("It ended on 31 January 2024.") == ["2024-01-31"])
        #expect(values("It ended on Jan. 31, 2024.") == ["2024-01-31"])
        #expect(values("Prices fell in mid-March.") == ["2025-03"])
        #expect(values("Growth slowed in early 2023.") == ["2023"])
        #expect(values("the first dialogue since 2021.") == ["2021"])
        #expect(values("It was filed in December.") == ["2024-12"])
    }

    @Test func relativeUnits() {
        #expect(values("Exports fell last year.") == ["2024"])
        #expect(values("Exports rose this year.") == ["2025"])
        #expect(values("A vote is due next month.") == ["2025-02"])
        #expect(values("It opened earlier this month.") == ["2025-01"])
        #expect(values("They met last week.") == ["2025-W02"])
        #expect(values("It began three weeks ago.") == ["2024-W52"])
    }

    @Test func quartersDecadesCenturies() {
        #expect(values("Profit rose in the third quarter.") == ["2024-Q3"])
        #expect(values("Profit rose in Q4 2024.") == ["2024-Q4"])
        #expect(values("Profit rose in the first quarter of 2009.") == ["2009-Q1"])
        #expect(values("It was common in the 1990s.") == ["199"])
        #expect(values("a 20th century war") == ["19"])
        #expect(values("Sales in fiscal 1998 grew.") == ["1998"])
    }

    @Test func seasonsSpelledYearsAndDecades() {
        #expect(values("It happened last summer.") == ["2024-SU"])
        #expect(values("Prices rose in spring 2009.") == ["2009-SP"])
        #expect(values("Fans gather this weekend.") == ["2025-W03-WE"])
        #expect(values("He grew up in the nineties.") == ["199"])
        #expect(values("It was built in nineteen ninety-six.") == ["1996"])
        #expect(values("Sales peaked in '82.") == ["1982"])
        #expect(values("Growth was weak over the past decade.") == ["201"])
    }

    @Test func anaphoricYearEarlier() {
        #expect(values("Net fell in the third quarter, down from a year earlier.") == ["2024-Q3", "2023-Q3"])
        #expect(values("Output grew. A year ago it shrank.") == ["2024"])
    }

    @Test func isoDatesAndDatelines() {
        #expect(values("LONDON 1996-08-30 Shares fell.") == ["1996-08-30"])
        #expect(values("Seen on 7/8/07.") == ["2007-07-08"])
    }

    @Test func references() {
        #expect(values("Prices are now higher and recently fell.") == ["PRESENT_REF", "PAST_REF"])
        #expect(tag("It is currently unclear.").first?.precision == .reference)
    }

    @Test func numbersThatAreNotYears() {
        #expect(values("About 2,000 people and 2020 troops came.").isEmpty)
        #expect(values("It cost $2020 in 45% of cases.").isEmpty)
        #expect(values("It may rain; they march on.").isEmpty)
    }

    @Test func headerLineIsSkipped() {
        let text = "Title\nDate: 2025-01-17\n\nIt rained yesterday."
        #expect(tag(text).map(\.value) == ["2025-01-16"])
    }

    @Test func spansAreCodePointOffsets() throws {
        let text = "Kyiv — «Talks» resumed on Monday."
        let t = try #require(tag(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end])) == "Monday")
        #expect(t.text == "Monday")
    }

    @Test func relativeNeedsAnAnchor() {
        let found = TimeTagger().tag(Array("It rained yesterday, in March 2020.".unicodeScalars), anchor: nil)
        #expect(found.map(\.value) == ["2020-03"])
    }
}
