/// The key list the help overlay shows: one source, so the overlay and the docs agree.
public enum KeyHelp {
    /// One line of help: the keys and what they do.
    public struct Entry: Hashable, Sendable {
        /// The keys, as typed.
        public var keys: String
        /// What they do.
        public var action: String
    }

    /// Every key, grouped in the order a newcomer needs them.
    public static let entries: [Entry] = [
        Entry(keys: "Tab / Shift-Tab, 1-3", action: "move between timeline, actors, incidents"),
        Entry(keys: "j k, Down Up", action: "move the cursor"),
        Entry(keys: "PgDn PgUp, Ctrl-F Ctrl-B", action: "move a page"),
        Entry(keys: "g G, Home End", action: "first / last row"),
        Entry(keys: "Enter", action: "open the article behind the row"),
        Entry(keys: "Esc", action: "go back; on the main screen clear the text filter"),
        Entry(keys: "c", action: "country filter: type to narrow, Space toggles, Enter applies"),
        Entry(keys: "t", action: "incident-type filter (same keys as c)"),
        Entry(keys: "/", action: "word filter (sanc* = prefix); Enter keeps, Esc undoes"),
        Entry(keys: "x", action: "clear every filter"),
        Entry(keys: "s", action: "sort actors by mentions / name"),
        Entry(keys: "e", action: "ingest errors"),
        Entry(keys: "T", action: "next theme"),
        Entry(keys: "?", action: "this help"),
        Entry(keys: "q, Ctrl-C", action: "quit (q closes a view first)"),
    ]
}
