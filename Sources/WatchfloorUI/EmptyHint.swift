import WatchfloorCore

/// What an empty pane says, so "loading", "nothing yet" and "filtered out" are never confused.
enum EmptyHint {
    /// The sentence for a pane with no rows.
    static func text(loaded: Bool, state: AppState, noun: String) -> String {
        if !loaded { return "loading…" }
        if !state.filter.isEmpty { return "no \(noun) match the filters (x clears them)" }
        if let dir = state.watchedDirectory { return "no \(noun) yet: waiting for articles in \(dir)" }
        return "no \(noun) in the store yet"
    }

    /// Draws the hint on the first row of a list area.
    static func draw(_ text: String, in rect: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.write(truncating: text, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1, style: theme[.dim].over(theme[.text]))
    }
}
