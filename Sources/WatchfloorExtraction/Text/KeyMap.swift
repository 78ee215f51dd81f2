/// A map from 64-bit token or phrase keys (`TextHash` values) to values, with the same open addressing as `KeySet`.
struct KeyMap<Value: Sendable>: Sendable {
    private var slots = KeySlots(capacity: 8)
    private var values: [Value?] = Array(repeating: nil, count: 8)
    private var emptyKeyValue: Value?
    /// Number of keys.
    private(set) var count = 0

    /// An empty map.
    init() {}

    /// An empty map with room for `n` keys (a per-article map that would otherwise grow from 8 slots several times).
    init(capacity n: Int) {
        var c = 8
        while KeySlots.mustGrow(count: n, capacity: c) { c *= 2 }
        slots = KeySlots(capacity: c)
        values = Array(repeating: nil, count: c)
    }

    /// Whether the map holds no key.
    var isEmpty: Bool { count == 0 }

    /// The value of `key`, or nil; setting nil removes nothing (the extractor's tables only grow) but clears the value.
    subscript(key: UInt64) -> Value? {
        @inline(__always)
        get {
            if key == KeySlots.empty { return emptyKeyValue }
            let i = slots.find(key)
            return i >= 0 ? values[i] : nil
        }
        set {
            if key == KeySlots.empty {
                if emptyKeyValue == nil, newValue != nil { count += 1 }
                emptyKeyValue = newValue
                return
            }
            let existing = slots.find(key)
            if existing >= 0 {
                values[existing] = newValue
                return
            }
            guard let value = newValue else { return }
            if KeySlots.mustGrow(count: count + 1, capacity: slots.capacity) { grow() }
            slots.insert(key)
            values[slots.find(key)] = value
            count += 1
        }
    }

    /// Whether `key` has a value (`self[key] != nil` without copying the value out).
    @inline(__always)
    func hasValue(_ key: UInt64) -> Bool {
        if key == KeySlots.empty { return emptyKeyValue != nil }
        let i = slots.find(key)
        return i >= 0 && values[i] != nil
    }

    /// Makes room for `n` keys without regrowing.
    mutating func reserveCapacity(_ n: Int) {
        while KeySlots.mustGrow(count: n, capacity: slots.capacity) { grow() }
    }

    private mutating func grow() {
        let old = slots
        let oldValues = values
        slots = KeySlots(capacity: old.capacity * 2)
        values = Array(repeating: nil, count: slots.capacity)
        for i in 0..<old.capacity where old.keys[i] != KeySlots.empty {
            slots.insert(old.keys[i])
            values[slots.find(old.keys[i])] = oldValues[i]
        }
    }
}
