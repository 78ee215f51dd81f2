/// A usage problem found while running (unknown country, missing directory, store inside a watched
/// directory): printed as `watchfloor: MESSAGE` and exits with status 2, without the usage banner.
struct StoreUsageError: Error, CustomStringConvertible {
    /// What is wrong and what to do, already escaped for the terminal.
    var message: String

    /// Creates the error.
    init(_ message: String) { self.message = message }

    /// The message.
    var description: String { message }
}
