/// A set of words (or marks) that answers exactly as a `Set<String>` would, but looks ASCII text up by its
/// `TimeToken.key` (a token carries it; a string's is one pass over its bytes) instead of hashing the string.
/// Text with non-ASCII scalars goes to a real `Set<String>`, whose canonical equality it then keeps.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = KeyMap<String>()
    private var strings: Set<String> = []
    /// Whether a non-ASCII word could equal an ASCII text (or two words share a key), so that an ASCII miss must ask
    /// `strings` too.
    private var asciiMissesAsk = false
    /// The ASCII words with their keys, so that a table of keys can be asked about each word without hashing it again.
    private(set) var asciiWords: [(key: UInt64, word: String)] = []
    /// Whether some non-ASCII word could equal an ASCII text, so that only comparing strings answers exactly.
    private(set) var hasASCIILookalike = false

    /// A set holding the words of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words {
            strings.insert(w)
            let key = TimeToken.key(of: w)
            if key != TimeToken.nonASCIIKey {
                asciiWords.append((key, w))
                // Two words on one key (never seen, but possible): the set then asks `strings` on a miss.
                if let other = map[key], other != w { asciiMissesAsk = true } else { map[key] = w }
            } else if TimeToken.mayEqualASCII(w) {
                asciiMissesAsk = true
                hasASCIILookalike = true
            }
        }
    }

    /// A set holding the listed words.
    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// False when a token with this key cannot be in the set, so that a hot loop can skip the token without reading
    /// (and copying) it; true means `contains` must decide.
    @inline(__always)
    func mayContain(key: UInt64) -> Bool {
        key == TimeToken.nonASCIIKey || asciiMissesAsk || map.hasValue(key)
    }

    /// Whether the token's lower-case text is in the set.
    @inline(__always)
    func contains(_ token: TimeToken) -> Bool {
        if token.key == TimeToken.nonASCIIKey { return strings.contains(token.lower) }
        if let w = map[token.key], w == token.lower { return true }
        return asciiMissesAsk && strings.contains(token.lower)
    }

    /// Whether a word is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        contains(word, key: TimeToken.key(of: word))
    }

    /// Whether a word whose `TimeToken.key(of:)` is `key` (read from its token) is in the set, without hashing it again.
    @inline(__always)
    func contains(_ word: String, key: UInt64) -> Bool {
        if key == TimeToken.nonASCIIKey { return strings.contains(word) }
        if let w = map[key], w == word { return true }
        return asciiMissesAsk && strings.contains(word)
    }

    /// The words, in no particular order.
    var words: Set<String> { strings }
}
