/// A colour as a theme names it; the backend maps it to what the terminal can show.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0-7 normal, 8-15 bright).
    case ansi(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The named colours a theme file may use, by name.
    public static let named: [String: TerminalColor] = [
        "default": .default, "none": .default,
        "black": .ansi(0), "red": .ansi(1), "green": .ansi(2), "yellow": .ansi(3),
        "blue": .ansi(4), "magenta": .ansi(5), "cyan": .ansi(6), "white": .ansi(7),
        "bright_black": .ansi(8), "grey": .ansi(8), "gray": .ansi(8), "bright_red": .ansi(9),
        "bright_green": .ansi(10), "bright_yellow": .ansi(11), "bright_blue": .ansi(12),
        "bright_magenta": .ansi(13), "bright_cyan": .ansi(14), "bright_white": .ansi(15),
    ]

    /// Parses a colour name or `#rrggbb` / `#rgb`; nil if it is neither.
    public init?(parsing text: String) {
        let t = text.lowercased()
        if let c = TerminalColor.named[t] {
            self = c
            return
        }
        guard t.first == "#" else { return nil }
        let hex = Array(t.dropFirst())
        guard hex.allSatisfy(\.isHexDigit) else { return nil }
        func byte(_ s: String) -> UInt8? { UInt8(s, radix: 16) }
        if hex.count == 6, let r = byte(String(hex[0...1])), let g = byte(String(hex[2...3])), let b = byte(String(hex[4...5])) {
            self = .rgb(r, g, b)
        } else if hex.count == 3, let r = byte(String([hex[0], hex[0]])), let g = byte(String([hex[1], hex[1]])),
                  let b = byte(String([hex[2], hex[2]])) {
            self = .rgb(r, g, b)
        } else {
            return nil
        }
    }

    /// The standard xterm RGB values of the 16 ANSI colours (what "nearest colour" compares against).
    public static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value, if the colour is not the terminal default.
    public var rgbValue: (UInt8, UInt8, UInt8)? {
        switch self {
        case .default: nil
        case .ansi(let i): TerminalColor.ansiRGB[Int(i) & 15]
        case .rgb(let r, let g, let b): (r, g, b)
        }
    }

    /// The nearest of the first `count` ANSI colours (8 or 16), or nil for the default colour.
    public func nearestANSI(count: Int) -> Int? {
        switch self {
        case .default: return nil
        case .ansi(let i): return count >= 16 ? Int(i) : Int(i) & 7
        case .rgb(let r, let g, let b):
            let palette = TerminalColor.ansiRGB.prefix(max(1, min(16, count)))
            var best = 0
            var bestDistance = Int.max
            for (i, c) in palette.enumerated() {
                let d = TerminalColor.distance((r, g, b), c)
                if d < bestDistance {
                    bestDistance = d
                    best = i
                }
            }
            return best
        }
    }

    /// The nearest xterm-256 palette index, or nil for the default colour.
    public var nearest256: Int? {
        switch self {
        case .default: return nil
        case .ansi(let i): return Int(i)
        case .rgb(let r, let g, let b):
            // Candidates: the 6x6x6 cube and the 24 greys; pick the closer.
            let levels = [0, 95, 135, 175, 215, 255]
            func cubeIndex(_ v: UInt8) -> Int {
                var best = 0
                for (i, l) in levels.enumerated() where abs(l - Int(v)) < abs(levels[best] - Int(v)) { best = i }
                return best
            }
            let (ri, gi, bi) = (cubeIndex(r), cubeIndex(g), cubeIndex(b))
            let cube = (UInt8(levels[ri]), UInt8(levels[gi]), UInt8(levels[bi]))
            let cubeIdx = 16 + 36 * ri + 6 * gi + bi
            let avg = (Int(r) + Int(g) + Int(b)) / 3
            let greyStep = max(0, min(23, (avg - 8 + 5) / 10))
            let greyValue = UInt8(8 + 10 * greyStep)
            let grey = (greyValue, greyValue, greyValue)
            let target = (r, g, b)
            return TerminalColor.distance(target, grey) < TerminalColor.distance(target, cube) ? 232 + greyStep : cubeIdx
        }
    }

    /// Squared distance between colours, weighted roughly for how the eye sees them.
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
