/// The dateline that opens a wire story ("CANTON, Mass., March 26 -", "LONDON 1996-08-30", "KYIV, Ukraine (AP) —"):
/// the place the story was filed from, written in capitals whatever the words are ("CANTON" is also a word).
struct Dateline: Hashable, Sendable {
    /// Token index of the first and the last token of the dateline.
    var tokens: ClosedRange<Int>
    /// Index of the sentence that holds it.
    var sentence: Int
    /// Whether the dateline is the whole sentence (a line of its own).
    var wholeSentence: Bool

    /// Finds the dateline at the start of the body (the first sentence at or after `bodyStart`), if there is one.
    static func find(_ s: [Unicode.Scalar], tokens: [Token], sentences: [TokenSentence], bodyStart: Int) -> Dateline? {
        guard let si = sentences.firstIndex(where: { $0.start >= bodyStart }) else { return nil }
        let sent = sentences[si]
        var k = sent.first
        // The place: one or more upper-case words ("NEW YORK", "ST LOUIS", "U.S.").
        while k <= sent.last, tokens[k].kind == .word, tokens[k].allCaps || (tokens[k].length == 1 && tokens[k].capitalized) {
            k += 1
        }
        guard k > sent.first, k - sent.first <= 4 else { return nil }
        guard k <= sent.last else { return Dateline(tokens: sent.first...sent.last, sentence: si, wholeSentence: true) }
        let next = tokens[k]
        let c = s[next.start]
        guard next.kind == .number || c == "," || c == "(" || ScalarClass.isHyphen(c) || c == "—" || c == "–" else { return nil }
        // The dateline runs to the dash or bracket that ends it, or to the end of a short line.
        var e = k
        while e <= sent.last, e - sent.first <= 12 {
            let t = tokens[e]
            let x = s[t.start]
            if t.kind == .punct, x == "(" || x == "—" || x == "–" || (ScalarClass.isHyphen(x) && t.spaceBefore) {
                return Dateline(tokens: sent.first...max(sent.first, e - 1), sentence: si, wholeSentence: false)
            }
            e += 1
        }
        if sent.last - sent.first <= 12 { return Dateline(tokens: sent.first...sent.last, sentence: si, wholeSentence: true) }
        return nil
    }
}
