/// The slot array shared by `KeySet` and `KeyMap`: linear probing from a Fibonacci hash of the key.
struct KeySlots: Sendable {
    /// The key value that marks a free slot.
    static let empty: UInt64 = 0
    private(set) var keys: [UInt64]
    private let shift: UInt64
    private let mask: Int

    /// Slots for a power-of-two `capacity`.
    init(capacity: Int) {
        var c = 8
        while c < capacity { c *= 2 }
        keys = Array(repeating: KeySlots.empty, count: c)
        mask = c - 1
        shift = UInt64(64 - c.trailingZeroBitCount)
    }

    /// Number of slots.
    var capacity: Int { keys.count }

    /// The slot of `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return keys.withUnsafeBufferPointer { k in
            while true {
                let v = k[i]
                if v == key { return i }
                if v == KeySlots.empty { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Puts `key` in a free slot unless present; whether it was added. The caller keeps the load under 3/4.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let v = keys[i]
            if v == key { return false }
            if v == KeySlots.empty {
                keys[i] = key
                return true
            }
            i = (i + 1) & mask
        }
    }

    /// The same keys in twice as many slots.
    func grown() -> KeySlots {
        var bigger = KeySlots(capacity: capacity * 2)
        for k in keys where k != KeySlots.empty { bigger.insert(k) }
        return bigger
    }
}
