extension Overlay {
    /// Whether the overlay fills the screen so no pane can be seen (an article, the errors view, or the
    /// help drawn over one of them); the panes' reloads then wait until they show again.
    public var hidesPanes: Bool {
        switch self {
        case .none, .picker, .textFilter: false
        case .article, .errors: true
        case .help(let returnTo): returnTo.hidesPanes
        }
    }
}
