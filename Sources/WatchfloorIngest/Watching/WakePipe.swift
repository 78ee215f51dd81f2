#if canImport(Glibc)
import Glibc
#endif

/// A pipe whose read end wakes the watch thread out of `poll(2)` when `stop()` writes to it.
struct WakePipe: Sendable {
    /// Read end (polled by the watch thread).
    let readFD: Int32
    /// Write end (written by `stop()`).
    let writeFD: Int32

    /// Creates a non-blocking, close-on-exec pipe.
    init() throws(IngestSetupError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .system("pipe", errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    /// Wakes the reader (a full pipe already means "wake up", so errors are ignored).
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Closes both ends.
    func close() {
        _ = Glibc.close(readFD)
        _ = Glibc.close(writeFD)
    }
}
