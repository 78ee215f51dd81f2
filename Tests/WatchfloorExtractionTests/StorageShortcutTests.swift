import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// The shortcuts of the fourth speed pass (session 5) must answer exactly as the code they replaced.
struct StorageShortcutTests {
    /// Names for the actor index: ASCII, equal ASCII names, accents precomposed and decomposed (canonically equal),
    /// the Kelvin sign (canonically "K"), the Greek question mark (canonically ";") and look-alikes that are not equal.
    static let names = [
        "NATO", "the EU", "NATO", "Russia's Defence Ministry", "C\u{F4}te d'Ivoire", "Co\u{302}te d'Ivoire", "Kyiv",
        "\u{212A}yiv", "Kyiv", "a;b", "a\u{037E}b", "a;b", "Nato", "", "", "\u{4E2D}\u{56FD}", "\u{4E2D}\u{56FD}",
        "Ministry", "ministry", "Ministry ",
    ]

    @Test func actorNameIndexAnswersLikeTheStringKeyedDictionary() {
        // The orders of the list and of its reverse, each with both kinds, so that a look-alike comes first and last.
        for names in [Self.names, Self.names.reversed()] {
            ActorNameIndexOracle.check(names, countryEvery: 3)
        }
    }

    @Test func smallStringsAreTheStringsDecodingGives() {
        #expect(SmallASCIIString.isAvailable)
        var generator = SystemRandomNumberGenerator()
        for count in 0...SmallASCIIString.maxCount {
            for _ in 0..<50 {
                let bytes = (0..<count).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
                let expected = String(decoding: bytes, as: UTF8.self)
                let built = bytes.withUnsafeBufferPointer { SmallASCIIString.make($0.baseAddress, count) }
                #expect(built == expected)
                #expect(Array(built.utf8) == bytes)
                #expect(built.hashValue == expected.hashValue)
                #expect(built.count == expected.count)
            }
        }
    }

