/// A problem with the gazetteer data files.
public enum GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A required file is not among the files given.
    case missingFile(String)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .missingFile(let name): "gazetteer file \(name) is missing; regenerate with Scripts/generate_gazetteer.py"
        }
    }
}
