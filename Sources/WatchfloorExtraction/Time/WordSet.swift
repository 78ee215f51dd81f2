/// A set of lower-case words looked up by `TimeToken.key` and confirmed on the word itself, so it answers exactly as a
/// `Set<String>` would without hashing the token's text.
struct WordSet: Sendable {
    private var map = KeyMap<String>()

    /// A set holding the words of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { map[TimeToken.key(of: w)] = w }
    }

    /// Whether the token's lower-case text is in the set.
    @inline(__always)
    func contains(_ token: TimeToken) -> Bool {
        guard let w = map[token.key] else { return false }
        return w == token.lower
    }

    /// Whether a lower-case word is in the set.
    func contains(_ word: String) -> Bool {
        guard let w = map[TimeToken.key(of: word)] else { return false }
        return w == word
    }
}
