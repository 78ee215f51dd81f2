#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A test seam between the watch loop and inotify: makes `inotify_init1` fail, caps the number of
/// watches (as `fs.inotify.max_user_watches` does), or drops events and then reports a queue
/// overflow (as the kernel does when `fs.inotify.max_queued_events` is exceeded). Production
/// passes nil and calls inotify directly.
final class WatchFaults: Sendable {
    private struct State {
        var initErrno: Int32?
        var watchLimit: Int?
        var watchesAdded = 0
        var dropping = false
        var overflowNext = false
        var dropped = 0
        var beforeAddWatch: (@Sendable (String) -> Void)?
    }

    private let state = Mutex(State())

    /// Creates a seam with no faults.
    init() {}

    /// `inotify_init1` fails with `code` (EMFILE: `max_user_instances` reached).
    func failInit(errno code: Int32) { state.withLock { $0.initErrno = code } }

    /// `inotify_add_watch` fails with ENOSPC after `count` successful watches.
    func limitWatches(to count: Int) { state.withLock { $0.watchLimit = count } }

    /// From now on, events read from inotify are thrown away (lost, as in a full kernel queue).
    func startDropping() { state.withLock { $0.dropping = true } }

    /// The next read returns only an `IN_Q_OVERFLOW` event, and events flow normally after it.
    func overflowOnNextRead() { state.withLock { $0.overflowNext = true } }

    /// Runs `hook` with the directory just before each `inotify_add_watch`, to stage what a writer does
    /// between the loop's listing of a directory and its watch (a file created then sends no event).
    func beforeAddWatch(_ hook: @escaping @Sendable (String) -> Void) { state.withLock { $0.beforeAddWatch = hook } }

    /// How many events were thrown away so far.
    var droppedCount: Int { state.withLock { $0.dropped } }

    /// `inotify_init1`, or -1 with `errno` set.
    func initInotify(flags: Int32) -> Int32 {
        if let code = state.withLock({ $0.initErrno }) {
            errno = code
            return -1
        }
        return inotify_init1(flags)
    }

    /// `inotify_add_watch`, or -1 with `errno` = ENOSPC past the limit.
    func addWatch(_ fd: Int32, _ path: String, _ mask: UInt32) -> Int32 {
        let (refuse, hook) = state.withLock { s -> (Bool, (@Sendable (String) -> Void)?) in
            if let limit = s.watchLimit, s.watchesAdded >= limit { return (true, nil) }
            s.watchesAdded += 1
            return (false, s.beforeAddWatch)
        }
        hook?(path)
        if refuse {
            errno = ENOSPC
            return -1
        }
        return inotify_add_watch(fd, path, mask)
    }

    /// What the loop sees of the events it read.
    func filter(_ events: [InotifyEvent]) -> [InotifyEvent] {
        state.withLock { s in
            if s.overflowNext {
                s.overflowNext = false
                s.dropping = false
                s.dropped += events.count
                return [InotifyEvent(wd: -1, mask: InotifyEvent.Mask.queueOverflow, cookie: 0, name: "")]
            }
            if s.dropping {
                s.dropped += events.count
                return []
            }
            return events
        }
    }
}
