import WatchfloorModel

/// Work `update` asks the run loop to do; results come back as `Message`s.
public enum Effect: Hashable, Sendable {
    /// Load a window of a pane's rows; answered by `.pageLoaded`.
    case loadPage(PageRequest)
    /// Load the sparkline counts; answered by `.histogramLoaded`.
    case loadHistogram(requestID: Int, filter: QueryFilter, days: Int, endingAt: CalendarDay)
    /// Load the status-bar counts; answered by `.statsLoaded`.
    case loadStats
    /// Load the countries in the store for the picker; answered by `.countryFacetsLoaded`.
    case loadCountryFacets
    /// Resolve what was typed in the country picker (name, demonym, code); answered by `.countryResolved`.
    case resolveCountry(query: String)
    /// Load an article; answered by `.articleLoaded`.
    case openArticle(id: Int64)
    /// Wrap an article at a width to learn its line count; answered by `.articleMeasured`.
    case measureArticle(ArticleDetail, width: Int, highlight: Span?)
    /// Load a page of ingest errors; answered by `.errorsLoaded`.
    case loadErrors(requestID: Int, offset: Int, limit: Int)
    /// Read the store's change token (after the store's files changed on disk); answered by `.changeTokenRead`.
    case checkChangeToken
    /// Send `.refreshDue` after `seconds`: the slow loads (actor counts, sparkline, countries) a store change
    /// made stale are batched to at most one refresh per interval. Only the run loop keeps time, so the
    /// performer answers nothing.
    case refreshLater(seconds: Double)
    /// Leave: restore the terminal and exit.
    case quit
}
