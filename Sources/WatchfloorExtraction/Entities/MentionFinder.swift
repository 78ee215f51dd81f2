import WatchfloorModel

/// Finds named mentions (people, organisations, countries, places, nationalities) in tokenized text.
///
/// It walks capitalised chunks ("Russian President Vladimir Putin"), splits each into gazetteer
/// phrases, roles and unknown names, classifies the unknown names by evidence (given names, roles
/// before them, organisation heads, place nouns, acronyms) and leaves ambiguous place names with all
/// their meanings for `CountryResolver`.
struct MentionFinder {
    let gazetteer: Gazetteer
    let s: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [TokenSentence]
    /// The dateline that opens the body, if any.
    let dateline: Dateline?
    /// The word tables the rules read, held here so that lookups do not go through lazy global accessors.
    let lexicon = EntityLexiconTables.shared
    /// Per sentence: whether most of its words are capitalised (a headline), so case is no evidence there.
    private(set) var headline: [Bool] = []
    /// Per sentence: the index of its first word token.
    private(set) var firstWord: [Int] = []

    /// Prepares a finder over one article's tokens and sentences; `bodyStart` is where the body starts (after the title
    /// and header lines), which is where a dateline would be.
    init(gazetteer: Gazetteer, scalars: [Unicode.Scalar], tokens: [Token], sentences: [TokenSentence], bodyStart: Int = 0) {
        self.gazetteer = gazetteer
        self.s = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.dateline = Dateline.find(scalars, tokens: tokens, sentences: sentences, bodyStart: bodyStart)
    }

    /// Runs the scan and returns the candidates in text order.
    mutating func run() -> [EntityCandidate] {
        headline = sentences.map { isHeadline($0) }
        if let d = dateline, d.wholeSentence { headline[d.sentence] = false }
        firstWord = sentences.map { sent in
            var k = sent.first
            while k < sent.last, tokens[k].kind != .word { k += 1 }
            return k
        }
        // The scan is non-mutating and collects into a local array: every non-mutating helper called from a mutating
        // scan copied the whole finder first (about 64 instructions of `memcpy` a call, 6 M per 320 articles).
        // The finder keeps no copy of the candidates, so the resolver can change the array it gets in place.
        return scanned()
    }

    /// The candidates of every sentence but a sign-off, in text order.
    private func scanned() -> [EntityCandidate] {
        // Room for about one candidate per eight tokens (samples: one per sixteen), so the array seldom regrows.
        var out: [EntityCandidate] = []
        out.reserveCapacity(tokens.count / 8 + 8)
        for (si, sent) in sentences.enumerated() where !isSignOff(si) { scan(sentence: si, sent, into: &out) }
        out.sort { $0.first < $1.first }
        return out
    }
}
