/// A person, organisation or country that an article names, merged across its mentions
/// ("Russian President Vladimir Putin", "Putin", "Mr. Putin" are one actor).
public struct EventActor: Hashable, Sendable, Codable {
    /// Canonical name: the fullest form seen ("Vladimir Putin", "European Union", "Russia").
    public var name: String
    /// Person, organisation or country.
    public var kind: ActorKind
    /// Title or role when stated ("President", "foreign policy chief").
    public var role: String?
    /// ISO 3166-1 alpha-2 code of the actor's country, when known.
    public var country: String?
    /// Every span that refers to this actor.
    public var spans: [Span]

    /// Number of mentions.
    public var mentions: Int { spans.count }

    /// Creates an actor.
    public init(name: String, kind: ActorKind, role: String? = nil, country: String? = nil, spans: [Span] = []) {
        self.name = name
        self.kind = kind
        self.role = role
        self.country = country
        self.spans = spans
    }
}
