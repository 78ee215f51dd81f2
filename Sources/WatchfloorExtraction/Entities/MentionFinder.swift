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
    private(set) var candidates: [EntityCandidate] = []
    /// The dateline that opens the body, if any.
    let dateline: Dateline?
    private var headline: [Bool] = []
    private var firstWord: [Int] = []

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
        for (si, sent) in sentences.enumerated() where !isSignOff(si) { scan(sentence: si, sent) }
        candidates.sort { $0.first < $1.first }
        return candidates
    }

    // MARK: - Chunks

    private mutating func scan(sentence si: Int, _ sent: TokenSentence) {
        var i = sent.first
        while i <= sent.last {
            let t = tokens[i]
            guard t.kind == .word, t.capitalized else { i += 1; continue }
            let j = chunkEnd(from: i, last: sent.last)
            // "iPhone Developer Program", "iTunes Music Store", "iPod Nano": a product line, not a name.
            if !(i > 0 && isCamelCaseWord(i - 1)) { segment(i, j, sentence: si) }
            i = j + 1
        }
    }

    /// The last token of the capitalised chunk that starts at `i`.
    private func chunkEnd(from i: Int, last: Int) -> Int {
        var j = i
        while j + 1 <= last {
            let n = tokens[j + 1]
            if n.newlinesBefore > 0 { break }
            // "in Europe and Asia Monday": a weekday after a name is a date, not part of it.
            if EntityLexicon.weekdays.contains(n.key) { break }
            if n.kind == .word && n.capitalized { j += 1; continue }
            guard j + 2 <= last else { break }
            let nn = tokens[j + 2]
            // "Deir ez-Zor", "Dayr az-Zawr": a particle glued by a hyphen to the next capitalised word.
            if n.kind == .word, EntityLexicon.connectors.contains(n.key), nn.kind == .punct, s[nn.start] == "-", !nn.spaceBefore,
               j + 3 <= last, tokens[j + 3].capitalized, !tokens[j + 3].spaceBefore, tokens[j + 3].newlinesBefore == 0 {
                j += 3
                continue
            }
            guard nn.kind == .word, nn.newlinesBefore == 0 else { break }
            if n.kind == .word, EntityLexicon.connectors.contains(n.key), nn.capitalized { j += 2; continue }
            if n.kind == .punct {
                let c = s[n.start]
                let tight = !n.spaceBefore && !nn.spaceBefore
                if c == "-" && tight && (nn.capitalized || EntityLexicon.connectors.contains(nn.key) || nn.key == Self.electKey) { j += 2; continue }
                if c == "&" && nn.capitalized { j += 2; continue }
            }
            break
        }
        return j
    }

    private static let electKey = TextHash.key("elect")
    private static let indexSizes: Set<String> = ["100", "200", "225", "250", "400", "500", "600", "1000", "2000", "3000", "5000"]

    /// The longest gazetteer phrase starting at `pos` and ending at or before `limit`.
    func longestMatch(from pos: Int, limit: Int) -> (end: Int, entries: [GazetteerEntry])? {
        var h = Gazetteer.sequenceSeed
        var best: (Int, [GazetteerEntry])?
        var k = pos
        while k <= limit, k - pos < gazetteer.maxPhraseLength {
            h = TextHash.combine(h, tokens[k].key)
            if let e = gazetteer.phrases[h] { best = (k, e) }
            if !gazetteer.prefixes.contains(h) { break }
            k += 1
        }
        return best
    }

    /// Splits a chunk into gazetteer phrases, roles and names.
    private mutating func segment(_ a: Int, _ b: Int, sentence si: Int) {
        var pos = a
        var role: (first: Int, last: Int)?
        while pos <= b, tokens[pos].kind != .word || EntityLexicon.leadingSkips.contains(tokens[pos].key)
            || (EntityLexicon.titleSkips.contains(tokens[pos].key) && !tokens[pos].allCaps)
            || (EntityLexicon.connectors.contains(tokens[pos].key) && !nameOpeningParticle(pos, b)) {
            pos += 1
        }
        // A capitalised ordinary word opening the sentence ("As Trump ...") is not part of the name.
        while pos < b, isSentenceInitial(pos, si), gazetteer.words.contains(tokens[pos].key), gazetteer.given[tokens[pos].key] == nil,
              !(longestMatch(from: pos, limit: b)?.entries.contains { $0.placeKind != .postal } ?? false) {
            pos += 1
        }
        while pos <= b {
            let t = tokens[pos]
            if t.kind != .word || !t.capitalized {
                pos += 1
                continue
            }
            // "President Clinton": after a role, a name that is also a town is the person.
            if let m = longestMatch(from: pos, limit: b),
               !(role != nil && m.end == b && m.entries.allSatisfy { $0.kind == .place || $0.kind == .capital }) {
                if m.entries.allSatisfy({ $0.kind == .role }) {
                    role = (pos, m.end)
                    pos = m.end + 1
                    continue
                }
                let after = m.end < b ? longestMatch(from: m.end + 1, limit: b) : nil
                let qualifier = m.entries.contains { $0.kind == .demonym || $0.kind == .country }
                // "Ford Taurus", "Lockheed Tristar": a maker's name before a product name is part of the product;
                // a nationality stays apart ("Japanese Nikkei").
                if after?.entries.contains(where: { $0.kind == .other }) ?? false {
                    if qualifier { emitGazetteer(pos, m.end, m.entries, sentence: si) }
                    return
                }
                let nextIsRole = after?.entries.contains { $0.kind == .role } ?? false
                // "Russian Gazprom", "Japanese Nikkei": the qualifier stands apart from a known name after it;
                // "U.S. Firm's offer", "U.S. Companies": and from capitalised common words.
                let restIsName = m.end < b && (startsName(m.end + 1, b) || longestMatch(from: m.end + 1, limit: b) != nil
                    || commonWords(m.end + 1, b))
                if m.end == b || nextIsRole || (qualifier && restIsName) {
                    emitGazetteer(pos, m.end, m.entries, sentence: si)
                    role = nil
                    pos = m.end + 1
                    continue
                }
            }
            classifyName(pos, b, sentence: si, inlineRole: role)
            return
        }
    }

    /// Whether the name ending at token `b` ends in a hyphen and one or two capitals ("Iskander-M", "IRIS-T"),
    /// inside the token or as tokens of their own.
    private func endsWithModelLetter(_ b: Int) -> Bool {
        let t = tokens[b]
        var k = t.end - 1
        while k > t.start && ScalarClass.isUpper(s[k]) && t.end - k <= 2 { k -= 1 }
        // The name before the hyphen has three letters or more: "(R-AZ)" is a senator's party and state.
        if k >= t.start + 3 && k < t.end - 1 && ScalarClass.isHyphen(s[k]) { return true }
        guard b >= 2, t.kind == .word, t.length <= 2, !t.spaceBefore, (t.start..<t.end).allSatisfy({ ScalarClass.isUpper(s[$0]) }) else { return false }
        let h = tokens[b - 1]
        return h.kind == .punct && ScalarClass.isHyphen(s[h.start]) && !h.spaceBefore && tokens[b - 2].kind == .word && tokens[b - 2].length >= 3
    }

    /// Whether one of the two words after token `b` (on its line, in lower case) is a product noun ("ballistic missiles").
    private func productNounFollows(_ b: Int) -> Bool {
        var k = b + 1
        while k < tokens.count, k <= b + 2, tokens[k].kind == .word, tokens[k].newlinesBefore == 0, !tokens[k].capitalized {
            if EntityLexicon.productNouns.contains(tokens[k].key) { return true }
            k += 1
        }
        return false
    }

    /// "Al-Monitor", "Al-Qaeda": a capitalised particle hyphenated to the next word opens the name.
    private func nameOpeningParticle(_ k: Int, _ b: Int) -> Bool {
        k + 2 <= b && tokens[k].capitalized && tokens[k + 1].kind == .punct && ScalarClass.isHyphen(s[tokens[k + 1].start])
            && !tokens[k + 1].spaceBefore && !tokens[k + 2].spaceBefore
    }

    /// Whether token `k` is a lower-case word with an upper-case letter inside ("iPhone", "iTunes", "eBay").
    private func isCamelCaseWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.capitalized, ScalarClass.isLower(s[t.start]) else { return false }
        return (t.start + 1..<t.end).contains { ScalarClass.isUpper(s[$0]) }
    }

    /// Whether the tokens after `b` are a model number ("Boeing 747", "Airbus A380", "VC-10", "787s"), which makes
    /// the name before it a product.
    private func modelNumberAfter(_ b: Int) -> Bool {
        var k = b + 1
        guard k < tokens.count, tokens[k].newlinesBefore == 0 else { return false }
        // "Standard & Poor's 500": an index named after its maker (index sizes, not models: "Boeing's 787" is Boeing's).
        if tokens[k].key == Self.possessiveKey, k + 1 < tokens.count, tokens[k + 1].kind == .number,
           Self.indexSizes.contains(ScalarBuffer.string(s, tokens[k + 1].start, tokens[k + 1].end)) {
            return true
        }
        if tokens[k].kind == .punct, ScalarClass.isHyphen(s[tokens[k].start]), !tokens[k].spaceBefore, k + 1 < tokens.count,
           !tokens[k + 1].spaceBefore, tokens[k + 1].kind == .number {
            return true
        }
        let t = tokens[k]
        var digits = 0
        var letters = 0
        for x in t.start..<t.end {
            if ScalarClass.isDigit(s[x]) { digits += 1 } else if ScalarClass.isLetter(s[x]) { letters += 1 } else { return false }
        }
        guard digits > 0 else { return false }
        if t.kind == .word { return t.allCaps || letters <= 2 }
        if letters > 0 { return true }
        // Three or more digits, but not a year ("Boeing 2008 results").
        k = 0
        for x in t.start..<t.end { k = k * 10 + Int(s[x].value - 0x30) }
        return digits >= 3 && !(digits == 4 && k >= 1900 && k <= 2099)
    }

    /// Whether tokens `a...b` are all ordinary English words with no organisation head among them ("Firm", "Companies").
    private func commonWords(_ a: Int, _ b: Int) -> Bool {
        (a...b).allSatisfy { k in
            let t = tokens[k]
            return t.kind != .word || (gazetteer.words.contains(t.key) && !gazetteer.orgHeads.contains(t.key) && gazetteer.given[t.key] == nil
                && !EntityLexicon.miscHeads.contains(t.key) && !EntityLexicon.placeHeads.contains(t.key))
        }
    }

    /// Whether tokens from `k` look like the start of a person's name (a given name).
    private func startsName(_ k: Int, _ b: Int) -> Bool {
        guard k <= b, let isWord = gazetteer.given[tokens[k].key] else { return false }
        return !isWord || k < b
    }

    // MARK: - Gazetteer phrases

    private mutating func emitGazetteer(_ a: Int, _ b: Int, _ all: [GazetteerEntry], sentence si: Int) {
        let single = a == b
        let t = tokens[a]
        // In a dateline capitals say nothing, and a known place is the place ("CANTON, Mass.", "NICE, France").
        if dateline?.tokens.contains(a) ?? false {
            // "WASHINGTON, March 26 -": the month is the date, not March in Cambridgeshire.
            if single && EntityLexicon.nonNames.contains(t.key) { return }
            let places = all.filter { $0.kind == .place || $0.kind == .capital || $0.kind == .country }
            if !places.isEmpty {
                var c = EntityCandidate(
                    first: a, last: b, kind: .place, entries: places, country: places[0].country, settled: Self.oneCountry(places))
                c.kind = Self.kind(of: places[0])
                candidates.append(c)
                return
            }
        }
        let dictionaryWord = single && gazetteer.words.contains(t.key)
        let afterComma = a >= 2 && s[tokens[a - 1].start] == "," && !candidates.isEmpty && candidates[candidates.count - 1].last == a - 2
        func keeps(_ e: GazetteerEntry) -> Bool {
            switch e.kind {
            case .role: return false
            case .place:
                if e.placeKind == .postal { return afterComma && t.allCaps }
                if e.isWord && single {
                    return afterComma || e.population >= 100_000 && !isSentenceInitial(a, si) || precededByLocative(a)
                }
                return true
            default: return true
            }
        }
        // Usually every meaning stays: then the list is shared, not filtered into a new array grown entry by entry.
        var entries = all.allSatisfy(keeps) ? all : all.filter(keeps)
        // Short acronyms that are also words ("WHO", "IS", "CAR") count only in upper case outside headlines;
        // names that are words in title case ("Ford", "Fiat", "Shell") keep their meaning.
        if dictionaryWord, t.length <= 4, !t.allCaps || headline[si] {
            entries.removeAll { $0.acronym && ($0.kind == .organization || ($0.kind == .country && $0.length == 1 && t.length <= 3)) }
        }
        // Indices, products and events claim their words but are not person, place or organisation names.
        if entries.contains(where: { $0.kind == .other }) { return }
        // "US$ 40 billion", "HK$ 3": a currency, not a country.
        if b + 1 < tokens.count, tokens[b + 1].kind == .punct, s[tokens[b + 1].start] == "$", !tokens[b + 1].spaceBefore { return }
        // "Boeing 747", "Airbus A380": the product, not the company.
        if entries.allSatisfy({ $0.kind == .organization }), modelNumberAfter(b) { return }
        if dictionaryWord && (isSentenceInitial(a, si) || headline[si]) {
            let strong = entries.contains { $0.kind == .country || $0.kind == .demonym || $0.kind == .capital || $0.kind == .organization }
            if !strong && !afterComma { entries.removeAll() }
        }
        if single, EntityLexicon.nonNames.contains(t.key) { entries.removeAll() }
        guard !entries.isEmpty else {
            // The name may still be a person's ("Jordan" after "Michael Jordan"); the person pass revisits it.
            return
        }
        var c = EntityCandidate(
            first: a, last: b, kind: .place, entries: entries, country: entries[0].country, settled: Self.oneCountry(entries))
        c.kind = Self.kind(of: entries[0])
        if let org = entries.first(where: { $0.kind == .organization }) { c.canonical = org.name }
        candidates.append(c)
        if c.kind == .country || c.kind == .nationality, c.settled, c.country >= 0 { institution(after: b, country: c.country) }
    }

    /// "Russia's defence ministry", "the Russian military": an organisation actor of that country, not a named mention.
    private mutating func institution(after b: Int, country: Int16) {
        var k = b + 1
        if k < tokens.count, tokens[k].key == Self.possessiveKey { k += 1 }
        var words = 0
        while k < tokens.count, words < 3, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].newlinesBefore == 0 {
            words += 1
            // "Ukrainian energy and military-industrial facilities": a head after a conjunction or before a hyphen
            // is an adjective of something else.
            if EntityLexicon.conjunctions.contains(tokens[k].key) { return }
            if k + 1 < tokens.count, tokens[k + 1].kind == .punct, ScalarClass.isHyphen(s[tokens[k + 1].start]), !tokens[k + 1].spaceBefore { return }
            if EntityLexicon.institutionHeads.contains(tokens[k].key) {
                let first = tokens[b + 1].key == Self.possessiveKey ? b + 2 : b + 1
                var c = EntityCandidate(first: first, last: k, kind: .organization, entries: [], country: country, settled: true)
                c.named = false
                candidates.append(c)
                return
            }
            k += 1
        }
    }

    /// Whether all the (non-empty) entries name one country: `Set(entries.map(\.country)).count == 1` without hashing.
    static func oneCountry(_ entries: [GazetteerEntry]) -> Bool {
        guard let first = entries.first?.country else { return false }
        return entries.allSatisfy { $0.country == first }
    }

    /// The mention kind of a gazetteer meaning.
    static func kind(of e: GazetteerEntry) -> MentionKind {
        switch e.kind {
        case .country: .country
        case .demonym: .nationality
        case .organization: .organization
        case .capital, .place, .role, .other: .place
        }
    }

    // MARK: - Unknown names

    private mutating func classifyName(_ a: Int, _ bIn: Int, sentence si: Int, inlineRole: (first: Int, last: Int)?) {
        var b = bIn
        while b > a, tokens[b].kind != .word || !tokens[b].capitalized { b -= 1 }
        let single = a == b
        let t0 = tokens[a]
        let last = tokens[b]
        let next = b + 1 < tokens.count && tokens[b + 1].newlinesBefore == 0 ? tokens[b + 1] : nil
        let isHeadline = headline[si]
        if single && EntityLexicon.nonNames.contains(t0.key) { return }
        // Model numbers and products ("A380", "Boeing 787") are not people.
        if (a...b).contains(where: { tokens[$0].kind == .number || (tokens[$0].start..<tokens[$0].end).contains { ScalarClass.isDigit(s[$0]) } }) { return }
        // Single letters ("C", "N") and contractions ("I'm", "I've") are not names.
        if single && (t0.length == 1 || (t0.length <= 5 && (t0.start..<t0.end).contains { ScalarClass.isApostrophe(s[$0]) })) { return }
        if single, let n = next, EntityLexicon.productNouns.contains(n.key) { return }
        // "Vickers VC-10", "Lockheed L-1011": products.
        if modelNumberAfter(b) { return }
        // "Iskander-M ballistic missiles", "IRIS-T launcher": a model letter hyphenated to a name, before a product
        // noun, names a weapon or a product ("Jay-Z" and "WRAZ-TV" stay names).
        if endsWithModelLetter(b) && productNounFollows(b) { return }
        // "Paris Air Show", "World Cup", "Tour de France", "Patriot Act": events, laws and products.
        if (a...b).contains(where: { k in
            EntityLexicon.miscHeads.contains(tokens[k].key) && tokens[k].capitalized && (k == b || EntityLexicon.connectors.contains(tokens[k + 1].key))
        }) { return }

        if let d = dateline, d.tokens.contains(a), a == d.tokens.lowerBound {
            emit(a, b, kind: .place)
            return
        }
        var role: (first: Int, last: Int)? = inlineRole
        var honorific = false
        if role == nil, let found = roleBefore(a, sentence: si) {
            role = found.range
            honorific = found.honorific
        }
        if role != nil || honorific {
            // "Ukraine's General Staff", "the Navy Command": a rank word heading an organisation, not a titled person.
            if single, !honorific, let r = role, r.last == a - 1, gazetteer.orgHeads.contains(t0.key) {
                emit(r.first, b, kind: .organization)
                return
            }
            emitPerson(a, b, role: honorific ? nil : role, titled: true)
            return
        }
        if let given = gazetteer.given[t0.key], !single {
            let secondIsHead = gazetteer.orgHeads.contains(tokens[a + 1].key)
            if !given || (!secondIsHead && !gazetteer.words.contains(tokens[a + 1].key)) {
                // "Garuda Indonesia", "Air India": a country's name ends company names, rarely a person's ("Michael Jordan").
                if isCountryName(b) && gazetteer.surnames[last.key] == nil {
                    emit(a, b, kind: .organization)
                    return
                }
                if !gazetteer.orgHeads.contains(last.key) {
                    emitPerson(a, b, role: nil)
                    return
                }
            }
        }
        // "Changi International Airport", "Atlantic Ocean", "Tahrir Square": places by their last word.
        if !single, EntityLexicon.placeHeads.contains(last.key) {
            emit(a, b, kind: .place)
            return
        }
        let hasHead = gazetteer.orgHeads.contains(last.key) || (!single && (a...b).contains { gazetteer.orgHeads.contains(tokens[$0].key) && tokens[$0].capitalized })
        if hasHead && !(single && (isSentenceInitial(a, si) || isHeadline)) {
            emit(a, b, kind: .organization)
            return
        }
        // "Joint Strike Fighter program", "Mac OS X operating system", "Intel Core Duo processors": products.
        if let n = next, EntityLexicon.productNouns.contains(n.key) { return }
        if let n = next, EntityLexicon.placeNouns.contains(n.key) {
            emit(a, b, kind: .place)
            return
        }
        if isHeadline { return }
        // "FILE", "WATCH": an English word shouted in a caption, not an acronym.
        if single && t0.allCaps && t0.length <= 6 && !(t0.length >= 4 && gazetteer.words.contains(t0.key)) {
            emit(a, b, kind: .organization)
            return
        }
        // "AirTran", "WorldCom", "JetBlue": a capital inside a word, after anything but a surname prefix (Mc, Mac, De, O'), is a brand.
        if single && isBrandCased(a) {
            emit(a, b, kind: .organization)
            return
        }
        let dictionary = single && gazetteer.words.contains(t0.key)
        if dictionary && (isSentenceInitial(a, si) || gazetteer.surnames[t0.key] != false) { return }
        if single && isSentenceInitial(a, si) && gazetteer.given[t0.key] != nil { return }
        if hasAgeAfter(b) {
            emitPerson(a, b, role: nil)
            return
        }
        let surname = gazetteer.surnames[last.key] != nil
        if surname && (!single || !dictionary) {
            emitPerson(a, b, role: nil)
            return
        }
        if single, let n = next, EntityLexicon.speech.contains(n.key) {
            emitPerson(a, b, role: nil)
            return
        }
        if precededByLocative(a) {
            emit(a, b, kind: .place)
            return
        }
        if !single {
            // Upper-case runs outside headlines are table headers or codes ("W L PCT GB"), not names.
            if (a...b).allSatisfy({ tokens[$0].kind != .word || tokens[$0].allCaps || !tokens[$0].capitalized }) { return }
            // Two or three title-case words that are not English words read as a person ("Suu Kyi", "Nolan Henke").
            let words = (a...b).filter { tokens[$0].kind == .word }
            let personLike = words.count <= 3 && words.allSatisfy {
                tokens[$0].capitalized && !tokens[$0].allCaps && !gazetteer.words.contains(tokens[$0].key) && !isCountryName($0)
            }
            if personLike {
                emitPerson(a, b, role: nil, weak: true)
            } else {
                emit(a, b, kind: .organization)
            }
            return
        }
        // A lone unknown capitalised word with no evidence (no given name, role, honorific, age, known surname,
        // speech verb, organisation or place cue) is left out: products, indices, tickers and sign-offs ("Nikkei",
        // "Dreamliner", "Shr", "Reuter") outnumber the surnames among them. A full name elsewhere in the article
        // still claims it as a person (EntityResolver).
    }

    /// Whether a title-case word has an upper-case letter inside that does not follow a surname prefix ("AirTran", not "McCain").
    private func isBrandCased(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.capitalized, !t.allCaps, t.length >= 4 else { return false }
        var prefix: UInt64 = TextHash.seed
        for x in t.start..<t.end {
            let c = s[x]
            if x > t.start, ScalarClass.isUpper(c) {
                return x - t.start >= 2 && !EntityLexicon.surnamePrefixes.contains(prefix) && !ScalarClass.isApostrophe(s[x - 1])
            }
            prefix = TextHash.add(prefix, ScalarClass.fold(c))
        }
        return false
    }

    /// Whether token `k` alone is a country's name or capital.
    private func isCountryName(_ k: Int) -> Bool {
        var h = Gazetteer.sequenceSeed
        h = TextHash.combine(h, tokens[k].key)
        return gazetteer.phrases[h]?.contains { $0.kind == .country || $0.kind == .capital } ?? false
    }

    /// A role or honorific phrase right before token `a` ("President", "foreign policy chief,", "Mr.").
    private func roleBefore(_ a: Int, sentence si: Int) -> (range: (first: Int, last: Int), honorific: Bool)? {
        let lo = sentences[si].first
        var k = a - 1
        guard k >= lo else { return nil }
        var comma = false
        if tokens[k].kind == .punct, s[tokens[k].start] == "," {
            comma = true
            k -= 1
        }
        guard k >= lo else { return nil }
        if !comma, EntityLexicon.honorifics.contains(tokens[k].key) { return ((k, k), true) }
        // Most names have no role before them: only a word that ends some role is worth the phrase lookups.
        guard gazetteer.roleEnds.contains(tokens[k].key) else { return nil }
        var h = Gazetteer.sequenceSeed
        var found: Int?
        // Roles are matched right to left by trying each start.
        for start in stride(from: k, through: max(lo, k - 4), by: -1) {
            h = Gazetteer.sequenceSeed
            for x in start...k { h = TextHash.combine(h, tokens[x].key) }
            if let e = gazetteer.phrases[h], e.contains(where: { $0.kind == .role }) { found = start }
        }
        guard let start = found else { return nil }
        return ((start, k), false)
    }

    private mutating func emitPerson(_ a: Int, _ b: Int, role: (first: Int, last: Int)?, titled: Bool = false, weak: Bool = false) {
        var c = EntityCandidate(first: a, last: b, kind: .person, entries: [], country: -1, settled: true)
        c.titled = titled
        c.weak = weak
        if let r = role {
            c.role = text(r.first, r.last)
            // The qualifier before the role: "Russian President", "U.S. Secretary of State", "Russia's foreign minister".
            var q = r.first - 1
            if q >= 0, tokens[q].kind == .word, tokens[q].key == Self.possessiveKey { q -= 1 }
            if q >= 0, let prev = candidates.last, prev.last == q, prev.kind != .person {
                c.roleCountry = prev.country
            }
        }
        candidates.append(c)
    }

    private static let possessiveKey = TextHash.key("'s")

    private mutating func emit(_ a: Int, _ b: Int, kind: MentionKind) {
        var country: Int16 = -1
        // "U.S. Department of Agriculture", "Russian Defence Ministry": the organisation belongs to its qualifier's country.
        if kind == .organization, a < b, let m = longestMatch(from: a, limit: b - 1),
           let q = m.entries.first(where: { $0.kind == .country || $0.kind == .demonym }), q.country >= 0,
           m.entries.allSatisfy({ $0.country == q.country || $0.kind == .place }) {
            country = q.country
        }
        var c = EntityCandidate(first: a, last: b, kind: kind, entries: [], country: country, settled: true)
        // "Russia's Defence Ministry": the possessive names the owner, and the actor must not merge with Ukraine's.
        if kind == .organization, country < 0, a >= 2, tokens[a - 1].key == Self.possessiveKey,
           let owner = candidates.last, owner.last == a - 2, owner.kind == .country, owner.country >= 0 {
            c.country = owner.country
            c.possessed = true
        }
        candidates.append(c)
    }

    // MARK: - Context

    /// Whether sentence `si` is a sign-off: the last line of the article, one word on its own ("Reuter").
    private func isSignOff(_ si: Int) -> Bool {
        guard si == sentences.count - 1, si > 0 else { return false }
        let sent = sentences[si]
        return tokens[sent.first].newlinesBefore > 0 && (sent.first...sent.last).filter { tokens[$0].kind == .word }.count == 1
            && sent.last - sent.first <= 1
    }

    private func isSentenceInitial(_ a: Int, _ si: Int) -> Bool {
        if a == firstWord[si] { return true }
        // After an opening quote, a colon or a dash the next word is capitalised anyway.
        guard a > 0 else { return true }
        let p = tokens[a - 1]
        return p.kind == .punct && (ScalarClass.isOpener(s[p.start]) || s[p.start] == ":" || s[p.start] == "—")
    }

    private func precededByLocative(_ a: Int) -> Bool {
        a > 0 && EntityLexicon.locatives.contains(tokens[a - 1].key)
    }

    private func hasAgeAfter(_ b: Int) -> Bool {
        guard b + 3 < tokens.count else { return false }
        return s[tokens[b + 1].start] == "," && tokens[b + 2].kind == .number && tokens[b + 2].length <= 3
            && s[tokens[b + 3].start] == ","
    }

    /// Whether most words of a sentence are capitalised (a headline), so case is no evidence there.
    private func isHeadline(_ sent: TokenSentence) -> Bool {
        var long = 0
        var caps = 0
        var upper = 0
        for k in sent.first...sent.last where tokens[k].kind == .word && tokens[k].length >= 4 {
            long += 1
            if tokens[k].capitalized { caps += 1 }
            if tokens[k].allCaps { upper += 1 }
        }
        return long >= 2 && (caps * 4 >= long * 3 || upper * 2 >= long)
    }

    /// The text of tokens `a...b`.
    func text(_ a: Int, _ b: Int) -> String {
        ScalarBuffer.string(s, tokens[a].start, tokens[b].end)
    }
}
