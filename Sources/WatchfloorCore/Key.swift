/// A key press, decoded by the terminal backend into something `update` can match on.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, any script).
    case character(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Escape, alone.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace (or Delete-left, as terminals send it).
    case backspace
    /// A control chord other than the ones above, by its letter (`control("c")` is Ctrl-C).
    case control(Character)
    /// Anything the backend could not name (function keys, mouse...): ignored.
    case unknown
}
