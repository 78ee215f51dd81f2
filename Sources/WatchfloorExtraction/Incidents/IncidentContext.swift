import WatchfloorModel

/// The facts of one article that incident detection reads, and the per-sentence detection itself.
struct IncidentContext {
    static let accidentWords: Set<String> = ["accidental", "accidentally", "accident"]
    static let clausePunctuation: Set<String> = [",", ";", ":", "\u{2014}", "("]
    /// Off: WikiEvents annotates back references as events too (measured: attack recall 0.85 → 0.70).
    static let skipBackReferences = false
    static let backReferencePrepositions: Set<String> = ["to", "about", "with", "after", "since", "following", "for", "over", "of", "from", "behind", "on", "into", "before", "regarding", "concerning"]
    /// Attack triggers this close in one clause are one incident (measured on WikiEvents and RAMS).
    static let mergeAttackClauses = true
    static let mergeDistance = 6
    static let determiners: Set<String> = ["the", "this", "that", "these", "those", "its", "their", "his", "her", "such"]
    static let bombingCues: Set<String> = ["bomb", "bomber", "bombers", "bombing", "suicide", "attack", "attacker", "attackers", "militants", "terrorist", "terrorists", "explosives", "insurgents", "claimed", "detonated", "ied", "taliban", "killed"]

    /// Per-article tables for the rules' frequent lookups (set by `IncidentDetector`).
    var index = IncidentIndex()
    let scalars: [Unicode.Scalar]
    let tokens: [TimeToken]
    let mentions: [Mention]
    let actors: [EventActor]
    let times: [TimeExpression]
    let published: CalendarDay?
    /// `published?.iso`, formatted once for the article rather than once per undated incident.
    let publishedISO: String?
    /// Section headings ("==The attack==") and where the back matter ("==See also==", "==References==") starts:
    /// neither reports an event.
    let headings: [Span]
    let backMatter: Int
    /// The wire dateline ("BRUSSELS, Jan 30 (Reuters) -"): where the story was filed, a weaker place than one the
    /// sentence names.
    let dateline: Span?

    init(scalars: [Unicode.Scalar], tokens: [TimeToken], mentions: [Mention], actors: [EventActor], times: [TimeExpression],
         published: CalendarDay?, dateline: Span? = nil) {
        self.scalars = scalars
        self.tokens = tokens
        self.mentions = mentions
        self.actors = actors
        self.times = times
        self.published = published
        self.dateline = dateline
        publishedISO = published?.iso
        (headings, backMatter) = Self.sections(tokens)
    }

    /// A trigger found in a sentence, before its arguments are filled in.
    struct Hit {
        var first: Int
        var last: Int
        var type: IncidentType
    }

    /// Incidents of one sentence, whose tokens are `range`.
    /// `seen` holds the scored families already reported in the article, so that "the attack" later on,
    /// which refers back to one of them, is not a new incident.
    /// They are appended to `out`: built in place rather than copied from an array per sentence.
    func incidents(in sentence: Span, tokens range: Range<Int>, seen: inout Set<String>, into out: inout [Incident]) {
        let hits = triggers(in: range)
        guard !hits.isEmpty else { return }
        let inSentence = mentions(in: sentence)
        for hit in hits {
            let start = tokens[hit.first].start
            if start >= backMatter || headings.contains(where: { $0.start <= start && start < $0.end }) { continue }
            // `seen` is read only when back references are skipped: without that, filling it (a string set) is wasted.
            if Self.skipBackReferences {
                let family = Self.family(hit.type)
                if seen.contains(family) && isBackReference(hit.first, range: range) { continue }
                seen.insert(family)
            }
            let a = tokens[hit.first].start
            let b = tokens[hit.last].end
            // Filled in place in the article's array: filling a local and appending it copied every field.
            out.append(Incident(
                type: hit.type, trigger: Span(start: a, end: b), text: ScalarText.string(scalars, a, b),
                sentence: sentence))
            fillArguments(&out[out.count - 1], hit: hit, sentenceTokens: range, inSentence: inSentence)
        }
    }

    /// The class an incident is counted in: `clash` goes with the attacks.
    static func family(_ type: IncidentType) -> String {
        isAttack(type) ? "attack" : type.rawValue
    }

