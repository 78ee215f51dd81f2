import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard output and error with `write(2)`. SIGPIPE is ignored process-wide, so a
/// closed pipe (`watchfloor query | head`) shows up here as EPIPE and the process exits quietly.
enum StoreOutput {
    /// When set, a closed standard output is ignored instead of ending the process (ingest keeps
    /// storing articles even if nobody reads its report).
    static let continueAfterBrokenPipe = Atomic<Bool>(false)

    /// Writes `text` to standard output.
    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error.
    static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    /// Ignores SIGPIPE so writes to a closed pipe fail with EPIPE instead of killing the process.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

    /// The terminal's width when standard output is a terminal, else nil (pipes get whole lines).
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                // The reader went away (EPIPE) or the terminal is gone: nothing more can be shown.
                if continueAfterBrokenPipe.load(ordering: .relaxed) { return }
                exit(fd == STDOUT_FILENO && errno == EPIPE ? 0 : 1)
            }
            offset += n
        }
    }
}