    @Test func scalarBufferStringsMatchTheScalarView() {
        let texts = ["", "a", "Kyiv", "abcdefghijklmno", "abcdefghijklmnop", "na\u{EF}ve", "\r\n", "x\u{308}", "tab\there",
                     "\u{1F600}", "The quick brown fox jumps over the lazy dog"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for a in 0...scalars.count {
                for b in a...scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[a..<b])
                    let s = ScalarBuffer.string(scalars, a, b)
                    #expect(s == String(view))
                    #expect(Array(s.unicodeScalars) == Array(scalars[a..<b]))
                }
            }
        }
    }

    @Test func timeTokenTextsAreTheirLowerCasedScalars() {
        let text = """
            Attack ATTACK the 2,000 2.5 1990s 20th; abcdefghijklmno abcdefghijklmnop ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdef \
            na\u{EF}ve Kyiv 1234567890123456 U.S.-made it's \u{2014} “quoted”
            """
        let scalars = Array(text.unicodeScalars)
        for t in TimeTokenizer.tokenize(scalars) where t.kind != .punct {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start..<t.end])
            let raw = String(view)
            if t.kind == .word {
                #expect(t.lower == raw.lowercased(), "\(raw)")
            } else {
                #expect(t.lower.hasPrefix(String(raw.prefix { $0.isNumber || $0 == "," || $0 == "." })), "\(raw)")
                #expect(t.lower.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }, "\(raw)")
            }
            #expect(t.key == TimeToken.key(of: t.lower), "\(raw)")
        }
    }

    @Test func sparseKeyTablesHoldExactlyTheirKeys() {
        var generator = SystemRandomNumberGenerator()
        // Sizes on both sides of the sparse limit, with the key that marks a free slot among them.
        for size in [0, 1, 5, 7, 100, 1_023, 1_025, 3_000, 5_000] {
            var keys: Set<UInt64> = [0]
            while keys.count < size + 1 { keys.insert(UInt64.random(in: 0...UInt64.max, using: &generator) | 1) }
            var set = KeySet()
            var map = KeyMap<Int>()
            var reserved = KeySet()
            reserved.reserveCapacity(keys.count)
            for (n, k) in keys.enumerated() {
                set.insert(k)
                reserved.insert(k)
                map[k] = n
            }
            #expect(set.count == keys.count)
            #expect(map.count == keys.count)
            for (n, k) in keys.enumerated() {
                #expect(set.contains(k) && reserved.contains(k))
                #expect(map[k] == n)
            }
            for _ in 0..<2_000 {
                let probe = UInt64.random(in: 0...UInt64.max, using: &generator)
                #expect(set.contains(probe) == keys.contains(probe))
                #expect(reserved.contains(probe) == keys.contains(probe))
                #expect(map.hasValue(probe) == keys.contains(probe))
            }
        }
        #expect(KeySlots.mustGrow(count: 7, capacity: 8))
        #expect(!KeySlots.mustGrow(count: 2, capacity: 8))
        #expect(!KeySlots.mustGrow(count: 6_000, capacity: 8_192))
    }

    @Test func typeSwitchesMatchTheirSets() {
        for type in IncidentType.allCases {
            #expect(IncidentContext.isOncePerSentence(type) == IncidentContext.oncePerSentence.contains(type), "\(type)")
            #expect(IncidentContext.isCountless(type) == IncidentContext.countlessTypes.contains(type), "\(type)")
        }
    }

    @Test func asciiLowercaseTestMatchesTheProperty() {
        var scalars = (0..<0x80).compactMap { Unicode.Scalar($0) }
        scalars += ["\u{AA}", "\u{BA}", "\u{E9}", "\u{C9}", "\u{3B1}", "\u{391}", "\u{4E2D}", "\u{1D41A}", "\u{2170}"]
        for c in scalars {
            #expect(TimelineLabel.isLowercase(c) == c.properties.isLowercase, "\(c.value)")
        }
    }

    @Test func keyedPossessiveTestMatchesTheStringTest() {
        let text = "last year's floods, last year\u{2019}s floods, 2022 ' s, the year`s, it\u{2019}S x ; s"
        let scalars = Array(text.unicodeScalars)
        let tokens = TimeTokenizer.tokenize(scalars)
        for t in tokens {
            let apostrophe = t.lower == "'" || t.lower == "\u{2019}"
            let keyed = t.isMark("'", key: MarkKey.apostrophe)
                || (t.key == TimeToken.nonASCIIKey && t.lower == "\u{2019}")
            #expect(apostrophe == keyed, "\(t.lower)")
            #expect((t.lower == "s") == t.isMark("s", key: MarkKey.s), "\(t.lower)")
        }
    }
}

/// `SentenceWords.containsAny` reads short sentences word by word and searches long ones per word of the set: both
/// must answer as scanning the sentence's tokens with the set does.
struct SentenceWordsShortcutTests {
    @Test func containsAnyAnswersLikeTheScan() {
        let sentences = [
            "The explosion was an accident, officials said.",
            "Accidental fire",
            "No word of the set here at all, though it is a long sentence with many words in it to make it long enough "
                + "for the per-word search of the set to be the one taken rather than the sentence scan.",
            "A suicide bomber struck; the IED killed three and the explosives were found later by police officers.",
            "",
        ]
        let sets: [WordSet] = [
            IncidentContext.accidentWordSet, IncidentContext.bomberWordSet, IncidentContext.illnessWordSet, ["the"],
            ["word", "set"], [],
        ]
        for text in sentences {
            let scalars = Array(text.unicodeScalars)
            let tokens = TimeTokenizer.tokenize(scalars)
            let words = SentenceWords()
            words.load(0..<tokens.count, tokens)
            #expect(words.exact)
            for set in sets {
                let scan = tokens.contains { $0.kind == .word && set.contains($0) }
                #expect(words.containsAny(of: set, tokens) == scan, "\(text)")
            }
        }
    }
}

/// The time scan's keyed length and suffix tests must answer as `String.count` and `hasSuffix("ed")` on the token text.
struct TimeTokenLengthTests {
    @Test func characterCountsAndSuffixesMatchTheStringTests() {
        let text = "ed Ed red fired FIRED wanted na\u{EF}ved cafe\u{301}d x\u{308}ed May June Sept. Mon. Wednesday " +
            "\u{4E2D}\u{56FD}ed d e 1990s 2,000 ; \u{2014} abcdefghijklmnopqrstuvwxyzed"
        let scalars = Array(text.unicodeScalars)
        for t in TimeTokenizer.tokenize(scalars) {
            #expect(TimeScan.characterCount(t) == t.lower.count, "\(t.lower)")
            #expect(TimeScan.hasEdSuffix(t) == t.lower.hasSuffix("ed"), "\(t.lower)")
        }
    }
}

