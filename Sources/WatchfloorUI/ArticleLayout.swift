import WatchfloorModel

/// An article's text word-wrapped to a width, each glyph remembering the scalar offset it came from
/// so a `Span` (code-point offsets) can be highlighted after wrapping.
public struct ArticleLayout: Sendable {
    /// One wrapped line.
    public struct Line: Sendable, Hashable {
        /// The glyphs, already made displayable.
        public var glyphs: [Glyph] = []
        /// For each glyph, the scalar offset of the character it came from.
        public var offsets: [Int] = []
        /// Cells used.
        public var width = 0
    }

    /// The wrapped lines.
    public let lines: [Line]
    /// Whether the text was cut because it was longer than the view shows.
    public let truncated: Bool

    /// Articles longer than this many scalars are shown cut (the store keeps them whole).
    public static let maxScalars = 300_000

    /// Wraps `text` at `width` cells, breaking at spaces where it can and inside words where it must.
    public init(text: String, width: Int) {
        let w = max(1, width)
        var lines: [Line] = []
        var line = Line()
        var lastSpace: Int?  // index in line.glyphs after which the line may break
        var offset = 0
        var cut = false
        var glyphs: [Glyph] = []
        for character in text {
            defer { offset += character.unicodeScalars.count }
            if offset >= ArticleLayout.maxScalars {
                cut = true
                break
            }
            if character.isNewline {
                lines.append(line)
                line = Line()
                lastSpace = nil
                continue
            }
            glyphs.removeAll(keepingCapacity: true)
            if character == "\t" {
                glyphs = Array(repeating: Glyph(" ", width: 1), count: 4)
            } else {
                DisplayText.append(character, to: &glyphs)
            }
            for glyph in glyphs {
                let isSpace = glyph.text == " "
                if line.width + glyph.width > w {
                    if isSpace {
                        lines.append(line)
                        line = Line()
                        lastSpace = nil
                        continue
                    }
                    if let breakAt = lastSpace, breakAt < line.glyphs.count {
                        var next = Line()
                        next.glyphs = Array(line.glyphs[breakAt...])
                        next.offsets = Array(line.offsets[breakAt...])
                        next.width = next.glyphs.reduce(0) { $0 + $1.width }
                        line.glyphs.removeSubrange(breakAt...)
                        line.offsets.removeSubrange(breakAt...)
                        line.width -= next.width
                        lines.append(line)
                        line = next
                    } else {
                        lines.append(line)
                        line = Line()
                    }
                    lastSpace = nil
                }
                line.glyphs.append(glyph)
                line.offsets.append(offset)
                line.width += glyph.width
                if isSpace { lastSpace = line.glyphs.count }
            }
        }
        lines.append(line)
        self.lines = lines
        self.truncated = cut
    }

    /// The first line showing any part of `span`.
    public func firstLine(overlapping span: Span) -> Int? {
        for (i, line) in lines.enumerated() where line.offsets.contains(where: { $0 >= span.start && $0 < span.end }) {
            return i
        }
        return nil
    }
}
