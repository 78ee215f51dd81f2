/// A lexicon table from lower-case words to values, looked up by `TimeToken.key` (one multiply and a compare) and
/// confirmed on the word itself, so it answers exactly as a `[String: Value]` would.
struct WordTable<Value: Sendable>: Sendable {
    private var map = KeyMap<Entry>()

    /// One word with its value.
    private struct Entry: Sendable {
        var word: String
        var value: Value
    }

    /// A table holding the pairs of `dictionary`.
    init(_ dictionary: [String: Value]) {
        map.reserveCapacity(dictionary.count)
        for (word, value) in dictionary { map[TimeToken.key(of: word)] = Entry(word: word, value: value) }
    }

    /// The value of the token's lower-case text.
    @inline(__always)
    func value(_ token: TimeToken) -> Value? {
        guard let e = map[token.key], e.word == token.lower else { return nil }
        return e.value
    }

    /// The value of a lower-case word.
    func value(_ word: String) -> Value? {
        guard let e = map[TimeToken.key(of: word)], e.word == word else { return nil }
        return e.value
    }
}
