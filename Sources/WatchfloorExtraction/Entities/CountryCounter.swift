import WatchfloorModel

/// Counts the countries an article refers to (names, demonyms, capitals, places, organisations of a
/// country) and marks the focus countries: those that carry a large share of the weighted mentions,
/// where the headline and the opening sentences weigh more.
struct CountryCounter {
    let gazetteer: Gazetteer

    /// Countries, most mentioned first.
    func count(_ candidates: [EntityCandidate], tokens: [Token], leadEnd: Int, titleEnd: Int, dateline: ClosedRange<Int>? = nil) -> [CountryCount] {
        var counts: [Int16: Int] = [:]
        var weight: [Int16: Double] = [:]
        var firstSeen: [Int16: Int] = [:]
        // A possessed institution ("Russia's Defence Ministry") repeats its owner's mention; it does not count again.
        // Fields are read in place: a copy of each candidate retained and released its entries and role.
        for i in candidates.indices
        where candidates[i].country >= 0 && candidates[i].kind != .person && candidates[i].named && !candidates[i].possessed {
            let country = candidates[i].country
            let first = candidates[i].first
            counts[country, default: 0] += 1
            let start = tokens[first].start
            var w = 1.0
            // The dateline says where the story happened or was filed: as telling as the headline.
            if start < titleEnd || (dateline?.contains(first) ?? false) { w += 1.5 } else if start < leadEnd { w += 1.0 }
            if candidates[i].kind == .nationality { w *= 0.75 }
            weight[country, default: 0] += w
            if firstSeen[country] == nil { firstSeen[country] = start }
        }
        let top = weight.values.max() ?? 0
        let ordered = counts.keys.sorted { a, b in
            counts[a] != counts[b] ? (counts[a] ?? 0) > (counts[b] ?? 0) : (firstSeen[a] ?? 0) < (firstSeen[b] ?? 0)
        }
        return ordered.map { idx in
            let country = gazetteer.countries[Int(idx)]
            let w = weight[idx] ?? 0
            return CountryCount(code: country.code, name: country.name, mentions: counts[idx] ?? 0, focus: w >= max(1.0, top * 0.6))
        }
    }
}
