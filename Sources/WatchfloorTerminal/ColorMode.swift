/// How many colours the terminal can show, which decides how theme colours are mapped.
public enum ColorMode: Hashable, Sendable {
    /// No colour (NO_COLOR, TERM=dumb-like terminals): attributes only.
    case monochrome
    /// 8 or 16 ANSI colours.
    case ansi(Int)
    /// The xterm 256-colour palette.
    case palette256
    /// 256 or more colours whose palette can be redefined: exact colours through `init_extended_color`.
    case redefinable(Int)
    /// Direct colour (`COLORS` is 2^24): a colour number is its RGB value.
    case direct

    /// A readable name for logs and notices.
    public var name: String {
        switch self {
        case .monochrome: "monochrome"
        case .ansi(let n): "\(n) colours"
        case .palette256: "256 colours"
        case .redefinable: "truecolor (redefined palette)"
        case .direct: "truecolor"
        }
    }
}