    /// Whether the type counts as an attack (every `attack.*` and `clash`), without string work.
    static func isAttack(_ type: IncidentType) -> Bool {
        switch type {
        case .attackAir, .attackDrone, .attackMissile, .attackShelling, .attackBombing, .attackArmed, .attackOther, .clash:
            return true
        default:
            return false
        }
    }

    /// Whether the trigger at `i` is a definite noun phrase governed by a preposition, which talks about an
    /// incident already reported ("responded to the bombing", "about Saturday's attack", "related to the attacks").
    func isBackReference(_ i: Int, range: Range<Int>) -> Bool {
        var j = i - 1
        // Skip one modifier: "the deadly attack", "Saturday's terror attack".
        if j >= range.lowerBound, tokens[j].kind == .word, !Self.determiners.contains(tokens[j].lower), tokens[j].lower != "s",
           j - 1 >= range.lowerBound, (tokens[j - 1].kind == .word && Self.determiners.contains(tokens[j - 1].lower)) || tokens[j - 1].lower == "s" {
            j -= 1
        }
        guard j >= range.lowerBound else { return false }
        var k: Int
        if tokens[j].kind == .word && Self.determiners.contains(tokens[j].lower) {
            k = j - 1
        } else if tokens[j].kind == .word && tokens[j].lower == "s" && j - 2 >= range.lowerBound && tokens[j - 1].kind == .punct {
            // Possessive: "Saturday's attack", "the city's bombing".
            k = j - 3
            if k >= range.lowerBound, tokens[k].kind == .word, Self.determiners.contains(tokens[k].lower) { k -= 1 }
        } else {
            return false
        }
        guard k >= range.lowerBound, tokens[k].kind == .word else { return false }
        return Self.backReferencePrepositions.contains(tokens[k].lower)
    }

