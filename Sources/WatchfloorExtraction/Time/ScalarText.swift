/// Fast conversion of a range of scalars to a `String` (ASCII ranges go through UTF-8 bytes).
enum ScalarText {
    /// The text of `s[a..<b]`.
    static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        let lo = max(0, a)
        let hi = min(s.count, b)
        guard lo < hi else { return "" }
        var ascii = true
        for k in lo..<hi where s[k].value >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(hi - lo)
            for k in lo..<hi { bytes.append(UInt8(truncatingIfNeeded: s[k].value)) }
            return String(decoding: bytes, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        for k in lo..<hi { view.append(s[k]) }
        return String(view)
    }
}
