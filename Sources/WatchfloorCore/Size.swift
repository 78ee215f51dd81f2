/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative values become zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The smallest size at which the monitor draws its panes (smaller gets a one-line notice).
    public static let minimum = Size(width: 60, height: 15)

    /// Whether this size is at least `Size.minimum` in both directions.
    public var isUsable: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}
