internal import CNCursesw

/// The process's signal plumbing for the monitor.
///
/// SIGTERM, SIGHUP, SIGINT and SIGQUIT become a byte in `pipe` (the run loop quits cleanly and restores
/// the terminal); SIGWINCH is left to curses, which turns it into KEY_RESIZE. All of these are blocked
/// outside `EventWaiter.wait`, so they can only arrive while the loop sleeps and always wake it.
/// Fatal signals restore the terminal before the process dies.
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
}
