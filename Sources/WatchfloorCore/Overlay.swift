/// What covers the main screen, if anything. Exactly one at a time.
public indirect enum Overlay: Hashable, Sendable {
    /// Nothing: the three panes.
    case none
    /// The key list; Esc goes back to `returnTo`.
    case help(returnTo: Overlay)
    /// A country or type picker.
    case picker(PickerState)
    /// The `/` text filter editor (drawn in the status bar).
    case textFilter(TextFilterState)
    /// An article.
    case article(ArticleViewState)
    /// The ingest errors.
    case errors(ErrorsViewState)
}
