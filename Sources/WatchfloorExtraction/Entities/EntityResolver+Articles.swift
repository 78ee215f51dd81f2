/// Which names keep the "the" before them.
extension EntityResolver {
    private static let theKey = TextHash.key("the")

    /// Marks multi-word names of countries and organisations that follow "the" ("the United States", "the Federal
    /// Reserve", "the Bank of England") so that their span starts with it. People, nationalities, places, one-word names
    /// and acronyms ("the U.S.", "the EU", "the IRA") leave it out. The gold standards disagree here (MEANTIME keeps the
    /// article, CoNLL and WikiEvents drop it); this split was measured on all three (docs/DECISIONS.md, "Extraction: entities and gazetteer").
    func markArticles(_ candidates: inout [EntityCandidate]) {
        for i in candidates.indices {
            let c = candidates[i]
            guard c.named, c.kind == .organization || c.kind == .country, c.first > 0 else { continue }
            let the = tokens[c.first - 1]
            guard the.kind == .word, the.key == Self.theKey, tokens[c.first].newlinesBefore == 0 else { continue }
            if i > 0, candidates[i - 1].last >= c.first - 1 { continue }
            var words = 0
            for k in c.first...c.last where tokens[k].kind == .word && tokens[k].capitalized { words += 1 }
            if words >= 2 { candidates[i].article = true }
        }
    }
}
