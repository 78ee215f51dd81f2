import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// The shortcuts of the second speed pass must answer exactly as the code they replaced.
struct SpeedEquivalenceTests {
    /// Text with ASCII, accented and decomposed letters, canonical look-alikes (U+037E is ";"), marks and numbers.
    static let sample = "Russia denied it; but \u{037E} they will strike, if Kyiv fell: the 1990s, 20th and 3rd; na\u{EF}ve nai\u{308}ve \u{2014} 5 \u{20AC}"

    @Test func mayContainNeverHidesAMember() {
        let words: Set<String> = ["denied", "will", ";", "\u{037E}", "na\u{EF}ve", "if"]
        let set = WordSet(words)
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.map { ($0, $0.count) }))
        for t in TimeTokenizer.tokenize(Array(Self.sample.unicodeScalars)) {
            let member = words.contains(t.lower)
            #expect(set.mayContain(key: t.key) || !member, "\(t.lower)")
            #expect(table.mayContain(key: t.key) || !member, "\(t.lower)")
            #expect(set.contains(t) == member, "\(t.lower)")
        }
    }

    @Test func isMarkAnswersLikeStringEquality() {
        for t in TimeTokenizer.tokenize(Array(Self.sample.unicodeScalars)) {
            for mark in [";", ":", ",", "-"] {
                #expect(t.isMark(mark, key: TimeToken.key(of: mark)) == (t.lower == mark), "\(t.lower) \(mark)")
            }
        }
    }

    @Test func numberSuffixesSurviveThePacking() {
        let tokens = TimeTokenizer.tokenize(Array("the 1990s, the 20th, 3rd, 1st and 5 abcd 7".unicodeScalars))
        let numbers = tokens.filter { $0.kind == .number }
        #expect(numbers.map(\.suffix) == ["s", "th", "rd", "st", "", ""])
        #expect(numbers.map(\.hasLetterSuffix) == [true, true, true, true, false, false])
    }

    @Test func clauseScanMatchesTheBackwardLookups() {
        let texts = [
            "Both deny allegations that Iran supplied drones and attacked the base.",
            "They will strike the town where gunmen killed 12; troops attacked later.",
            "Against their will, soldiers attacked; however, if they fire, police will arrest them but shall not shoot.",
            "He said that they'll mutilate and kill \u{037E} nobody denied it.",
        ]
        for text in texts {
            let tokens = TimeTokenizer.tokenize(Array(text.unicodeScalars))
            let range = 0..<tokens.count
            var scan = ClauseScan(range)
            for i in range {
                scan.advance(to: i, tokens)
                #expect(scan.negated == Self.farNegation(tokens, i, range), "\(text) @\(i)")
                #expect(scan.future == Self.future(tokens, i, range), "\(text) @\(i)")
            }
        }
    }

    @Test func phraseTokensAndKeysMatchTheScalarArrayPath() {
        let tokenizer = Tokenizer()
        for phrase in ["Kaluga Oblast", "Côte d'Ivoire", "U.S.", "Ba\u{308}den-Wu\u{308}rttemberg", "", "São Tomé", "北京"] {
            #expect(tokenizer.tokenize(text: phrase) == tokenizer.tokenize(Array(phrase.unicodeScalars)), "\(phrase)")
            var h = TextHash.seed
            for s in phrase.unicodeScalars { h = TextHash.add(h, ScalarClass.fold(s)) }
            #expect(TextHash.key(phrase) == h, "\(phrase)")
        }
    }

    @Test func scalarStringsRoundTrip() {
        let scalars = Array(Self.sample.unicodeScalars) + ["\u{1F600}", "a"]
        for (a, b) in [(0, scalars.count), (3, 9), (scalars.count - 3, scalars.count), (5, 5), (-2, 4)] {
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: scalars[max(0, a)..<min(scalars.count, max(b, max(0, a)))])
            #expect(ScalarBuffer.string(scalars, a, b) == String(expected))
        }
    }

    @Test func substringTestAnswersLikeACharacterSearch() {
        // The oracle is the character-wise search itself (an import of Foundation would put its own `contains` here).
        func characters(_ text: String, contain part: String) -> Bool {
            let t = Array(text)
            let p = Array(part)
            guard !p.isEmpty, p.count <= t.count else { return p.isEmpty }
            return (0...(t.count - p.count)).contains { i in Array(t[i..<(i + p.count)]) == p }
        }
        let texts = ["Putin ordered troops into Ukraine\u{2026}", "\u{201C}Kallas\u{201D} \u{2014} talks", "Cafe\u{301} bombing",
                     "Zelensky\u{2019}s call\u{2026}", "e\u{301}\u{2026}e", "\u{2026}", "na\u{EF}ve \u{2026} Kyiv"]
        let parts = ["Putin", "Kallas", "Cafe", "Caf", "e", "Zelensky", "call", "s call", "talks", "Kyiv", "ve "]
        for text in texts {
            for part in parts {
                #expect(ScalarText.contains(text, part) == characters(text, contain: part), "\(text) / \(part)")
            }
        }
    }

    @Test func sentenceSpansAreTheContainedOnes() {
        let spans = [Span(start: 0, end: 4), Span(start: 5, end: 9), Span(start: 8, end: 12), Span(start: 12, end: 12), Span(start: 20, end: 25)]
        for sentence in [Span(start: 0, end: 12), Span(start: 5, end: 10), Span(start: 12, end: 30), Span(start: 30, end: 40)] {
            #expect(TimelineBuilder.spans(spans, inside: sentence) == spans.filter { sentence.contains($0) })
        }
    }

    // MARK: - The look-backs as they were written before `ClauseScan`

    static func farNegation(_ tokens: [TimeToken], _ i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        while j >= range.lowerBound {
            let tok = tokens[j]
            if tok.kind == .punct && tok.lower == ";" { break }
            if tok.kind == .word {
                if tok.lower == "but" || tok.lower == "however" { break }
                if IncidentContext.sentenceNegators.contains(tok.lower) { return true }
            }
            j -= 1
        }
        return false
    }

    static func future(_ tokens: [TimeToken], _ i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        while j >= range.lowerBound {
            let t = tokens[j]
            if t.kind == .punct && t.lower == ";" { return false }
            if t.kind == .word {
                if t.lower == "but" || t.lower == "however" || IncidentContext.clauseOpeners.contains(t.lower) { return false }
                if t.lower == "will" || t.lower == "ll" || t.lower == "shall" {
                    let owner = j - 1 >= range.lowerBound && tokens[j - 1].kind == .word ? tokens[j - 1].lower : ""
                    if !IncidentContext.willOwners.contains(owner) { return true }
                }
            }
            j -= 1
        }
        return false
    }
}
