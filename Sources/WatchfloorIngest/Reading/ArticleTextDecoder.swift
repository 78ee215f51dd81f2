/// Turns file bytes into text: UTF-8 (a byte-order mark is kept as U+FEFF so offsets match the
/// file decoded as UTF-8), UTF-16 with a byte-order mark, else Windows-1252 for bytes that are not UTF-8.
enum ArticleTextDecoder {
    /// Decoded text and the encoding name when it was not UTF-8.
    struct Decoded: Sendable, Equatable {
        /// The text.
        var text: String
        /// `utf-16le`, `utf-16be` or `windows-1252`; nil for UTF-8.
        var encoding: String?
    }

    /// Decodes `bytes`, rejecting empty and binary content.
    static func decode(_ bytes: [UInt8]) throws(ArticleReadError) -> Decoded {
        guard !bytes.isEmpty else { throw .empty }
        let decoded: Decoded
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            decoded = try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        } else {
            try rejectBinary(bytes)
            if let text = String(validating: bytes, as: UTF8.self) {
                decoded = Decoded(text: text, encoding: nil)
            } else {
                decoded = Decoded(text: decodeWindows1252(bytes), encoding: "windows-1252")
            }
        }
        if decoded.text.unicodeScalars.contains(where: { $0 == "\0" }) {
            throw .binary(reason: "it contains NUL characters")
        }
        if decoded.text.trimmingWhitespace().isEmpty { throw .empty }
        return decoded
    }

    /// Rejects bytes that look like a binary file: any NUL, or many control bytes near the start.
    private static func rejectBinary(_ bytes: [UInt8]) throws(ArticleReadError) {
        if bytes.contains(0) { throw .binary(reason: "it contains NUL bytes") }
        let sample = bytes.prefix(8192)
        let controls = sample.reduce(0) { count, b in
            (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F ? count + 1 : count
        }
        // Real text has almost no C0 controls besides tab, newline and form feed.
        if controls * 20 > sample.count {
            throw .binary(reason: "\(controls) control bytes in the first \(sample.count)")
        }
    }

    /// Decodes UTF-16 after a byte-order mark (which, like Python's `utf-16` codec, is dropped).
    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(ArticleReadError) -> Decoded {
        let body = bytes.dropFirst(2)
        guard body.count % 2 == 0 else { throw .invalidEncoding(reason: "UTF-16 file has an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .invalidEncoding(reason: "invalid UTF-16 (unpaired surrogate)")
        }
        return Decoded(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be")
    }

    /// Decodes Windows-1252; the five undefined bytes map to the C1 controls of the same value.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80, b <= 0x9F, let mapped = Unicode.Scalar(windows1252High[Int(b - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80...0x9F in Windows-1252.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
