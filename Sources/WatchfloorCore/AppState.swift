import WatchfloorModel

/// The monitor's whole state: one value, changed only by `update`.
public struct AppState: Hashable, Sendable {
    /// The terminal size.
    public var size: Size
    /// The focused pane.
    public var focus: Pane = .timeline
    /// The timeline pane.
    public var timeline = ListState<TimelineRow>()
    /// The actors pane.
    public var actors = ListState<ActorRow>()
    /// The incidents pane.
    public var incidents = ListState<IncidentRow>()
    /// The actors pane's order (`s`).
    public var actorSort: ActorSort = .mentions
    /// The filters, applied to every pane at once.
    public var filter: QueryFilter
    /// The sparkline counts.
    public var histogram: Histogram?
    /// The id of the histogram load awaited.
    public var histogramRequest: Int?
    /// Status-bar counts.
    public var stats = StoreStats()
    /// Whether the counts have been read once (until then the status bar says it is loading).
    public var statsLoaded = false
    /// Why the background ingest cannot write to the store (a full disk...), until a write succeeds again.
    public var storeWriteProblem: String?
    /// Reloads that store changes have left to do.
    public var refresh = RefreshState()
    /// Backlog progress while a scan runs.
    public var ingestProgress: IngestProgress?
    /// What covers the panes.
    public var overlay: Overlay = .none
    /// The watched directory, for the status bar (nil when only the store is shown).
    public var watchedDirectory: String?
    /// A one-line message shown until the next key.
    public var notice: Notice?
    /// Messages waiting to be shown after the current notice (theme problems at startup, warnings).
    public var pendingNotices: [Notice] = []
    /// The clock, seconds since 1970.
    public var now: Double
    /// The local time zone's offset from UTC in seconds, for the times shown.
    public var utcOffset: Int
    /// The names of the themes `T` cycles through.
    public var themeNames: [String]
    /// The theme in use.
    public var themeIndex = 0
    /// Incidents ingested after this moment (seconds since 1970) are marked new...
    public var newSince: Double
    /// ...until the cursor has been on them.
    public var visitedNew: Set<Int64> = []
    /// Country names by code, learned from the store's facets (for the filter shown in the status bar).
    public var countryNames: [String: String] = [:]
    /// The day the sparkline and trends end on: the newest timeline day not after today.
    public var anchorDay: CalendarDay
    /// The last change token read from the store.
    public var changeToken: Int64?
    /// Whether quitting was requested.
    public var quitting = false
    /// The next request id.
    public var nextRequestID = 1

    /// Days of mentions in an actor's trend sparkline.
    public static let trendDays = 14

    /// Creates the initial state.
    /// - Parameters:
    ///   - size: The terminal size.
    ///   - now: The clock, seconds since 1970.
    ///   - utcOffset: The local zone's offset from UTC in seconds.
    ///   - filter: Filters to start with (`--country`).
    ///   - watchedDirectory: The directory being ingested, if any.
    ///   - themeNames: The themes `T` cycles through; the first is in use.
    public init(
        size: Size = Size(width: 80, height: 24), now: Double = 0, utcOffset: Int = 0,
        filter: QueryFilter = QueryFilter(), watchedDirectory: String? = nil, themeNames: [String] = ["default"]
    ) {
        self.size = size
        self.now = now
        self.utcOffset = utcOffset
        self.filter = filter
        self.watchedDirectory = watchedDirectory
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.newSince = now
        self.anchorDay = CalendarDay(daysSinceEpoch: Int((now + Double(utcOffset)) / 86_400))
    }

    /// The layout of the main screen at the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size) }

    /// Today in the local zone.
    public var today: CalendarDay { CalendarDay(daysSinceEpoch: Int(((now + Double(utcOffset)) / 86_400).rounded(.down))) }

    /// The name of the theme in use.
    public var themeName: String { themeNames.indices.contains(themeIndex) ? themeNames[themeIndex] : "default" }

    /// Whether the first complete frame can be drawn: the timeline, the incidents and the counts have
    /// arrived (the actors and the country list may still be loading; they show a placeholder).
    public var startupLoaded: Bool { timeline.loaded && incidents.loaded && statsLoaded }

    /// Whether an incident row is marked as new.
    public func isNew(_ row: IncidentRow) -> Bool {
        row.ingestedAt > newSince && !visitedNew.contains(row.id)
    }

    /// Days the sparkline covers: one per cell of the timeline's width.
    public var histogramDays: Int { max(1, min(366, layout.list(of: .timeline).width)) }
}
