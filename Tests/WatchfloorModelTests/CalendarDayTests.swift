import Testing
import WatchfloorModel

@Suite struct CalendarDayTests {
    @Test func roundTripsThroughEpochDays() {
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CalendarDay(daysSinceEpoch: offset)
            #expect(day.daysSinceEpoch == offset)
        }
    }

    @Test func knowsWeekdaysAndLeapYears() throws {
        let day = try #require(CalendarDay(iso: "2025-01-17"))
        #expect(day.weekday == 5)  // a Friday
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(day.adding(days: -17).iso == "2024-12-31")
    }

    @Test func rejectsMalformedIsoStrings() {
        #expect(CalendarDay(iso: "2025-1-17") == nil)
        #expect(CalendarDay(iso: "2025-01-32") == nil)
        #expect(CalendarDay(iso: "") == nil)
        #expect(CalendarDay(iso: "2025-01-17T00") == nil)
    }

    @Test func spanOverlapAndContainment() {
        let a = Span(start: 0, end: 10)
        #expect(a.overlaps(Span(start: 9, end: 12)))
        #expect(!a.overlaps(Span(start: 10, end: 12)))
        #expect(a.contains(Span(start: 2, end: 10)))
        #expect(Span(start: 5, end: 2).length == 0)
    }
}
