/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// curses could not open the terminal type named by TERM.
    case unknownTerminal(String?)
    /// The terminal cannot move the cursor (TERM=dumb), so no full-screen display is possible.
    case notFullScreen(String)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .notATerminal:
            return "the monitor needs a terminal: run it in a terminal window, not with input or output redirected"
        case .unknownTerminal(let term):
            guard let term, !term.isEmpty else { return "TERM is not set: set it to your terminal type (e.g. TERM=xterm-256color)" }
            return "unknown terminal type TERM=\(term): set TERM to one your system knows (e.g. xterm-256color)"
        case .notFullScreen(let term):
            return "TERM=\(term) cannot move the cursor, and the monitor needs a full-screen terminal (e.g. TERM=xterm-256color)"
        }
    }
}
