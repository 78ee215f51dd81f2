import Foundation

/// Formats result rows as one aligned text table (or Markdown), with a growth column across sizes.
struct BenchTable: Sendable {
    /// The rows in print order; rows of one measure at growing sizes are adjacent.
    var rows: [BenchRow]

    /// The column titles.
    static let header = ["measure", "size", "p50", "p99", "value", "cpu", "target", "verdict", "growth"]

    /// The table as cells, one array per row, header first.
    func cells() -> [[String]] {
        var out = [Self.header]
        for (i, row) in rows.enumerated() {
            out.append([
                row.measure,
                row.sizeLabel,
                row.p50.map(Self.duration) ?? "",
                row.p99.map(Self.duration) ?? "",
                (row.value.map { Self.number($0) + (row.unit.isEmpty ? "" : " " + row.unit) } ?? "")
                    + (row.extra.map { " (" + $0 + ")" } ?? ""),
                Self.cpuCell(row),
                row.target?.label ?? "",
                row.skipped.map { "skipped: " + $0 } ?? row.verdict,
                growth(endingAt: i) ?? "",
            ])
        }
        return out
    }

    /// Plain text with aligned columns.
    func text() -> String {
        let table = cells()
        var widths = [Int](repeating: 0, count: Self.header.count)
        for line in table {
            for (c, cell) in line.enumerated() { widths[c] = max(widths[c], cell.count) }
        }
        var lines: [String] = []
        for (r, line) in table.enumerated() {
            var parts: [String] = []
            for (c, cell) in line.enumerated() {
                // Numbers read best right-aligned; words left-aligned.
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                parts.append((2...5).contains(c) ? pad + cell : cell + pad)
            }
            lines.append(parts.joined(separator: "  ").trimmingTrailingSpaces())
            if r == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// A Markdown table (for docs/PERFORMANCE.md).
    func markdown() -> String {
        let table = cells()
        var lines: [String] = []
        for (r, line) in table.enumerated() {
            lines.append("| " + line.map { $0.replacingPipes() }.joined(separator: " | ") + " |")
            if r == 0 { lines.append("|" + String(repeating: " --- |", count: line.count)) }
        }
        return lines.joined(separator: "\n")
    }

    /// On the last row of a run of rows of one measure at growing sizes: how cost grew against size.
    func growth(endingAt index: Int) -> String? {
        let row = rows[index]
        if index + 1 < rows.count, rows[index + 1].measure == row.measure { return nil }
        var first = index
        while first > 0, rows[first - 1].measure == row.measure { first -= 1 }
        guard first < index, let s0 = rows[first].size, let s1 = row.size, s0 > 0, s1 > s0,
              let c0 = rows[first].cost, let c1 = row.cost, c0 > 0 else { return nil }
        let sizeRatio = Double(s1) / Double(s0)
        let costRatio = c1 / c0
        return "x" + Self.number(costRatio) + " for x" + Self.number(sizeRatio) + " " + Self.shape(cost: costRatio, size: sizeRatio)
    }

    /// The CPU-time figure: p50/p99 for latencies, throughput per CPU-second for rates.
    static func cpuCell(_ row: BenchRow) -> String {
        if let value = row.cpuValue { return number(value) + (row.unit.isEmpty ? "" : " " + row.unit) }
        switch (row.cpuP50, row.cpuP99) {
        case let (p50?, p99?): return duration(p50) + " / " + duration(p99)
        case let (p50?, nil): return duration(p50)
        default: return ""
        }
    }

    /// A rough name for how cost grows when the work grows by `size` times.
    static func shape(cost: Double, size: Double) -> String {
        if cost < 1.5 { return "flat" }
        if cost >= size / 2 { return "linear" }
        if cost <= 1 + log2(size) / 2 { return "log-like" }
        return "sublinear"
    }

    /// A duration in the unit that keeps 3 significant digits readable.
    static func duration(_ seconds: Double) -> String {
        if seconds < 1e-3 { return number(seconds * 1e6) + " µs" }
        if seconds < 1 { return number(seconds * 1e3) + " ms" }
        return number(seconds) + " s"
    }

    /// A number with about three significant digits.
    static func number(_ x: Double) -> String {
        let a = abs(x)
        if a >= 100 { return grouped(Int(x.rounded())) }
        if a >= 10 { return fixed(x, 1) }
        return fixed(x, 2)
    }

    /// An integer with thousands separators.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `x` with `places` decimals (no Foundation formatting, so output is locale-independent).
    static func fixed(_ x: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(x) * scale).rounded())
        let whole = scaled / Int(scale)
        let frac = String(scaled % Int(scale))
        let padded = String(repeating: "0", count: max(0, places - frac.count)) + frac
        return (x < 0 && scaled != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + padded : "")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }

    func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
