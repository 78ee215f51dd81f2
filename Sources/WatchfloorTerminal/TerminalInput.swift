import WatchfloorCore

/// What the terminal reported: a key, or a new size.
public enum TerminalInput: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal was resized.
    case resized(Size)
}
