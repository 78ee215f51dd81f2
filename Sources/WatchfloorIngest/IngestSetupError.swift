#if canImport(Glibc)
import Glibc
#endif

/// Why watching could not start.
public enum IngestSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed.
    case system(String, Int32)
    /// None of the given paths exists.
    case nothingToWatch([String])

    /// A one-line message.
    public var description: String {
        switch self {
        case .system(let call, let code):
            return "\(call) failed: \(String(cString: strerror(code)))"
        case .nothingToWatch(let paths):
            return "no such directory: \(paths.joined(separator: ", "))"
        }
    }
}
