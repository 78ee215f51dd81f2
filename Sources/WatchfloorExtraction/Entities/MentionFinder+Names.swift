import WatchfloorModel

/// Unknown names: classified as people, places or organisations by the evidence around them.
extension MentionFinder {
    func classifyName(_ a: Int, _ bIn: Int, sentence si: Int, inlineRole: (first: Int, last: Int)?, into out: inout [EntityCandidate]) {
        var b = bIn
        while b > a, tokens[b].kind != .word || !tokens[b].capitalized { b -= 1 }
        let single = a == b
        let t0 = tokens[a]
        let last = tokens[b]
        let next = b + 1 < tokens.count && tokens[b + 1].newlinesBefore == 0 ? tokens[b + 1] : nil
        let isHeadline = headline[si]
        if single && lexicon.nonNames.contains(t0.key) { return }
        // Model numbers and products ("A380", "Boeing 787") are not people.
        if hasDigits(a, b) { return }
        // Single letters ("C", "N") and contractions ("I'm", "I've") are not names.
        if single && (t0.length == 1 || (t0.length <= 5 && hasApostrophe(t0))) { return }
        if single, let n = next, lexicon.productNouns.contains(n.key) { return }
        // "Vickers VC-10", "Lockheed L-1011": products.
        if modelNumberAfter(b) { return }
        // "Iskander-M ballistic missiles", "IRIS-T launcher": a model letter hyphenated to a name, before a product
        // noun, names a weapon or a product ("Jay-Z" and "WRAZ-TV" stay names).
        if endsWithModelLetter(b) && productNounFollows(b) { return }
        // "Paris Air Show", "World Cup", "Tour de France", "Patriot Act": events, laws and products.
        if hasMiscHead(a, b) { return }

        if let d = dateline, d.tokens.contains(a), a == d.tokens.lowerBound {
            emit(a, b, kind: .place, into: &out)
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
                emit(r.first, b, kind: .organization, into: &out)
                return
            }
            emitPerson(a, b, role: honorific ? nil : role, titled: true, into: &out)
            return
        }
        if let given = gazetteer.given[t0.key], !single {
            let secondIsHead = gazetteer.orgHeads.contains(tokens[a + 1].key)
            if !given || (!secondIsHead && !gazetteer.words.contains(tokens[a + 1].key)) {
                // "Garuda Indonesia", "Air India": a country's name ends company names, rarely a person's ("Michael Jordan").
                if isCountryName(b) && gazetteer.surnames[last.key] == nil {
                    emit(a, b, kind: .organization, into: &out)
                    return
                }
                if !gazetteer.orgHeads.contains(last.key) {
                    emitPerson(a, b, role: nil, into: &out)
                    return
                }
            }
        }
        // "Changi International Airport", "Atlantic Ocean", "Tahrir Square": places by their last word.
        if !single, lexicon.placeHeads.contains(last.key) {
            emit(a, b, kind: .place, into: &out)
            return
        }
        let hasHead = gazetteer.orgHeads.contains(last.key) || (!single && hasCapitalizedOrgHead(a, b))
        if hasHead && !(single && (isSentenceInitial(a, si) || isHeadline)) {
            emit(a, b, kind: .organization, into: &out)
            return
        }
        // "Joint Strike Fighter program", "Mac OS X operating system", "Intel Core Duo processors": products.
        if let n = next, lexicon.productNouns.contains(n.key) { return }
        if let n = next, lexicon.placeNouns.contains(n.key) {
            emit(a, b, kind: .place, into: &out)
            return
        }
        if isHeadline { return }
        // "FILE", "WATCH": an English word shouted in a caption, not an acronym.
        if single && t0.allCaps && t0.length <= 6 && !(t0.length >= 4 && gazetteer.words.contains(t0.key)) {
            emit(a, b, kind: .organization, into: &out)
            return
        }
        // "AirTran", "WorldCom", "JetBlue": a capital inside a word, after anything but a surname prefix (Mc, Mac, De, O'), is a brand.
        if single && isBrandCased(a) {
            emit(a, b, kind: .organization, into: &out)
            return
        }
        let dictionary = single && gazetteer.words.contains(t0.key)
        if dictionary && (isSentenceInitial(a, si) || gazetteer.surnames[t0.key] != false) { return }
        if single && isSentenceInitial(a, si) && gazetteer.given[t0.key] != nil { return }
        if hasAgeAfter(b) {
            emitPerson(a, b, role: nil, into: &out)
            return
        }
        let surname = gazetteer.surnames[last.key] != nil
        if surname && (!single || !dictionary) {
            emitPerson(a, b, role: nil, into: &out)
            return
        }
        if single, let n = next, lexicon.speech.contains(n.key) {
            emitPerson(a, b, role: nil, into: &out)
            return
        }
        if precededByLocative(a) {
            emit(a, b, kind: .place, into: &out)
            return
        }
        if !single {
            // Upper-case runs outside headlines are table headers or codes ("W L PCT GB"), not names.
            if !hasTitleCaseWord(a, b) { return }
            // Two or three title-case words that are not English words read as a person ("Suu Kyi", "Nolan Henke").
            if isPersonLike(a, b) {
                emitPerson(a, b, role: nil, weak: true, into: &out)
            } else {
                emit(a, b, kind: .organization, into: &out)
            }
            return
        }
        // A lone unknown capitalised word with no evidence (no given name, role, honorific, age, known surname,
        // speech verb, organisation or place cue) is left out: products, indices, tickers and sign-offs ("Nikkei",
        // "Dreamliner", "Shr", "Reuter") outnumber the surnames among them. A full name elsewhere in the article
        // still claims it as a person (EntityResolver).
    }

    // Loops, not closures: a closure over `self` in `classifyName` copied the whole finder (retaining every field) per call.

    /// Whether a token of `a...b` is a number or holds a digit (`contains(where:)` over the tokens and their scalars).
    func hasDigits(_ a: Int, _ b: Int) -> Bool {
        for k in a...b {
            let t = tokens[k]
            if t.kind == .number { return true }
            for x in t.start..<t.end where ScalarClass.isDigit(s[x]) { return true }
        }
        return false
    }

    /// Whether token `t` holds an apostrophe.
    func hasApostrophe(_ t: Token) -> Bool {
        for x in t.start..<t.end where ScalarClass.isApostrophe(s[x]) { return true }
        return false
    }

    /// Whether a capitalised event, law or product head ends `a...b` or stands before a connector in it.
    func hasMiscHead(_ a: Int, _ b: Int) -> Bool {
        for k in a...b where lexicon.miscHeads.contains(tokens[k].key) && tokens[k].capitalized
            && (k == b || lexicon.connectors.contains(tokens[k + 1].key)) {
            return true
        }
        return false
    }

    /// Whether a capitalised organisation head is among tokens `a...b`.
    func hasCapitalizedOrgHead(_ a: Int, _ b: Int) -> Bool {
        for k in a...b where gazetteer.orgHeads.contains(tokens[k].key) && tokens[k].capitalized { return true }
        return false
    }

    /// Whether a word of `a...b` is in title case (not all capitals): the negation of "every token is a non-word, in
    /// capitals or not capitalised".
    func hasTitleCaseWord(_ a: Int, _ b: Int) -> Bool {
        for k in a...b where !(tokens[k].kind != .word || tokens[k].allCaps || !tokens[k].capitalized) { return true }
        return false
    }

    /// Whether the words of `a...b` are at most three, each in title case and neither an English word nor a country's name.
    func isPersonLike(_ a: Int, _ b: Int) -> Bool {
        var words = 0
        for k in a...b where tokens[k].kind == .word { words += 1 }
        guard words <= 3 else { return false }
        for k in a...b where tokens[k].kind == .word {
            let t = tokens[k]
            if !(t.capitalized && !t.allCaps && !gazetteer.words.contains(t.key) && !isCountryName(k)) { return false }
        }
        return true
    }

    /// Whether a title-case word has an upper-case letter inside that does not follow a surname prefix ("AirTran", not "McCain").
    func isBrandCased(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.capitalized, !t.allCaps, t.length >= 4 else { return false }
        var prefix: UInt64 = TextHash.seed
        for x in t.start..<t.end {
            let c = s[x]
            if x > t.start, ScalarClass.isUpper(c) {
                return x - t.start >= 2 && !lexicon.surnamePrefixes.contains(prefix) && !ScalarClass.isApostrophe(s[x - 1])
            }
            prefix = TextHash.add(prefix, ScalarClass.fold(c))
        }
        return false
    }

    /// Whether token `k` alone is a country's name or capital.
    func isCountryName(_ k: Int) -> Bool {
        var h = Gazetteer.sequenceSeed
        h = TextHash.combine(h, tokens[k].key)
        return gazetteer.phrases[h]?.contains { $0.kind == .country || $0.kind == .capital } ?? false
    }

    /// A role or honorific phrase right before token `a` ("President", "foreign policy chief,", "Mr.").
    func roleBefore(_ a: Int, sentence si: Int) -> (range: (first: Int, last: Int), honorific: Bool)? {
        let lo = sentences[si].first
        var k = a - 1
        guard k >= lo else { return nil }
        var comma = false
        if tokens[k].kind == .punct, s[tokens[k].start] == "," {
            comma = true
            k -= 1
        }
        guard k >= lo else { return nil }
        if !comma, lexicon.honorifics.contains(tokens[k].key) { return ((k, k), true) }
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

    func emitPerson(_ a: Int, _ b: Int, role: (first: Int, last: Int)?, titled: Bool = false, weak: Bool = false, into out: inout [EntityCandidate]) {
        // The fields are worked out first and the candidate made inside `append`: a local candidate was copied into the
        // array and then destroyed (retaining and releasing its entries and role); the previous candidate is read in
        // place for the same reason.
        var roleText: String?
        var roleCountry: Int16 = -1
        if let r = role {
            roleText = text(r.first, r.last)
            // The qualifier before the role: "Russian President", "U.S. Secretary of State", "Russia's foreign minister".
            var q = r.first - 1
            if q >= 0, tokens[q].kind == .word, tokens[q].key == lexicon.possessiveKey { q -= 1 }
            if q >= 0, let p = out.indices.last, out[p].last == q, out[p].kind != .person {
                roleCountry = out[p].country
            }
        }
        out.append(EntityCandidate(
            first: a, last: b, kind: .person, entries: [], country: -1, role: roleText, roleCountry: roleCountry, titled: titled,
            weak: weak, settled: true))
    }

    static let possessiveKey = TextHash.key("'s")

    func emit(_ a: Int, _ b: Int, kind: MentionKind, into out: inout [EntityCandidate]) {
        var country: Int16 = -1
        // "U.S. Department of Agriculture", "Russian Defence Ministry": the organisation belongs to its qualifier's country.
        if kind == .organization, a < b, let m = longestMatch(from: a, limit: b - 1),
           let q = m.entries.first(where: { $0.kind == .country || $0.kind == .demonym }), q.country >= 0,
           m.entries.allSatisfy({ $0.country == q.country || $0.kind == .place }) {
            country = q.country
        }
        // "Russia's Defence Ministry": the possessive names the owner, and the actor must not merge with Ukraine's.
        var possessed = false
        if kind == .organization, country < 0, a >= 2, tokens[a - 1].key == lexicon.possessiveKey,
           let p = out.indices.last, out[p].last == a - 2, out[p].kind == .country, out[p].country >= 0 {
            country = out[p].country
            possessed = true
        }
        out.append(EntityCandidate(first: a, last: b, kind: kind, entries: [], country: country, possessed: possessed, settled: true))
    }
}
