/// Turns untrusted text into glyphs that are safe to draw and whose widths every terminal agrees on.
///
/// Nothing reaches the screen buffer without passing through here:
/// - C0 controls and DEL become visible control pictures (`␛` for ESC), C1 controls `�`,
///   so escape sequences in an article are shown, never obeyed;
/// - tabs, newlines and line/paragraph separators become spaces (callers split lines first where lines matter);
/// - bidi overrides and isolates, zero-width and other format characters, tag characters and
///   variation selectors are dropped, so text cannot reorder or hide the rest of the line;
/// - emoji ZWJ sequences keep their first emoji and skin-tone modifiers are dropped; a flag (two regional
///   indicators) is shown as its two letters: glibc, tmux and terminals disagree on the width of all of these;
/// - combining marks stay on their base (at most four), and a mark with no base gets a space to sit on.
public enum DisplayText {
    /// The glyphs to draw for `text` on one line.
    public static func glyphs(_ text: String) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for character in text { append(character, to: &out) }
        return out
    }

    /// Appends the glyphs for one grapheme cluster.
    public static func append(_ character: Character, to out: inout [Glyph]) {
        let scalars = Array(character.unicodeScalars)
        // Single scalars, clusters holding controls ("\r\n", ESC + mark) and flags are taken scalar by scalar.
        if scalars.count == 1 || scalars.contains(where: isControl) || scalars.allSatisfy(isRegionalIndicator) {
            for s in scalars { appendScalar(s, to: &out) }
            return
        }
        var base: Unicode.Scalar?
        var marks: [Unicode.Scalar] = []
        for s in scalars {
            if s.value == 0x200D { break }  // ZWJ: keep only the first emoji of the sequence.
            if isDropped(s) || isSkinTone(s) { continue }
            if base == nil {
                if CellWidth.of(s) == 0 {
                    base = " "
                    marks.append(s)
                } else {
                    base = s
                }
            } else if CellWidth.of(s) == 0 {
                if marks.count < 4 { marks.append(s) }
            } else {
                // A second spacing scalar in one cluster (Indic spacing marks, Hangul jamo runs):
                // flush what we have and draw it as its own glyph.
                flush(base, marks, to: &out)
                base = s
                marks = []
            }
        }
        flush(base, marks, to: &out)
    }

    /// Total cells of `text` once made displayable.
    public static func width(_ text: String) -> Int {
        glyphs(text).reduce(0) { $0 + $1.width }
    }

    /// `text` made displayable, cut to at most `maxWidth` cells, with `…` when something was cut.
    public static func truncated(_ text: String, to maxWidth: Int) -> [Glyph] {
        let all = glyphs(text)
        var total = 0
        for g in all { total += g.width }
        if total <= maxWidth { return all }
        guard maxWidth > 0 else { return [] }
        var out: [Glyph] = []
        var used = 0
        for g in all {
            if used + g.width > maxWidth - 1 { break }
            out.append(g)
            used += g.width
        }
        out.append(Glyph("…", width: 1))
        return out
    }

    private static func flush(_ base: Unicode.Scalar?, _ marks: [Unicode.Scalar], to out: inout [Glyph]) {
        guard let base else { return }
        var text = String(Character(base))
        text.unicodeScalars.append(contentsOf: marks)
        out.append(Glyph(text, width: max(1, CellWidth.of(base))))
    }

    private static func appendScalar(_ s: Unicode.Scalar, to out: inout [Glyph]) {
        let v = s.value
        switch v {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
            out.append(Glyph(" ", width: 1))
        case 0x00..<0x20:
            out.append(Glyph(String(Character(Unicode.Scalar(0x2400 + v) ?? "?")), width: 1))
        case 0x7F:
            out.append(Glyph("\u{2421}", width: 1))
        case 0x80..<0xA0, 0xFFFE, 0xFFFF:
            out.append(Glyph("\u{FFFD}", width: 1))
        default:
            if isDropped(s) || isSkinTone(s) || v == 0x200D { return }
            if isRegionalIndicator(s), let letter = Unicode.Scalar(v - 0x1F1E6 + 0x41) {
                out.append(Glyph(String(Character(letter)), width: 1))
                return
            }
            let w = CellWidth.of(s)
            if w == 0 {
                // A lone combining mark: give it a space to sit on so it takes a cell like terminals draw it.
                var text = " "
                text.unicodeScalars.append(s)
                out.append(Glyph(text, width: 1))
            } else {
                out.append(Glyph(String(Character(s)), width: w))
            }
        }
    }

    /// Controls: C0, DEL, C1.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F..<0xA0).contains(s.value)
    }

    /// Scalars removed outright: bidi controls, format characters, tags, variation selectors.
    static func isDropped(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
            return true
        }
        if (0xFE00...0xFE0F).contains(v) || (0xE0000...0xE0FFF).contains(v) { return true }
        if v == 0x200D { return false }
        return s.properties.generalCategory == .format
    }

    private static func isSkinTone(_ s: Unicode.Scalar) -> Bool { (0x1F3FB...0x1F3FF).contains(s.value) }

    private static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }
}
