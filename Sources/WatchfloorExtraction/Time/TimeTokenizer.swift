/// Splits scalars into `TimeToken`s in one pass, shared by the time tagger, the incident detector and the timeline
/// labels. ASCII fast paths: words are lower-cased into a stack buffer and keyed while they are read.
enum TimeTokenizer {
    /// Tokenises the whole text.
    static func tokenize(_ s: [Unicode.Scalar]) -> [TimeToken] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 8)
        defer { buffer.deallocate() }
        // Zeroed once: a short word is read back as two whole words, its bytes masked.
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        return s.withUnsafeBufferPointer { tokenize($0, buffer: buffer) }
    }

    /// Bytes of a word or number kept in the buffer: those of the inline string form (up to 15), and room for the two
    /// words read back; longer text is lower-cased again from the scalars.
    private static let bufferSize = 16
    private static let fnvSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, buffer: UnsafeMutableRawBufferPointer) -> [TimeToken] {
        var out: [TimeToken] = []
        out.reserveCapacity(s.count / 5 + 8)
        let small = SmallASCIIString.isAvailable
        var i = 0
        let n = s.count
        var gap = true
        var newline = true
        while i < n {
            let c = s[i]
            let v = c.value
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                gap = true
                newline = true
                i += 1
                continue
            }
            if v == 0x20 || v == 0x09 || (v >= 0x80 && (v == 0xA0 || c.properties.isWhitespace)) || v == 0x0B || v == 0x0C {
                gap = true
                i += 1
                continue
            }
            let start = i
            if isDigit(v) {
                var digits = 0
                var plain = true
                var value = 0
                var grouped = false
                var len = 0
                var h = fnvSeed
                while i < n {
                    let d = s[i].value
                    if isDigit(d) {
                        if digits < 12 { value = value * 10 + Int(d - 48) }
                        digits += 1
                    } else if (d == 0x2C || d == 0x2E) && i + 1 < n && isDigit(s[i + 1].value) {
                        grouped = true
                        plain = false
                    } else {
                        break
                    }
                    // Past 15 bytes the text is made again from the scalars, so the wrapped index may overwrite.
                    buffer[len & (bufferSize - 1)] = UInt8(truncatingIfNeeded: d)
                    len &+= 1
                    h = (h ^ UInt64(d)) &* fnvPrime
                    i += 1
                }
                let text = asciiString(buffer, len, s, start, i, small: small)
                var suffix: UInt32 = 0
                var j = i
                while j < n, isASCIILetter(s[j].value), j - i < 3 {
                    j += 1
                }
                if j > i, j == n || !isLetterOrDigit(s[j]) {
                    for k in i..<j { suffix |= UInt32(lowerByte(s[k].value)) << (8 * UInt32(k - i)) }
                    i = j
                }
                out.append(TimeToken(
                    start: start, end: i, kind: .number, lower: text, capitalized: false, gapBefore: gap,
                    newlineBefore: newline, value: digits <= 12 ? value : nil, digits: plain ? digits : 0,
                    grouped: grouped, suffixBytes: suffix, key: asciiKey(h)))
            } else if isASCIILetter(v) || (v >= 0x80 && c.properties.isAlphabetic) {
                let upper = (v >= 65 && v <= 90) || (v >= 0x80 && c.properties.isUppercase)
                var ascii = true
                var len = 0
                var h = fnvSeed
                while i < n {
                    let w = s[i].value
                    // An ASCII letter, lower-cased: only "A"-"Z" and "a"-"z" set the case bit into "a"..."z" (any
                    // scalar from 0x80 up stays at 0x80 or more).
                    let folded = w | 0x20
                    if folded &- 0x61 < 26 {
                        buffer[len & (bufferSize - 1)] = UInt8(truncatingIfNeeded: folded)
                        len &+= 1
                        h = (h ^ UInt64(folded)) &* fnvPrime
                    } else if w >= 0x80 && s[i].properties.isAlphabetic {
                        ascii = false
                    } else {
                        break
                    }
                    i += 1
                }
                let lower: String
                let key: UInt64
                if ascii {
                    lower = asciiString(buffer, len, s, start, i, small: small)
                    key = asciiKey(h)
                } else {
                    lower = lowerWord(s, start, i)
                    key = TimeToken.key(of: lower)
                }
                out.append(TimeToken(
                    start: start, end: i, kind: .word, lower: lower, capitalized: upper,
                    gapBefore: gap, newlineBefore: newline, value: nil, digits: 0, grouped: false, suffixBytes: 0, key: key))
            } else {
                i += 1
                let mark: String
                let key: UInt64
                if v < 128 {
                    // The one-byte string `String(c)` gives, and the key `TimeToken.key(of:)` gives it.
                    mark = small ? SmallASCIIString.string(UInt64(v), (0xE0 | 1) << 56) : String(c)
                    key = asciiKey((fnvSeed ^ UInt64(v)) &* fnvPrime)
                } else {
                    mark = String(c)
                    key = TimeToken.key(of: mark)
                }
                out.append(TimeToken(
                    start: start, end: i, kind: .punct, lower: mark, capitalized: false,
                    gapBefore: gap, newlineBefore: newline, value: nil, digits: 0, grouped: false, suffixBytes: 0,
                    key: key))
            }
            gap = false
            newline = false
        }
        return out
    }

    /// The ASCII text of `len` bytes lower-cased into `buffer` (its first `bufferSize`), or, past those, of scalars
    /// `a..<b` lower-cased (`small`: `SmallASCIIString.isAvailable`, read once per text).
    @inline(__always)
    private static func asciiString(
        _ buffer: UnsafeMutableRawBufferPointer, _ len: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
        small: Bool
    ) -> String {
        if small && len <= SmallASCIIString.maxCount, let base = buffer.baseAddress {
            return SmallASCIIString.make(loading: base, len)
        }
        return String(unsafeUninitializedCapacity: b - a) { out in
            var o = 0
            for k in a..<b {
                out[o] = lowerByte(s[k].value)
                o += 1
            }
            return o
        }
    }

    /// The FNV-1a hash of ASCII bytes as a token key (moved off `TimeToken.nonASCIIKey`).
    @inline(__always)
    private static func asciiKey(_ h: UInt64) -> UInt64 {
        h == TimeToken.nonASCIIKey ? TimeToken.nonASCIIKey &+ 1 : h
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    @inline(__always) static func lowerByte(_ v: UInt32) -> UInt8 { UInt8(v >= 65 && v <= 90 ? v + 32 : v) }
    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c.value) || isASCIILetter(c.value) || (c.value >= 0x80 && c.properties.isAlphabetic)
    }

    /// Lower-cases a word with non-ASCII letters.
    static func lowerWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> String {
        var r = String.UnicodeScalarView()
        for k in a..<b {
            let c = s[k]
            let v = c.value
            if v < 128 {
                r.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : c)
            } else if c.properties.isUppercase {
                r.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                r.append(c)
            }
        }
        return String(r)
    }
}
