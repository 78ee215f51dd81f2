/// The kind of an actor: who can do something in an incident.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case person, organization, country
}
