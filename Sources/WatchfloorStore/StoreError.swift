/// Store failures with messages a user can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store could not be created or opened.
    case cannotOpen(path: String, reason: String)

    /// A one-line message.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the store at \(path): \(reason) (choose another path with --store or WATCHFLOOR_STORE)"
        }
    }
}