    /// Trigger matches in a sentence, longest phrase first, with weak and negated ones removed.
    func triggers(in range: Range<Int>) -> [Hit] {
        var hits: [Hit] = []
        var conflict: Bool?
        // Whether the sentence has an accident, an illness or a bombing word: asked for each attack, casualty or disaster
        // word, answered once.
        var accident: Bool?
        var illness: Bool?
        var bombing: Bool?
        var scan = ClauseScan(range)
        // Read once: each access to the static goes through its once-guard (1 % of the extractor's instructions).
        let triggerTable = IncidentLexicon.triggerTable
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].kind == .word, triggerTable.mayContain(key: tokens[i].key),
                  let candidates = triggerTable.value(tokens[i]) else {
                i += 1
                continue
            }
            let tok = tokens[i]
            var matched: (IncidentTrigger, Int)?
            for cand in candidates {
                if let last = matchPhrase(cand.sequence, at: i, limit: range.upperBound) {
                    matched = (cand, last)
                    break
                }
            }
            guard let (trigger, last) = matched else {
                i += 1
                continue
            }
            // "life-threatening", "anti-war", "pre-election": the second half of a compound modifier ("counter-attack" stays).
            if trigger.sequence.count == 1, i >= range.lowerBound + 2, !tok.gapBefore, tokens[i - 1].kind == .punct,
               tokens[i - 1].lower == "-", !tokens[i - 1].gapBefore, tokens[i - 2].kind == .word, tokens[i - 2].lower != "counter" {
                i += 1
                continue
            }
            var keep = true
            switch trigger.strength {
            case .strong:
                keep = passesShape(trigger, at: i, last: last, range: range)
            case .conflictOnly:
                if conflict == nil { conflict = hasConflictWord(range) }
                keep = conflict == true && passesShape(trigger, at: i, last: last, range: range)
            case .cued:
                keep = passesCue(trigger, at: i, last: last, range: range)
            }
            // "drone attack hit the depot", "deployed troops into": one event, not two.
            if keep, let previous = hits.last, i - previous.last <= 4 {
                if trigger.strength == .conflictOnly && Self.isAttack(previous.type) { keep = false }
                if previous.type == trigger.type && trigger.type != .casualties { keep = false }
            }
            if keep && !isNegated(at: i, range: range, scan: &scan) {
                var type = trigger.type
                if type == .attackOther {
                    type = refineAttack(type, at: i, last: last, range: range)
                }
                if Self.isAttack(type) && Self.answer(&accident, hasAnyWord(Self.accidentWordSet, in: range)) {
                    type = .disaster
                }
                // "Protesters clash with police": the protest turning violent (ACLED: protests and riots), not a battle.
                if type == .clash, (max(range.lowerBound, i - 3)..<i).contains(where: { Self.protestPeopleSet.contains(tokens[$0]) }) {
                    type = .protest
                }
                let harm = Self.isAttack(type) || type == .casualties || type == .arrest || type == .protest
                // Deaths from illness are not casualties of violence; what will happen has not happened.
                if (type == .casualties && Self.answer(&illness, hasAnyWord(Self.illnessWordSet, in: range)))
                    || (harm && isFuture(at: i, scan: &scan)) {
                    i = last + 1
                    continue
                }
                if type == .casualties && i > range.lowerBound && (tokens[i - 1].lower == "attempted" || tokens[i - 1].lower == "attempt") {
                    type = .attackOther
                }
                if type == .disaster, Self.rammingWordSet.contains(tok), hasAnyWord(Self.bomberWordSet, in: range) {
                    // "a suicide bomber crashed into the patrol": the attack, not an accident.
                    type = .attackBombing
                }
                if type == .disaster && Self.answer(&bombing, isBombingContext(range)) && !Self.answer(&accident, hasAnyWord(Self.accidentWordSet, in: range)) {
                    // An explosion in an attack is the attack; a fire it started is its consequence.
                    if tok.lower == "fire" || tok.lower == "fires" {
                        i = last + 1
                        continue
                    }
                    if tok.lower == "explosion" || tok.lower == "explosions" || tok.lower == "blast" { type = .attackBombing }
                }
                // One attack told by several words in a clause ("a suicide bombing attack", "the missile strike
                // and shelling"): one incident of the most specific type.
                if Self.mergeAttackClauses, Self.isAttack(type), let previous = hits.last, Self.isAttack(previous.type),
                   i - previous.last <= Self.mergeDistance, !hasClauseBreak(previous.last + 1, i) {
                    if previous.type == .attackOther || previous.type == .clash, type != .attackOther, type != .clash {
                        hits[hits.count - 1].type = type
                    }
                    i = last + 1
                    continue
                }
                // Several words for one talk, statement, vote or deal in a sentence are one event.
                if Self.isOncePerSentence(type), hits.contains(where: { $0.type == type }) {
                    i = last + 1
                    continue
                }
                hits.append(Hit(first: i, last: last, type: type))
                if let also = trigger.also { hits.append(Hit(first: i, last: last, type: also)) }
            }
            i = last + 1
        }
        // "Taliban gunmen and suicide bombers attacked": the people are told of by the event word beside them.
        if hits.count > 1 {
            let all = hits
            hits.removeAll { h in
                h.first == h.last && IncidentLexicon.participantNounSet.contains(tokens[h.first])
                    && all.contains { $0.first != h.first && Self.family($0.type) == Self.family(h.type) }
            }
        }
        return hits
    }

    /// `cached` when already answered, else `ask()` stored in it: a sentence-wide question asked once per sentence.
    @inline(__always)
    static func answer(_ cached: inout Bool?, _ ask: @autoclosure () -> Bool) -> Bool {
        if let known = cached { return known }
        let value = ask()
        cached = value
        return value
    }

    /// Types reported once per sentence however many of their words it has.
    static let oncePerSentence: Set<IncidentType> = [.talks, .statement, .election, .agreement, .sanctions, .deployment, .economy]

    /// `oncePerSentence.contains(type)` without hashing (a test compares the two for every type).
    static func isOncePerSentence(_ type: IncidentType) -> Bool {
        switch type {
        case .talks, .statement, .election, .agreement, .sanctions, .deployment, .economy: return true
        default: return false
        }
    }
    static let rammingWords: Set<String> = ["crashed", "crash", "rammed", "collided"]
    static let protestPeople: Set<String> = ["protesters", "protestors", "demonstrators", "rioters", "students", "marchers"]
    static let illnessWords: Set<String> = ["disease", "diseases", "illness", "illnesses", "cancer", "symptoms", "virus",
        "infection", "infections", "infected", "malaria", "cholera", "ebola", "covid", "flu", "influenza", "pneumonia", "causes"]
    static let bomberWords: Set<String> = ["bomber", "bombers", "suicide", "explosives", "explosive", "ied"]
    static let backMatterTitles: Set<String> = ["see also", "references", "external links", "notes", "further reading", "sources", "bibliography"]

    /// Headings written as "==Title==" (wiki markup) and the offset where the first back-matter heading starts.
    static func sections(_ tokens: [TimeToken]) -> ([Span], Int) {
        var headings: [Span] = []
        var backMatter = Int.max
        var k = 0
        // Keyed: every punctuation token of the article is asked, and comparing its text with "=" cost more.
        let equals = MarkKey.equals
        func isMark(_ j: Int) -> Bool {
            j + 1 < tokens.count && tokens[j].kind == .punct && tokens[j].isMark("=", key: equals)
                && tokens[j + 1].isMark("=", key: equals) && !tokens[j + 1].gapBefore
        }
        while k < tokens.count {
            guard isMark(k) else { k += 1; continue }
            var e = k + 2
            while e < tokens.count, !isMark(e), !tokens[e].newlineBefore, e - k < 12 { e += 1 }
            guard isMark(e) else { k += 1; continue }
            let words = tokens[(k + 2)..<e].filter { $0.kind == .word }.map(\.lower).joined(separator: " ")
            headings.append(Span(start: tokens[k].start, end: tokens[e + 1].end))
            if backMatter == Int.max, backMatterTitles.contains(words) { backMatter = tokens[k].start }
            k = e + 2
        }
        return (headings, backMatter)
    }

    /// The last token index when the trigger's token sequence matches from token `i` (hyphens as tokens).
    func matchPhrase(_ sequence: [String], at i: Int, limit: Int) -> Int? {
        var k = i
        for (n, w) in sequence.enumerated() {
            if n > 0 { k += 1 }
            guard k < limit else { return nil }
            let tok = tokens[k]
            if w == "-" {
                guard tok.kind == .punct, tok.lower == "-" else { return nil }
            } else {
                guard tok.kind == .word, tok.lower == w else { return nil }
            }
        }
        return k
    }

    /// Whether a clause boundary (comma, semicolon, dash, clause word) lies in tokens `a..<b`.
    func hasClauseBreak(_ a: Int, _ b: Int) -> Bool {
        var j = a
        while j < b {
            let t = tokens[j]
            if t.kind == .punct && (Self.clausePunctuationSet.contains(t) || t.lower == ".") { return true }
            if t.kind == .word && (t.lower == "and" || t.lower == "but" || t.lower == "while" || t.lower == "after" || t.lower == "which" || t.lower == "that") { return true }
            j += 1
        }
        return false
    }

    /// Whether the sentence talks about armed conflict.
    func hasConflictWord(_ range: Range<Int>) -> Bool {
        for j in range where tokens[j].kind == .word && IncidentLexicon.conflictContextSet.contains(tokens[j]) {
            return true
        }
        return false
    }

    /// Whether the sentence is about a bomb attack (so an "explosion" is one, not an accident).
    func isBombingContext(_ range: Range<Int>) -> Bool {
        for j in range where tokens[j].kind == .word && Self.bombingCueSet.contains(tokens[j]) {
            return true
        }
        return false
    }

    /// A generic attack made specific by a weapon word near it ("attack with drones", "Ukrainian missile strike").
    func refineAttack(_ type: IncidentType, at i: Int, last: Int, range: Range<Int>) -> IncidentType {
        let lo = max(range.lowerBound, i - 3)
        var hi = last + 1
        while hi < range.upperBound, hi < last + 18, !(tokens[hi].kind == .punct && Self.clausePunctuationSet.contains(tokens[hi])) {
            hi += 1
        }
        var best: (Int, IncidentType)?
        for j in lo..<hi where tokens[j].kind == .word {
            if let w = IncidentLexicon.weaponTable.value(tokens[j]) {
                if tokens[j].lower == "air" && !(j + 1 < hi && ["strike", "strikes", "raid", "attack", "force"].contains(tokens[j + 1].lower)) { continue }
                let d = j < i ? i - j : j - last
                if best == nil || d < (best?.0 ?? Int.max) { best = (d, w) }
            }
        }
        return best?.1 ?? type
    }
}
