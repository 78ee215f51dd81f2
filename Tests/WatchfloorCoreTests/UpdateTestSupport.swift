import WatchfloorCore
import WatchfloorModel

extension AppState {
    /// Answers every page load in `effects` with the rows the closure gives for (pane, offset, limit).
    mutating func answer(_ effects: [Effect], rows: (Pane, Int, Int) -> PageRows?) -> [Effect] {
        var next: [Effect] = []
        for effect in effects {
            guard case .loadPage(let request) = effect, let page = rows(request.pane, request.offset, request.limit) else { continue }
            next += update(&self, .pageLoaded(PageResponse(request: request, offset: request.offset, rows: page)))
        }
        return next
    }
}

/// The page requests among effects.
func pageRequests(_ effects: [Effect]) -> [PageRequest] {
    effects.compactMap { if case .loadPage(let r) = $0 { r } else { nil } }
}

/// A timeline of `count` rows, newest first, answering any window.
func timelineRows(count: Int, idBase: Int64 = 0) -> (Pane, Int, Int) -> PageRows? {
    { pane, offset, limit in
        guard pane == .timeline else { return pane == .incidents ? .incidents([]) : .actors([]) }
        let end = min(count, offset + limit)
        guard offset < end else { return .timeline([]) }
        return .timeline((offset..<end).map { Rows.timeline(idBase + Int64($0)) })
    }
}
