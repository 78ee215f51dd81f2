import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The process entry point (`@main` calls it): ignores SIGPIPE, runs the command, and maps
/// ArgumentParser's usage errors (its default exit status is 64, `EX_USAGE`) to status 2.
/// Exit statuses: 0 ok, 1 runtime failure, 2 bad usage.
extension Watchfloor {
    /// Runs the command line.
    static func main() {
        StoreOutput.ignoreBrokenPipes()
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch let usage as StoreUsageError {
            StoreOutput.err("watchfloor: \(usage.message)\n")
            Glibc.exit(2)
        } catch {
            let code = exitCode(for: error)
            guard code == ExitCode.validationFailure else { exit(withError: error) }
            StoreOutput.err(fullMessage(for: error) + "\n")
            Glibc.exit(2)
        }
    }
}