/// `IncidentIndex.sentenceHasAnyWord` reads short sentences directly and loads a table for long ones: both must answer
/// as the scan of the sentence's tokens.
struct SentenceHasAnyWordTests {
    @Test func shortAndLongSentencesAnswerLikeTheScan() {
        let short = "The blast was an accident, police said."
        let long = Array(repeating: "the convoy moved along the road toward the city and", count: 8).joined(separator: " ")
            + " an accidental fire broke out"
        let sets: [WordSet] = [IncidentContext.accidentWordSet, IncidentContext.bomberWordSet, ["road"], ["police"], []]
        for text in [short, long, long + " " + short] {
            let scalars = Array(text.unicodeScalars)
            let tokens = TimeTokenizer.tokenize(scalars)
            let index = IncidentIndex()
            for set in sets {
                let scan = tokens.contains { $0.kind == .word && set.contains($0) }
                #expect(index.sentenceHasAnyWord(set, in: 0..<tokens.count, tokens: tokens) == scan, "\(text.prefix(20))")
            }
        }
        #expect(TimeTokenizer.tokenize(Array(Array(repeating: "word", count: 60).joined(separator: " ").unicodeScalars)).count
            > IncidentIndex.directScanLimit)
    }
}

/// The label text written once as UTF-8 must equal the scalar-array path it replaced, and the sorted sentence search
/// must answer as the set of sentences did.
struct LabelStringTests {
    /// The replaced path: the joined scalars, the first one upper-cased when lower-case, "…" when cut, then a string.
    static func reference(_ kept: UnsafeBufferPointer<Int>, _ toks: SentenceTokens, _ scalars: [Unicode.Scalar], cut: Bool) -> String {
        var out = TimelineLabel.text(of: kept, toks, scalars)
        if let first = out.first, TimelineLabel.isLowercase(first) {
            out.replaceSubrange(0..<1, with: String(first).uppercased().unicodeScalars)
        }
        if cut && !out.isEmpty { out.append("\u{2026}") }
        return ScalarText.string(out, 0, out.count)
    }

    @Test func labelStringsMatchTheScalarPath() {
        let texts = [
            "ukrainian drones attacked an oil depot in Kaluga, officials said.",
            "\u{DF}tra\u{DF}e \u{149}ame \u{FB03}x \u{3B1}\u{3B2} caf\u{E9} na\u{EF}ve \u{4E2D}\u{56FD} \u{1F600} done",
            "\u{1}\u{2} control\u{7F} chars\u{85} here \u{2014} and \u{201C}quotes\u{201D}",
            "Already capital, then lower",
            "x",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let tokens = TimeTokenizer.tokenize(scalars)
            let toks = SentenceTokens(tokens, in: Span(start: 0, end: scalars.count))
            for a in 0..<toks.count {
                for b in a..<min(toks.count, a + 6) {
                    let kept = Array(a...b)
                    kept.withUnsafeBufferPointer { k in
                        for cut in [false, true] {
                            #expect(TimelineLabel.labelString(of: k, toks, scalars, cut: cut) == Self.reference(k, toks, scalars, cut: cut),
                                    "\(text) \(a)...\(b)")
                        }
                    }
                }
            }
        }
    }

    @Test func sortedSentenceSearchMatchesTheSet() {
        let spans = [Span(start: 0, end: 10), Span(start: 10, end: 20), Span(start: 10, end: 25), Span(start: 30, end: 31),
                     Span(start: 10, end: 20)]
        let set = Set(spans)
        let sorted = spans.sorted()
        for start in 0..<35 {
            for end in start..<36 {
                let span = Span(start: start, end: end)
                #expect(TimelineBuilder.sortedContains(sorted, span) == set.contains(span))
            }
        }
        #expect(!TimelineBuilder.sortedContains([], Span(start: 0, end: 0)))
    }
}
