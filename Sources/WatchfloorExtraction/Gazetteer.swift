/// The lookup tables the extractor needs (countries, places, names, roles, organisations),
/// built from the generated data files' bytes. Construction is the only expensive step; share one.
///
/// Phrases are keyed by the combined hashes of their folded tokens (`TextHash`), so a lookup in the
/// hot loop compares integers; `prefixes` lets a scan stop as soon as no longer phrase can match.
public struct Gazetteer: Sendable {
    /// Every country, indexed by `GazetteerEntry.country`.
    public private(set) var countries: [GazetteerCountry] = []
    /// Canonical names referenced by `GazetteerEntry.name`.
    public private(set) var names: [String] = []
    /// The longest phrase, in tokens.
    public private(set) var maxPhraseLength = 1
    var phrases = KeyMap<[GazetteerEntry]>()
    var prefixes = KeySet()
    var codeIndex: [String: Int16] = [:]
    /// Given names; the value says whether the name is also an English word ("Will", "Mark").
    var given = KeyMap<Bool>()
    /// Surnames; the value says whether the name is also an English word ("Smith" is not, "Brown" is).
    var surnames = KeyMap<Bool>()
    /// Lower-case English words.
    var words = KeySet()
    /// Words that end organisation names ("Ministry", "Corp", "Party").
    var orgHeads = KeySet()
    /// Keys of the last token of every role phrase, a cheap first test before matching roles right to left.
    var roleEnds = KeySet()

    /// The seed of a phrase key before any token is combined.
    static let sequenceSeed: UInt64 = 0x2545_F491_4F6C_DD1D

    /// Creates an empty gazetteer (finds nothing; useful for tests of pure rules).
    public init() {}

    /// Builds a gazetteer from the generated files, keyed by file name.
    public init(files: [String: [UInt8]]) throws {
        for required in ["countries.tsv", "places.tsv"] where files[required] == nil {
            throw GazetteerError.missingFile(required)
        }
        let tokenizer = Tokenizer()
        // Every line adds at least one phrase: room for them all up front saves rehashing the growing table (aliases
        // add more, so the table ends no larger than it would have grown).
        let lines = ["countries.tsv", "places.tsv", "orgs.tsv", "roles.txt", "groups.tsv", "misc.txt"].reduce(0) { n, name in
            n + (files[name]?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0)
        }
        phrases.reserveCapacity(lines)
        if let bytes = files["countries.tsv"] { loadCountries(bytes, tokenizer) }
        let codes = WordTable(codeIndex)
        if let bytes = files["places.tsv"] { loadPlaces(bytes, tokenizer, codes) }
        if let bytes = files["orgs.tsv"] { loadOrganizations(bytes, tokenizer) }
        if let bytes = files["roles.txt"] {
            TSVReader.forEachRecord(bytes) { f in
                add(f[0], GazetteerEntry(kind: .role, country: -1, placeKind: .none, isWord: false, population: 0, name: intern(f[0]), length: 0), tokenizer)
            }
        }
        if let bytes = files["groups.tsv"] {
            TSVReader.forEachRecord(bytes) { f in
                let country = f.count > 1 && !f[1].isEmpty ? (codeIndex[f[1]] ?? -1) : -1
                add(f[0], GazetteerEntry(kind: .demonym, country: country, placeKind: .none, isWord: false, population: 0, name: intern(f[0]), length: 0), tokenizer)
            }
        }
        if let bytes = files["misc.txt"] {
            TSVReader.forEachRecord(bytes) { f in
                add(f[0], GazetteerEntry(kind: .other, country: -1, placeKind: .none, isWord: false, population: 0, name: intern(f[0]), length: 0), tokenizer)
            }
        }
        if let bytes = files["given.txt"] { loadNames(bytes, into: &given) }
        if let bytes = files["surnames.txt"] { loadNames(bytes, into: &surnames) }
        if let bytes = files["orgheads.txt"] {
            TSVReader.forEachRecord(bytes) { f in
                let toks = tokenizer.tokenize(text: f[0])
                if let last = toks.last { orgHeads.insert(last.key) }
            }
        }
        if let bytes = files["words.txt"] {
            words.reserveCapacity(70_000)
            TSVReader.forEachRecord(bytes) { f in words.insert(TextHash.key(f[0])) }
        }
    }

    /// Resolves what a user typed (ISO alpha-2 or alpha-3 code, English name, alias or demonym) to an alpha-2 code.
    public func resolveCountry(_ query: String) -> String? {
        let trimmed = query.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        guard !trimmed.isEmpty else { return nil }
        if trimmed.count <= 3, let i = codeIndex[trimmed.uppercased()] { return countries[Int(i)].code }
        var toks = Tokenizer().tokenize(Array(trimmed.unicodeScalars))
        if toks.count > 1, toks[0].key == Gazetteer.theKey { toks.removeFirst() }
        let entries = lookup(toks[...])
        for kind in [GazetteerEntry.Kind.country, .demonym, .capital] {
            if let e = entries.first(where: { $0.kind == kind && $0.country >= 0 }) { return countries[Int(e.country)].code }
        }
        return nil
    }

    /// The common English name of a country code.
    public func countryName(code: String) -> String? {
        guard let i = codeIndex[code.uppercased()] else { return nil }
        return countries[Int(i)].name
    }

    /// The country index of an alpha-2 code, or nil.
    func countryIndex(code: String) -> Int16? { codeIndex[code] }

