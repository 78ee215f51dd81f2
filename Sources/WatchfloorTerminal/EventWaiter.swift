import Glibc

/// Sleeps until one of a set of descriptors is readable, a loop signal arrives, or a timeout passes.
public enum EventWaiter {
    /// Waits; returns which descriptors are readable (all false after a signal or a timeout).
    /// - Parameters:
    ///   - descriptors: What to watch for input.
    ///   - timeoutMilliseconds: How long at most; negative waits for ever.
    public static func wait(for descriptors: [Int32], timeoutMilliseconds: Int) -> [Bool] {
        var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let result = fds.withUnsafeMutableBufferPointer { p in
            SignalTrap.poll(p.baseAddress, count: p.count, timeoutMilliseconds: timeoutMilliseconds)
        }
        guard result > 0 else { return descriptors.map { _ in false } }
        return fds.map { $0.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 }
    }
}
