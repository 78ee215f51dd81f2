/// The usual English inflections of a search word, so a whole-word search still finds `protests`,
/// `protested` and `protesters` for `protest` (a text search used to match every word with the typed
/// prefix, which FTS5 cannot answer lazily; see `FilterSQL.ftsQuery`).
///
/// Rules, not a dictionary: forms that are not words cost one index probe each and match nothing.
enum WordForms {
    /// `word` (lower-case ASCII letters) and its plural, past, gerund, agent and `-ion` forms; a plural
    /// (`talks`) gives the forms of its singular. At most a dozen forms, `word` first.
    static func forms(of word: String) -> [String] {
        let letters = Array(word)
        var forms = [word]
        // A stem of three letters is left alone: "news" is not a form of "new".
        if letters.count >= 5, letters.last == "s", !["s", "u", "i"].contains(letters[letters.count - 2]) {
            forms += inflections(of: String(letters.dropLast()))
        } else {
            forms += inflections(of: word)
        }
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }

    /// `word` and its inflections by the regular English rules.
    private static func inflections(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= 3, let last = letters.last else { return [word] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let stem = String(letters.dropLast())
        var forms = [word, word + "s"]
        if last == "e" {
            forms += [word + "d", stem + "ing", word + "r", word + "rs"]
        } else if last == "y", !vowels.contains(letters[letters.count - 2]) {
            forms += [stem + "ies", stem + "ied", word + "ing"]
        } else {
            forms += [word + "ed", word + "ing", word + "er", word + "ers", word + "ion", word + "ions"]
            if "sxzo".contains(last) || word.hasSuffix("ch") || word.hasSuffix("sh") { forms.append(word + "es") }
            // ban -> banned, banning: a short word ending consonant-vowel-consonant doubles its last letter.
            let middle = letters[letters.count - 2], first = letters[letters.count - 3]
            if letters.count <= 4, !vowels.contains(last), !"wxy".contains(last), vowels.contains(middle), !vowels.contains(first) {
                forms += [word + String(last) + "ed", word + String(last) + "ing"]
            }
        }
        return forms
    }
}
