internal import CNCursesw
import Glibc
import WatchfloorCore
import WatchfloorUI

/// The ncursesw terminal backend: the only code that talks to curses. It draws the differences
/// between screen buffers, decodes keys and reports resizes; it never decides what to show.
public final class CursesTerminal {
    /// The terminal size at the last check.
    public private(set) var size: Size
    /// How theme colours are shown.
    public let colorMode: ColorMode
    /// The descriptor keys arrive on (poll it for readability, then call `readInput`).
    public let inputDescriptor: Int32 = 0

    private let screen: OpaquePointer
    private let palette: ColorPalette
    private var previous: ScreenBuffer?
    private var stopped = false

    /// Takes over the terminal: UTF-8 locale, raw keys, no echo, hidden cursor, colours if wanted.
    /// - Parameter noColor: Draw without colour even if the terminal has it (`NO_COLOR`).
    /// - Throws: `TerminalError` when standard input/output is not a terminal or TERM is unusable.
    public init(noColor: Bool) throws {
        CursesTerminal.enableUTF8Locale()
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty, let output = fdopen(1, "w"), let input = fdopen(0, "r") else {
            throw TerminalError.unknownTerminal(term)
        }
        SignalTrap.saveTerminal(descriptor: 1)
        // newterm (not initscr) so that an unknown TERM is an error we report, not an exit.
        guard let screen = newterm(term, output, input) else { throw TerminalError.unknownTerminal(term) }
        set_term(screen)
        guard wf_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            throw TerminalError.notFullScreen(term)
        }
        self.screen = screen
        raw()
        noecho()
        nonl()
        keypad(nc_stdscr(), true)
        nodelay(nc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        leaveok(nc_stdscr(), true)
        var mode = ColorMode.monochrome
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            let colors = Int(nc_colors())
            if colors >= 0x1000000 {
                mode = .direct
            } else if colors >= 256 && can_change_color() {
                mode = .redefinable(colors)
            } else if colors >= 256 {
                mode = .palette256
            } else if colors >= 8 {
                mode = .ansi(colors >= 16 ? 16 : 8)
            }
        }
        colorMode = mode
        palette = ColorPalette(mode: mode)
        size = Size(width: Int(nc_cols()), height: Int(nc_lines()))
    }

    deinit { stop() }

    /// Sets the locale from the environment, falling back to C.UTF-8 when it is not UTF-8:
    /// without it curses draws boxes as `lqqk` and wide characters as `~W`.
    public static func enableUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// Gives the terminal back (endwin). Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        delscreen(screen)
    }

    /// Makes the next `draw` repaint every cell (after a theme change or a resize).
    public func invalidate() {
        previous = nil
        palette.reset()
    }

    /// Draws a frame, sending only the cells that differ from the previous frame.
    public func draw(_ buffer: ScreenBuffer) {
        guard !stopped else { return }
        let window = nc_stdscr()
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { werase(window) }
        var chars: [wchar_t] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                chars.removeAll(keepingCapacity: true)
                for s in cell.text.unicodeScalars.prefix(5) { chars.append(wchar_t(bitPattern: s.value)) }
                let safe = CursesTerminal.agreeingWidth(chars, width: cell.width)
                let (attrs, pair) = palette.attributes(for: cell.style)
                _ = safe.withUnsafeBufferPointer { p in
                    wf_put_cell(window, Int32(y), Int32(x), p.baseAddress, Int32(p.count), attrs, pair)
                }
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Reads every pending key and resize without waiting.
    public func readInput() -> [TerminalInput] {
        guard !stopped else { return [] }
        var out: [TerminalInput] = []
        var value: wint_t = 0
        while true {
            let result = wget_wch(nc_stdscr(), &value)
            if result == ERR { break }
            if result == nc_key_code_yes() {
                if let key = KeyDecoder.functionKey(Int32(bitPattern: value)) {
                    out.append(.key(key))
                } else {
                    size = Size(width: Int(nc_cols()), height: Int(nc_lines()))
                    previous = nil
                    out.append(.resized(size))
                }
            } else {
                out.append(.key(KeyDecoder.character(value)))
            }
            if out.count > 4_096 { break }
        }
        return out
    }

    /// The cell's characters, or a replacement of the same width when the C library measures the
    /// glyph differently from `CellWidth` (a disagreement would shift the rest of the row).
    static func agreeingWidth(_ chars: [wchar_t], width: Int) -> [wchar_t] {
        guard let first = chars.first, first >= 0x7F else { return chars }
        let libc = Int(wcwidth(first))
        if libc == width { return chars }
        return width == 2 ? [0xFFFD, 0x20].map { wchar_t($0) } : [wchar_t(0xFFFD)]
    }
}
