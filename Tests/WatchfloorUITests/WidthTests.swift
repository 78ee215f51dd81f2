import Testing
import WatchfloorCore
import WatchfloorModel
@testable import WatchfloorUI

@Suite("Cell widths and sanitising")
struct WidthTests {
    @Test("ASCII, Cyrillic and Arabic are one cell; CJK, kana, Hangul and emoji two; combining marks zero")
    func widths() {
        #expect(CellWidth.of("a") == 1)
        #expect(CellWidth.of("Ж") == 1)
        #expect(CellWidth.of("م") == 1)
        #expect(CellWidth.of("北") == 2)
        #expect(CellWidth.of("カ") == 2)
        #expect(CellWidth.of("한") == 2)
        #expect(CellWidth.of("😀") == 2)
        #expect(CellWidth.of("\u{301}") == 0)
        #expect(CellWidth.of("\u{FF21}") == 2)
        #expect(CellWidth.of("…") == 1)
        #expect(CellWidth.of("\u{1B}") == 0)
    }

    @Test("escape sequences and controls become visible placeholders")
    func controls() {
        let text = DisplayText.glyphs("a\u{1B}[2Jb\u{07}\u{7F}\u{9B}c").map(\.text).joined()
        #expect(text == "a␛[2Jb␇␡\u{FFFD}c")
        #expect(DisplayText.glyphs("x\r\ny\tz").map(\.text).joined() == "x  y z")
    }

    @Test("bidi controls, zero-width and format characters are dropped")
    func dropped() {
        #expect(DisplayText.glyphs("a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e").map(\.text).joined() == "abcde")
    }

    @Test("combining marks stay on their base; a lone mark gets a space")
    func combining() {
        let g = DisplayText.glyphs("e\u{301}x")
        #expect(g.count == 2)
        #expect(g[0].text == "e\u{301}" && g[0].width == 1)
        let lone = DisplayText.glyphs("\u{301}")
        #expect(lone.first?.text == " \u{301}" && lone.first?.width == 1)
    }

    @Test("ZWJ sequences keep their first emoji, skin tones and variation selectors go, flags become letters")
    func emojiNormalised() {
        let family = DisplayText.glyphs("👨‍👩‍👧")
        #expect(family == [Glyph("👨", width: 2)])
        #expect(DisplayText.glyphs("👍🏽") == [Glyph("👍", width: 2)])
        #expect(DisplayText.glyphs("❤️") == [Glyph("❤", width: 1)])
        #expect(DisplayText.glyphs("🇺🇦").map(\.text).joined() == "UA")
        #expect(DisplayText.width("🇺🇦") == 2)
    }

    @Test("truncation never splits a wide glyph and marks the cut")
    func truncation() {
        let g = DisplayText.truncated("北京北京", to: 5)
        #expect(g.map(\.text).joined() == "北京…")
        #expect(g.reduce(0) { $0 + $1.width } == 5)
        #expect(DisplayText.truncated("abc", to: 3).map(\.text).joined() == "abc")
    }

    @Test("a wide glyph that does not fit at the edge becomes a space; overwriting half a wide glyph blanks the other half")
    func bufferWide() {
        var b = ScreenBuffer(width: 5, height: 1)
        b.write("ab北京", x: 0, y: 0, style: .plain)
        #expect(b.line(0) == "ab北 ")
        b.write("x", x: 3, y: 0, style: .plain)
        #expect(b.line(0) == "ab x ")
        #expect(!b[3, 0].isContinuation)
        b.write("京", x: 1, y: 0, style: .plain)
        #expect(b.line(0) == "a京x ")
        b.write("y", x: 1, y: 0, style: .plain)
        #expect(b.line(0) == "ay x ")
    }

    @Test("writes are clipped to the buffer")
    func clipping() {
        var b = ScreenBuffer(width: 4, height: 2)
        #expect(b.write("hello", x: 2, y: 1, style: .plain) == 2)
        b.write("zz", x: -1, y: 0, style: .plain)
        b.write("q", x: 0, y: 5, style: .plain)
        #expect(b.lines == ["z   ", "  he"])
    }

    @Test("rows with wide characters, combining marks and emoji stay aligned in the panes")
    func alignment() {
        let d = Driver(source: FakeDataSource(Fixtures.content()), size: Size(width: 120, height: 40))
        let screen = d.screen()
        // Every row of the timeline frame ends with its border at the same column.
        let frameRight = d.state.layout.timeline.maxX - 1
        for y in 0..<d.state.layout.timeline.height {
            #expect(screen[frameRight, y].text == (y == 0 ? "┐" : (y == d.state.layout.timeline.height - 1 ? "┘" : "│")), "row \(y)")
        }
        #expect(screen.lines.contains { $0.contains("北京で中露会談 CNRU talks 👨 café") })
    }

    @Test("article wrapping maps spans through wide text and breaks at spaces")
    func wrapping() {
        let layout = ArticleLayout(text: "one two three\n北京北京北京 four", width: 8)
        #expect(layout.lines.map { $0.glyphs.map(\.text).joined() } == ["one two ", "three", "北京北京", "北京 ", "four"])
        #expect(layout.firstLine(overlapping: Span(start: 8, end: 13)) == 1)
        #expect(layout.firstLine(overlapping: Span(start: 20, end: 21)) == 3)
        #expect(layout.firstLine(overlapping: Span(start: 21, end: 25)) == 4)
    }
}
