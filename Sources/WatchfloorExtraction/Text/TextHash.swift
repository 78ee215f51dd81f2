/// The hashing used to key gazetteer entries by folded token text, so that lookups compare
/// integers instead of building strings. Gazetteer entries are tokenized and hashed the same way.
public enum TextHash {
    /// FNV-1a offset basis.
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Mixes one folded code point into a running token hash.
    @inline(__always)
    public static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        h ^= UInt64(value & 0xFF)
        h = h &* prime
        if value > 0xFF {
            h ^= UInt64(value >> 8)
            h = h &* prime
        }
        return h
    }

    /// Combines the running hash of a token sequence with the next token's key.
    @inline(__always)
    public static func combine(_ sequence: UInt64, _ token: UInt64) -> UInt64 {
        var h = sequence ^ (token &+ 0x9E37_79B9_7F4A_7C15 &+ (sequence << 6) &+ (sequence >> 2))
        h = (h ^ (h >> 31)) &* 0x7FB5_D329_728E_A185
        return h ^ (h >> 27)
    }

    /// The key of a whole string treated as one token (folded like the tokenizer does).
    public static func key(_ text: String) -> UInt64 {
        // Decoded into temporary storage: iterating `unicodeScalars` cost more than the hashing (word lists load
        // tens of thousands of keys).
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: text.utf8.count) { buffer in
            let n = ScalarBuffer.decode(text, into: buffer)
            var h = seed
            for s in buffer[0..<n] { h = add(h, ScalarClass.fold(s)) }
            return h
        }
    }
}
