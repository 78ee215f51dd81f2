import Testing
import WatchfloorCore
import WatchfloorModel
@testable import WatchfloorUI

/// The status bar says when a text filter's search stopped at the store's cap of matching articles,
/// so a list that ends there is not taken for every match.
@Suite struct TextSearchCapTests {
    @Test func aCappedSearchIsNamedInTheStatusBarAndTheNoteGoesWithTheFilter() {
        var content = Fixtures.content()
        content.textCap = 1
        var d = Driver(source: FakeDataSource(content))
        d.press(.character("/"))
        d.type("talks")
        d.press(.enter)
        #expect(d.screen().line(39).contains("filter \"talks\" in the newest 1 matching articles"))
        // A word only one article has reads every match: no note.
        d.press(.character("/"))
        for _ in 0..<5 { d.press(.backspace) }
        d.type("Beijing")
        d.press(.enter)
        let bar = d.screen().line(39)
        #expect(bar.contains("filter \"Beijing\""))
        #expect(!bar.contains("matching articles"))
        d.press(.escape)
        #expect(!d.screen().line(39).contains("filter"))
    }

    @Test func aStoreThatReadsEveryMatchShowsNoNote() {
        var d = Driver(source: FakeDataSource(Fixtures.content()))
        d.press(.character("/"))
        d.type("talks")
        d.press(.enter)
        let bar = d.screen().line(39)
        #expect(bar.contains("filter \"talks\""))
        #expect(!bar.contains("matching articles"))
    }
}
