import Glibc

/// Sleeps until one of a set of descriptors is readable, a loop signal arrives, or a timeout passes.
public enum EventWaiter {
    /// What one wait saw, per descriptor, in the order they were given.
    public struct Readiness: Sendable, Equatable {
        /// Descriptors with input (or an error or hang-up that a read will report).
        public var readable: [Bool]
        /// Descriptors whose other end is gone for good (POLLHUP, POLLERR, POLLNVAL).
        /// A terminal that hangs up stays in this state, so a loop that keeps polling it would spin.
        public var hungUp: [Bool]
    }

    /// Waits; returns which descriptors are readable or hung up (all false after a signal or a timeout).
    /// - Parameters:
    ///   - descriptors: What to watch for input.
    ///   - timeoutMilliseconds: How long at most; negative waits for ever.
    public static func wait(for descriptors: [Int32], timeoutMilliseconds: Int) -> Readiness {
        var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let result = fds.withUnsafeMutableBufferPointer { p in
            SignalTrap.poll(p.baseAddress, count: p.count, timeoutMilliseconds: timeoutMilliseconds)
        }
        guard result > 0 else {
            let none = descriptors.map { _ in false }
            return Readiness(readable: none, hungUp: none)
        }
        return Readiness(
            readable: fds.map { $0.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 },
            hungUp: fds.map { $0.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 }
        )
    }
}
