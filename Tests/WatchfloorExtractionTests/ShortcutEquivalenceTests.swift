import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// The shortcuts of the third speed pass (session 4) must answer exactly as the code they replaced.
struct ShortcutEquivalenceTests {
    /// Words in upper and lower case, digits, separators, apostrophes, abbreviations, accents, a combining mark and
    /// non-ASCII letters inside words.
    static let sample = """
        Attack attack ATTACK attacks, the the THE 2,000 2.5 1990s 20th 3rd; abcdefghijklmno abcdefghijklmnop \
        abcdefghijklmn a an ann anne 7 77 777 1234567890123456 Kyiv KYIV kyiv na\u{EF}ve naive Cote C\u{F4}te \
        O'Brien's U.S.-made 'S re-elected it's — “quoted” ½ 5\u{20AC} x\u{308}y
        """

    @Test func tokenKeysAndCaseFlagsFollowTheirText() {
        let scalars = Array(Self.sample.unicodeScalars)
        for t in Tokenizer().tokenize(scalars) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start..<t.end])
            let text = String(view)
            // Every scalar of a token is folded into its key, whichever path read it.
            #expect(t.key == TextHash.key(text), "\(text)")
            guard t.kind == .word else { continue }
            let letters = scalars[t.start..<t.end].filter { ScalarClass.isLetter($0) }
            #expect(t.allCaps == (letters.count >= 2 && !letters.contains { ScalarClass.isLower($0) }), "\(text)")
            #expect(t.capitalized == ScalarClass.isUpper(scalars[t.start]), "\(text)")
        }
    }

    @Test func asciiPlaceNamesMatchTheLowerCasingPath() {
        func original(_ text: String) -> String {
            let lower = text.lowercased()
            for suf in IncidentContext.placeSuffixes where lower.hasSuffix(suf) && text.count > suf.count {
                return String(text.dropLast(suf.count))
            }
            return text
        }
        let names = [
            "Kaluga region", "Kaluga Region", "KURSK OBLAST", "Orange County", "county", " county", "X county", "Gaza",
            "Idlib Governorate", "Washington State", "Bay Area", "region", "Donetsk\r\n region", "Cote d'Ivoire", "",
            "Mykolaiv Oblast ", "Sao Paulo state", "Regions", "Kyiv province", "Tokyo Prefecture",
        ]
        for name in names {
            let fast = IncidentContext.asciiPlaceName(name)
            #expect(fast != nil, "\(name)")
            #expect((fast ?? original(name)) == original(name), "\(name)")
        }
        #expect(IncidentContext.asciiPlaceName("Île-de-France region") == nil)
    }

    @Test func scalarsOfTextMatchTheUnicodeScalarView() {
        // ASCII runs of every length around non-ASCII scalars, so that the eight-byte path starts and stops everywhere.
        var texts = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "na\u{EF}ve caf\u{E9}s \u{2014} \u{1F600}!", Self.sample]
        for n in 0..<20 {
            texts.append(String(repeating: "x", count: n) + "\u{E9}" + String(repeating: "y", count: 19 - n) + "\u{4E2D}\u{1F600}z")
        }
        for text in texts {
            #expect(ScalarBuffer.scalars(of: text) == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test func labelKeyChecksNeverSkipAStop() {
        let text = "Russia's army, which attacked; the town (and its people) - said \u{201C}they\u{201D} would, but 5 drones \u{2014} "
            + "hit it: then as after before when since amid following until saying according the a an of to . ! ? ' \u{2019} s"
        let scalars = Array(text.unicodeScalars)
        let tokens = TimeTokenizer.tokenize(scalars)
        let toks = SentenceTokens(tokens, in: Span(start: 0, end: scalars.count))
        for k in 0..<toks.count {
            let kind = toks[k].kind
            let key = toks[k].key
            if !TimelineLabel.mayDangle(toks, k) {
                #expect(!TimelineLabel.isDangling(toks[k]), "\(toks[k].lower)")
            }
            for words in 0...20 {
                let mayStopLeft = words >= 16 || kind == .punct || (kind == .word && TimelineLabel.clauseWordSet.mayContain(key: key))
                let mayStopRight = words >= 14 || kind == .punct
                    || (kind == .word && (TimelineLabel.clauseWordSet.mayContain(key: key) || TimelineLabel.rightJoinerSet.mayContain(key: key)))
                for gap in [false, true] where !mayStopLeft {
                    #expect(!TimelineLabel.stopsLeft(toks[k], gapBefore: gap, words: words), "\(toks[k].lower) \(words)")
                }
                for last in [false, true] where !mayStopRight {
                    #expect(!TimelineLabel.stopsRight(toks[k], last: last, words: words), "\(toks[k].lower) \(words)")
                }
            }
        }
    }

    @Test func keyedWordTestsAnswerLikeTheStringTests() {
        let text = "The the THE th\u{E9} them early Early late mid middle earlier later end beginning start today now fiscal "
            + "q h two nineteen spring Summer third fifth several few over yesterday \u{037E} ;"
        let modifiers: Set<String> = ["early", "late", "mid", "middle", "earlier", "later", "end", "beginning", "start"]
        for t in TimeTokenizer.tokenize(Array(text.unicodeScalars)) {
            #expect(t.isMark("the", key: MarkKey.the) == (t.lower == "the"), "\(t.lower)")
            #expect(TimeScan.modifierWordSet.contains(t) == modifiers.contains(t.lower), "\(t.lower)")
            #expect((TimeScan.seasonTable.value(t) != nil) == (TimeLexicon.seasons[t.lower] != nil), "\(t.lower)")
            #expect((TimeScan.ordinalTable.value(t) != nil) == (TimeLexicon.ordinals[t.lower] != nil), "\(t.lower)")
            for set in [TimeScan.modifierWordSet, TimeScan.coreWordSet, TimeScan.vagueCountSet] where set.contains(t) {
                #expect(set.mayContain(key: t.key), "\(t.lower)")
            }
        }
    }

    @Test func tokenKeysAreTheKeysOfTheirText() {
        // `wordKey` and `WordSet.contains(_:key:)` take a word's key from its token instead of hashing the word.
        let text = Self.sample + " the \u{037E} ; \u{2019}s 20th 1990s caf\u{E9} CAF\u{C9}"
        let set = WordSet(["the", "caf\u{E9}", ";", "20", "attack", "s"])
        for t in TimeTokenizer.tokenize(Array(text.unicodeScalars)) {
            #expect(t.key == TimeToken.key(of: t.lower), "\(t.lower)")
            #expect(set.contains(t.lower, key: t.key) == set.contains(t.lower), "\(t.lower)")
        }
        #expect(IncidentContext.emptyWordKey == TimeToken.key(of: ""))
    }
}
