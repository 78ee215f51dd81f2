/// What a named mention refers to, as in the extraction schema.
public enum MentionKind: String, Sendable, Codable, CaseIterable {
    case person, organization, country, place, nationality
}
