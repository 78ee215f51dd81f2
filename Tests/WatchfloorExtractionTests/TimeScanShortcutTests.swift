import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// The session-6 shortcuts in the time scan must answer exactly as the code they replaced.
struct TimeScanShortcutTests {
    /// `nearestDay` as it was: the nearest of last, this and next year's valid dates, the first on a tie.
    static func oldNearestDay(anchor a: CalendarDay, month m: Int, day d: Int) -> CalendarDay? {
        let candidates = [a.year - 1, a.year, a.year + 1].compactMap { CalendarDay(year: $0, month: m, day: d) }
        let anchorDays = a.daysSinceEpoch
        return candidates.min { abs($0.daysSinceEpoch - anchorDays) < abs($1.daysSinceEpoch - anchorDays) }
    }

    @Test func nearestDayMatchesTheArrayForm() {
        var anchors: [CalendarDay] = []
        for year in [1999, 2000, 2023, 2024, 2025, 2100] {
            for month in 1...12 {
                for day in [1, 2, 15, 28, 29, 30, 31] {
                    if let a = CalendarDay(year: year, month: month, day: day) { anchors.append(a) }
                }
            }
        }
        for anchor in anchors {
            let scan = TimeScan([], tokens: [], anchor: anchor)
            for month in 0...13 {
                for day in [0, 1, 2, 14, 15, 16, 28, 29, 30, 31, 32] {
                    #expect(scan.nearestDay(month: month, day: day, near: 0)
                            == Self.oldNearestDay(anchor: anchor, month: month, day: day), "\(anchor) \(month) \(day)")
                }
            }
        }
        #expect(TimeScan([], tokens: [], anchor: nil).nearestDay(month: 5, day: 1, near: 0) == nil)
    }

    /// Numbers with every kind of suffix, sentence ends of every kind (and look-alikes), abbreviated months before dots.
    static let text = """
        On the 1st, 2nd, 3rd, 4th, 11th and 21st; 5s 1990s 80s 5abc 7x 8S 9ST 10Th 12nd 3rdx 2,000s 4.5th. It ended! Did it? \
        Yes\u{037E} no\u{FF0E} so\u{2024} and\u{3002} Jan. 5. Feb.\nMar. 3 ... Sept. 2024. ok?! "Quoted." (Paren.) 7 May. Dec.
        """

    @Test func packedSuffixTestsMatchTheSuffixText() {
        let tokens = TimeTokenizer.tokenize(Array(Self.text.unicodeScalars))
        for t in tokens where t.kind == .number {
            #expect((t.suffix == "s") == (t.suffixBytes == TimeToken.sSuffix), "\(t.lower)\(t.suffix)")
            #expect(["st", "nd", "rd", "th"].contains(t.suffix) == t.hasOrdinalSuffix, "\(t.lower)\(t.suffix)")
        }
        #expect(tokens.contains { $0.hasOrdinalSuffix } && tokens.contains { $0.suffixBytes == TimeToken.sSuffix })
    }

    @Test func sentenceEndsAndDaysMatchTheStringForms() {
        let scalars = Array(Self.text.unicodeScalars)
        let scan = TimeScan(scalars, tokens: TimeTokenizer.tokenize(scalars), anchor: CalendarDay(year: 2024, month: 5, day: 1))
        let t = scan.t
        for j in -1...t.count {
            var old = true
            if j >= 0 && j < t.count {
                if j + 1 < t.count, t[j + 1].newlineBefore {
                    old = true
                } else if t[j].kind != .punct {
                    old = false
                } else {
                    let p = t[j].lower
                    old = (p == "." || p == "!" || p == "?") && (j + 1 >= t.count || t[j + 1].gapBefore)
                        && !(j > 0 && t[j - 1].kind == .word && TimeScan.characterCount(t[j - 1]) <= 4
                             && TimeLexicon.monthTable.value(t[j - 1]) != nil)
                }
            }
            #expect(scan.isSentenceEnd(j) == old, "\(j)")
            var oldDay: Int?
            if j >= 0, j < t.count, t[j].kind == .number, t[j].digits >= 1, t[j].digits <= 2, let v = t[j].value, v >= 1, v <= 31 {
                let suf = t[j].suffix
                oldDay = suf.isEmpty || suf == "st" || suf == "nd" || suf == "rd" || suf == "th" ? v : nil
            }
            #expect(scan.dayNumber(j) == oldDay, "\(j)")
        }
    }
}
