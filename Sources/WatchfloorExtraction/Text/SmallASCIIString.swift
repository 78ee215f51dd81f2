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
        let b = bits(p, count)
        return string(b.0, b.1)
    }

    /// The string whose two words are `lo` and `hi` (as `bits` builds them); only when `isAvailable`.
    ///
    /// Moved out of the words rather than bit-cast: a cast copies, and a copy of a `String` retains its object (a call
    /// per token, though an inline string has none), where a move takes the value as it is.
    @inline(__always)
    static func string(_ lo: UInt64, _ hi: UInt64) -> String {
        var words = (lo, hi)
        return withUnsafeMutablePointer(to: &words) { p in
            p.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
        }
    }

    /// The string of the first `count` (at most `maxCount`) bytes at `p`, all ASCII, read as two words: `p` must have
    /// 16 readable bytes (those past `count` are masked off); only when `isAvailable`.
    @inline(__always)
    static func make(loading p: UnsafeRawPointer, _ count: Int) -> String {
        let lo = p.loadUnaligned(as: UInt64.self) & lowMask(count)
        let hi = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & lowMask(count &- 8)
        return string(lo, hi | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56)
    }

    /// A mask of the low `bytes` bytes of a word (none for 0 or less, all for 8 or more).
    @inline(__always)
    static func lowMask(_ bytes: Int) -> UInt64 {
        if bytes <= 0 { return 0 }
        if bytes >= 8 { return UInt64.max }
        return (1 &<< UInt64(truncatingIfNeeded: bytes &* 8)) &- 1
    }
}
