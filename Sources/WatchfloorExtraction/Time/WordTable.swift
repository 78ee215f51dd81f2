/// A table from words to values that answers exactly as a `[String: Value]` would, but looks ASCII text up by its
/// `TimeToken.key` instead of hashing the string; text with non-ASCII scalars goes to the dictionary itself.
struct WordTable<Value: Sendable>: Sendable {
    private var map = KeyMap<Entry>()
    private var dictionary: [String: Value]
    /// Whether a non-ASCII word could equal an ASCII text (or two words share a key), so that an ASCII miss must ask
    /// `dictionary` too.
    private var asciiMissesAsk = false

    /// One word with its value.
    private struct Entry: Sendable {
        var word: String
        var value: Value
    }

    /// A table holding the pairs of `dictionary`.
    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        map.reserveCapacity(dictionary.count)
        for (word, value) in dictionary {
            let key = TimeToken.key(of: word)
            if key != TimeToken.nonASCIIKey {
                // Two words on one key (never seen, but possible): the table then asks `dictionary` on a miss.
                if let other = map[key], other.word != word { asciiMissesAsk = true } else { map[key] = Entry(word: word, value: value) }
            } else if TimeToken.mayEqualASCII(word) {
                asciiMissesAsk = true
            }
        }
    }

    /// False when a token with this key has no value, so that a hot loop can skip the token without reading (and
    /// copying) it; true means `value` must decide.
    @inline(__always)
    func mayContain(key: UInt64) -> Bool {
        key == TimeToken.nonASCIIKey || asciiMissesAsk || map.hasValue(key)
    }

    /// The value of the token's lower-case text.
    @inline(__always)
    func value(_ token: TimeToken) -> Value? {
        if token.key == TimeToken.nonASCIIKey { return dictionary[token.lower] }
        if let e = map[token.key], e.word == token.lower { return e.value }
        return asciiMissesAsk ? dictionary[token.lower] : nil
    }

    /// The value of a word.
    func value(_ word: String) -> Value? {
        let key = TimeToken.key(of: word)
        if key == TimeToken.nonASCIIKey { return dictionary[word] }
        if let e = map[key], e.word == word { return e.value }
        return asciiMissesAsk ? dictionary[word] : nil
    }
}
