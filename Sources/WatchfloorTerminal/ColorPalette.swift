internal import CNCursesw
import WatchfloorUI

/// Maps theme colours to curses colour numbers and pairs, allocating pairs as styles are first used.
final class ColorPalette {
    let mode: ColorMode
    private var pairs: [Int64: Int32] = [:]
    private var nextPair: Int32 = 1
    private var customColors: [UInt32: Int32] = [:]
    private var nextCustom: Int32 = 16

    init(mode: ColorMode) {
        self.mode = mode
    }

    /// Forgets every pair (after a theme change the old ones are not needed).
    func reset() {
        pairs.removeAll()
        nextPair = 1
        customColors.removeAll()
        nextCustom = 16
    }

    /// The curses attributes and pair for a style.
    func attributes(for style: Style) -> (attr_t, Int32) {
        var attrs = nc_a_normal()
        let a = style.attributes
        if a.contains(.bold) { attrs |= nc_a_bold() }
        if a.contains(.dim) { attrs |= nc_a_dim() }
        if a.contains(.underline) { attrs |= nc_a_underline() }
        if a.contains(.reverse) { attrs |= nc_a_reverse() }
        if a.contains(.italic) { attrs |= nc_a_italic() }
        if case .monochrome = mode { return (attrs, 0) }
        return (attrs, pair(foreground: color(style.foreground), background: color(style.background)))
    }

    private func pair(foreground: Int32, background: Int32) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        let key = (Int64(foreground) << 32) | Int64(UInt32(bitPattern: background))
        if let p = pairs[key] { return p }
        guard nextPair < nc_color_pairs() else { return 0 }
        let p = nextPair
        guard init_extended_pair(p, foreground, background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = p
        return p
    }

    /// The curses colour number for a theme colour; -1 is the terminal's default.
    private func color(_ c: TerminalColor) -> Int32 {
        switch mode {
        case .monochrome:
            return -1
        case .ansi(let count):
            return c.nearestANSI(count: count).map(Int32.init) ?? -1
        case .palette256:
            return c.nearest256.map(Int32.init) ?? -1
        case .direct:
            guard let (r, g, b) = c.rgbValue else { return -1 }
            return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        case .redefinable(let count):
            switch c {
            case .default: return -1
            case .ansi(let i): return Int32(i)
            case .rgb(let r, let g, let b):
                let key = UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
                if let slot = customColors[key] { return slot }
                guard nextCustom < Int32(count) else { return c.nearest256.map(Int32.init) ?? -1 }
                let slot = nextCustom
                let scale = { (v: UInt8) -> Int32 in Int32(v) * 1000 / 255 }
                guard init_extended_color(slot, scale(r), scale(g), scale(b)) != ERR else { return c.nearest256.map(Int32.init) ?? -1 }
                nextCustom += 1
                customColors[key] = slot
                return slot
            }
        }
    }
}
