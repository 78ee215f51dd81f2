import Foundation
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Hashes, store locations and TIMEX ranges.
@Suite struct StoreSupportTests {
    @Test func sha256KnownVectors() {
        #expect(ContentHash.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256(text: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1_000)
        #expect(ContentHash.sha256(text: long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func locationPrecedence() {
        #expect(StoreLocation.resolve(explicit: "/x.sqlite", environment: ["WATCHFLOOR_STORE": "/y"]) == "/x.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["WATCHFLOOR_STORE": "/y", "XDG_DATA_HOME": "/d"]) == "/y")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/watchfloor/watchfloor.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/watchfloor/watchfloor.sqlite")
    }

    @Test func storeInsideWatchedDirectoryIsDetected() throws {
        let dir = NSTemporaryDirectory() + "watchfloor-loc-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/news/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(StoreLocation.isStore(dir + "/news/sub/s.sqlite", inside: dir + "/news"))
        #expect(StoreLocation.isStore(dir + "/news/../news/s.sqlite", inside: dir + "/news/"))
        #expect(!StoreLocation.isStore(dir + "/s.sqlite", inside: dir + "/news"))
        #expect(!StoreLocation.isStore(dir + "/newsroom.sqlite", inside: dir + "/news"))
    }

    @Test func timexRanges() {
        func r(_ v: String) -> String? { TimexRange.days(of: v).map { $0.0.iso + "/" + $0.1.iso } }
        #expect(r("2025-01-17") == "2025-01-17/2025-01-17")
        #expect(r("2024-02") == "2024-02-01/2024-02-29")
        #expect(r("2025") == "2025-01-01/2025-12-31")
        #expect(r("2025-W03") == "2025-01-13/2025-01-19")
        #expect(r("1998-Q3") == "1998-07-01/1998-09-30")
        #expect(r("199") == "1990-01-01/1999-12-31")
        #expect(r("2025-WI") == "2024-12-01/2025-02-28")
        #expect(r("2025-01-17T10:00") == "2025-01-17/2025-01-17")
        #expect(r("PAST_REF") == nil)
        #expect(r("2025-13") == nil)
    }
}
