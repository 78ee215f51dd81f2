import WatchfloorModel

/// Second pass over the candidates: people seen with a full name claim their later bare surnames
/// ("Putin", "Mr. Putin", "Jordan" after "Michael Jordan"), and ambiguous place names take the
/// meaning that the article's other evidence supports ("Georgia" beside "Atlanta", "Paris, Texas").
struct EntityResolver {
    let gazetteer: Gazetteer
    let tokens: [Token]

    /// Word-token keys of a candidate, connectors and punctuation left out.
    func nameKeys(_ c: EntityCandidate) -> [UInt64] {
        nameKeys(first: c.first, last: c.last)
    }

    /// The same for the candidate over tokens `first...last`.
    func nameKeys(first: Int, last: Int) -> [UInt64] {
        (first...last).compactMap { k in
            let t = tokens[k]
            return t.kind == .word && t.capitalized ? t.key : nil
        }
    }

    /// How many keys `nameKeys(first:last:)` holds, and its first and last (0 when empty), without building the array.
    func nameKeySummary(first: Int, last: Int) -> (count: Int, first: UInt64, last: UInt64) {
        var count = 0
        var firstKey: UInt64 = 0
        var lastKey: UInt64 = 0
        for k in first...last where tokens[k].kind == .word && tokens[k].capitalized {
            if count == 0 { firstKey = tokens[k].key }
            lastKey = tokens[k].key
            count += 1
        }
        return (count, firstKey, lastKey)
    }

    /// Relabels and adds surname mentions of people named in full somewhere in the article.
    /// The input is consumed: the finder hands over an array nothing else holds, relabelled in place (copying each
    /// candidate into a new array retained and released its entries and role).
    func resolvePeople(_ input: consuming [EntityCandidate]) -> [EntityCandidate] {
        // `KeySet`s, not `Set<UInt64>`: the loop below asks them for every capitalised word (SipHash per question).
        var surnames = KeySet()
        var weakKeys: [UInt64] = []
        // Fields are read in place: a copy of each candidate retained and released its entries and role.
        for i in input.indices where input[i].kind == .person {
            let keys = nameKeySummary(first: input[i].first, last: input[i].last)
            guard keys.count >= 2 || input[i].titled, keys.count > 0 else { continue }
            if input[i].weak { weakKeys.append(keys.last) } else { surnames.insert(keys.last) }
        }
        // The weak surnames less the strong ones (what `subtract` left).
        var weakSurnames = KeySet()
        for key in weakKeys where !surnames.contains(key) { weakSurnames.insert(key) }
        guard !surnames.isEmpty || !weakSurnames.isEmpty else { return input }
        var out = consume input
        out.reserveCapacity(out.count + 8)
        // The finder hands its candidates over in text order (by `first`); checked here, since the shortcuts below rely on it.
        var inOrder = true
        for i in out.indices {
            let first = out[i].first
            let last = out[i].last
            if i > 0 && out[i - 1].first > first { inOrder = false }
            if out[i].kind != .person, out[i].kind != .nationality, first == last, surnames.contains(tokens[first].key)
                || (out[i].entries.isEmpty && weakSurnames.contains(tokens[first].key)) {
                out[i] = EntityCandidate(first: first, last: last, kind: .person, entries: [], country: -1, settled: true)
            }
        }
        let found = out.count
        // A token inside a candidate is not added again. In text order, a walk over the candidates that start at or
        // before the token, keeping the furthest last token, answers that without a per-token table.
        var covered: [Bool] = []
        if !inOrder {
            covered = [Bool](repeating: false, count: tokens.count)
            for i in out.indices { for k in out[i].first...out[i].last { covered[k] = true } }
        }
        var next = 0
        var coveredThrough = -1
        // Tokens are read in place (binding each copied it); capitalisation, the rarest condition, is asked first.
        for k in tokens.indices where tokens[k].capitalized {
            if inOrder {
                while next < found && out[next].first <= k {
                    coveredThrough = max(coveredThrough, out[next].last)
                    next += 1
                }
                if k <= coveredThrough { continue }
            } else if covered[k] {
                continue
            }
            guard tokens[k].kind == .word, surnames.contains(tokens[k].key) || weakSurnames.contains(tokens[k].key) else { continue }
            out.append(EntityCandidate(first: k, last: k, kind: .person, entries: [], country: -1, settled: true))
        }
        // With nothing added to candidates in text order, the (stable) sort would leave them as they are.
        if out.count > found || !inOrder { out.sort { $0.first < $1.first } }
        return out
    }

    /// Picks one meaning for every ambiguous gazetteer candidate and sets its kind and country.
    /// The input is consumed (changed in place when nothing else holds it).
    func resolveCountries(_ input: consuming [EntityCandidate]) -> [EntityCandidate] {
        // The evidence table is read only to choose between several meanings; without any, it is not built. It is
        // counted before any candidate changes, as before.
        var evidence: [Int] = []
        var ambiguous = false
        for i in input.indices where input[i].entries.count > 1 {
            ambiguous = true
            break
        }
        if ambiguous {
            evidence = [Int](repeating: 0, count: gazetteer.countries.count)
            // Fields are read in place: binding each candidate copied it (retaining its entries and role).
            for i in input.indices where input[i].settled && input[i].country >= 0 && input[i].kind != .person {
                evidence[Int(input[i].country)] += 1
            }
        }
        var out = consume input
        for i in out.indices where !out[i].entries.isEmpty {
            var chosen = out[i].entries[0]
            if out[i].entries.count > 1 {
                // "Paris, Texas" / "Portland, Ore.": the next place after a comma decides.
                var fixed: GazetteerEntry?
                if i + 1 < out.count, out[i + 1].first == out[i].last + 2, out[i + 1].country >= 0 {
                    let next = out[i + 1]
                    let nextCountries = Set(next.entries.map(\.country)).union([next.country])
                    fixed = out[i].entries.filter { nextCountries.contains($0.country) }.max { prior($0) < prior($1) }
                }
                chosen = fixed ?? out[i].entries.max { score($0, evidence) < score($1, evidence) } ?? chosen
            }
            out[i].kind = MentionFinder.kind(of: chosen)
            out[i].country = chosen.country
            if chosen.kind == .organization { out[i].canonical = chosen.name }
            // One meaning: the array already holds exactly it (a new one-element array per candidate cost an allocation).
            if out[i].entries.count > 1 { out[i].entries = [chosen] }
        }
        markArticles(&out)
        return out
    }

    private func score(_ e: GazetteerEntry, _ evidence: [Int]) -> Int {
        let n = e.country >= 0 ? evidence[Int(e.country)] : 0
        return prior(e) + (n > 0 ? 150 : 0) + 20 * min(n, 10)
    }

    /// How likely a meaning is before context: countries over organisations over capitals over places, big places first.
    private func prior(_ e: GazetteerEntry) -> Int {
        switch e.kind {
        case .country: return 900
        case .organization, .demonym: return 850
        case .capital: return 800
        case .role, .other: return 0
        case .place:
            switch e.placeKind {
            case .admin: return 750
            case .region: return 700
            case .abbreviation, .postal: return 600
            case .city, .none:
                var p = max(Int(e.population), 1)
                var digits = 0
                while p >= 10 { p /= 10; digits += 1 }
                return digits * 100 + p * 10 - (e.alternate ? 100 : 0)
            }
        }
    }
}
