/// Results and standings lines in sports news ("Derbyshire 471, Worcestershire 238", "Puchon 2 Chonbuk 1",
/// "NEW YORK 74 58 .561"): a city or region followed by its score names the team there, an organisation.
/// Countries and the nations and regions of a country ("England") stay places, as national teams are tagged as places by
/// every gold standard we score against; a dateline ("NEW YORK 1996-08-30") is not a score.
enum ScoreLines {
    /// Relabels places followed by a number as organisations on lines holding two or more such name-and-number pairs,
    /// or on a line that is a single standings row (a name followed by three or more numbers).
    static func relabelTeams(_ candidates: inout [EntityCandidate], tokens: [Token], dateline: ClosedRange<Int>?) {
        // Fields are read in place: a copy of each candidate retained and released its entries and role.
        // A token is on the line of the token before it unless a line break precedes it (`line[n] == line[n - 1]`), so
        // the candidates followed by a number on their line are found before the line table is built; most articles
        // have none, and then no table is built.
        var scored: [Int] = []
        for i in candidates.indices
        where candidates[i].named && candidates[i].last + 1 < tokens.count && !(dateline?.contains(candidates[i].first) ?? false) {
            let n = candidates[i].last + 1
            guard tokens[n].kind == .number, tokens[n].newlinesBefore == 0 else { continue }
            scored.append(i)
        }
        guard !scored.isEmpty else { return }
        var line = [Int](repeating: 0, count: tokens.count)
        var current = 0
        for k in tokens.indices {
            if tokens[k].newlinesBefore > 0 { current += 1 }
            line[k] = current
        }
        var pairs: [Int: Int] = [:]
        for i in scored { pairs[line[candidates[i].last], default: 0] += 1 }
        var teams: Set<UInt64> = []
        for i in scored {
            let c = candidates[i]
            guard c.kind == .place, c.entries.allSatisfy({ $0.kind == .place && $0.placeKind != .region }) else { continue }
            let l = line[c.last]
            if pairs[l, default: 0] >= 2 || numbersAfter(c.last, tokens: tokens, line: line) >= 3 {
                candidates[i].kind = .organization
                candidates[i].country = -1
                candidates[i].entries = []
                if c.first == c.last { teams.insert(tokens[c.first].key) }
            }
        }
        guard !teams.isEmpty else { return }
        // A place that is a team on the article's results lines is the team in its prose too ("Derbyshire beat
        // Worcestershire by nine wickets"), except in the dateline.
        for i in candidates.indices where candidates[i].kind == .place && candidates[i].first == candidates[i].last
            && teams.contains(tokens[candidates[i].first].key) && !(dateline?.contains(candidates[i].first) ?? false) {
            candidates[i].kind = .organization
            candidates[i].country = -1
            candidates[i].entries = []
        }
    }

    private static func numbersAfter(_ b: Int, tokens: [Token], line: [Int]) -> Int {
        var k = b + 1
        var n = 0
        // Separate numbers ("74 58 .561"), not the parts of a date ("1996-08-30").
        while k < tokens.count, line[k] == line[b], tokens[k].kind == .number || tokens[k].kind == .punct {
            if tokens[k].kind == .number && tokens[k].spaceBefore { n += 1 }
            k += 1
        }
        return n
    }
}
