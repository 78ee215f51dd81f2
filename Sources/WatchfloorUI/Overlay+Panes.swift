import WatchfloorCore

extension Overlay {
    /// Whether the overlay takes the focus away from the panes (so no pane draws as focused).
    var coversPanes: Bool {
        switch self {
        case .none, .textFilter: false
        case .help, .picker, .article, .errors: true
        }
    }
}
