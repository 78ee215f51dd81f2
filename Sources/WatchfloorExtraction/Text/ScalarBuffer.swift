/// Fast conversions between `String` and the scalar arrays the extractor works on, without going through the generic
/// (unspecialised) collection initialisers.
public enum ScalarBuffer {
    /// The Unicode scalars of `text`, decoded straight from its UTF-8 bytes into the array's storage.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { buf in
            [Unicode.Scalar](unsafeUninitializedCapacity: buf.count) { out, written in
                written = decode(buf, into: out)
            }
        }
    }

    /// Decodes the UTF-8 of `text` into `out` (room for `text.utf8.count` scalars) and returns how many it wrote.
    static func decode(_ text: String, into out: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var copy = text
        return copy.withUTF8 { decode($0, into: out) }
    }

    /// Decodes valid UTF-8 bytes into `out` (room for one scalar per byte) and returns how many scalars it wrote.
    private static func decode(_ buf: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        let n = buf.count
        var i = 0
        var o = 0
        let raw = buf.baseAddress.map { UnsafeRawPointer($0) }
        let target = out.baseAddress.map { UnsafeMutableRawPointer($0) }
        while i < n {
            // Eight ASCII bytes at a time (most article text is ASCII): each byte is its scalar, widened to four bytes
            // in one vector step (a scalar is stored as its `UInt32` value).
            if let raw, let target, i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let bytes = unsafeBitCast(word, to: SIMD8<UInt8>.self)
                    target.storeBytes(
                        of: SIMD8<UInt32>(truncatingIfNeeded: bytes), toByteOffset: o &* 4, as: SIMD8<UInt32>.self)
                    o += 8
                    i += 8
                    continue
                }
            }
            let b0 = UInt32(buf[i])
            if b0 < 0x80 {
                out.initializeElement(at: o, to: Unicode.Scalar(UInt8(truncatingIfNeeded: b0)))
                o += 1
                i += 1
                continue
            }
            var v: UInt32
            var width: Int
            if b0 < 0xE0 {
                v = b0 & 0x1F
                width = 2
            } else if b0 < 0xF0 {
                v = b0 & 0x0F
                width = 3
            } else {
                v = b0 & 0x07
                width = 4
            }
            // A Swift string holds valid UTF-8; the bounds check only guards against a truncated buffer.
            if i + width > n { width = n - i }
            var k = 1
            while k < width {
                v = (v << 6) | (UInt32(buf[i + k]) & 0x3F)
                k += 1
            }
            out.initializeElement(at: o, to: Unicode.Scalar(v) ?? "\u{FFFD}")
            o += 1
            i += max(width, 1)
        }
        return o
    }

    /// The text of `s[a..<b]`, built from UTF-8 bytes (the reader's lines use it too: appending scalars to a
    /// `String.UnicodeScalarView` goes through generic code and was most of the time spent reading a file).
    public static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        let lo = max(0, a)
        let hi = min(s.count, b)
        guard lo < hi else { return "" }
        // Written straight into the string's storage: no byte array to allocate, grow and free per call. The exact
        // UTF-8 length is the capacity, so that text of up to 15 bytes stays a small (inline) string.
        return s.withUnsafeBufferPointer { src in
            var length = 0
            var ascii = true
            for k in lo..<hi {
                let v = src[k].value
                if v >= 0x80 { ascii = false }
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
            }
            // Short ASCII text: its inline form directly (the bytes are the scalars).
            if ascii && length <= SmallASCIIString.maxCount && SmallASCIIString.isAvailable {
                // Packed straight into the two words of the inline form, as `SmallASCIIString.bits` lays them out.
                var first: UInt64 = 0
                var second: UInt64 = 0
                for k in lo..<hi {
                    let byte = UInt64(truncatingIfNeeded: src[k].value)
                    let at = k &- lo
                    if at < 8 {
                        first |= byte &<< UInt64(truncatingIfNeeded: at &* 8)
                    } else {
                        second |= byte &<< UInt64(truncatingIfNeeded: (at &- 8) &* 8)
                    }
                }
                return SmallASCIIString.string(first, second | (0xE0 | UInt64(truncatingIfNeeded: length)) << 56)
            }
            return String(unsafeUninitializedCapacity: length) { out in
                var o = 0
                for k in lo..<hi {
                    let v = src[k].value
                    if v < 0x80 {
                        out[o] = UInt8(truncatingIfNeeded: v)
                        o += 1
                    } else {
                        UTF8.encode(src[k]) { byte in
                            out[o] = byte
                            o += 1
                        }
                    }
                }
                return o
            }
        }
    }
}
