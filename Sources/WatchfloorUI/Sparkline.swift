/// Block-character sparklines: one cell per value, height by value.
public enum Sparkline {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value, scaled to the largest; zero is a space so quiet days read as gaps.
    public static func render(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: values.count) }
        return String(values.map { v -> Character in
            guard v > 0 else { return " " }
            let level = (v * (blocks.count - 1) + top - 1) / top
            return blocks[max(0, min(blocks.count - 1, level))]
        })
    }

    /// The last `width` values (or all of them, left-padded with zeros to `width`).
    public static func fit(_ values: [Int], width: Int) -> [Int] {
        guard width > 0 else { return [] }
        if values.count >= width { return Array(values.suffix(width)) }
        return Array(repeating: 0, count: width - values.count) + values
    }
}
