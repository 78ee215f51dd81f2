import WatchfloorModel

/// The monitor's only state transition: applies one message and returns the work to do next.
///
/// Pure: no I/O, no clock, no randomness. Everything it needs arrives in `message`, and
/// everything it wants done leaves as `Effect`s whose results come back as messages.
/// - Parameters:
///   - state: The state to change.
///   - message: What happened.
/// - Returns: The effects to run, in order.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    let effects = apply(&state, message)
    // Whatever closed a full-screen view, the panes it hid catch up with the store now.
    return effects + state.reloadPanesIfShown()
}

/// `update` for one message, before the catch-up of hidden panes.
private func apply(_ state: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .started:
        // The token first: effects run in order, so every load that follows sees at least this
        // version of the store, and any later commit shows up as a different token.
        return state.startupLoads()
    case .key(let key):
        return state.handleKey(key)
    case .resized(let size):
        return state.resize(to: size)
    case .tick(let now):
        state.now = now
        return []
    case .storeChanged:
        return state.refreshAfterStoreChange()
    case .refreshDue:
        return state.refreshSlowLoads()
    case .ingest(let activity):
        return state.handleIngest(activity)
    case .pageLoaded(let response):
        return state.applyPage(response)
    case .histogramLoaded(let id, let histogram):
        guard state.histogramRequest == id else { return [] }
        state.histogramRequest = nil
        state.histogram = histogram
        return []
    case .statsLoaded(let stats):
        state.stats = stats
        state.statsLoaded = true
        return []
    case .countryFacetsLoaded(let facets):
        return state.applyCountryFacets(facets)
    case .countryResolved(let query, let code, let name):
        state.applyResolvedCountry(query: query, code: code, name: name)
        return []
    case .articleLoaded(let id, let detail):
        return state.applyArticle(id: id, detail: detail)
    case .articleMeasured(let id, let width, let lineCount, let highlightLine):
        state.applyArticleMeasure(id: id, width: width, lineCount: lineCount, highlightLine: highlightLine)
        return []
    case .errorsLoaded(let id, let offset, let limit, let records):
        return state.applyErrors(requestID: id, offset: offset, limit: limit, records: records)
    case .changeTokenRead(let token):
        defer { state.changeToken = token }
        guard let old = state.changeToken, old != token else { return [] }
        return state.refreshAfterStoreChange()
    case .loadFailed(let text):
        state.timeline.pendingRequest = nil
        state.actors.pendingRequest = nil
        state.incidents.pendingRequest = nil
        state.histogramRequest = nil
        state.show(Notice("store: " + text, isError: true))
        return []
    case .notify(let notice):
        state.show(notice)
        return []
    case .noticeExpired(let notice):
        if state.notice == notice {
            state.notice = state.pendingNotices.isEmpty ? nil : state.pendingNotices.removeFirst()
        }
        return []
    case .terminate:
        state.quitting = true
        return [.quit]
    }
}
