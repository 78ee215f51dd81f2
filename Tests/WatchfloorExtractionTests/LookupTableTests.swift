import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// The speed helpers must answer exactly as the plain structures they replace.
struct LookupTableTests {
    @Test func keySetAndKeyMapMatchSetAndDictionary() {
        var generator = SystemRandomNumberGenerator()
        var set = Set<UInt64>()
        var dictionary: [UInt64: Int] = [:]
        var keys = KeySet()
        var map = KeyMap<Int>()
        // Key 0 is the free-slot marker inside; it must still work as a key.
        for i in 0..<5_000 {
            let k = i == 0 ? 0 : UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64(i % 60)
            set.insert(k)
            keys.insert(k)
            dictionary[k] = i
            map[k] = i
        }
        #expect(keys.count == set.count)
        #expect(map.count == dictionary.count)
        for k in set {
            #expect(keys.contains(k))
            #expect(map[k] == dictionary[k])
        }
        for _ in 0..<5_000 {
            let k = UInt64.random(in: 1...UInt64.max, using: &generator)
            #expect(keys.contains(k) == set.contains(k))
            #expect(map[k] == dictionary[k])
        }
    }

    @Test func wordSetAnswersLikeSetOfStrings() {
        let words: Set<String> = ["the", "attack", "\u{2014}", ";", "€", "na\u{EF}ve"]
        let keyed = WordSet(words)
        let probes = ["the", "The", "attack", "attacks", "\u{2014}", ";", "\u{037E}", "€", "na\u{EF}ve", "nai\u{308}ve", "", "x"]
        for p in probes {
            #expect(keyed.contains(p) == words.contains(p), "\(p)")
        }
        // Tokens carry their key; the answer is the same as for their text.
        let tokens = TimeTokenizer.tokenize(Array("The attack; a naïve plan \u{037E} \u{2014} 5 €".unicodeScalars))
        for t in tokens {
            #expect(keyed.contains(t) == words.contains(t.lower), "\(t.lower)")
        }
    }

    @Test func wordTableAnswersLikeDictionary() {
        let dictionary: [String: Int] = ["may": 5, "june": 6, "\u{037E}": 1]
        let table = WordTable(dictionary)
        for p in ["may", "june", "jun", ";", "\u{037E}", "MAY"] {
            #expect(table.value(p) == dictionary[p], "\(p)")
        }
        for t in TimeTokenizer.tokenize(Array("May June ; \u{037E} July".unicodeScalars)) {
            #expect(table.value(t) == dictionary[t.lower], "\(t.lower)")
        }
    }

    @Test func timeTokensKeepTheirTextAndKey() {
        let long = String(repeating: "Ab", count: 50)
        let text = "Kyiv's 1,200 troops; 20th century \(long) Київ 1990s 3.5km " + String(repeating: "9", count: 80)
        let tokens = TimeTokenizer.tokenize(Array(text.unicodeScalars))
        #expect(tokens.map(\.lower).contains(long.lowercased()))
        #expect(tokens.map(\.lower).contains("київ"))
        #expect(tokens.map(\.lower).contains(String(repeating: "9", count: 80)))
        for t in tokens {
            #expect(t.key == TimeToken.key(of: t.lower))
        }
        let number = tokens.first { $0.lower == "20" }
        #expect(number?.suffix == "th")
    }

    @Test func sentenceTokensMatchTokenizingTheSentenceAlone() {
        let text = "\u{FEFF}Title here\n\nFirst, a sentence. Then 1,200 more—on Jan. 5; and \"quotes\" too! Last one"
        let scalars = Array(text.unicodeScalars)
        let all = TimeTokenizer.tokenize(scalars)
        for sentence in SentenceSplitter().split(scalars) {
            let alone = TimeTokenizer.tokenize(Array(scalars[sentence.start..<sentence.end]))
            let view = SentenceTokens(all, in: sentence)
            #expect(view.count == alone.count)
            for k in 0..<min(view.count, alone.count) {
                #expect(view[k].start == alone[k].start + sentence.start)
                #expect(view[k].lower == alone[k].lower)
                #expect(view.gapBefore(k) == alone[k].gapBefore)
            }
            let offset = sentence.start + 3
            #expect(view.firstIndex(endingAfter: offset) == view.firstIndex { $0.end > offset })
        }
    }

    @Test func incidentIndexAnswersLikeScans() {
        let text = "Talks (in Doha) ended; fighting — resumed: on May 5 and June 2025 attacks"
        let scalars = Array(text.unicodeScalars)
        let times = TimeTagger().tag(scalars, anchor: CalendarDay(year: 2025, month: 6, day: 1)).sorted { $0.span < $1.span }
        #expect(!times.isEmpty)
        let index = IncidentIndex(scalars: scalars, times: times)
        for a in 0..<scalars.count {
            for b in a..<min(scalars.count, a + 30) {
                let scanned = scalars[a..<b].contains { $0 == "\u{2014}" || $0 == ";" || $0 == ":" || $0 == "(" }
                #expect(index.hasClauseMark(a, b) == scanned)
                let covered = times.contains { $0.span.start <= a && b <= $0.span.end }
                #expect(index.insideTime(a, b) == covered)
            }
        }
        let sentence = Span(start: 20, end: scalars.count)
        #expect(times[index.timeRange(in: sentence)].filter { sentence.contains($0.span) } == times.filter { sentence.contains($0.span) })
    }
}
