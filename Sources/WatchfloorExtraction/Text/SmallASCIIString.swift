/// Strings of at most 15 ASCII bytes built straight in the inline ("small") form that `String(decoding:as:)` gives
/// them, without its validation and dispatch (about 150 instructions per token word). That form is two words: the
/// first eight bytes, then bytes 8-14 with the count and the small-ASCII flags (0xE0) in the top byte. Whether this
/// build lays strings out that way is checked once, against `String(decoding:as:)` for every length: when it does
/// not, `isAvailable` is false and callers take `String(decoding:as:)`, so the shortcut can only give the same value.
enum SmallASCIIString {
    /// The longest text the inline form holds.
    static let maxCount = 15

    /// Whether `make` builds the same strings as `String(decoding:as:)` here (the probe covers lengths 0 to 15).
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let probe: [UInt8] = Array("Watchfloor-0123456789".utf8)
        for count in 0...maxCount {
            let expected = probe.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
            let built = probe.withUnsafeBufferPointer { bits($0.baseAddress, count) }
            let actual = unsafeBitCast(expected, to: (UInt64, UInt64).self)
            guard actual.0 == built.0, actual.1 == built.1 else { return false }
        }
        return true
    }()

    /// The two words of the inline string holding `count` (at most 15) ASCII bytes from `p`.
    @inline(__always)
    static func bits(_ p: UnsafePointer<UInt8>?, _ count: Int) -> (UInt64, UInt64) {
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        if let p {
            var k = 0
            while k < count && k < 8 {
                lo |= UInt64(p[k]) << (8 * UInt64(k))
                k += 1
            }
            while k < count {
                hi |= UInt64(p[k]) << (8 * UInt64(k - 8))
                k += 1
            }
        }
        hi |= (0xE0 | UInt64(count)) << 56
        return (lo, hi)
    }

    /// The string of `count` (at most `maxCount`) ASCII bytes from `p`; only when `isAvailable`.
    @inline(__always)
    static func make(_ p: UnsafePointer<UInt8>?, _ count: Int) -> String {
        unsafeBitCast(bits(p, count), to: String.self)
    }
}
