import Testing
@testable import WatchfloorExtraction

/// `sortedIfNeeded` skips the sort of an ordered array; it must give what `sorted(by:)` gives, ties included.
@Suite struct SortedIfNeededTests {
    @Test func givesWhatSortedGivesForOrderedAndUnorderedArraysWithTies() {
        var state: UInt64 = 7
        for length in 0...30 {
            for trial in 0..<40 {
                // (key, tag): only keys are compared, so equal keys show whether their order was kept.
                var items: [(key: Int, tag: Int)] = []
                for n in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    items.append((Int(state >> 60), n))
                }
                if trial % 2 == 0 { items = items.sorted { $0.key < $1.key } }
                let fast = items.sortedIfNeeded { $0.key < $1.key }
                let plain = items.sorted { $0.key < $1.key }
                #expect(fast.map(\.key) == plain.map(\.key))
                #expect(fast.map(\.tag) == plain.map(\.tag))
            }
        }
    }
}
