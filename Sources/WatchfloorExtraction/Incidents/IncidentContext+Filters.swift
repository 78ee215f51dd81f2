import WatchfloorModel

/// Which trigger occurrences count: word-sense checks, cues for weak triggers, and polarity.
extension IncidentContext {
    static let negationStops: Set<String> = [",", ";", ":", "(", ")"]
    static let reportingWords: Set<String> = ["responsibility", "claimed", "claim", "immediately", "comment", "say", "only", "clear", "known", "yet"]
    static let sentenceNegators: Set<String> = ["deny", "denies", "denied", "denying", "if", "unless"]
    /// Words that open a direct object ("protested the decision").
    static let objectOpeners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "what", "any"]
    static let territoryWords: Set<String> = ["territory", "town", "towns", "city", "village", "villages", "area", "areas", "control", "positions", "ground", "region", "base", "airport", "bridge", "hill", "district",
        // Land, ships and goods are seized too; none of them is arrested.
        "land", "slice", "swathe", "swath", "stretch", "settlement", "settlements", "port", "province", "island", "coast",
        "ship", "ships", "vessel", "vessels", "tanker", "tankers", "carrier", "carriers", "freighter", "boat", "boats", "truck",
        "trucks", "cargo", "shipment", "weapons", "arms", "drugs", "cocaine",
        "heroin", "assets", "property", "documents"]
    static let change: Set<String> = ["declined", "decline", "fell", "fall", "falls", "rose", "rise", "rises", "dropped", "drop",
        "surged", "surge", "plunged", "plunge", "grew", "shrank", "shrink", "slowed", "slowdown",
        "increased", "decreased", "soared", "slumped", "contracted", "percent", "record", "jumped"]

    /// The lower-cased word at `j`, or "" outside `range` or for non-words.
    func word(_ j: Int, in range: Range<Int>) -> String {
        range.contains(j) && tokens[j].kind == .word ? tokens[j].lower : ""
    }

    /// `TimeToken.key(of: word(j, in: range))`, read from the token (a token's key is the key of its text).
    func wordKey(_ j: Int, in range: Range<Int>) -> UInt64 {
        range.contains(j) && tokens[j].kind == .word ? tokens[j].key : Self.emptyWordKey
    }

    /// The key of "".
    static let emptyWordKey = TimeToken.key(of: "")

    /// Rejects senses of strong triggers that are not incidents ("death penalty", "world war", "met expectations").
    func passesShape(_ trigger: IncidentTrigger, at i: Int, last: Int, range: Range<Int>) -> Bool {
        let w = trigger.words.count == 1 ? tokens[i].lower : ""
        let next = word(last + 1, in: range)
        let prev = word(i - 1, in: range)
        // The words' keys come from their tokens: hashing the strings again cost more than the lookups.
        let wKey = trigger.words.count == 1 ? tokens[i].key : Self.emptyWordKey
        let nextKey = wordKey(last + 1, in: range)
        let prevKey = wordKey(i - 1, in: range)
        // "election laws", "protest movement", "detention centres": the compound names something else.
        if IncidentLexicon.nounTriggerSet.contains(w, key: wKey) && IncidentLexicon.nonEventHeadSet.contains(next, key: nextKey)
            && !(next == "campaign" && Self.isAttack(trigger.type)) { return false }
        // "fighting terrorism", "the war on drugs", "a battle against cancer": a policy, not combat.
        if IncidentLexicon.fightWordSet.contains(w, key: wKey) && abstractObject(after: last, range: range) { return false }
        // "a political battle", "cyber attacks", "a personal attack on her character".
        if Self.isAttack(trigger.type) && IncidentLexicon.figurativeModifierSet.contains(prev, key: prevKey) { return false }
        // "behind this attack", "condemns this cowardly attack": the incident already told.
        if Self.isAttack(trigger.type) && trigger.words.count == 1
            && (prev == "this" || (word(i - 2, in: range) == "this" && IncidentLexicon.triggerTable.value(prev) == nil)) { return false }
        // "the Battle of Britain", "the Vietnam War": a named war or battle of the past.
        if (w == "war" || w == "battle" || w == "wars" || w == "battles"), tokens[i].capitalized, i > range.lowerBound,
           tokens[i - 1].kind == .word, !isTitleCase(range) { return false }
        if isCharge(at: i, range: range, type: trigger.type) || isAim(w, at: i, range: range, type: trigger.type) { return false }
        if IncidentLexicon.participantNounSet.contains(w, key: wKey) {
            // Only as the subject: "protesters marched", not "intimidating protesters" or "protesters in the square".
            guard range.contains(last + 1), tokens[last + 1].kind == .word, !Self.notAfterSubjectSet.contains(next, key: nextKey)
            else { return false }
            return !(range.contains(i - 1) && tokens[i - 1].kind == .number)
        }
        // Every other word takes the switch's default (true): one keyed lookup instead of comparing it with each case.
        guard Self.shapeCaseWords.contains(w, key: wKey) else { return true }
        switch w {
        case "death", "deaths":
            if prev == "to" && ["sentenced", "condemned", "sentence"].contains(word(i - 2, in: range)) { return false }
            return !["penalty", "sentence", "row", "threats", "threat", "certificate"].contains(next)
        case "war":
            guard !["world", "cold", "trade", "price", "culture", "civil"].contains(prev),
                  !["crimes", "criminal", "criminals", "chest", "games", "room"].contains(next) else { return false }
            // "the war in Syria" names a standing conflict; it is an event when fighting is described with it.
            if ["declared", "declare", "declares", "waged", "wage", "launched", "start", "started"].contains(prev)
                || ["broke", "erupted", "began", "started"].contains(next) { return true }
            for j in range where j != i && tokens[j].kind == .word && tokens[j].lower != "war" && IncidentLexicon.conflictContextSet.contains(tokens[j]) {
                return true
            }
            return false
        case "met", "meet":
            guard let n = range.contains(last + 1) ? tokens[last + 1] : nil else { return false }
            // "will be met with a strong response", "was met with criticism": a reaction, not a meeting.
            if next == "with" && Self.copulas.contains(prev) { return false }
            return ["with", "in", "on", "at", "behind", "privately", "separately", "briefly", "yesterday", "today", "last", "for"].contains(next)
                || (n.kind == .word && n.capitalized) || prev == "to"
        case "fire", "fires":
            if ["open", "opened", "cease", "under", "returned", "return", "fire", "set", "exchange", "exchanged"].contains(prev) { return false }
            if next == "at" && !["the", "a"].contains(prev) { return false }
            return ["a", "the", "massive", "huge", "large", "big", "forest", "house", "building", "deadly", "major", "fierce"].contains(prev)
                || ["broke", "engulfed", "destroyed", "swept", "raged", "ripped", "gutted", "erupted", "spread"].contains(next)
        case "riot":
            // "riot police", "riot control": the police unit, not a riot.
            return !["police", "squad", "squads", "control", "shields", "officers", "troops"].contains(next)
        case "marched":
            // "thousands marched against the law" is a protest; "troops marched into Paris" is not.
            return hasAnyWord(Self.protestCueSet, in: range) && !hasAnyWord(Self.troopWordSet, in: range)
        case "rally", "rallies", "rallied":
            if ["campaign", "election", "electoral", "presidential"].contains(prev) { return false }
            // A candidate's rallies are campaign events; a rally is a protest when the sentence says what it is against.
            guard hasAnyWord(Self.protestCueSet, in: range) else { return false }
            return !hasAnyWord(Self.marketRallyWordSet, in: range)
        case "polls":
            return !["opinion", "recent", "latest"].contains(prev) && !["show", "showed", "suggest", "suggested", "indicate"].contains(next)
        case "shells":
            return !["company", "companies"].contains(next)
        case "protested":
            // "Baghdad protested Turkish air strikes", "the embassy protested the decision": an objection lodged, not a
            // demonstration ("thousands protested against the law", "protested outside parliament", "protested on Sunday").
            if Self.objectOpeners.contains(next) { return false }
            return !(range.contains(last + 1) && mentions.contains { $0.kind == .nationality && $0.span.start == tokens[last + 1].start })
        case "captured", "seized":
            // "captured the town" is territory, not an arrest.
            let lo = last + 1
            // Far enough for "seized a slice of Russian territory".
            let hi = min(range.upperBound, last + 7)
            for j in lo..<max(lo, hi) where Self.territoryWords.contains(tokens[j].lower) {
                return false
            }
            return true
        case "raid", "raids", "raided":
            return !hasAnyWord(Self.policeRaidWordSet, in: range)
        case "arrest":
            return !["warrant", "warrants"].contains(next)
        case "default":
            return prev != "by"
        case "statement":
            // "issued a statement" is one; "said in a statement" and "the statement said" only report speech.
            let issuing: Set<String> = ["issued", "released", "published", "read", "put", "issues", "releases"]
            return prev == "joint" || issuing.contains(prev) || (["a", "an", "its", "their", "his", "her"].contains(prev)
                && issuing.contains(word(i - 2, in: range)))
        case "accused":
            // "was accused of", "Bashir, accused of genocide": a charge someone faces, not a statement.
            return !Self.passiveMarkers.contains(prev) && next != "of"
        case "declared":
            // "has been declared unconstitutional": a designation.
            return !Self.passiveMarkers.contains(prev)
        case "expressed":
            return true
        case "battle":
            return !["against", "over"].contains(next) || hasConflictWord(range)
        case "dead":
            return !["end", "line", "heat", "set"].contains(next)
        case "crash", "crashed":
            return !hasAnyWord(Self.marketCrashWordSet, in: range)
        case "visited", "hosted":
            return true
        case "custody":
            return !["battle", "dispute"].contains(next) && prev != "from"
        default:
            return true
        }
    }

    static let protestCues: Set<String> = ["against", "protest", "protests", "protesters", "protestors", "demonstrators",
        "demonstration", "opposition", "thousands", "hundreds", "demanding", "demand", "demanded", "anti", "police",
        "chanting", "chanted", "banners", "placards", "streets", "square"]
    static let copulas: Set<String> = ["be", "been", "being", "was", "were", "is", "are"]
    static let passiveMarkers: Set<String> = ["been", "being", "was", "were", "is", "are", "be", "the", "an", "falsely", "wrongly"]
    static let notAfterSubject: Set<String> = ["of", "in", "and", "or", "to", "from", "at", "on", "for", "with", "by", "as",
        "near", "outside", "inside", "during", "across", "around", "into", "the", "a", "an", "s"]
    static let chargeLinks: Set<String> = ["of", "with", "for", "on", "the", "a", "an", "first", "degree", "attempted"]

    /// "charges of murder", "convicted of assault", "on trial for the killing": a charge, not a reported incident.
    func isCharge(at i: Int, range: Range<Int>, type: IncidentType) -> Bool {
        guard type != .arrest, type != .statement else { return false }
        var j = i - 1
        // Tokens are read in place (binding one copied it).
        while j >= range.lowerBound, j >= i - 4 {
            if tokens[j].kind == .punct && tokens[j].isMark("-", key: MarkKey.hyphen) { j -= 1; continue }
            guard tokens[j].kind == .word else { return false }
            if IncidentLexicon.legalWordSet.contains(tokens[j]) { return true }
            if !Self.chargeLinkSet.contains(tokens[j]) { return false }
            j -= 1
        }
        return false
    }

    static let aspectual: Set<String> = ["began", "begin", "begins", "beginning", "started", "start", "starts", "continued", "kept"]

    /// "to attack the virus", "the need to combat terrorism": an aim, not an act that took place
    /// ("the bombs began to explode" did happen).
    func isAim(_ w: String, at i: Int, range: Range<Int>, type: IncidentType) -> Bool {
        // "to" before the trigger first, by key: it rules out nearly every trigger before the word is hashed.
        guard range.contains(i - 1), tokens[i - 1].kind == .word, tokens[i - 1].isMark("to", key: MarkKey.to),
              IncidentLexicon.infinitiveVerbSet.contains(w),
              !Self.aspectualSet.contains(word(i - 2, in: range)) else { return false }
        return Self.isAttack(type) || type == .casualties || type == .arrest || type == .protest
    }

    /// Whether a policy word follows within three tokens ("fighting terrorism", "war on drugs", "battle against the virus").
    func abstractObject(after last: Int, range: Range<Int>) -> Bool {
        var j = last + 1
        while j < range.upperBound, j <= last + 3 {
            let w = word(j, in: range)
            if IncidentLexicon.abstractTargetSet.contains(w) { return true }
            if !["against", "on", "the", "of", "to", "organized", "organised", "international", "global", "climate", "a"].contains(w) { return false }
            j += 1
        }
        return false
    }

    /// Whether most words of the sentence are capitalised (a headline), so capitals say nothing there.
    func isTitleCase(_ range: Range<Int>) -> Bool {
        var words = 0
        var caps = 0
        for j in range where tokens[j].kind == .word && tokens[j].end - tokens[j].start >= 4 {
            words += 1
            if tokens[j].capitalized { caps += 1 }
        }
        return words >= 2 && caps * 4 >= words * 3
    }

    /// Whether any of `words` occurs in the sentence.
    func hasAnyWord(_ words: WordSet, in range: Range<Int>) -> Bool {
        if let answer = index.sentenceHasAnyWord(words, in: range, tokens: tokens) { return answer }
        for j in range where tokens[j].kind == .word && words.contains(tokens[j]) {
            return true
        }
        return false
    }

    /// Weak triggers need their own cue: "a deal", "agreed to", "exports fell".
    func passesCue(_ trigger: IncidentTrigger, at i: Int, last: Int, range: Range<Int>) -> Bool {
        let prev = word(i - 1, in: range)
        let next = word(last + 1, in: range)
        switch trigger.type {
        case .agreement:
            if tokens[i].lower == "deal" {
                return ["a", "the", "this", "that", "peace", "trade", "nuclear", "new", "ceasefire", "grain", "gas", "arms",
                        "landmark", "historic", "reached", "struck", "signed", "security", "s"].contains(prev) && next != "of"
            }
            return ["to", "on", "upon", ""].contains(next)
        case .economy:
            let lo = max(range.lowerBound, i - 4)
            let hi = min(range.upperBound, last + 6)
            for j in lo..<hi where tokens[j].kind == .word && Self.change.contains(tokens[j].lower) {
                return true
            }
            for j in lo..<hi where tokens[j].kind == .punct && tokens[j].lower == "%" {
                return true
            }
            return false
        default:
            return true
        }
    }

    static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "where", "when", "how", "why", "after",
        "because", "since", "while", "before", "until", "as"]
    static let willOwners: Set<String> = ["their", "his", "her", "the", "own", "free", "good", "my", "our", "your", "its", "political", "popular"]

    /// "they will strike", "they'll mutilate", "sanctions will worsen, prompting a coup": a prediction, not an event
    /// ("against their will" is the noun). `scan` has read the sentence up to the trigger.
    func isFuture(at i: Int, scan: inout ClauseScan) -> Bool {
        scan.advance(to: i, tokens)
        return scan.future
    }

    /// Whether the trigger at `i` is negated, denied or hypothetical in its clause. `scan` has read the sentence up to
    /// the trigger.
    func isNegated(at i: Int, range: Range<Int>, scan: inout ClauseScan) -> Bool {
        // Near: "no casualties", "were not arrested", "would attack", "no justification for lifting sanctions".
        var j = i - 1
        var steps = 0
        var sawReporting = false
        while j >= range.lowerBound, steps < 6 {
            // Tokens in none of the lists below change nothing: skip them by key, without reading them.
            guard Self.nearNegationCueSet.mayContain(key: tokens[j].key) else {
                j -= 1
                steps += 1
                continue
            }
            let tok = tokens[j]
            if tok.kind == .punct && Self.negationStopSet.contains(tok) { break }
            if tok.kind == .word {
                let w = tok.lower
                if IncidentLexicon.clauseBreakerSet.contains(tok) { break }
                if Self.reportingWordSet.contains(tok) {
                    sawReporting = true
                }
                // "none of the injuries were serious": the injuries happened.
                let partitive = (w == "none" || w == "any") && j + 1 < tokens.count && tokens[j + 1].lower == "of"
                // "any attack on us will be answered", "any further sanctions": a kind of event, not one that happened.
                if w == "any" && steps < 3 && !partitive { return true }
                if IncidentLexicon.negatorSet.contains(tok) && !sawReporting && !partitive { return true }
                // "the May 22 bombing", "Ban Ki-moon announced": a month and a name, not "may" and "ban".
                if IncidentLexicon.hypotheticalSet.contains(tok) && !tok.capitalized { return true }
                // "did n't" and "didn't" tokenise as a word plus "t".
                if w == "t", j > range.lowerBound, tokens[j - 1].kind == .punct, j - 2 >= range.lowerBound,
                   tokens[j - 2].lower.hasSuffix("n"), !sawReporting {
                    return true
                }
            }
            j -= 1
            steps += 1
        }
        // Far: "both deny allegations that Iran supplied drones", "if ... would".
        scan.advance(to: i, tokens)
        return scan.negated
    }
}
