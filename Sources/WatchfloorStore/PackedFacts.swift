import WatchfloorModel

/// An article's mentions and time expressions packed as one JSON text each (`articles.mentions`,
/// `articles.times`, schema v7) instead of a row per fact.
///
/// No query reads them one by one: they are kept so the facts can be exported or re-derived, and a
/// row each (33 mentions and 8 times in a generated article, with their indexes) was about a quarter
/// of the rows the writer inserted per article. The layout is what SQLite's own
/// `json_group_array(json_array(...))` gives, so the v7 migration packs old rows with SQL alone:
///
/// - mentions: `[[start,end,"text","kind","country" or null], ...]`
/// - times: `[[start,end,"text","value","precision"], ...]`
///
/// Offsets are code points, as everywhere in the store. Read them back with SQLite's `json_each`.
enum PackedFacts {
    /// The mentions as one JSON array.
    static func mentions(_ mentions: [Mention]) -> String {
        var out = JSONText()
        out.open()
        for m in mentions {
            out.openRow()
            out.int(m.span.start)
            out.int(m.span.end)
            out.string(m.text)
            out.string(m.kind.rawValue)
            out.string(m.country)
            out.closeRow()
        }
        return out.close()
    }

    /// The time expressions as one JSON array.
    static func times(_ times: [TimeExpression]) -> String {
        var out = JSONText()
        out.open()
        for t in times {
            out.openRow()
            out.int(t.span.start)
            out.int(t.span.end)
            out.string(t.text)
            out.string(t.value)
            out.string(t.precision.rawValue)
            out.closeRow()
        }
        return out.close()
    }
}

/// A JSON array of arrays written as UTF-8 bytes (no Foundation, no intermediate objects).
private struct JSONText {
    private var bytes: [UInt8] = []
    private var first = true

    mutating func open() {
        bytes.reserveCapacity(512)
        bytes.append(UInt8(ascii: "["))
    }

    mutating func openRow() {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        first = true
    }

    mutating func closeRow() { bytes.append(UInt8(ascii: "]")) }

    mutating func close() -> String {
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func string(_ value: String?) {
        separate()
        guard let value else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for b in value.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
