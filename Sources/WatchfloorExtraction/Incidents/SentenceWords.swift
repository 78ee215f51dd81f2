/// The lower-case texts of the word tokens of one sentence keyed by `TimeToken.key`, kept for the sentence asked about
/// last: the rules ask "does the sentence contain any of these words" once per trigger, and a long sentence with many
/// triggers made those scans quadratic. A class, so that the immutable per-article context can refill it.
final class SentenceWords {
    /// The token range the table describes.
    private(set) var range: Range<Int> = 0..<0
    private var loaded = false
    /// Word texts by key.
    private(set) var words = KeyMap<String>()
    /// False when a word token's text is not ASCII or two texts share a key: then only a scan answers exactly.
    private(set) var exact = true

    /// Makes the table describe the word tokens of `range` (no work when it already does).
    func load(_ range: Range<Int>, _ tokens: [TimeToken]) {
        if loaded && range == self.range { return }
        loaded = true
        self.range = range
        words = KeyMap<String>()
        exact = true
        for j in range where tokens[j].kind == .word {
            let t = tokens[j]
            if t.key == TimeToken.nonASCIIKey {
                exact = false
                return
            }
            if let other = words[t.key] {
                if other != t.lower {
                    exact = false
                    return
                }
            } else {
                words[t.key] = t.lower
            }
        }
    }
}
