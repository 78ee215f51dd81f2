/// One article's choice of replacement for each sample slot, so a name stays the same throughout the article.
struct SlotFill: Sendable {
    private var persons: [Int: (first: String, last: String)] = [:]
    private var places: [Int: (name: String, country: String)] = [:]
    private var countries: [Int: (name: String, code: String)] = [:]

    /// The person standing in for sample person `i`.
    mutating func person(_ i: Int, rng: inout SplitMix64) -> (first: String, last: String) {
        if let p = persons[i] { return p }
        let p = (SyntheticPools.firstNames[rng.index(SyntheticPools.firstNames.count)],
                 SyntheticPools.lastNames[rng.index(SyntheticPools.lastNames.count)])
        persons[i] = p
        return p
    }

    /// The city standing in for sample place `i`.
    mutating func place(_ i: Int, rng: inout SplitMix64) -> (name: String, country: String) {
        if let p = places[i] { return p }
        let p = SyntheticPools.cities[rng.index(SyntheticPools.cities.count)]
        places[i] = p
        return p
    }

    /// The country standing in for sample country `i`.
    mutating func country(_ i: Int, rng: inout SplitMix64) -> (name: String, code: String) {
        if let c = countries[i] { return c }
        let c = SyntheticPools.countries[rng.index(SyntheticPools.countries.count)]
        countries[i] = c
        return c
    }
}
