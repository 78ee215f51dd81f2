extension Theme {
    /// The theme with pane colours swapped for overlay colours, so frames drawn by `FrameView` over
    /// the panes use the overlay's background and border.
    var forOverlay: Theme {
        var t = self
        t.styles[.text] = self[.overlay]
        t.styles[.borderFocused] = self[.overlayBorder]
        t.styles[.border] = self[.overlayBorder]
        return t
    }
}
