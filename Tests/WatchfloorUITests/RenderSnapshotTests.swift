import Testing
import WatchfloorCore
import WatchfloorModel
@testable import WatchfloorUI

@Suite("Rendering snapshots")
struct RenderSnapshotTests {
    func driver(size: Size = Size(width: 120, height: 40)) -> Driver {
        Driver(source: FakeDataSource(Fixtures.content()), size: size)
    }

    @Test("main screen at 120x40 with every pane filled")
    func mainScreen() {
        assertSnapshot(driver().screen(), named: "main-120x40")
    }

    @Test("an empty store says what it is waiting for")
    func emptyStore() {
        let d = Driver(source: FakeDataSource(), size: Size(width: 100, height: 30))
        assertSnapshot(d.screen(), named: "empty-100x30")
    }

    @Test("below 60x15 only a one-line notice is drawn")
    func tooSmall() {
        let d = Driver(source: FakeDataSource(Fixtures.content()), size: Size(width: 59, height: 20))
        let screen = d.screen()
        #expect(screen.line(0).hasPrefix("terminal too small: 59x20, need 60x15"))
        #expect(screen.lines.dropFirst().allSatisfy { $0.allSatisfy { $0 == " " } })
        let short = Driver(source: FakeDataSource(Fixtures.content()), size: Size(width: 80, height: 14)).screen()
        #expect(short.line(0).hasPrefix("terminal too small: 80x14"))
    }

    @Test("the minimum size 60x15 still shows all three panes and the status bar")
    func minimumSize() {
        assertSnapshot(driver(size: Size(width: 60, height: 15)).screen(), named: "minimum-60x15")
    }

    @Test("at 200x60 the extra room shows more columns and a details pane")
    func large() {
        var d = driver(size: Size(width: 200, height: 60))
        d.press(.character("3"), .character("j"))
        assertSnapshot(d.screen(), named: "large-200x60")
    }

    @Test("the actors pane focused, sorted by name")
    func actorsByName() {
        var d = driver(size: Size(width: 100, height: 30))
        d.press(.character("2"), .character("s"), .character("j"))
        assertSnapshot(d.screen(), named: "actors-by-name-100x30")
    }

    @Test("help overlay")
    func help() {
        var d = driver()
        d.press(.character("?"))
        assertSnapshot(d.screen(), named: "help-120x40")
    }

    @Test("country picker narrowed by typing, one country toggled")
    func countryPicker() {
        var d = driver(size: Size(width: 100, height: 30))
        d.press(.character("c"), .down, .character(" "))
        assertSnapshot(d.screen(), named: "country-picker-100x30")
        d.type("rus")
        let lines = d.screen().lines.joined(separator: "\n")
        #expect(lines.contains("RU Russia"))
        #expect(!lines.contains("UA Ukraine"))
    }

    @Test("choosing a country shows only its rows in every pane")
    func countryFilterApplied() {
        var d = driver(size: Size(width: 100, height: 30))
        d.press(.character("c"))
        d.type("iran")
        d.press(.enter)
        let text = d.screen().lines.joined(separator: "\n")
        #expect(text.contains("Iran–EU talks"))
        #expect(!text.contains("Kaluga"))
        #expect(text.contains("filter IR"))
        assertSnapshot(d.screen(), named: "filtered-iran-100x30")
    }

    @Test("the article view highlights the row's sentence and shows escape sequences as placeholders")
    func hostileArticle() {
        var d = driver(size: Size(width: 80, height: 24))
        d.press(.character("j"), .character("j"), .character("j"), .enter)
        let screen = d.screen()
        assertSnapshot(screen, named: "article-hostile-80x24")
        let all = screen.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(!all.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }

    @Test("the article view of a normal article, scrolled to the highlight")
    func article() {
        var d = driver(size: Size(width: 70, height: 18))
        d.press(.character("3"), .character("j"), .enter)
        assertSnapshot(d.screen(), named: "article-70x18")
        d.press(.escape)
        #expect(d.state.overlay == .none)
        #expect(d.state.incidents.selectedID == 11)
    }

    @Test("the ingest errors view")
    func errors() {
        var d = driver(size: Size(width: 100, height: 20))
        d.press(.character("e"))
        assertSnapshot(d.screen(), named: "errors-100x20")
    }

    @Test("the text filter prompt in the status bar")
    func textPrompt() {
        var d = driver(size: Size(width: 100, height: 30))
        d.press(.character("/"))
        d.type("geneva")
        let screen = d.screen()
        #expect(screen.line(29).hasPrefix(" / geneva▏"))
        #expect(screen.lines.joined().contains("Iran–EU talks"))
        #expect(!screen.lines.joined().contains("Kaluga region"))
    }

    @Test("ingest progress, new incidents and the error count appear in the status bar and pane")
    func liveStatus() {
        var c = Fixtures.content()
        c.incidents[0].ingestedAt = Fixtures.now + 10
        var d = Driver(source: FakeDataSource(c), size: Size(width: 120, height: 40))
        d.send(.ingest(.progress(done: 1_204, total: 5_000)))
        let screen = d.screen()
        #expect(screen.line(39).contains("ingesting 1,204/5,000"))
        #expect(screen.line(39).contains("1 error (e)"))
        #expect(screen.lines.contains { $0.contains("● DRN 2025-01-17") })
        #expect(screen.lines.contains { $0.contains("3 Incidents") && $0.contains("1 new") })
    }
}

@Suite("Article highlight")
struct ArticleHighlightTests {
    @Test("the row's sentence is drawn in the highlight style, and only it")
    func highlightStyle() {
        var d = Driver(source: FakeDataSource(Fixtures.content()), size: Size(width: 100, height: 30))
        d.press(.character("3"), .character("j"), .enter)
        let screen = d.screen()
        let theme = Theme.builtIn
        let lit = screen.cells.enumerated().filter { $0.element.style.background == theme[.highlight].background }
        #expect(!lit.isEmpty)
        let text = lit.map(\.element.text).joined()
        #expect(text.contains("Ukrainian drones struck an oil depot"))
        #expect(!text.contains("Iran"))
    }
}
