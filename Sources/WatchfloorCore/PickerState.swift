/// A type-to-narrow list where Space toggles several items and Enter applies them.
public struct PickerState: Hashable, Sendable {
    /// What the picker filters.
    public var kind: PickerKind
    /// Every candidate, in display order.
    public var items: [PickerItem]
    /// What the user typed.
    public var query = ""
    /// Position of the cursor in `visibleItems`.
    public var cursor = 0
    /// First visible position in `visibleItems`.
    public var top = 0
    /// Keys toggled on.
    public var chosen: Set<String>
    /// Whether Space was pressed (then Enter applies `chosen`, else the item under the cursor).
    public var toggled = false
    /// The country code the typed query resolves to (name, demonym, alpha-3...), from the gazetteer.
    public var resolved: PickerItem?
    /// Whether the candidates are still loading.
    public var loading: Bool

    /// Creates a picker.
    public init(kind: PickerKind, items: [PickerItem], chosen: Set<String>, loading: Bool = false) {
        self.kind = kind
        self.items = items
        self.chosen = chosen
        self.loading = loading
    }

    /// The items matching the query: by label or key, plus what the query resolved to.
    public var visibleItems: [PickerItem] {
        let q = query.lowercased().trimmingSpaces
        guard !q.isEmpty else { return items }
        var result = items.filter { item in
            item.key.lowercased() == q || item.label.lowercased().contains(q) || item.key.lowercased().hasPrefix(q)
        }
        if let resolved, !result.contains(where: { $0.key == resolved.key }) {
            result.insert(items.first(where: { $0.key == resolved.key }) ?? resolved, at: 0)
        }
        return result
    }

    /// The item under the cursor.
    public var current: PickerItem? {
        let visible = visibleItems
        return visible.indices.contains(cursor) ? visible[cursor] : nil
    }

    /// Moves the cursor within the visible items and keeps it on screen.
    public mutating func move(by delta: Int, visible rowsShown: Int) {
        let count = visibleItems.count
        cursor = max(0, min(cursor + delta, count - 1))
        if cursor < top { top = cursor }
        if cursor >= top + max(1, rowsShown) { top = cursor - max(1, rowsShown) + 1 }
        top = max(0, top)
    }

    /// What Enter applies: the toggled set, or just the item under the cursor.
    public var selection: Set<String>? {
        if toggled { return chosen }
        return current.map { [$0.key] }
    }

    /// Rows a picker shows at once on a screen of `size`.
    public static func visibleRows(in size: Size) -> Int {
        max(1, min(20, size.height - 8))
    }
}

extension String {
    /// The string without leading and trailing spaces (Foundation-free).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
