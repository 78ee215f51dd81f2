#if canImport(Glibc)
import Glibc
#endif

// MARK: - inotify

extension WatchLoop {
    /// What a batch of events asks for, per path.
    enum Action: Equatable {
        /// A file was closed after writing or moved in: read it.
        case ingest(String)
        /// A file appeared: a regular file waits for its close-write; a link or special file is judged now.
        case created(String)
        /// An article-named entry that cannot be read.
        case reject(String, ArticleReadError)
        /// A file or directory went away.
        case remove(String, directory: Bool)
        /// A directory appeared: watch it, then list it.
        case newDirectory(String)

        /// Events about the same key in one batch collapse to the last one.
        var key: String {
            switch self {
            case .ingest(let p), .created(let p), .reject(let p, _), .remove(let p, _): "f:" + p
            case .newDirectory(let p): "d:" + p
            }
        }
    }

    /// Opens the inotify descriptor, or falls back to polling.
    func startInotify() {
        let flags = Int32(O_NONBLOCK | O_CLOEXEC)
        inotifyFD = faults?.initInotify(flags: flags) ?? inotify_init1(flags)
        if inotifyFD < 0 {
            let code = errno
            let hint = code == EMFILE ? " (raise fs.inotify.max_user_instances)" : ""
            fallBackToPolling("inotify is unavailable: \(String(cString: strerror(code)))\(hint)")
        }
    }

    /// Switches to rescanning every `fallbackPollInterval` seconds, with one warning.
    func fallBackToPolling(_ reason: String) {
        if inotifyFD >= 0 { close(inotifyFD) }
        inotifyFD = -1
        watches.removeAll()
        pollInterval = options.fallbackPollInterval
        nextPoll = nil
        onEvent(.warning("\(reason); rescanning every \(WatchLoop.secondsText(options.fallbackPollInterval)) instead"))
    }

    /// Adds watches for directories (inotify mode only).
    func watchDirectories(_ directories: [String]) {
        for dir in directories {
            guard inotifyFD >= 0 else { return }
            addWatch(dir)
        }
    }

    private func addWatch(_ dir: String) {
        let mask = InotifyEvent.Mask.closeWrite | InotifyEvent.Mask.movedTo | InotifyEvent.Mask.create | InotifyEvent.Mask.delete
            | InotifyEvent.Mask.movedFrom | InotifyEvent.Mask.deleteSelf | InotifyEvent.Mask.moveSelf
            | InotifyEvent.Mask.onlyDirectory | InotifyEvent.Mask.dontFollow | InotifyEvent.Mask.excludeUnlinked
        let wd = faults?.addWatch(inotifyFD, dir, mask) ?? inotify_add_watch(inotifyFD, dir, mask)
        let code = errno
        if wd >= 0 {
            watches[wd] = dir
        } else if code == ENOSPC || code == ENOMEM {
            fallBackToPolling("the inotify watch limit is reached (raise fs.inotify.max_user_watches)")
        } else if code != ENOENT && code != ENOTDIR {
            onEvent(.warning("cannot watch \(dir): \(String(cString: strerror(code)))"))
        }
    }

    /// Removes the watches on `path` and below (a directory that went away or moved out).
    func forgetWatches(under path: String) {
        for (wd, dir) in watches where dir == path || dir.hasPrefix(path + "/") {
            if inotifyFD >= 0 { inotify_rm_watch(inotifyFD, wd) }
            watches[wd] = nil
        }
    }

    /// Reads every pending event and acts on them in order.
    func drainInotify() {
        var events: [InotifyEvent] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while inotifyFD >= 0 {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(inotifyFD, base, raw.count)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            buffer.withUnsafeBytes { raw in events += InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: raw[0..<n])) }
        }
        if let faults { events = faults.filter(events) }
        handle(events)
    }

    private func handle(_ events: [InotifyEvent]) {
        var actions: [Action] = []
        for event in events {
            if event.has(InotifyEvent.Mask.queueOverflow) {
                // Events were lost: the tree as it is now supersedes everything read so far.
                onEvent(.warning("too many changes at once (inotify queue overflow); rescanning"))
                rescan(settle: false)
                return
            }
            guard let dir = watches[event.wd] else { continue }
            if event.has(InotifyEvent.Mask.ignored) {
                watches[event.wd] = nil
                if walker.roots.contains(dir), FileStatus.of(dir)?.kind != .directory { noteMissing(dir) }
                continue
            }
            if event.has(InotifyEvent.Mask.deleteSelf) || event.has(InotifyEvent.Mask.moveSelf) {
                if walker.roots.contains(dir) {
                    forgetWatches(under: dir)
                    noteMissing(dir)
                }
                continue
            }
            if let action = action(for: event, in: dir) { actions.append(action) }
        }
        // Several events about one file in one batch need one action: keep each key's last occurrence.
        var later = Set<String>()
        var ordered: [Action] = []
        for action in actions.reversed() where later.insert(action.key).inserted { ordered.append(action) }
        for action in ordered.reversed() {
            if signal.isStopped { return }
            perform(action)
        }
    }

    /// The action an event about an entry of `dir` asks for, if any.
    private func action(for event: InotifyEvent, in dir: String) -> Action? {
        let appeared = event.has(InotifyEvent.Mask.closeWrite) || event.has(InotifyEvent.Mask.movedTo) || event.has(InotifyEvent.Mask.create)
        let went = event.has(InotifyEvent.Mask.delete) || event.has(InotifyEvent.Mask.movedFrom)
        guard let name = event.name else {
            guard let shown = event.invalidName, !shown.hasPrefix("."), ArticleReader.isArticleFile(name: shown),
                  !event.has(InotifyEvent.Mask.isDirectory) else { return nil }
            if appeared { return .reject(dir + "/" + shown, .invalidFileName) }
            return went ? .remove(dir + "/" + shown, directory: false) : nil
        }
        guard !name.isEmpty, !name.hasPrefix(".") else { return nil }
        let path = dir + "/" + name
        if event.has(InotifyEvent.Mask.isDirectory) {
            if event.has(InotifyEvent.Mask.create) || event.has(InotifyEvent.Mask.movedTo) { return .newDirectory(path) }
            if went {
                forgetWatches(under: path)
                return .remove(path, directory: true)
            }
            return nil
        }
        guard ArticleReader.isArticleFile(name: name) else { return nil }
        if event.has(InotifyEvent.Mask.closeWrite) || event.has(InotifyEvent.Mask.movedTo) { return .ingest(path) }
        if event.has(InotifyEvent.Mask.create) { return .created(path) }
        return went ? .remove(path, directory: false) : nil
    }

    private func perform(_ action: Action) {
        switch action {
        case .ingest(let path):
            pending[path] = nil
            // Gone already (deleted right after it was written): its delete event follows.
            guard let status = FileStatus.of(path) else { return }
            if let refusal = walker.refusal(path, status) {
                report([DirectoryWalker.Rejected(path: path, error: refusal)])
            } else {
                ingest(path)
            }
        case .created(let path):
            // A regular file is read on its close-write; links and special files never send one.
            guard let status = FileStatus.of(path), status.kind != .regular else { return }
            if let refusal = walker.refusal(path, status) {
                report([DirectoryWalker.Rejected(path: path, error: refusal)])
            } else {
                ingest(path)
            }
        case .reject(let path, let error):
            report([DirectoryWalker.Rejected(path: path, error: error)])
        case .remove(let path, let directory):
            forgetState(of: path, directory: directory)
            pipeline.remove(path: path, onEvent: onEvent)
        case .newDirectory(let path):
            adoptDirectory(path)
        }
    }
}
