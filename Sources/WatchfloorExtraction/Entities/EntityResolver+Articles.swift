/// Which names keep the "the" before them.
extension EntityResolver {
    private static let theKey = TextHash.key("the")

    /// Marks multi-word names of countries and organisations that follow "the" ("the United States", "the Federal
    /// Reserve", "the Bank of England") so that their span starts with it. People, nationalities, places, one-word names
    /// and acronyms ("the U.S.", "the EU", "the IRA") leave it out. The gold standards disagree here (MEANTIME keeps the
    /// article, CoNLL and WikiEvents drop it); this split was measured on all three (docs/DECISIONS.md, "Extraction: entities and gazetteer").
    func markArticles(_ candidates: inout [EntityCandidate]) {
        // Fields are read in place: a copy of each candidate retained and released its entries and role.
        for i in candidates.indices {
            guard candidates[i].named, candidates[i].kind == .organization || candidates[i].kind == .country else { continue }
            let first = candidates[i].first
            let last = candidates[i].last
            guard first > 0 else { continue }
            let the = tokens[first - 1]
            guard the.kind == .word, the.key == Self.theKey, tokens[first].newlinesBefore == 0 else { continue }
            if i > 0, candidates[i - 1].last >= first - 1 { continue }
            var words = 0
            for k in first...last where tokens[k].kind == .word && tokens[k].capitalized { words += 1 }
            if words >= 2 { candidates[i].article = true }
        }
    }
}
