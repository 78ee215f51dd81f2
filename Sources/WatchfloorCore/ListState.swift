/// The view state of one paged list: a window of loaded rows, the selection and the scroll offset.
///
/// Indices (`selected`, `top`, `windowStart`) are absolute positions in the whole result, so the
/// window can slide while the user scrolls without loading everything. The selected row's id is kept
/// so that a reload after the store changed puts the cursor back on the same row.
public struct ListState<Row: Identifiable & Hashable & Sendable>: Hashable, Sendable where Row.ID: Sendable {
    /// The loaded rows, starting at absolute position `windowStart`.
    public var rows: [Row] = []
    /// Absolute position of `rows[0]`.
    public var windowStart = 0
    /// Absolute position of the selected row.
    public var selected = 0
    /// Absolute position of the first visible row.
    public var top = 0
    /// Whether the last load reached the end of the result (so `rows` ends where the result ends).
    public var reachedEnd = false
    /// Whether any load has come back yet (to tell "empty" from "loading").
    public var loaded = false
    /// The id of the load in flight whose answer is awaited; other answers are stale.
    public var pendingRequest: Int?
    /// The id of the selected row, kept across reloads.
    public var selectedID: Row.ID?
    /// The selected row's id when a reload did not find it (more rows landed above it than the
    /// window's margin): a wider load looks for it once, then the cursor goes back to it.
    public var lostID: Row.ID?

    /// Rows to load around the visible part: enough to scroll a while without another load.
    public static var pageSize: Int { 200 }

    /// Creates an empty list.
    public init() {}

    /// One past the last loaded absolute position.
    public var windowEnd: Int { windowStart + rows.count }

    /// The highest position the cursor can reach with what is loaded.
    public var lastIndex: Int { max(0, windowEnd - 1) }

    /// Whether nothing matched (only meaningful once `loaded`).
    public var isEmpty: Bool { reachedEnd && windowEnd == 0 }

    /// The row at an absolute position, if it is loaded.
    public func row(at index: Int) -> Row? {
        let i = index - windowStart
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// The selected row, if it is loaded.
    public var selectedRow: Row? { row(at: selected) }

    /// Moves the cursor by `delta` rows (clamped to what is loaded) and scrolls to keep it visible.
    public mutating func move(by delta: Int, visible: Int) {
        select(selected + delta, visible: visible)
    }

    /// Puts the cursor on an absolute position (clamped) and scrolls to keep it visible.
    public mutating func select(_ index: Int, visible: Int) {
        lostID = nil
        selected = max(0, min(index, lastIndex))
        selectedID = selectedRow?.id
        scrollToSelection(visible: visible)
    }

    /// Adjusts `top` so the selected row is on screen.
    public mutating func scrollToSelection(visible: Int) {
        let rowsShown = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + rowsShown { top = selected - rowsShown + 1 }
        top = max(0, top)
    }

    /// The window to load so that the visible rows and a margin either side are covered, or nil
    /// when what is loaded already covers them.
    public func windowNeeded(visible: Int) -> (offset: Int, limit: Int)? {
        let wantStart = max(0, top - 20)
        let wantEnd = top + visible + 40
        let coveredStart = windowStart <= wantStart
        let coveredEnd = reachedEnd || windowEnd >= wantEnd
        if loaded && coveredStart && coveredEnd { return nil }
        return reloadWindow(visible: visible)
    }

    /// The window to reload around the current position (used when the data changed).
    public func reloadWindow(visible: Int) -> (offset: Int, limit: Int) {
        let offset = max(0, top - 50)
        return (offset, max(Self.pageSize, visible + 100) + (top - offset))
    }

    /// Rows kept above the first visible row by a refresh: new rows landing above the cursor push it
    /// down, and it must still be inside the reloaded window to be found again.
    public static var refreshMargin: Int { 50 }

    /// The window to reload after a store change: the visible rows and a margin either side, so
    /// a refresh reads what is shown rather than a whole page.
    public func refreshWindow(visible: Int) -> (offset: Int, limit: Int) {
        let offset = max(0, top - Self.refreshMargin)
        return (offset, (top - offset) + max(1, visible) + Self.refreshMargin)
    }

    /// Rows a search for a lost selection reads below the window it was lost from.
    public static var searchLimit: Int { 1_000 }

    /// Takes a freshly loaded window, keeping the cursor on the same row (by id) and that row
    /// on the same screen line. A cursor on the very first row follows the head instead, like
    /// `tail -f`: whoever has not moved sees the newest rows arrive; whoever has moved keeps their row.
    /// A row pushed out of the window sets `lostID` (the caller then loads `searchWindow`) unless
    /// this load was already that search.
    public mutating func apply(rows newRows: [Row], offset: Int, limit: Int, visible: Int) {
        let oldTop = top
        let oldLine = selected - top
        let following = selected == 0 && top == 0 && offset == 0
        let wanted = lostID ?? selectedID
        let searching = lostID != nil
        lostID = nil
        rows = newRows
        windowStart = offset
        reachedEnd = newRows.count < limit
        loaded = true
        if following {
            selected = 0
            top = 0
            selectedID = selectedRow?.id
        } else if let id = wanted, let i = newRows.firstIndex(where: { $0.id == id }) {
            selected = offset + i
            selectedID = id
            top = oldTop == 0 ? 0 : max(0, selected - oldLine)
        } else {
            selected = max(windowStart, min(selected, lastIndex))
            selectedID = selectedRow?.id
            // Rows that land above push it down, so it can only be further on; a gone row is not searched twice.
            if !searching && !reachedEnd { lostID = wanted }
        }
        if reachedEnd {
            top = max(0, min(top, windowEnd - max(1, visible)))
        }
        scrollToSelection(visible: visible)
    }

    /// Takes the last page of the result and puts the cursor on the last row.
    public mutating func applyTail(rows newRows: [Row], offset: Int, visible: Int) {
        lostID = nil
        rows = newRows
        windowStart = offset
        reachedEnd = true
        loaded = true
        selected = lastIndex
        selectedID = selectedRow?.id
        top = max(0, selected - max(1, visible) + 1)
    }

    /// The window that looks for a lost selection: from the start of the current window, far down.
    public func searchWindow() -> (offset: Int, limit: Int) {
        (windowStart, Self.searchLimit)
    }

    /// Forgets the position (after a filter change) but keeps the selected id so the row is found again if it still matches.
    public mutating func resetPosition() {
        lostID = nil
        selected = 0
        top = 0
    }
}
