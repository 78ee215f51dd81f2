import WatchfloorModel

/// Counts the countries an article refers to (names, demonyms, capitals, places, organisations of a
/// country) and marks the focus countries: those that carry a large share of the weighted mentions,
/// where the headline and the opening sentences weigh more.
struct CountryCounter {
    let gazetteer: Gazetteer

    /// Countries, most mentioned first.
    func count(_ candidates: [EntityCandidate], tokens: [Token], leadEnd: Int, titleEnd: Int, dateline: ClosedRange<Int>? = nil) -> [CountryCount] {
        // One row per country in order of first mention, found by a linear search: an article names a few countries
        // (at most the gazetteer's), where three `[Int16: _]` dictionaries hashed every mention with SipHash.
        var ids: [Int16] = []
        var counts: [Int] = []
        var weight: [Double] = []
        var firstSeen: [Int] = []
        // A possessed institution ("Russia's Defence Ministry") repeats its owner's mention; it does not count again.
        // Fields are read in place: a copy of each candidate retained and released its entries and role.
        for i in candidates.indices
        where candidates[i].country >= 0 && candidates[i].kind != .person && candidates[i].named && !candidates[i].possessed {
            let country = candidates[i].country
            let first = candidates[i].first
            let start = tokens[first].start
            var row = 0
            while row < ids.count && ids[row] != country { row += 1 }
            if row == ids.count {
                ids.append(country)
                counts.append(0)
                weight.append(0)
                firstSeen.append(start)
            }
            counts[row] += 1
            var w = 1.0
            // The dateline says where the story happened or was filed: as telling as the headline.
            if start < titleEnd || (dateline?.contains(first) ?? false) { w += 1.5 } else if start < leadEnd { w += 1.0 }
            if candidates[i].kind == .nationality { w *= 0.75 }
            weight[row] += w
        }
        let top = weight.max() ?? 0
        // First mentions differ between countries (distinct tokens), so the order is total and does not depend on the
        // order the rows are sorted from.
        let ordered = ids.indices.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : firstSeen[a] < firstSeen[b]
        }
        return ordered.map { row in
            let country = gazetteer.countries[Int(ids[row])]
            return CountryCount(code: country.code, name: country.name, mentions: counts[row], focus: weight[row] >= max(1.0, top * 0.6))
        }
    }
}
