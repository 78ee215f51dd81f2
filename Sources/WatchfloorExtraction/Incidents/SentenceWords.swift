/// The word tokens of one sentence sorted by `TimeToken.key`, kept for the sentence asked about last: the rules ask
/// "does the sentence contain any of these words" once per trigger, and a long sentence with many triggers made those
/// scans quadratic. A class, so that the immutable per-article context can refill it.
final class SentenceWords {
    /// The token range the table describes.
    private(set) var range: Range<Int> = 0..<0
    private var loaded = false
    /// The keys of the word tokens with their token indices, by ascending key (one array, refilled in place).
    private var pairs: [(key: UInt64, index: Int)] = []
    /// False when a word token's text is not ASCII: only comparing strings then answers exactly.
    private(set) var exact = true

    /// Makes the table describe the word tokens of `range` (no work when it already does).
    func load(_ range: Range<Int>, _ tokens: [TimeToken]) {
        if loaded && range == self.range { return }
        loaded = true
        self.range = range
        exact = true
        pairs.removeAll(keepingCapacity: true)
        for j in range where tokens[j].kind == .word {
            if tokens[j].key == TimeToken.nonASCIIKey {
                exact = false
                return
            }
            pairs.append((tokens[j].key, j))
        }
        // Equal keys keep no particular order: `contains` tries every pair of a key.
        pairs.sort { $0.key < $1.key }
    }

    /// Whether a word token of the sentence has its text in `words` (ASCII words, no look-alikes: `exact` and not
    /// `words.hasASCIILookalike`). A short sentence is read once with the set's keyed test; a long one is searched for
    /// each word of the set, so that asking about it once per trigger stays linear in its length.
    func containsAny(of words: WordSet, _ tokens: [TimeToken]) -> Bool {
        let asciiWords = words.asciiWords
        if pairs.count <= 4 * asciiWords.count {
            // Each word token's key is asked first; `contains` then compares the text, as the scan of the range does.
            for k in pairs.indices where words.mayContain(key: pairs[k].key) && words.contains(tokens[pairs[k].index]) {
                return true
            }
            return false
        }
        for (key, word) in asciiWords where contains(word, key: key, tokens) {
            return true
        }
        return false
    }

    /// Whether a word token of the sentence has the ASCII text `word`, whose key is `key`.
    func contains(_ word: String, key: UInt64, _ tokens: [TimeToken]) -> Bool {
        var lo = 0
        var hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        while lo < pairs.count, pairs[lo].key == key {
            if tokens[pairs[lo].index].lower == word { return true }
            lo += 1
        }
        return false
    }
}
