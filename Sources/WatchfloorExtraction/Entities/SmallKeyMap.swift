/// A per-article map from keys to integers that sets up no table while it is small: up to `linearLimit` keys it
/// compares them one by one (most articles), beyond that it moves them into a `KeyMap`, so lookups stay constant-time.
/// It answers as a `KeyMap<Int>` does (an empty 16-slot `KeyMap` cost about 3,400 instructions to set up).
struct SmallKeyMap {
    /// Keys held in the linear arrays before the table takes over.
    static let linearLimit = 32
    private var keys: [UInt64] = []
    private var values: [Int] = []
    /// All the keys, once more than `linearLimit` are held.
    private var table: KeyMap<Int>?

    /// The value of `key`, or nil; setting a value adds the key or replaces its value (nil removes nothing).
    subscript(key: UInt64) -> Int? {
        get {
            if table != nil { return table?[key] }
            for i in keys.indices where keys[i] == key { return values[i] }
            return nil
        }
        set {
            guard let value = newValue else { return }
            if table != nil {
                table?[key] = value
                return
            }
            for i in keys.indices where keys[i] == key {
                values[i] = value
                return
            }
            if keys.isEmpty {
                keys.reserveCapacity(8)
                values.reserveCapacity(8)
            }
            keys.append(key)
            values.append(value)
            if keys.count > Self.linearLimit {
                var all = KeyMap<Int>(capacity: 2 * keys.count)
                for i in keys.indices { all[keys[i]] = values[i] }
                table = all
            }
        }
    }
}
