#if canImport(Glibc)
import Glibc
#endif

/// The body of the watch thread: ingests the backlog, then waits in `poll(2)` for inotify events
/// (or for the poll interval to pass) and ingests what changed, until the stop signal arrives.
/// Owned by that one thread; nothing else touches it.
final class WatchLoop {
    private let pipeline: IngestPipeline
    private let walker: DirectoryWalker
    private let signal: StopSignal
    private let onEvent: @Sendable (IngestEvent) -> Void
    private var pollInterval: Double?
    private var inotifyFD: Int32 = -1
    /// Watched directory by watch descriptor.
    private var watches: [Int32: String] = [:]
    /// (size, mtime) of each file when last ingested or seen by a rescan.
    private var seen: [String: FileStatus] = [:]
    /// Files found by listing a new directory, with when to ingest them (monotonic seconds). They wait
    /// briefly because a file still being written shows up in the listing too; its close-write event,
    /// if it comes first, ingests it and removes it from here.
    private var pending: [String: Double] = [:]
    /// How long listed files in a new directory wait for their close-write event.
    static let settleDelay = 0.15

    /// Sets up the loop; `pollInterval` nil means inotify.
    init(pipeline: IngestPipeline, walker: DirectoryWalker, signal: StopSignal, pollInterval: Double?,
         onEvent: @escaping @Sendable (IngestEvent) -> Void) {
        self.pipeline = pipeline
        self.walker = walker
        self.signal = signal
        self.pollInterval = pollInterval
        self.onEvent = onEvent
    }

    /// Runs until stopped.
    func run() {
        defer { if inotifyFD >= 0 { close(inotifyFD) } }
        if pollInterval == nil { startInotify() }
        var listings: [DirectoryWalker.Listing] = []
        for root in walker.roots {
            let listing = walker.walk(root)
            listings.append(listing)
            if pollInterval == nil { for dir in listing.directories { addWatch(dir) } }
        }
        let files = listings.flatMap(\.files)
        onEvent(.progress(done: 0, total: files.count))
        for (n, file) in files.enumerated() {
            if signal.isStopped { return }
            ingest(file)
            onEvent(.progress(done: n + 1, total: files.count))
        }
        for root in walker.roots { pipeline.removeVanished(under: root, present: Set(files), onEvent: onEvent) }
        while !signal.isStopped {
            if let interval = pollInterval {
                if waitForWake(timeoutMillis: Int32(max(0.01, interval) * 1000)) { return }
                rescan(onlyChanged: true)
            } else {
                let timeout = pending.values.min().map { Int32(max(0, ($0 - WatchLoop.monotonicNow()) * 1000).rounded(.up)) } ?? -1
                if waitForWake(timeoutMillis: timeout) { return }
                drainInotify()
                ingestSettledPending()
            }
        }
    }

    // MARK: - Waiting

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

    // MARK: - inotify

    private func startInotify() {
        inotifyFD = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        if inotifyFD < 0 {
            fallBackToPolling("inotify is unavailable (\(String(cString: strerror(errno))))")
        }
    }

    private func fallBackToPolling(_ reason: String) {
        if inotifyFD >= 0 { close(inotifyFD) }
        inotifyFD = -1
        watches.removeAll()
        pollInterval = 2
        onEvent(.warning("\(reason); rescanning every 2 seconds instead"))
    }

    private func addWatch(_ dir: String) {
        guard inotifyFD >= 0 else { return }
        let mask = InotifyEvent.Mask.closeWrite | InotifyEvent.Mask.movedTo | InotifyEvent.Mask.create | InotifyEvent.Mask.delete
            | InotifyEvent.Mask.movedFrom | InotifyEvent.Mask.deleteSelf | InotifyEvent.Mask.moveSelf
            | InotifyEvent.Mask.onlyDirectory | InotifyEvent.Mask.dontFollow | InotifyEvent.Mask.excludeUnlinked
        let wd = inotify_add_watch(inotifyFD, dir, mask)
        if wd >= 0 {
            watches[wd] = dir
        } else if errno == ENOSPC {
            fallBackToPolling("the inotify watch limit is reached (raise fs.inotify.max_user_watches)")
        } else if errno != ENOENT {
            onEvent(.warning("cannot watch \(dir): \(String(cString: strerror(errno)))"))
        }
    }

