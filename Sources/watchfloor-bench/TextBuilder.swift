import WatchfloorModel

/// Appends text while counting Unicode scalars, so generated spans match the extractor's offsets.
struct TextBuilder: Sendable {
    /// The text so far.
    private(set) var text = ""
    /// Its length in scalars.
    private(set) var offset = 0
    /// Mentions appended so far.
    private(set) var mentions: [Mention] = []

    /// Appends plain text.
    mutating func append(_ piece: String) {
        text += piece
        offset += piece.unicodeScalars.count
    }

    /// Appends a name and records it as a mention.
    mutating func mention(_ piece: String, kind: MentionKind, country: String?) {
        let start = offset
        append(piece)
        mentions.append(Mention(span: Span(start: start, end: offset), text: piece, kind: kind, country: country))
    }

    /// Appends another builder's text and its mentions, shifted to this text's offsets.
    mutating func append(_ other: TextBuilder) {
        let shift = offset
        append(other.text)
        for m in other.mentions {
            mentions.append(Mention(span: Span(start: m.span.start + shift, end: m.span.end + shift), text: m.text, kind: m.kind, country: m.country))
        }
    }
}
