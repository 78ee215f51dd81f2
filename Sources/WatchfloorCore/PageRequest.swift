import WatchfloorModel

/// A request for one window of a pane's rows.
public struct PageRequest: Hashable, Sendable {
    /// Identifies the request; answers to older requests are dropped.
    public var id: Int
    /// Which pane.
    public var pane: Pane
    /// The filters.
    public var filter: QueryFilter
    /// First absolute position; ignored for a tail request.
    public var offset: Int
    /// Rows wanted.
    public var limit: Int
    /// Whether to load the last page of the result instead (for End / G).
    public var tail: Bool
    /// The actors pane's order.
    public var sort: ActorSort
    /// Days of actor trend.
    public var trendDays: Int
    /// The last day of the actor trend.
    public var endingAt: CalendarDay

    /// Creates a request.
    public init(
        id: Int, pane: Pane, filter: QueryFilter, offset: Int, limit: Int, tail: Bool = false,
        sort: ActorSort = .mentions, trendDays: Int, endingAt: CalendarDay
    ) {
        self.id = id
        self.pane = pane
        self.filter = filter
        self.offset = offset
        self.limit = limit
        self.tail = tail
        self.sort = sort
        self.trendDays = trendDays
        self.endingAt = endingAt
    }
}
