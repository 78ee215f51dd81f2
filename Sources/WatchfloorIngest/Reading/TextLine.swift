import WatchfloorExtraction

/// One line of a decoded text, located by code-point offsets into the whole text.
struct TextLine: Sendable, Equatable {
    /// Offset of the first scalar of the line.
    var start: Int
    /// Offset one past the line's last scalar, before its terminator.
    var end: Int
    /// Offset where the next line starts (after `\n`, `\r\n` or `\r`).
    var next: Int
    /// The line's content without its terminator.
    var text: String

    /// The content with surrounding whitespace removed.
    var trimmed: Substring { text.trimmingWhitespace() }

    /// Whether the line holds only whitespace.
    var isBlank: Bool { trimmed.isEmpty }

    /// Splits the first `maxLines` lines out of `scalars`, which start at offset 0 of the text.
    ///
    /// CR LF and a lone CR both end a line, so headers written on Windows parse, while the
    /// offsets still count every scalar of the original text.
    static func split(_ scalars: [Unicode.Scalar], maxLines: Int) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var i = 0
        while i < scalars.count, lines.count < maxLines {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                var next = i + 1
                if c == "\r", next < scalars.count, scalars[next] == "\n" { next += 1 }
                lines.append(TextLine(start: start, end: i, next: next, text: ScalarBuffer.string(scalars, start, i)))
                start = next
                i = next
                continue
            }
            i += 1
        }
        if start < scalars.count, lines.count < maxLines {
            lines.append(TextLine(start: start, end: scalars.count, next: scalars.count, text: ScalarBuffer.string(scalars, start, scalars.count)))
        }
        return lines
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (including a byte-order mark).
    func trimmingWhitespace() -> Substring {
        let s = Substring(self)
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else {
            return s[s.endIndex...]
        }
        return s[first...last]
    }
}
