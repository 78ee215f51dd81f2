/// The answer to a `PageRequest`.
public struct PageResponse: Hashable, Sendable {
    /// The request answered.
    public var request: PageRequest
    /// Absolute position of the first row (for a tail request, where the last page starts).
    public var offset: Int
    /// The rows.
    public var rows: PageRows

    /// Creates a response.
    public init(request: PageRequest, offset: Int, rows: PageRows) {
        self.request = request
        self.offset = offset
        self.rows = rows
    }
}
