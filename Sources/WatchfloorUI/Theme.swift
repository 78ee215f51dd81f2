/// A colour theme: a style for every `ThemeKey`.
public struct Theme: Hashable, Sendable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// Styles by key; keys not present use the built-in default.
    public var styles: [ThemeKey: Style]

    /// Creates a theme.
    public init(name: String, styles: [ThemeKey: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of an element.
    public func style(_ key: ThemeKey) -> Style {
        styles[key] ?? Theme.builtIn.styles[key] ?? .plain
    }

    /// Shorthand for `style(_:)`.
    public subscript(_ key: ThemeKey) -> Style { style(key) }

    /// The dark default, compiled in so the monitor always has a complete theme even when no theme
    /// file can be found. `Themes/default.theme` holds the same values.
    public static let builtIn: Theme = {
        let text = """
        text = #c8ccd4 on default
        dim = #6b7280
        border = #3e4451
        border_focused = #61afef
        title = #8b93a1
        title_focused = #61afef bold
        header = #8b93a1 underline
        selected = #f0f0f0 on #2c4a6e bold
        selected_unfocused = default on #2a2f38
        date = #98c379
        country = #56b6c2
        new_marker = #e5c07b bold
        sparkline = #61afef
        trend = #c678dd
        status = #c8ccd4 on #21252b
        status_accent = #e5c07b on #21252b bold
        status_error = #ff6b6b on #21252b bold
        highlight = #1e2127 on #e5c07b
        overlay = #c8ccd4 on #262a33
        overlay_border = #61afef on #262a33
        match = #98c379 bold
        placeholder = #ff6b6b bold
        type_attack = #ff6b6b bold
        type_interception = #61afef bold
        type_clash = #e06c75
        type_casualties = #ff5fd7 bold
        type_arrest = #d19a66
        type_protest = #e5c07b
        type_sanctions = #c678dd
        type_agreement = #98c379
        type_talks = #56b6c2
        type_statement = #abb2bf
        type_deployment = #d7875f
        type_election = #87afff
        type_economy = #87d787
        type_disaster = #ffaf00
        """
        var styles: [ThemeKey: Style] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters }
            if parts.count == 2, let key = ThemeKey(rawValue: parts[0]), case .success(let style) = ThemeParser.parseStyle(parts[1]) {
                styles[key] = style
            }
        }
        return Theme(name: "default", styles: styles)
    }()

    /// The theme for terminals without colour (and `NO_COLOR`): attributes only.
    public static let monochrome: Theme = {
        var styles: [ThemeKey: Style] = [:]
        for key in ThemeKey.allCases { styles[key] = .plain }
        styles[.dim] = Style(attributes: .dim)
        styles[.titleFocused] = Style(attributes: [.bold, .reverse])
        styles[.borderFocused] = Style(attributes: .bold)
        styles[.header] = Style(attributes: .underline)
        styles[.selected] = Style(attributes: [.reverse, .bold])
        styles[.selectedUnfocused] = Style(attributes: .underline)
        styles[.newMarker] = Style(attributes: .bold)
        styles[.status] = Style(attributes: .reverse)
        styles[.statusAccent] = Style(attributes: [.reverse, .bold])
        styles[.statusError] = Style(attributes: [.reverse, .bold, .underline])
        styles[.highlight] = Style(attributes: [.reverse])
        styles[.match] = Style(attributes: .bold)
        styles[.placeholder] = Style(attributes: [.bold, .underline])
        styles[.typeAttack] = Style(attributes: .bold)
        styles[.typeCasualties] = Style(attributes: .bold)
        return Theme(name: "monochrome", styles: styles)
    }()
}

extension String {
    /// The string without surrounding whitespace (Foundation-free).
    var trimmingCharacters: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
