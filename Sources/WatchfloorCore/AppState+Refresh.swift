import WatchfloorModel

extension AppState {
    /// The loads `.started` asks for, in the order they should run: the change token, then the cheap
    /// reads that make the first complete frame (the timeline's and incidents' first windows, the
    /// counts), then the country list, which aggregates the store and runs on the slow queue. The
    /// sparkline and the actor counts end on the newest timeline day, so they are asked for when the
    /// timeline's first window has said which day that is (`loadAnchoredIfMissing`): asked for now,
    /// they would be read twice, and the actor counts are the slowest read of all.
    mutating func startupLoads() -> [Effect] {
        var effects: [Effect] = [.checkChangeToken]
        effects += [Pane.timeline, .incidents].compactMap { loadPane($0, force: true) }
        effects.append(.loadStats)
        effects.append(.loadCountryFacets)
        return effects
    }

    /// The sparkline and the actor counts, if neither loaded nor on their way (after the timeline's
    /// first window set the day they end on).
    mutating func loadAnchoredIfMissing() -> [Effect] {
        var effects: [Effect] = []
        if histogram == nil && histogramRequest == nil { effects.append(loadHistogram()) }
        if !actors.loaded && actors.pendingRequest == nil, let actorsLoad = loadPane(.actors, force: true) {
            effects.append(actorsLoad)
        }
        return effects
    }

    /// The store changed: the counts and the visible windows of the timeline and incidents now (or
    /// when a full-screen view stops hiding them), the slow loads when the timer says so.
    mutating func refreshAfterStoreChange() -> [Effect] {
        var effects: [Effect] = [.loadStats]
        if case .errors = overlay, let errorsLoad = loadErrors(force: true) { effects.append(errorsLoad) }
        if overlay.hidesPanes {
            refresh.panesStale = true
        } else {
            effects += [Pane.timeline, .incidents].compactMap { loadPane($0, force: true, refreshing: true) }
        }
        refresh.slowStale = true
        if !refresh.timerArmed {
            refresh.timerArmed = true
            effects.append(.refreshLater(seconds: RefreshState.slowInterval))
        }
        return effects
    }

    /// The timer went off: reload the actors, the sparkline and (if the picker shows them) the
    /// countries, unless the last actors load is still running, in which case wait another interval:
    /// on a store where counting takes longer than the interval the loads never pile up.
    mutating func refreshSlowLoads() -> [Effect] {
        refresh.timerArmed = false
        guard refresh.slowStale, !overlay.hidesPanes else { return [] }
        if actors.pendingRequest != nil {
            refresh.timerArmed = true
            return [.refreshLater(seconds: RefreshState.slowInterval)]
        }
        refresh.slowStale = false
        var effects: [Effect] = [loadHistogram()]
        if let actorsLoad = loadPane(.actors, force: true, refreshing: true) { effects.append(actorsLoad) }
        if case .picker(let picker) = overlay, picker.kind == .country { effects.append(.loadCountryFacets) }
        return effects
    }

    /// Catches up once the panes show again after a full-screen view: what changed meanwhile is reloaded.
    mutating func reloadPanesIfShown() -> [Effect] {
        guard !overlay.hidesPanes else { return [] }
        var effects: [Effect] = []
        if refresh.panesStale {
            refresh.panesStale = false
            effects += [Pane.timeline, .incidents].compactMap { loadPane($0, force: true, refreshing: true) }
        }
        if refresh.slowStale && !refresh.timerArmed { effects += refreshSlowLoads() }
        return effects
    }
}
