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
}
