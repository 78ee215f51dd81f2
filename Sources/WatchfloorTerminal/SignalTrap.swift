internal import CNCursesw

/// The process's signal plumbing for the monitor.
///
/// SIGTERM, SIGHUP, SIGINT and SIGQUIT become a byte in `pipe` (the run loop quits cleanly and restores
/// the terminal); SIGWINCH is left to curses, which turns it into KEY_RESIZE. All of these are blocked
/// outside `EventWaiter.wait`, so they can only arrive while the loop sleeps and always wake it.
/// Fatal signals restore the terminal before the process dies.
///
/// Every call into the shim's signal state lives in this one file on purpose: the shim keeps that
/// state in a `static` inside a header, and each Swift file that calls it gets its own copy.
public enum SignalTrap {
    /// Blocks the loop's signals in the calling thread and every thread it starts later.
    /// Call first thing, before any other thread exists.
    public static func blockLoopSignals() {
        wf_block_loop_signals()
    }

    /// Installs the quit handlers (writing to `pipe`) and the crash handlers. Call after curses has started.
    public static func install(pipe: WakePipe) {
        wf_install_handlers(pipe.writeDescriptor)
    }

    /// Remembers the terminal's settings for the crash handler (before curses changes them).
    static func saveTerminal(descriptor: Int32) {
        wf_save_terminal(descriptor)
    }

    /// ppoll with the loop's signals unblocked.
    static func poll(_ fds: UnsafeMutablePointer<pollfd>?, count: Int, timeoutMilliseconds: Int) -> Int32 {
        wf_ppoll(fds, UInt(count), Int32(clamping: timeoutMilliseconds))
    }
}