    /// Entries for exactly these tokens as one phrase.
    func lookup(_ tokens: ArraySlice<Token>) -> [GazetteerEntry] {
        var h = Gazetteer.sequenceSeed
        for t in tokens { h = TextHash.combine(h, t.key) }
        return phrases[h] ?? []
    }

    /// The key of "the".
    static let theKey = TextHash.key("the")

    // MARK: - Loading

    private mutating func intern(_ name: String) -> Int32 {
        names.append(name)
        return Int32(names.count - 1)
    }

    private mutating func add(_ phrase: String, _ entry: GazetteerEntry, _ tokenizer: Tokenizer) {
        let toks = tokenizer.tokenize(text: phrase)
        guard !toks.isEmpty, toks.count <= 12 else { return }
        var h = Gazetteer.sequenceSeed
        for (i, t) in toks.enumerated() {
            h = TextHash.combine(h, t.key)
            if i < toks.count - 1 { prefixes.insert(h) }
        }
        var e = entry
        e.length = UInt8(toks.count)
        if e.kind == .role, let last = toks.last { roleEnds.insert(last.key) }
        e.acronym = Self.isAcronym(phrase)
        if var list = phrases[h] {
            if let i = list.firstIndex(where: { $0.kind == e.kind && $0.country == e.country && $0.placeKind == e.placeKind }) {
                // One title-case spelling ("Nato") is enough for the phrase not to count as an acronym only.
                if (list[i].acronym && !e.acronym) || (list[i].alternate && !e.alternate) {
                    list[i].acronym = list[i].acronym && e.acronym
                    list[i].alternate = list[i].alternate && e.alternate
                    phrases[h] = list
                }
            } else {
                list.append(e)
                phrases[h] = list
            }
        } else {
            phrases[h] = [e]
        }
        maxPhraseLength = max(maxPhraseLength, toks.count)
    }

    /// Whether a phrase is spelled as an acronym: at least two letters and no lower-case letter.
    private static func isAcronym(_ phrase: String) -> Bool {
        var letters = 0
        for c in phrase.unicodeScalars where ScalarClass.isLetter(c) {
            if ScalarClass.isLower(c) { return false }
            letters += 1
        }
        return letters >= 2
    }

    private mutating func loadCountries(_ bytes: [UInt8], _ tokenizer: Tokenizer) {
        var rows: [[String]] = []
        TSVReader.forEachRecord(bytes) { f in if f.count >= 3 { rows.append(f) } }
        for f in rows {
            let idx = Int16(countries.count)
            countries.append(GazetteerCountry(code: f[0], name: f[1], alpha3: f[2]))
            codeIndex[f[0].uppercased()] = idx
            codeIndex[f[2].uppercased()] = idx
        }
        for (i, f) in rows.enumerated() {
            let idx = Int16(i)
            let name = intern(f[1])
            let fields: [(Int, GazetteerEntry.Kind)] = [(3, .country), (4, .demonym), (5, .capital)]
            for (col, kind) in fields where col < f.count {
                for phrase in f[col].split(separator: "|") {
                    add(String(phrase), GazetteerEntry(kind: kind, country: idx, placeKind: .none, isWord: false, population: 0, name: name, length: 0), tokenizer)
                }
            }
            add(f[1], GazetteerEntry(kind: .country, country: idx, placeKind: .none, isWord: false, population: 0, name: name, length: 0), tokenizer)
        }
    }

    private mutating func loadPlaces(_ bytes: [UInt8], _ tokenizer: Tokenizer, _ codes: WordTable<Int16>) {
        TSVReader.forEachRecord(bytes) { f in
            guard f.count >= 4 else { return }
            let kind: PlaceKind
            switch f[3] {
            case "city": kind = .city
            case "admin1", "state": kind = .admin
            case "region": kind = .region
            case "abbr": kind = .abbreviation
            case "postal": kind = .postal
            default: return
            }
            let country = f[1].isEmpty ? -1 : (codes.value(f[1]) ?? -1)
            let pop = Int32(clamping: Int(f[2]) ?? 0)
            let isWord = f.count > 4 && Self.hasFlag(f[4], "w")
            var entry = GazetteerEntry(kind: .place, country: country, placeKind: kind, isWord: isWord, population: pop, name: intern(f[0]), length: 0)
            entry.alternate = f.count > 4 && Self.hasFlag(f[4], "a")
            add(f[0], entry, tokenizer)
        }
    }

    /// `field.contains(flag)` for a one-letter ASCII flag, by bytes when the field is ASCII (there every character
    /// is one byte, "\r\n" aside, which holds no letter).
    private static func hasFlag(_ field: String, _ flag: Character) -> Bool {
        guard let byte = flag.asciiValue, field.utf8.allSatisfy({ $0 < 0x80 }) else { return field.contains(flag) }
        return field.utf8.contains(byte)
    }

    private mutating func loadOrganizations(_ bytes: [UInt8], _ tokenizer: Tokenizer) {
        TSVReader.forEachRecord(bytes) { f in
            let country = f.count > 1 && !f[1].isEmpty ? (codeIndex[f[1]] ?? -1) : -1
            let name = intern(f[0])
            let entry = GazetteerEntry(kind: .organization, country: country, placeKind: .none, isWord: false, population: 0, name: name, length: 0)
            add(f[0], entry, tokenizer)
            if f.count > 2 {
                for alias in f[2].split(separator: "|") { add(String(alias), entry, tokenizer) }
            }
        }
    }

    private func loadNames(_ bytes: [UInt8], into table: inout KeyMap<Bool>) {
        TSVReader.forEachRecord(bytes) { f in
            table[TextHash.key(f[0])] = f.count > 1 && f[1] == "w"
        }
    }
}