    /// Reads every pending event and acts on them in order.
    private func drainInotify() {
        var events: [InotifyEvent] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(inotifyFD, base, raw.count)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            buffer.withUnsafeBytes { raw in events += InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: raw[0..<n])) }
        }
        handle(events)
    }

    /// An action decided from events.
    private enum Action: Equatable {
        case ingest(String)
        case remove(String)
        case newDirectory(String)
    }

    private func handle(_ events: [InotifyEvent]) {
        var actions: [Action] = []
        for event in events {
            if event.has(InotifyEvent.Mask.queueOverflow) {
                onEvent(.warning("too many changes at once (inotify queue overflow); rescanning"))
                rescan(onlyChanged: false)
                return
            }
            guard let dir = watches[event.wd] else { continue }
            if event.has(InotifyEvent.Mask.ignored) {
                watches[event.wd] = nil
                continue
            }
            if event.has(InotifyEvent.Mask.deleteSelf) || event.has(InotifyEvent.Mask.moveSelf) {
                if walker.roots.contains(dir) { onEvent(.warning("watched directory \(dir) was removed or moved")) }
                continue
            }
            guard let name = event.name, !name.isEmpty, !name.hasPrefix(".") else { continue }
            let path = dir + "/" + name
            if event.has(InotifyEvent.Mask.isDirectory) {
                if event.has(InotifyEvent.Mask.create) || event.has(InotifyEvent.Mask.movedTo) { actions.append(.newDirectory(path)) }
                if event.has(InotifyEvent.Mask.delete) || event.has(InotifyEvent.Mask.movedFrom) {
                    forgetWatches(under: path)
                    actions.append(.remove(path))
                }
                continue
            }
            guard ArticleReader.isArticleFile(name: name) else { continue }
            if event.has(InotifyEvent.Mask.closeWrite) || event.has(InotifyEvent.Mask.movedTo) {
                actions.append(.ingest(path))
            } else if event.has(InotifyEvent.Mask.create), FileStatus.of(path)?.kind == .symlink {
                actions.append(.ingest(path))
            } else if event.has(InotifyEvent.Mask.delete) || event.has(InotifyEvent.Mask.movedFrom) {
                actions.append(.remove(path))
            }
        }
        // Several writes to one file in one batch need one ingest: keep each action's last occurrence.
        var later = Set<String>()
        var ordered: [Action] = []
        for action in actions.reversed() {
            let key: String
            switch action {
            case .ingest(let p), .remove(let p): key = "f:" + p
            case .newDirectory(let p): key = "d:" + p
            }
            if later.insert(key).inserted { ordered.append(action) }
        }
        for action in ordered.reversed() {
            if signal.isStopped { return }
            switch action {
            case .ingest(let path):
                pending[path] = nil
                guard let status = FileStatus.of(path), walker.acceptsFile(path, status) else { continue }
                ingest(path)
            case .remove(let path):
                pending = pending.filter { !($0.key == path || $0.key.hasPrefix(path + "/")) }
                seen = seen.filter { !($0.key == path || $0.key.hasPrefix(path + "/")) }
                pipeline.remove(path: path, onEvent: onEvent)
            case .newDirectory(let path):
                // Files may have been written before the watch existed: watch first, then list.
                let listing = walker.walk(path)
                for dir in listing.directories { addWatch(dir) }
                let due = WatchLoop.monotonicNow() + WatchLoop.settleDelay
                for file in listing.files where !isUnchangedSinceSeen(file) && pending[file] == nil {
                    pending[file] = due
                }
            }
        }
    }

    private func forgetWatches(under path: String) {
        for (wd, dir) in watches where dir == path || dir.hasPrefix(path + "/") {
            inotify_rm_watch(inotifyFD, wd)
            watches[wd] = nil
        }
    }

    // MARK: - Ingest and rescans

    /// Ingests listed files whose settle delay has passed without a close-write event.
    private func ingestSettledPending() {
        let now = WatchLoop.monotonicNow()
        for (file, due) in pending.sorted(by: { $0.key < $1.key }) where due <= now {
            if signal.isStopped { return }
            pending[file] = nil
            guard let status = FileStatus.of(file), walker.acceptsFile(file, status), !isUnchangedSinceSeen(file) else { continue }
            ingest(file)
        }
    }

    /// Seconds from a monotonic clock.
    static func monotonicNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func ingest(_ path: String) {
        seen[path] = FileStatus.of(path, followingLinks: true)
        pipeline.ingest(path: path, onEvent: onEvent)
    }

    private func isUnchangedSinceSeen(_ path: String) -> Bool {
        guard let old = seen[path], let now = FileStatus.of(path, followingLinks: true) else { return false }
        return old.size == now.size && old.mtimeNanos == now.mtimeNanos
    }

    /// Walks every root again: re-adds watches, ingests files that are new or (when `onlyChanged`)
    /// whose size or modification time changed, and forgets files that vanished.
    private func rescan(onlyChanged: Bool) {
        pending.removeAll()
        var present = Set<String>()
        for root in walker.roots {
            let listing = walker.walk(root)
            if pollInterval == nil { for dir in listing.directories { addWatch(dir) } }
            for file in listing.files {
                present.insert(file)
                if onlyChanged && isUnchangedSinceSeen(file) { continue }
                if signal.isStopped { return }
                ingest(file)
            }
        }
        for path in seen.keys where !present.contains(path) { seen[path] = nil }
        for root in walker.roots { pipeline.removeVanished(under: root, present: present, onEvent: onEvent) }
    }
}
