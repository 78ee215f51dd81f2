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

    /// Slot counts below this keep tables at most a quarter full; larger ones up to three quarters.
    static let sparseLimit = 4096

    /// Whether a table of `capacity` slots must grow before holding `count` keys. Most lookups of the extractor's word
    /// tables miss, and a miss probes on until a free slot: about 8.5 slots at three quarters full, 1.4 at a quarter.
    /// Small tables therefore stay sparse; the gazetteer's large ones keep the denser bound (memory). Lookups answer the
    /// same at any capacity (nothing iterates the slots).
    @inline(__always)
    static func mustGrow(count: Int, capacity: Int) -> Bool {
        count * 4 > capacity * 3 || (capacity < sparseLimit && count * 4 > capacity)
    }

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

    /// Puts `key` in a free slot unless present; whether it was added. The caller keeps the load under `mustGrow`.
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
