import WatchfloorModel

/// Everything that can happen to the monitor: keys, resizes, data arriving, ingest news, clock ticks.
public enum Message: Hashable, Sendable {
    /// The monitor started: load everything.
    case started
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size.
    case resized(Size)
    /// The clock moved (at most once a minute), seconds since 1970.
    case tick(now: Double)
    /// The store committed new data (in this process or another).
    case storeChanged
    /// The background ingest reported something.
    case ingest(IngestActivity)
    /// A page of rows arrived.
    case pageLoaded(PageResponse)
    /// Sparkline counts arrived.
    case histogramLoaded(requestID: Int, Histogram)
    /// Status-bar counts arrived.
    case statsLoaded(StoreStats)
    /// The countries in the store arrived.
    case countryFacetsLoaded([CountryFacet])
    /// A typed country query resolved to a code and name (or to nothing).
    case countryResolved(query: String, code: String?, name: String?)
    /// An article arrived (nil if it is gone).
    case articleLoaded(id: Int64, ArticleDetail?)
    /// An article was wrapped at `width`.
    case articleMeasured(id: Int64, width: Int, lineCount: Int, highlightLine: Int?)
    /// A page of ingest errors arrived.
    case errorsLoaded(requestID: Int, offset: Int, limit: Int, [IngestErrorRecord])
    /// The store's change token was read.
    case changeTokenRead(Int64)
    /// The delay asked for by `.refreshLater` is over: reload what store changes left stale.
    case refreshDue
    /// A store query failed.
    case loadFailed(String)
    /// Something to tell the user once (a bad theme key, a watcher warning).
    case notify(Notice)
    /// A notice has been shown long enough (the run loop times it); the next one, if any, replaces it.
    case noticeExpired(Notice)
    /// A signal (SIGTERM, SIGHUP) asked the monitor to stop.
    case terminate
}
