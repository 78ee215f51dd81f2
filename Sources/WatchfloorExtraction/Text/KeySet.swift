/// A set of 64-bit token or phrase keys (`TextHash` values) with open addressing: a lookup is one multiply, a shift
/// and a few compares, where `Set<UInt64>` runs SipHash for every probe of the extractor's hot loops.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// Slots hold keys; `KeySlots.empty` marks a free one (the key equal to it is kept aside in `hasEmptyKey`).
    private var slots = KeySlots(capacity: 8)
    private var hasEmptyKey = false
    /// Number of keys.
    private(set) var count = 0

    /// An empty set.
    init() {}

    /// A set of the given keys.
    init(arrayLiteral elements: UInt64...) {
        self.init(elements)
    }

    /// A set of the keys of a sequence.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for k in keys { insert(k) }
    }

    /// Whether the set holds no key.
    var isEmpty: Bool { count == 0 }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        if key == KeySlots.empty { return hasEmptyKey }
        return slots.find(key) >= 0
    }

    /// Adds `key`.
    mutating func insert(_ key: UInt64) {
        if key == KeySlots.empty {
            if !hasEmptyKey { count += 1 }
            hasEmptyKey = true
            return
        }
        if KeySlots.mustGrow(count: count + 1, capacity: slots.capacity) { slots = slots.grown() }
        if slots.insert(key) { count += 1 }
    }

    /// Makes room for `n` keys without regrowing.
    mutating func reserveCapacity(_ n: Int) {
        while KeySlots.mustGrow(count: n, capacity: slots.capacity) { slots = slots.grown() }
    }
}
