extension Effect {
    /// Whether the effect is a load whose cost grows with the store (actor counts aggregate every
    /// mention, country facets every incident). The run loop runs these on their own queue, so the
    /// panes that are cheap to read (a window of an index) never wait behind them: the first frame,
    /// the cursor and a newly stored article stay quick however large the store is.
    public var isSlow: Bool {
        switch self {
        case .loadPage(let request): request.pane == .actors
        case .loadCountryFacets: true
        case .loadHistogram, .loadStats, .resolveCountry, .openArticle, .measureArticle, .loadErrors,
             .checkChangeToken, .refreshLater, .quit: false
        }
    }
}
