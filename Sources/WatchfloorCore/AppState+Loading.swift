import WatchfloorModel

extension AppState {
    /// Takes a fresh request id.
    mutating func takeRequestID() -> Int {
        defer { nextRequestID += 1 }
        return nextRequestID
    }

    /// Reloads every pane's window, the histogram and the counts (the data or the filter changed).
    mutating func reloadAll(resetPositions: Bool) -> [Effect] {
        if resetPositions {
            timeline.resetPosition()
            actors.resetPosition()
            incidents.resetPosition()
        }
        var effects: [Effect] = Pane.allCases.compactMap { loadPane($0, force: true) }
        effects.append(loadHistogram())
        effects.append(.loadStats)
        if case .picker(let picker) = overlay, picker.kind == .country { effects.append(.loadCountryFacets) }
        if case .errors = overlay, let e = loadErrors(force: true) { effects.append(e) }
        return effects
    }

    /// A load for a pane: always when `force`, else only if the visible rows are not covered
    /// and no load is already on its way. `refreshing` (a forced reload after a store change) asks
    /// only for the visible rows and a margin, not a whole page.
    mutating func loadPane(_ pane: Pane, force: Bool, tail: Bool = false, refreshing: Bool = false) -> Effect? {
        let visible = layout.visibleRows(of: pane)
        let window: (offset: Int, limit: Int)
        if tail {
            window = (0, max(ListState<TimelineRow>.pageSize, visible + 50))
        } else if refreshing {
            window = refreshWindow(of: pane, visible: visible)
        } else if force {
            window = reloadWindow(of: pane, visible: visible)
        } else {
            guard pendingRequest(of: pane) == nil, let needed = windowNeeded(of: pane, visible: visible) else { return nil }
            window = needed
        }
        return requestPage(pane, window: window, tail: tail)
    }

    /// A load of exactly `window`, awaited from now on (answers to earlier loads of the pane are dropped).
    mutating func requestPage(_ pane: Pane, window: (offset: Int, limit: Int), tail: Bool = false) -> Effect {
        let id = takeRequestID()
        setPendingRequest(id, of: pane)
        return .loadPage(PageRequest(
            id: id, pane: pane, filter: filter, offset: window.offset, limit: window.limit, tail: tail,
            sort: actorSort, trendDays: AppState.trendDays, endingAt: anchorDay
        ))
    }

    /// A load of the sparkline counts.
    mutating func loadHistogram() -> Effect {
        let id = takeRequestID()
        histogramRequest = id
        return .loadHistogram(requestID: id, filter: filter, days: histogramDays, endingAt: anchorDay)
    }

    /// A load of the errors view's window, if it is open and needs one.
    mutating func loadErrors(force: Bool) -> Effect? {
        guard case .errors(var view) = overlay else { return nil }
        let visible = layout.fullScreenRows
        let window: (offset: Int, limit: Int)
        if force {
            window = view.list.reloadWindow(visible: visible)
        } else {
            guard view.list.pendingRequest == nil, let needed = view.list.windowNeeded(visible: visible) else { return nil }
            window = needed
        }
        let id = takeRequestID()
        view.list.pendingRequest = id
        overlay = .errors(view)
        return .loadErrors(requestID: id, offset: window.offset, limit: window.limit)
    }

    /// Replaces the filter and reloads everything from the top if it changed.
    mutating func setFilter(_ newFilter: QueryFilter) -> [Effect] {
        guard newFilter != filter else { return [] }
        filter = newFilter
        return reloadAll(resetPositions: true)
    }

    /// Shows a notice now, or after the current one.
    mutating func show(_ newNotice: Notice) {
        if notice == nil { notice = newNotice } else if pendingNotices.count < 20 { pendingNotices.append(newNotice) }
    }

    private func pendingRequest(of pane: Pane) -> Int? {
        switch pane {
        case .timeline: timeline.pendingRequest
        case .actors: actors.pendingRequest
        case .incidents: incidents.pendingRequest
        }
    }

    private mutating func setPendingRequest(_ id: Int, of pane: Pane) {
        switch pane {
        case .timeline: timeline.pendingRequest = id
        case .actors: actors.pendingRequest = id
        case .incidents: incidents.pendingRequest = id
        }
    }

    private func windowNeeded(of pane: Pane, visible: Int) -> (offset: Int, limit: Int)? {
        switch pane {
        case .timeline: timeline.windowNeeded(visible: visible)
        case .actors: actors.windowNeeded(visible: visible)
        case .incidents: incidents.windowNeeded(visible: visible)
        }
    }

    private func refreshWindow(of pane: Pane, visible: Int) -> (offset: Int, limit: Int) {
        switch pane {
        case .timeline: timeline.refreshWindow(visible: visible)
        case .actors: actors.refreshWindow(visible: visible)
        case .incidents: incidents.refreshWindow(visible: visible)
        }
    }

    private func reloadWindow(of pane: Pane, visible: Int) -> (offset: Int, limit: Int) {
        switch pane {
        case .timeline: timeline.reloadWindow(visible: visible)
        case .actors: actors.reloadWindow(visible: visible)
        case .incidents: incidents.reloadWindow(visible: visible)
        }
    }
}
