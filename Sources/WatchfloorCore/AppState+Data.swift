import WatchfloorModel

extension AppState {
    /// Takes a page of rows if it is the one awaited, then loads more if the view still needs it.
    mutating func applyPage(_ response: PageResponse) -> [Effect] {
        let request = response.request
        let visible = layout.visibleRows(of: request.pane)
        var effects: [Effect] = []
        switch response.rows {
        case .timeline(let rows):
            guard timeline.pendingRequest == request.id else { return [] }
            timeline.pendingRequest = nil
            if request.tail {
                timeline.applyTail(rows: rows, offset: response.offset, visible: visible)
            } else {
                timeline.apply(rows: rows, offset: response.offset, limit: request.limit, visible: visible)
            }
            if timeline.windowStart == 0 {
                effects += updateAnchorDay(from: rows)
            }
            effects += loadAnchoredIfMissing()
        case .actors(let rows):
            guard actors.pendingRequest == request.id else { return [] }
            actors.pendingRequest = nil
            if request.tail {
                actors.applyTail(rows: rows, offset: response.offset, visible: visible)
            } else {
                actors.apply(rows: rows, offset: response.offset, limit: request.limit, visible: visible)
            }
        case .incidents(let rows):
            guard incidents.pendingRequest == request.id else { return [] }
            incidents.pendingRequest = nil
            if request.tail {
                incidents.applyTail(rows: rows, offset: response.offset, visible: visible)
                markVisited()
            } else {
                incidents.apply(rows: rows, offset: response.offset, limit: request.limit, visible: visible)
            }
        }
        if let search = searchWindowForLostSelection(of: request.pane) {
            effects.append(requestPage(request.pane, window: search))
        } else if let more = loadPane(request.pane, force: false) {
            effects.append(more)
        }
        return effects
    }

    /// The window to look in when a reload lost the selected row, if it did.
    private func searchWindowForLostSelection(of pane: Pane) -> (offset: Int, limit: Int)? {
        switch pane {
        case .timeline: timeline.lostID == nil ? nil : timeline.searchWindow()
        case .actors: actors.lostID == nil ? nil : actors.searchWindow()
        case .incidents: incidents.lostID == nil ? nil : incidents.searchWindow()
        }
    }

    /// Moves the sparkline and trend end to the newest day-precise entry not after today;
    /// when it moves, the histogram and the actors' trends are reloaded.
    private mutating func updateAnchorDay(from rows: [TimelineRow]) -> [Effect] {
        let todayValue = today
        let newest = rows.lazy
            .filter { $0.precision == .day }
            .compactMap { CalendarDay(iso: String($0.date.prefix(10))) }
            .filter { $0 <= todayValue }
            .max()
        let anchor = newest ?? todayValue
        guard anchor != anchorDay else { return [] }
        anchorDay = anchor
        var effects = [loadHistogram()]
        if let e = loadPane(.actors, force: true) { effects.append(e) }
        return effects
    }

    /// Fills the country picker with the store's countries and remembers their names.
    mutating func applyCountryFacets(_ facets: [CountryFacet]) -> [Effect] {
        for facet in facets { countryNames[facet.code] = facet.name }
        guard case .picker(var picker) = overlay, picker.kind == .country else { return [] }
        let currentKey = picker.current?.key
        picker.items = facets.map { facet in
            PickerItem(key: facet.code, label: facet.name, detail: "\(facet.incidents) inc · \(facet.articles) art")
        }
        for code in picker.chosen where !picker.items.contains(where: { $0.key == code }) {
            picker.items.append(PickerItem(key: code, label: countryNames[code] ?? code, detail: "not in store"))
        }
        picker.loading = false
        if let key = currentKey, let i = picker.visibleItems.firstIndex(where: { $0.key == key }) {
            picker.cursor = i
        }
        picker.move(by: 0, visible: PickerState.visibleRows(in: size))
        overlay = .picker(picker)
        return []
    }

    /// Records what the gazetteer made of the typed country query, if it is still the query.
    mutating func applyResolvedCountry(query: String, code: String?, name: String?) {
        guard case .picker(var picker) = overlay, picker.kind == .country, picker.query == query else { return }
        if let code {
            let label = name ?? countryNames[code] ?? code
            picker.resolved = PickerItem(key: code, label: label, detail: "not in store")
        } else {
            picker.resolved = nil
        }
        picker.move(by: 0, visible: PickerState.visibleRows(in: size))
        overlay = .picker(picker)
    }

