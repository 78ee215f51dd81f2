/// A small seeded pseudo-random generator (SplitMix64) so synthetic data is the same on every run.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (count must be positive).
    mutating func index(_ count: Int) -> Int {
        // Our own reduction rather than `Int.random(in:using:)`, whose algorithm the standard library may change.
        Int(next() % UInt64(max(1, count)))
    }

    /// A uniformly chosen element.
    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[index(items.count)]
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }
}
