internal import CNCursesw

/// The ncursesw terminal backend: the only code that talks to curses.
public final class CursesTerminal {
    /// Creates a backend; the terminal is not touched until it starts.
    public init() {}
}
