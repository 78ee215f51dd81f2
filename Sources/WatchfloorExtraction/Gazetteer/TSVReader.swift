/// Splits generated gazetteer files (UTF-8, one record a line, tab-separated fields) without copying the bytes.
enum TSVReader {
    /// Calls `body` with the fields of every non-empty line.
    static func forEachRecord(_ bytes: [UInt8], _ body: ([String]) -> Void) {
        var start = 0
        let n = bytes.count
        // One array serves every record (a body that keeps it gets its own copy when the next record is read), so
        // that no record pays for growing a new array field by field.
        var fields: [String] = []
        fields.reserveCapacity(8)
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            if end > start {
                fields.removeAll(keepingCapacity: true)
                var f = start
                var k = start
                while k <= end {
                    if k == end || bytes[k] == 0x09 {
                        var e = k
                        if e > f, bytes[e - 1] == 0x0D { e -= 1 }
                        fields.append(String(decoding: bytes[f..<e], as: UTF8.self))
                        f = k + 1
                    }
                    k += 1
                }
                body(fields)
            }
            start = end + 1
        }
    }
}
