/// The far look-backs of `isNegated` and `isFuture`, read forward once per sentence instead of backward once per
/// trigger (a long sentence with many triggers made them quadratic).
///
/// Both look-backs stop at the nearest cue before the trigger, so their answer is fixed by the last cue read so far:
/// for negation a `;`, "but" or "however" (no) or a sentence negator such as "deny" or "if" (yes); for the future a
/// `;`, "but", "however" or a clause opener (no) or "will", "'ll", "shall" not owned as a noun (yes). The tokens are
/// tested with exactly the predicates the backward scans used, so the answers are the same.
struct ClauseScan {
    /// The sentence's tokens.
    let range: Range<Int>
    /// The first token not read yet.
    private var next: Int
    /// The far-negation answer for a trigger at `next`.
    private(set) var negated = false
    /// The future answer for a trigger at `next`.
    private(set) var future = false

    /// A scan at the start of the sentence whose tokens are `range`.
    init(_ range: Range<Int>) {
        self.range = range
        next = range.lowerBound
    }

    /// Reads the tokens before `i` (triggers come in text order; an earlier `i` reads nothing).
    mutating func advance(to i: Int, _ tokens: [TimeToken]) {
        // Read once per call: each access to the static goes through its once-guard.
        let cues = Self.cues
        while next < i {
            // `read`'s first tests, made here: numbers change nothing and most words are no cue.
            let kind = tokens[next].kind
            if kind == .punct || (kind == .word && cues.mayContain(key: tokens[next].key)) { read(next, tokens, cues) }
            next += 1
        }
    }

    /// Updates both answers with token `j` (`cues` is `Self.cues`).
    private mutating func read(_ j: Int, _ tokens: [TimeToken], _ cues: WordTable<Cue>) {
        switch tokens[j].kind {
        case .punct:
            // Keyed first, so that only a mark that may be ";" is lent to `isMark`.
            let key = tokens[j].key
            if key == MarkKey.semicolon || key == TimeToken.nonASCIIKey,
               tokens[j].isMark(";", key: MarkKey.semicolon) {
                negated = false
                future = false
            }
        case .word:
            guard cues.mayContain(key: tokens[j].key), let cue = cues.value(tokens[j]) else { return }
            switch cue {
            case .barrier:
                negated = false
                future = false
            case .negator:
                negated = true
            case .opener:
                future = false
            case .will:
                let owner = j - 1 >= range.lowerBound && tokens[j - 1].kind == .word ? tokens[j - 1].lower : ""
                if !IncidentContext.willOwners.contains(owner) { future = true }
            }
        case .number:
            break
        }
    }

    /// What a word does to the look-backs.
    enum Cue: Sendable {
        /// "but", "however": ends both look-backs with no.
        case barrier
        /// A sentence negator ("deny", "if"): far negation.
        case negator
        /// A clause opener ("that", "when"): the future look-back ends with no.
        case opener
        /// "will", "ll", "shall": the future, unless a noun ("their will").
        case will
    }

    /// Every cue word (the lists do not overlap, so each word has one role).
    static let cues: WordTable<Cue> = {
        var table: [String: Cue] = [:]
        for w in IncidentContext.clauseOpeners { table[w] = .opener }
        for w in IncidentContext.sentenceNegators { table[w] = .negator }
        for w in ["will", "ll", "shall"] { table[w] = .will }
        for w in ["but", "however"] { table[w] = .barrier }
        return WordTable(table)
    }()
}
