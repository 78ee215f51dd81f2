import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// `count(near:)` skips, before calling `numberValue`, every token that is neither a number nor a possible number
/// word: exact only if `numberValue` never answers for such a token.
struct CountGateTests {
    static let text = "Two of the 12 soldiers were killed; forty-two people, 1,200 troops, 3.5 tonnes, 7% and $5 on March 3, "
        + "2024. The two nations sent seven drones, a dozen tanks, twenty-one shells and 2000 rounds at 10:30 in 1999. "
        + "Na\u{EF}ve \u{037E} hundred one hundred \u{2014} 40th and 5 km."

    @Test func numberValueAnswersOnlyForNumbersAndNumberWords() {
        let scalars = Array(Self.text.unicodeScalars)
        let tokens = TimeTokenizer.tokenize(scalars)
        let times = TimeTagger().tag(scalars, tokens: tokens, anchor: CalendarDay(year: 2024, month: 3, day: 5))
        var context = IncidentContext(scalars: scalars, tokens: tokens, mentions: [], actors: [], times: times, published: nil)
        context.index = IncidentIndex(scalars: scalars, times: context.times)
        let cardinals = TimeLexicon.cardinalTable
        let range = 0..<tokens.count
        var counted = 0
        for j in range {
            let value = context.numberValue(at: j, range: range)
            if value != nil { counted += 1 }
            let passes = tokens[j].kind == .number || (tokens[j].kind == .word && cardinals.mayContain(key: tokens[j].key))
            #expect(passes || value == nil, "\(tokens[j].lower)")
        }
        #expect(counted >= 5)
    }
}