    /// Shows a loaded article and asks for it to be measured at the current width.
    mutating func applyArticle(id: Int64, detail: ArticleDetail?) -> [Effect] {
        guard case .article(var view) = overlay, view.articleID == id else { return [] }
        view.detail = detail
        view.missing = detail == nil
        overlay = .article(view)
        guard let detail else { return [] }
        return [.measureArticle(detail, width: ArticleViewState.textWidth(in: size), highlight: view.highlight)]
    }

    /// Takes an article's line count; the first time, scrolls so the highlight is in the upper third.
    mutating func applyArticleMeasure(id: Int64, width: Int, lineCount: Int, highlightLine: Int?) {
        guard case .article(var view) = overlay, view.articleID == id,
              width == ArticleViewState.textWidth(in: size) else { return }
        view.lineCount = lineCount
        view.highlightLine = highlightLine
        view.measuredWidth = width
        let rows = ArticleViewState.textRows(in: size)
        if !view.positioned {
            view.scroll = max(0, (highlightLine ?? 0) - rows / 3)
            view.positioned = true
        }
        view.scroll(by: 0, rows: rows)
        overlay = .article(view)
    }

    /// Takes a page of ingest errors for the errors view.
    mutating func applyErrors(requestID: Int, offset: Int, limit: Int, records: [IngestErrorRecord]) -> [Effect] {
        guard case .errors(var view) = overlay, view.list.pendingRequest == requestID else { return [] }
        view.list.pendingRequest = nil
        view.list.apply(rows: records, offset: offset, limit: limit, visible: layout.fullScreenRows)
        overlay = .errors(view)
        return loadErrors(force: false).map { [$0] } ?? []
    }

    /// Takes what the ingest reported. Stored and removed files reach the panes through
    /// `.storeChanged`, which the run loop sends (throttled) after them.
    mutating func handleIngest(_ activity: IngestActivity) -> [Effect] {
        switch activity {
        case .progress(let done, let total):
            ingestProgress = done < total ? IngestProgress(done: done, total: total) : nil
        case .failed:
            stats.errors += 1
        case .warning(let text):
            show(Notice(text, isError: true))
        case .storeWriteFailed(let reason):
            // Stays in the status bar (a notice would go after six seconds) until a write succeeds.
            storeWriteProblem = reason
        case .stored, .removed:
            storeWriteProblem = nil
        case .unchanged:
            break
        }
        return []
    }

    /// Adapts scroll positions to a new size and loads what became visible.
    mutating func resize(to newSize: Size) -> [Effect] {
        let oldDays = histogramDays
        size = newSize
        let l = layout
        timeline.scrollToSelection(visible: l.visibleRows(of: .timeline))
        actors.scrollToSelection(visible: l.visibleRows(of: .actors))
        incidents.scrollToSelection(visible: l.visibleRows(of: .incidents))
        var effects = Pane.allCases.compactMap { loadPane($0, force: false) }
        if histogramDays != oldDays { effects.append(loadHistogram()) }
        switch overlay {
        case .article(var view):
            let width = ArticleViewState.textWidth(in: newSize)
            if let detail = view.detail, view.measuredWidth != width {
                effects.append(.measureArticle(detail, width: width, highlight: view.highlight))
            }
            view.scroll(by: 0, rows: ArticleViewState.textRows(in: newSize))
            overlay = .article(view)
        case .picker(var picker):
            picker.move(by: 0, visible: PickerState.visibleRows(in: newSize))
            overlay = .picker(picker)
        case .errors(var view):
            view.list.scrollToSelection(visible: l.fullScreenRows)
            overlay = .errors(view)
            if let e = loadErrors(force: false) { effects.append(e) }
        case .none, .help, .textFilter:
            break
        }
        return effects
    }

    /// Clears the new-marker of the incident under the cursor when the incidents pane has focus.
    mutating func markVisited() {
        guard focus == .incidents, let row = incidents.selectedRow, isNew(row) else { return }
        if visitedNew.count >= 5_000 {
            // Bounded for weeks of uptime: past this many, everything seen so far stops being new.
            visitedNew.removeAll()
            newSince = now
        }
        visitedNew.insert(row.id)
    }
}
