extension Array {
    /// `sorted(by:)`, without the copy when the array is already in order (the extractor's mentions and times come in
    /// text order): a stable sort leaves an ordered array as it is, so the answer is the same.
    func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        var k = 1
        while k < count {
            if areInIncreasingOrder(self[k], self[k - 1]) { return sorted(by: areInIncreasingOrder) }
            k += 1
        }
        return self
    }
}
