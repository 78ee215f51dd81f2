/// Where each part of the main screen goes for a terminal size. `update` uses it to know how many
/// rows a pane shows (for paging and scrolling) and the renderer draws into the same rectangles,
/// so the two always agree.
public struct ScreenLayout: Hashable, Sendable {
    /// The whole screen.
    public let screen: Rect
    /// The timeline pane's frame.
    public let timeline: Rect
    /// The actors pane's frame.
    public let actors: Rect
    /// The incidents pane's frame.
    public let incidents: Rect
    /// A details pane for the selected row, only when the terminal is large (about 160x45 and up).
    public let details: Rect?
    /// The status bar (the last row).
    public let status: Rect

    /// Lays out a screen of `size`.
    public init(size: Size) {
        let w = size.width
        let h = size.height
        screen = Rect(x: 0, y: 0, width: w, height: h)
        status = Rect(x: 0, y: max(0, h - 1), width: w, height: h > 0 ? 1 : 0)
        let body = max(0, h - 1)
        let topHeight = max(min(body, 6), body * 55 / 100)
        let timelineWidth = w * 58 / 100
        timeline = Rect(x: 0, y: 0, width: timelineWidth, height: topHeight)
        actors = Rect(x: timelineWidth, y: 0, width: w - timelineWidth, height: topHeight)
        let bottomHeight = body - topHeight
        if w >= 160 && h >= 45 {
            let incidentsWidth = w * 2 / 3
            incidents = Rect(x: 0, y: topHeight, width: incidentsWidth, height: bottomHeight)
            details = Rect(x: incidentsWidth, y: topHeight, width: w - incidentsWidth, height: bottomHeight)
        } else {
            incidents = Rect(x: 0, y: topHeight, width: w, height: bottomHeight)
            details = nil
        }
    }

    /// The frame of a pane.
    public func frame(of pane: Pane) -> Rect {
        switch pane {
        case .timeline: timeline
        case .actors: actors
        case .incidents: incidents
        }
    }

    /// Whether a pane shows a column-header row (only when there is room for it).
    public func hasHeader(_ pane: Pane) -> Bool {
        pane != .timeline && frame(of: pane).height >= 8
    }

    /// The rectangle the pane's rows are drawn in: inside the frame, below the sparkline or header.
    public func list(of pane: Pane) -> Rect {
        let inner = frame(of: pane).inset(by: 1)
        let top = pane == .timeline ? 1 : (hasHeader(pane) ? 1 : 0)
        return Rect(x: inner.x, y: inner.y + top, width: inner.width, height: inner.height - top)
    }

    /// How many rows a pane shows at once (at least 1, so paging always moves).
    public func visibleRows(of pane: Pane) -> Int { max(1, list(of: pane).height) }

    /// Rows of a full-screen view (article, errors): everything but the frame and status bar.
    public var fullScreenRows: Int { max(1, screen.height - 3) }
}
