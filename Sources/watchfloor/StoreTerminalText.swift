/// Makes text from files safe to print: control characters (C0, DEL, C1) and bidirectional
/// overrides are shown as visible escapes, so an article or file name can never move the cursor,
/// change colours or reorder what the terminal shows.
enum StoreTerminalText {
    /// `text` with every unsafe scalar replaced by `\xHH` or `\u{HHHH}`; tabs and newlines become
    /// spaces when `singleLine`.
    static func escape(_ text: String, singleLine: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if singleLine, s == "\n" || s == "\t" || s == "\r" {
                out.append(" ")
            } else if isUnsafe(s) {
                out.append(contentsOf: (s.value < 0x100 ? "\\x" + hex(s.value, 2) : "\\u{" + hex(s.value, 4) + "}").unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// A file name or path made safe and unambiguous: like `escape`, but newlines, tabs and carriage
    /// returns are shown as `\x0a`, `\x09`, `\x0d` too, so one path is always one visible token.
    static func escapePath(_ path: String) -> String {
        var out = String.UnicodeScalarView()
        for s in path.unicodeScalars {
            if isUnsafe(s) || s == "\n" || s == "\t" {
                out.append(contentsOf: (s.value < 0x100 ? "\\x" + hex(s.value, 2) : "\\u{" + hex(s.value, 4) + "}").unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Whether a scalar must not reach the terminal as is.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return s != "\n" && s != "\t"
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
