/// How the actors pane orders its rows.
public enum ActorSort: String, Sendable, Codable, CaseIterable {
    /// Most mentioned first.
    case mentions
    /// Alphabetical.
    case name
}
