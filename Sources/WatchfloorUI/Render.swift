import WatchfloorCore

/// Draws the whole screen for a state: a pure function, called after every update that changed
/// something. The backend compares the result with the last frame and sends only the differences.
/// - Parameters:
///   - state: What to show.
///   - theme: How it looks.
/// - Returns: A buffer the size of the terminal.
public func render(_ state: AppState, theme: Theme) -> ScreenBuffer {
    let size = state.size
    var buffer = ScreenBuffer(width: size.width, height: size.height, style: theme[.text])
    guard size.width > 0, size.height > 0 else { return buffer }
    guard size.isUsable else {
        let notice = "terminal too small: \(size.width)x\(size.height), need \(Size.minimum.width)x\(Size.minimum.height)"
        buffer.write(truncating: notice, x: 0, y: 0, maxWidth: size.width, style: theme[.statusError].over(theme[.text]))
        return buffer
    }
    switch state.overlay {
    case .article(let view):
        ArticleView(state: state, view: view).render(into: &buffer, theme: theme)
    case .errors(let view):
        ErrorsView(state: state, view: view).render(into: &buffer, theme: theme)
    case .help(let returnTo):
        drawBeneath(returnTo, state: state, into: &buffer, theme: theme)
        HelpView(state: state, themeName: state.themeName).render(into: &buffer, theme: theme)
    case .picker(let picker):
        drawPanes(state, into: &buffer, theme: theme)
        PickerView(state: state, picker: picker).render(into: &buffer, theme: theme)
    case .none, .textFilter:
        drawPanes(state, into: &buffer, theme: theme)
    }
    StatusBarView(state: state).render(into: &buffer, theme: theme)
    return buffer
}

/// The main screen's panes.
private func drawPanes(_ state: AppState, into buffer: inout ScreenBuffer, theme: Theme) {
    TimelineView(state: state).render(into: &buffer, theme: theme)
    ActorsView(state: state).render(into: &buffer, theme: theme)
    IncidentsView(state: state).render(into: &buffer, theme: theme)
    if let details = state.layout.details {
        DetailsView(state: state, rect: details).render(into: &buffer, theme: theme)
    }
}

/// What the help overlay covers: the view it was opened from.
private func drawBeneath(_ overlay: Overlay, state: AppState, into buffer: inout ScreenBuffer, theme: Theme) {
    switch overlay {
    case .article(let view): ArticleView(state: state, view: view).render(into: &buffer, theme: theme)
    case .errors(let view): ErrorsView(state: state, view: view).render(into: &buffer, theme: theme)
    case .picker(let picker):
        drawPanes(state, into: &buffer, theme: theme)
        PickerView(state: state, picker: picker).render(into: &buffer, theme: theme)
    case .none, .textFilter, .help: drawPanes(state, into: &buffer, theme: theme)
    }
}
