#if canImport(Glibc)
import Glibc
#endif

/// The body of the watch thread: ingests the backlog, then waits in `poll(2)` for inotify events
/// (or for the next rescan, retry or settle deadline) and ingests what changed, until the stop
/// signal arrives. Owned by that one thread; nothing else touches it.
///
/// Inotify mode ingests a file on close-write or moved-to, so a file still being written is not
/// read. Poll mode (`--poll`, or the automatic fall-back when inotify is unavailable or out of
/// watches) ingests a new or changed file once two consecutive rescans saw the same size,
/// modification time and inode. A file whose store write failed is tried again after
/// `retryInterval`. A watched root that disappears keeps its articles and is watched again when it
/// comes back.
final class WatchLoop {
    let pipeline: IngestPipeline
    let walker: DirectoryWalker
    let signal: StopSignal
    let options: IngestOptions
    let faults: WatchFaults?
    let onEvent: @Sendable (IngestEvent) -> Void
    /// nil while inotify is in use; the rescan interval otherwise.
    var pollInterval: Double?
    var inotifyFD: Int32 = -1
    /// Watched directory by watch descriptor.
    var watches: [Int32: String] = [:]
    /// (size, mtime, inode) of each file when last ingested or seen by a rescan.
    var seen: [String: FileStatus] = [:]
    /// Files found by listing a new directory, with when to ingest them (monotonic seconds). They wait
    /// briefly because a file still being written shows up in the listing too; its close-write event,
    /// if it comes first, ingests it and removes it from here.
    var pending: [String: Double] = [:]
    /// Poll mode: files seen changed by the last rescan, ingested when the next one sees them the same.
    var pollCandidates: [String: FileStatus] = [:]
    /// Files whose store write failed, with when to try again.
    var retries: [String: Double] = [:]
    /// Article-named entries already reported as unreadable (so rescans do not repeat the record).
    var rejectedShown: [String: ArticleReadError] = [:]
    /// Roots that disappeared and are checked for until they come back.
    var missingRoots: Set<String> = []
    /// Poll mode: when the next rescan is due (nil: at once).
    var nextPoll: Double?
    /// When retention runs next (nil: no retention).
    var nextPrune: Double?

    /// How long listed files in a new directory wait for their close-write event.
    static let settleDelay = 0.15
    /// How often a missing root is looked for (inotify mode; poll mode looks on each rescan).
    static let missingRootCheck = 0.5

    /// Sets up the loop; `options.pollInterval` nil means inotify.
    init(pipeline: IngestPipeline, walker: DirectoryWalker, signal: StopSignal, options: IngestOptions, faults: WatchFaults?,
         onEvent: @escaping @Sendable (IngestEvent) -> Void) {
        var retrying = pipeline
        retrying.retriesStoreFailures = true
        self.pipeline = retrying
        self.walker = walker
        self.signal = signal
        self.options = options
        self.faults = faults
        self.pollInterval = options.pollInterval
        self.onEvent = onEvent
    }

    /// Runs until stopped.
    func run() {
        defer { if inotifyFD >= 0 { close(inotifyFD) } }
        if pollInterval == nil { startInotify() }
        pipeline.applyRetention(onEvent: onEvent)
        if options.keepDays != nil { nextPrune = WatchLoop.monotonicNow() + options.pruneInterval }
        guard ingestBacklog() else { return }
        if let interval = pollInterval { nextPoll = WatchLoop.monotonicNow() + interval }
        while !signal.isStopped {
            if waitForWake(timeoutMillis: timeoutUntilNextDeadline()) { return }
            if inotifyFD >= 0 { drainInotify() }
            runDueWork()
        }
    }

    /// Lists and ingests every root, reporting progress; false when stopped part-way.
    private func ingestBacklog() -> Bool {
        var listings: [DirectoryWalker.Listing] = []
        for root in walker.roots {
            guard FileStatus.of(root) != nil else {
                noteMissing(root)
                continue
            }
            let listing = listAndWatch(root)
            listings.append(listing)
            report(listing.rejected)
        }
        let files = listings.flatMap(\.files)
        onEvent(.progress(done: 0, total: files.count))
        // As in a one-shot run, several files share a write transaction (IngestBatch).
        var batch = IngestBatch(pipeline: pipeline)
        let done = { (n: Int, path: String, outcome: IngestPipeline.Outcome) in
            if outcome == .storeFailed { self.scheduleRetry(path) }
            self.onEvent(.progress(done: n + 1, total: files.count))
        }
        for (n, file) in files.enumerated() {
            if signal.isStopped {
                batch.flush(onEvent: onEvent, onDone: done)
                return false
            }
            noteIngesting(file)
            if let prepared = pipeline.prepare(path: file) {
                batch.add(prepared, index: n, onEvent: onEvent, onDone: done)
            } else {
                batch.flush(onEvent: onEvent, onDone: done)
                ingest(file)
                onEvent(.progress(done: n + 1, total: files.count))
            }
        }
        batch.flush(onEvent: onEvent, onDone: done)
        let present = Set(files).union(listings.flatMap { $0.rejected.map(\.path) })
        for root in walker.roots where !missingRoots.contains(root) {
            pipeline.removeVanished(under: root, present: present, onEvent: onEvent)
        }
        return true
    }

    /// Rescans, settled files, retries, missing roots and retention whose time has come.
    private func runDueWork() {
        if let interval = pollInterval, (nextPoll ?? 0) <= WatchLoop.monotonicNow() {
            rescan(settle: true)
            nextPoll = WatchLoop.monotonicNow() + interval
        }
        ingestSettledPending()
        retryDue()
        if pollInterval == nil { checkMissingRoots() }
        if let due = nextPrune, due <= WatchLoop.monotonicNow() {
            pipeline.applyRetention(onEvent: onEvent)
            nextPrune = WatchLoop.monotonicNow() + options.pruneInterval
        }
    }

    // MARK: - Waiting

    /// Milliseconds until the earliest deadline, or -1 (sleep until an event) when there is none,
    /// so an idle watch costs no CPU at all.
    private func timeoutUntilNextDeadline() -> Int32 {
        let now = WatchLoop.monotonicNow()
        var deadlines: [Double] = []
        if pollInterval != nil { deadlines.append(nextPoll ?? now) }
        if let first = pending.values.min() { deadlines.append(first) }
        if let first = retries.values.min() { deadlines.append(first) }
        if pollInterval == nil, !missingRoots.isEmpty { deadlines.append(now + WatchLoop.missingRootCheck) }
        if let prune = nextPrune { deadlines.append(prune) }
        guard let earliest = deadlines.min() else { return -1 }
        return Int32(clamping: Int(max(0, (earliest - now) * 1000).rounded(.up)))
    }

    /// Sleeps in `poll(2)` on the wake pipe (and inotify); true when woken to stop.
    private func waitForWake(timeoutMillis: Int32) -> Bool {
        var fds = [pollfd(fd: signal.pipe.readFD, events: Int16(POLLIN), revents: 0)]
        if inotifyFD >= 0 { fds.append(pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)) }
        let rc = poll(&fds, nfds_t(fds.count), timeoutMillis)
        if rc < 0 && errno != EINTR {
            onEvent(.warning("poll failed: \(String(cString: strerror(errno))); stopping the watch"))
            return true
        }
        return signal.isStopped || fds[0].revents != 0
    }

    /// Seconds from a monotonic clock.
    static func monotonicNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
