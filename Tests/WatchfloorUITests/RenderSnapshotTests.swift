import Testing
import WatchfloorCore
import WatchfloorModel
@testable import WatchfloorUI

@Suite("Rendering snapshots")
struct RenderSnapshotTests {
    @Test("main screen at 120x40 with every pane filled")
    func mainScreen() {
        let d = Driver(source: FakeDataSource(Fixtures.content()))
        assertSnapshot(d.screen(), named: "main-120x40")
    }
}
