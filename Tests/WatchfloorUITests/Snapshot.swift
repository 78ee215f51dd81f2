import Foundation
import Testing
import WatchfloorUI

/// Compares a rendered screen with `__Snapshots__/<name>.txt` next to this file. A missing file, or
/// `RECORD_SNAPSHOTS=1`, records the screen instead, and recording fails the test so it is never silent.
func assertSnapshot(_ buffer: ScreenBuffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = buffer.lines.joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name).txt; check it and run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != actual else { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(e.count, a.count)).first(where: { e[$0] != a[$0] }) ?? min(e.count, a.count)
    let want = line < e.count ? String(e[line]) : "<none>"
    let got = line < a.count ? String(a[line]) : "<none>"
    Issue.record("Snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)", sourceLocation: sourceLocation)
}
