@testable import WatchfloorExtraction

/// The time tokenizer as it was before session 6 (main 7801dba), kept as the oracle the faster one must equal.
enum ReferenceTimeTokenizer {
    /// Tokenises the whole text.
    static func tokenize(_ s: [Unicode.Scalar]) -> [TimeToken] {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bufferSize)
        defer { buffer.deallocate() }
        return s.withUnsafeBufferPointer { tokenize($0, buffer: buffer) }
    }

    /// Longest word or number lower-cased in the buffer; longer ones take the slow path.
    private static let bufferSize = 64
    private static let fnvSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, buffer: UnsafeMutableBufferPointer<UInt8>) -> [TimeToken] {
        var out: [TimeToken] = []
        out.reserveCapacity(s.count / 5 + 8)
        // Read once: each access to a static goes through its once-guard.
        let marks = asciiStrings
        let markKeys = asciiKeys
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
                    if len < bufferSize { buffer[len] = UInt8(d) }
                    len += 1
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
                    if isASCIILetter(w) {
                        let b = lowerByte(w)
                        if len < bufferSize { buffer[len] = b }
                        len += 1
                        h = (h ^ UInt64(b)) &* fnvPrime
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
                let mark = v < 128 ? marks[Int(v)] : String(c)
                out.append(TimeToken(
                    start: start, end: i, kind: .punct, lower: mark, capitalized: false,
                    gapBefore: gap, newlineBefore: newline, value: nil, digits: 0, grouped: false, suffixBytes: 0,
                    key: v < 128 ? markKeys[Int(v)] : TimeToken.key(of: mark)))
            }
            gap = false
            newline = false
        }
        return out
    }

    /// The ASCII text of `len` bytes lower-cased into `buffer`, or, past the buffer, of scalars `a..<b` lower-cased
    /// (`small`: `SmallASCIIString.isAvailable`, read once per text).
    @inline(__always)
    private static func asciiString(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, _ len: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
        small: Bool
    ) -> String {
        if small && len <= SmallASCIIString.maxCount { return SmallASCIIString.make(buffer.baseAddress, len) }
        if len <= bufferSize { return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<len]), as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(b - a)
        for k in a..<b { bytes.append(lowerByte(s[k].value)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The FNV-1a hash of ASCII bytes as a token key (moved off `TimeToken.nonASCIIKey`).
    @inline(__always)
    private static func asciiKey(_ h: UInt64) -> UInt64 {
        h == TimeToken.nonASCIIKey ? TimeToken.nonASCIIKey &+ 1 : h
    }

    /// One-character strings for ASCII punctuation, made once.
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
    /// Their keys.
    static let asciiKeys: [UInt64] = asciiStrings.map { TimeToken.key(of: $0) }

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
