/// An in-memory grid of cells that panes draw into; the terminal backend draws its changes.
public struct ScreenBuffer: Sendable, Equatable {
    /// Width in cells.
    public let width: Int
    /// Height in cells.
    public let height: Int

    /// Creates a blank buffer.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}
