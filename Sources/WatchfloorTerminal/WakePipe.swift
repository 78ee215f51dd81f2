import Glibc

/// A pipe other threads write a byte to so the run loop's poll wakes up; non-blocking both ends.
public final class WakePipe: Sendable {
    /// The end the run loop polls.
    public let readDescriptor: Int32
    /// The end wakers write to.
    public let writeDescriptor: Int32

    /// Creates the pipe.
    /// - Throws: `WakePipe.Failure` when the system has no descriptors left.
    public init() throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(errno: errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = fds[0]
        writeDescriptor = fds[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Wakes the run loop. A full pipe means a wake-up is already pending, so the byte can be dropped.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe; returns the bytes read (signal numbers, for the signal pipe).
    @discardableResult
    public func drain() -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let n = read(readDescriptor, &buffer, buffer.count)
            if n <= 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    /// The pipe could not be made.
    public struct Failure: Error, CustomStringConvertible {
        /// The errno.
        public let errno: Int32
        /// A message.
        public var description: String { "cannot create a pipe: " + String(cString: strerror(errno)) }
    }
}
