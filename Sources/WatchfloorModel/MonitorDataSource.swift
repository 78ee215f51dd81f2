/// The read-only questions the monitor asks of the store. Every list is paged:
/// callers pass a limit and an offset and never load the whole store.
///
/// The store implements it; tests can implement it in memory.
public protocol MonitorDataSource: Sendable {
    /// Timeline entries matching the filter, newest date first.
    func timeline(filter: QueryFilter, limit: Int, offset: Int) throws -> [TimelineRow]
    /// Entries per day for the last `days` days up to and including `endingAt`, oldest first.
    func timelineHistogram(filter: QueryFilter, days: Int, endingAt: CalendarDay) throws -> [Int]
    /// Incidents matching the filter, newest date first, then newest ingest first.
    func incidents(filter: QueryFilter, limit: Int, offset: Int) throws -> [IncidentRow]
    /// Actors in the articles matching the filter, with `trendDays` of daily mention counts ending at `endingAt`.
    func actors(filter: QueryFilter, sort: ActorSort, limit: Int, offset: Int, trendDays: Int, endingAt: CalendarDay) throws -> [ActorRow]
    /// Countries present in the store, most incidents first.
    func countryFacets() throws -> [CountryFacet]
    /// Counts for the status bar.
    func stats() throws -> StoreStats
    /// One article, or nil if it is gone.
    func article(id: Int64) throws -> ArticleDetail?
    /// Ingest errors, newest first.
    func ingestErrors(limit: Int, offset: Int) throws -> [IngestErrorRecord]
    /// A number that changes whenever any process commits to the store (for cheap change polling).
    func changeToken() throws -> Int64
    /// How many articles a text filter stopped at, when more match than a search reads; nil when it
    /// reads them all.
    func textSearchCap(for text: String) throws -> Int?
}
