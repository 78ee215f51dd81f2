/// A piece of a sentence template: literal text or a slot that each synthetic article fills with its own name.
enum TemplateSegment: Sendable {
    /// Text copied as is.
    case text(String)
    /// A person from the samples: full name, or family name only when `surnameOnly`.
    case person(Int, surnameOnly: Bool)
    /// A place from the samples.
    case place(Int)
    /// A country from the samples.
    case country(Int)
}
