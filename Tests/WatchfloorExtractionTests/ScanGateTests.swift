import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// The time scan makes the first, cheap tests of `isHeaderLine` and `passesGate` inline before calling them: that is
/// exact only if neither can say yes where its first test says no.
struct ScanGateTests {
    /// Header lines, gate words ("the", "last", "a", "early") with and without temporal followers, numbers, marks,
    /// non-ASCII words and canonical look-alikes (U+037E is ";", U+212A is "K").
    static let texts = [
        "Title line\nDate: 2024-03-05\nSource: wire\n\nThe talks last week ended; the 1990s were calm.\nDate: again",
        "On the third day, a year later, early March and late 2021 \u{2014} the past, the future, mid-May, the end of June.",
        "A caf\u{E9} na\u{EF}ve \u{212A}elvin \u{037E} last Monday, a few days ago, the '90s and the \u{2019}80s; in 2 weeks.",
        "date: 2020-01-01\n  Date : 2020\nDATE: 1999-12-31 the last the a an early late",
    ]

    @Test func theInlineFirstTestsNeverHideAYes() {
        let gates = TimeLexicon.gateTable
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let scan = TimeScan(scalars, anchor: nil)
            var gatesPassed = 0
            var headers = 0
            for i in scan.t.indices {
                if scan.isHeaderLine(i) {
                    headers += 1
                    #expect(scan.t[i].newlineBefore, "\(text) \(i)")
                }
                guard scan.t[i].kind == .word else { continue }
                let full = scan.passesGate(i, gates: gates)
                if full { gatesPassed += 1 }
                #expect((gates.mayContain(key: scan.t[i].key) && scan.passesGate(i, gates: gates)) == full, "\(scan.t[i].lower)")
            }
            #expect(gatesPassed > 0)
            if text.hasPrefix("Title") { #expect(headers == 2) }  // both "Date:" lines open within the first 400 scalars
        }
    }

    @Test func theScanFindsTheSameExpressionsAsTheTaggerDid() {
        // A header date is the anchor, not a mention; gated words still start expressions.
        let text = "Title\nDate: 2024-03-05\n\nThe talks last week ended on Monday, three days ago."
        var scan = TimeScan(Array(text.unicodeScalars), anchor: CalendarDay(year: 2024, month: 3, day: 5))
        let found = scan.run().map(\.text)
        #expect(!found.contains("2024-03-05"))
        #expect(found.contains("last week"))
        #expect(found.contains("Monday"))
        #expect(found.contains("three days ago"))
    }
}
