import WatchfloorModel

/// Bounds the work the extractor is given, so one hostile article cannot stall ingest for minutes.
///
/// Extraction time used to grow much faster than linearly with sentence length (debug build: a 5 KB run without
/// sentence punctuation took 1.4 s, 25 KB 111 s). Since the incident and label rules read per-article indexes instead
/// of rescanning the sentence for every trigger, it is close to linear up to a few tens of KB per run (release build,
/// 2026-11-29: 20 KB run 0.1 s, 50 KB 0.45 s; debug 20 KB about 1 s; what remains quadratic is per-trigger look-back
/// in the polarity rules), so the run limit is 20,000 code points (it was 2,000). An article longer than
/// `maxScalars`, or with a run of more than `maxRunScalars` code points without a sentence end (`.` `!` `?` or an
/// ideographic stop before white space, or a blank line), is extracted from its text up to that point only. The
/// whole text is still stored and searchable; only facts past the cut are missing, and a warning says so.
/// Offsets stay valid because the extractor sees a prefix of the same text.
struct ExtractionBudget: Sendable {
    /// The most code points given to the extractor.
    var maxScalars = 262_144
    /// The longest run without a sentence end given to the extractor.
    var maxRunScalars = 20_000

    /// Where the extractor's view of `text` must end, and why; nil when the whole text is fine.
    func cut(_ text: String) -> (scalars: Int, reason: String)? {
        var count = 0
        var runStart = 0
        var previous: Unicode.Scalar = " "
        var newlines = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                newlines += 1
                if newlines >= 2 { runStart = count + 1 }
            } else if scalar != "\r" && scalar != " " && scalar != "\t" {
                newlines = 0
            }
            if ExtractionBudget.isSpace(scalar), ExtractionBudget.endsSentence(previous) { runStart = count }
            count += 1
            if count - runStart > maxRunScalars {
                return (count, "a run of more than \(maxRunScalars) characters without sentence punctuation")
            }
            if count >= maxScalars, count < text.unicodeScalars.count {
                return (count, "the text is longer than \(maxScalars) characters")
            }
            previous = scalar
        }
        return nil
    }

    /// The article as the extractor should see it, and a note when it was cut.
    func bounded(_ article: Article) -> (article: Article, note: String?) {
        guard let (scalars, reason) = cut(article.text) else { return (article, nil) }
        var view = article
        view.text = String(String.UnicodeScalarView(article.text.unicodeScalars.prefix(scalars)))
        view.bodyStart = min(article.bodyStart, scalars)
        return (view, "\(article.path): facts taken from the first \(scalars) characters only (\(reason))")
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r"
    }

    private static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{3002}" || s == "\u{FF01}" || s == "\u{FF1F}"
    }
}
