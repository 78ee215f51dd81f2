import WatchfloorModel

/// Every element a theme can style, named as theme files spell it.
public enum ThemeKey: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text and the screen background.
    case text
    /// Secondary text: empty-pane hints, grouped dates, column separators.
    case dim
    /// Frames of panes without focus.
    case border
    /// The frame of the focused pane.
    case borderFocused = "border_focused"
    /// Titles of panes without focus.
    case title
    /// The title of the focused pane.
    case titleFocused = "title_focused"
    /// Column headers.
    case header
    /// The selected row in the focused pane.
    case selected
    /// The selected row in panes without focus.
    case selectedUnfocused = "selected_unfocused"
    /// Dates.
    case date
    /// Country codes.
    case country
    /// The marker on incidents that arrived since you last looked.
    case newMarker = "new_marker"
    /// The timeline's entries-per-day sparkline.
    case sparkline
    /// The actors' trend sparklines.
    case trend
    /// The status bar.
    case status
    /// Emphasised parts of the status bar (counts, active filters, ingest progress).
    case statusAccent = "status_accent"
    /// The error count and error notices.
    case statusError = "status_error"
    /// The sentence highlighted in the article view.
    case highlight
    /// Overlays: help, pickers, article view body.
    case overlay
    /// Overlay frames.
    case overlayBorder = "overlay_border"
    /// Picker rows that are toggled on.
    case match
    /// Placeholders for control characters found in article text.
    case placeholder
    /// Attacks of every kind.
    case typeAttack = "type_attack"
    /// Interceptions.
    case typeInterception = "type_interception"
    /// Clashes.
    case typeClash = "type_clash"
    /// Casualty reports.
    case typeCasualties = "type_casualties"
    /// Arrests.
    case typeArrest = "type_arrest"
    /// Protests.
    case typeProtest = "type_protest"
    /// Sanctions.
    case typeSanctions = "type_sanctions"
    /// Agreements.
    case typeAgreement = "type_agreement"
    /// Talks.
    case typeTalks = "type_talks"
    /// Statements.
    case typeStatement = "type_statement"
    /// Deployments.
    case typeDeployment = "type_deployment"
    /// Elections.
    case typeElection = "type_election"
    /// Economy.
    case typeEconomy = "type_economy"
    /// Disasters.
    case typeDisaster = "type_disaster"

    /// The key that colours an incident type (one per family: every attack shares `type_attack`).
    public static func forType(_ type: IncidentType) -> ThemeKey {
        switch type {
        case .attackAir, .attackDrone, .attackMissile, .attackShelling, .attackBombing, .attackArmed, .attackOther: .typeAttack
        case .interception: .typeInterception
        case .clash: .typeClash
        case .casualties: .typeCasualties
        case .arrest: .typeArrest
        case .protest: .typeProtest
        case .sanctions: .typeSanctions
        case .agreement: .typeAgreement
        case .talks: .typeTalks
        case .statement: .typeStatement
        case .deployment: .typeDeployment
        case .election: .typeElection
        case .economy: .typeEconomy
        case .disaster: .typeDisaster
        }
    }
}
