import WatchfloorModel

/// Runs the effects that read data and turns their results into messages. It holds no state and
/// does no I/O of its own: the data source, the country resolver and the text measurer are given
/// to it, so the run loop can call it on a background thread and tests can call it in line.
public struct EffectPerformer: Sendable {
    /// Resolves what a user typed to a country code and name.
    public typealias CountryResolver = @Sendable (String) -> (code: String?, name: String?)
    /// Wraps an article at a width: its line count and the line the highlight starts on.
    public typealias ArticleMeasurer = @Sendable (ArticleDetail, Int, Span?) -> (lineCount: Int, highlightLine: Int?)

    private let source: any MonitorDataSource
    private let resolveCountry: CountryResolver
    private let measureArticle: ArticleMeasurer

    /// Creates a performer.
    public init(source: any MonitorDataSource, resolveCountry: @escaping CountryResolver, measureArticle: @escaping ArticleMeasurer) {
        self.source = source
        self.resolveCountry = resolveCountry
        self.measureArticle = measureArticle
    }

    /// Performs one effect; nil for `.quit` and `.refreshLater`, which only the run loop can do.
    public func perform(_ effect: Effect) -> Message? {
        do {
            switch effect {
            case .loadPage(let request):
                return .pageLoaded(try page(request))
            case .loadHistogram(let id, let filter, let days, let endingAt):
                let counts = try source.timelineHistogram(filter: filter, days: days, endingAt: endingAt)
                let cap = try filter.text.flatMap { text in try source.textSearchCap(for: text).map { TextSearchCap(text: text, articles: $0) } }
                return .histogramLoaded(requestID: id, Histogram(counts: counts, endingAt: endingAt, textCap: cap))
            case .loadStats:
                return .statsLoaded(try source.stats())
            case .loadCountryFacets:
                return .countryFacetsLoaded(try source.countryFacets())
            case .resolveCountry(let query):
                let (code, name) = resolveCountry(query)
                return .countryResolved(query: query, code: code, name: name)
            case .openArticle(let id):
                return .articleLoaded(id: id, try source.article(id: id))
            case .measureArticle(let detail, let width, let highlight):
                let (lines, line) = measureArticle(detail, width, highlight)
                return .articleMeasured(id: detail.id, width: width, lineCount: lines, highlightLine: line)
            case .loadErrors(let id, let offset, let limit):
                return .errorsLoaded(requestID: id, offset: offset, limit: limit, try source.ingestErrors(limit: limit, offset: offset))
            case .checkChangeToken:
                return .changeTokenRead(try source.changeToken())
            case .quit, .refreshLater:
                return nil
            }
        } catch {
            return .loadFailed(String(describing: error))
        }
    }

    /// Loads a window, or for a tail request finds where the result ends and loads its last page.
    private func page(_ request: PageRequest) throws -> PageResponse {
        guard request.tail else {
            return PageResponse(request: request, offset: request.offset, rows: try rows(request, offset: request.offset, limit: request.limit))
        }
        let count = try resultCount(request)
        let start = max(0, count - request.limit)
        return PageResponse(request: request, offset: start, rows: try rows(request, offset: start, limit: request.limit))
    }

    /// The number of rows in the result, found by doubling probes then bisection, one row per query,
    /// so the end of a large result is found without loading it.
    private func resultCount(_ request: PageRequest) throws -> Int {
        func exists(_ index: Int) throws -> Bool { try rows(request, offset: index, limit: 1).count > 0 }
        guard try exists(0) else { return 0 }
        var low = 0  // known to exist
        var step = 256
        var high = step  // first probe past `low`
        while try exists(high) {
            low = high
            step *= 2
            high = low + step
        }
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if try exists(mid) { low = mid } else { high = mid }
        }
        return low + 1
    }

    private func rows(_ r: PageRequest, offset: Int, limit: Int) throws -> PageRows {
        switch r.pane {
        case .timeline:
            return .timeline(try source.timeline(filter: r.filter, limit: limit, offset: offset))
        case .actors:
            return .actors(try source.actors(
                filter: r.filter, sort: r.sort, limit: limit, offset: offset, trendDays: r.trendDays, endingAt: r.endingAt
            ))
        case .incidents:
            return .incidents(try source.incidents(filter: r.filter, limit: limit, offset: offset))
        }
    }
}
