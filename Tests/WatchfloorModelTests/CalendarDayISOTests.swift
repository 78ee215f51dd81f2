import Testing
@testable import WatchfloorModel

/// `iso` writes its bytes in place for four-digit years; it must give what the padded parts joined give.
@Suite struct CalendarDayISOTests {
    private func joined(_ day: CalendarDay) -> String {
        CalendarDay.pad(day.year, 4) + "-" + CalendarDay.pad(day.month, 2) + "-" + CalendarDay.pad(day.day, 2)
    }

    @Test func matchesThePaddedPartsOverTwelveThousandYears() {
        // Offsets from about 2,300 BCE to 12,000 CE cross the 0 and 9999 edges of the in-place form.
        for offset in stride(from: -1_560_000, through: 3_700_000, by: 331) {
            let day = CalendarDay(daysSinceEpoch: offset)
            #expect(day.iso == joined(day))
        }
    }

    @Test func keepsTheGeneralFormAtTheEdges() throws {
        let edges = [(0, 1, 1), (9, 2, 3), (999, 12, 31), (9999, 12, 31), (10000, 1, 1), (-1, 6, 15), (-12345, 1, 1)]
        for (y, m, d) in edges {
            let day = try #require(CalendarDay(year: y, month: m, day: d))
            #expect(day.iso == joined(day))
        }
        #expect(try #require(CalendarDay(year: 7, month: 3, day: 9)).iso == "0007-03-09")
        var odd = try #require(CalendarDay(year: 2025, month: 1, day: 1))
        odd.month = 123
        odd.day = 0
        #expect(odd.iso == "2025-123-00")
    }
}
