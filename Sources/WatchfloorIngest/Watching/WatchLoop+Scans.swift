#if canImport(Glibc)
import Glibc
#endif

// MARK: - Ingest, rescans, retries and missing roots

extension WatchLoop {
    /// Ingests one file, remembering what it looked like; a failed store write is scheduled for a retry.
    func ingest(_ path: String) {
        noteIngesting(path)
        if pipeline.ingest(path: path, onEvent: onEvent) == .storeFailed { scheduleRetry(path) }
    }

    /// Clears a file's queued work and remembers how it looks just before it is read.
    func noteIngesting(_ path: String) {
        pending[path] = nil
        pollCandidates[path] = nil
        retries[path] = nil
        rejectedShown[path] = nil
        // Taken before reading: a write during the read changes the mtime, so the next look re-reads it.
        seen[path] = FileStatus.of(path, followingLinks: true)
    }

    /// A file whose store write failed is read again after `retryInterval`.
    func scheduleRetry(_ path: String) {
        seen[path] = nil
        retries[path] = WatchLoop.monotonicNow() + options.retryInterval
    }

    /// Records article-named entries that cannot be read, once per path and reason.
    func report(_ rejected: [DirectoryWalker.Rejected]) {
        for entry in rejected where rejectedShown[entry.path] != entry.error {
            rejectedShown[entry.path] = entry.error
            seen[entry.path] = nil
            if pipeline.reject(path: entry.path, error: entry.error, onEvent: onEvent) == .storeFailed {
                rejectedShown[entry.path] = nil
            }
        }
    }

    /// Forgets what the loop knows about a path that went away (and everything under it for a directory).
    func forgetState(of path: String, directory: Bool) {
        seen[path] = nil
        pending[path] = nil
        pollCandidates[path] = nil
        retries[path] = nil
        rejectedShown[path] = nil
        guard directory else { return }
        let prefix = path + "/"
        seen = seen.filter { !$0.key.hasPrefix(prefix) }
        pending = pending.filter { !$0.key.hasPrefix(prefix) }
        pollCandidates = pollCandidates.filter { !$0.key.hasPrefix(prefix) }
        retries = retries.filter { !$0.key.hasPrefix(prefix) }
        rejectedShown = rejectedShown.filter { !$0.key.hasPrefix(prefix) }
    }

    /// A directory that appeared (or a root that came back): listed and watched, so no file created
    /// in it is missed; the files found wait `settleDelay` for their own close-write.
    @discardableResult
    func adoptDirectory(_ path: String) -> DirectoryWalker.Listing {
        let listing = listAndWatch(path)
        report(listing.rejected)
        let due = WatchLoop.monotonicNow() + WatchLoop.settleDelay
        for file in listing.files where !isUnchangedSinceSeen(file) && pending[file] == nil {
            pending[file] = due
        }
        return listing
    }

    /// Lists `path` and watches every directory in it (inotify mode). A file created after a directory
    /// was listed but before its watch existed sends no event, so the tree is listed again once the
    /// watches are in place, until a listing finds no directory that was not watched before it.
    /// `rewatch` adds a watch to every directory listed, even one the loop thinks it watches: after a
    /// queue overflow its watch may belong to a directory that was removed and made again.
    func listAndWatch(_ path: String, rewatch: Bool = false) -> DirectoryWalker.Listing {
        var listing = walker.walk(path)
        guard inotifyFD >= 0 else { return listing }
        var watched = rewatch ? [] : Set(watches.values)
        var unwatched = listing.directories.filter { !watched.contains($0) }
        // Each round only repeats for directories created during the previous one; a bound keeps a
        // writer that creates directories without end from holding the loop.
        var rounds = 0
        while !unwatched.isEmpty && rounds < 8 && inotifyFD >= 0 {
            rounds += 1
            watchDirectories(unwatched)
            watched.formUnion(unwatched)
            let again = walker.walk(path)
            listing.files = Array(Set(listing.files).union(again.files)).sorted()
            listing.rejected = again.rejected
            unwatched = again.directories.filter { !watched.contains($0) }
            listing.directories = Array(Set(listing.directories).union(again.directories)).sorted()
        }
        return listing
    }

    /// Ingests listed files whose settle delay has passed without a close-write event; a file modified
    /// within the last `settleDelay` is still being written and waits another round.
    func ingestSettledPending() {
        let now = WatchLoop.monotonicNow()
        let due = pending.filter { $0.value <= now }.keys.sorted()
        let wallClock = WatchLoop.wallClockNow()
        for file in due {
            if signal.isStopped { return }
            pending[file] = nil
            guard let status = FileStatus.of(file), walker.acceptsFile(file, status), !isUnchangedSinceSeen(file) else { continue }
            let age = wallClock - Double(status.mtimeNanos) / 1e9
            // A modification time in the future (another machine's clock) counts as settled.
            if age >= 0 && age < WatchLoop.settleDelay {
                pending[file] = now + WatchLoop.settleDelay
                continue
            }
            ingest(file)
        }
    }

    /// Seconds since 1970 (to compare with modification times).
    static func wallClockNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Tries again the files whose store write failed, once their wait is over.
    func retryDue() {
        let now = WatchLoop.monotonicNow()
        let due = retries.filter { $0.value <= now }.keys.sorted()
        for file in due {
            if signal.isStopped { return }
            retries[file] = nil
            guard let status = FileStatus.of(file) else { continue }
            if let refusal = walker.refusal(file, status) {
                report([DirectoryWalker.Rejected(path: file, error: refusal)])
            } else {
                ingest(file)
            }
        }
    }

    /// Whether the file looks exactly as when it was last ingested.
    func isUnchangedSinceSeen(_ path: String) -> Bool {
        guard let old = seen[path], let now = FileStatus.of(path, followingLinks: true) else { return false }
        return old.sameContent(as: now)
    }

    /// Walks every present root again: re-adds watches, ingests files that are new or changed since
    /// last seen, and forgets files that vanished. With `settle` (poll mode) a changed file is only
    /// read once two rescans in a row saw it the same, so a file being written is not read half-done.
    func rescan(settle: Bool) {
        var present = Set<String>()
        for root in walker.roots {
            guard FileStatus.of(root) != nil else {
                noteMissing(root)
                continue
            }
            if missingRoots.remove(root) != nil {
                onEvent(.warning("watched directory \(root) is back; watching it again"))
            }
            let listing = pollInterval == nil ? listAndWatch(root, rewatch: true) : walker.walk(root)
            report(listing.rejected)
            present.formUnion(listing.rejected.map(\.path))
            for file in listing.files {
                present.insert(file)
                if signal.isStopped { return }
                consider(file, settle: settle)
            }
            pipeline.removeVanished(under: root, present: present, onEvent: onEvent)
        }
        let keep = { (path: String) -> Bool in
            present.contains(path) || self.missingRoots.contains { path.hasPrefix($0 + "/") }
        }
        seen = seen.filter { keep($0.key) }
        pollCandidates = pollCandidates.filter { keep($0.key) }
        rejectedShown = rejectedShown.filter { keep($0.key) }
    }

    /// A file found by a rescan that changed since last seen. Poll mode ingests it once two rescans
    /// saw it the same; inotify mode (after an overflow) queues it as pending, so a file still being
    /// written waits for its close-write or for its modification time to settle.
    private func consider(_ file: String, settle: Bool) {
        guard let status = FileStatus.of(file, followingLinks: true) else { return }
        if let old = seen[file], old.sameContent(as: status) {
            pollCandidates[file] = nil
            return
        }
        if settle {
            guard let candidate = pollCandidates[file], candidate.sameContent(as: status) else {
                pollCandidates[file] = status
                return
            }
            ingest(file)
        } else if pending[file] == nil {
            pending[file] = WatchLoop.monotonicNow()
        }
    }

    /// Notes that a root is gone (removed, moved away or unmounted), once. Its articles stay in the store.
    func noteMissing(_ root: String) {
        guard missingRoots.insert(root).inserted else { return }
        onEvent(.warning("watched directory \(root) is gone; its articles are kept, and it is watched again when it comes back"))
    }

    /// Inotify mode: adopts missing roots that exist again and forgets files that went while they were away.
    func checkMissingRoots() {
        for root in missingRoots.sorted() where FileStatus.of(root)?.kind == .directory {
            missingRoots.remove(root)
            onEvent(.warning("watched directory \(root) is back; watching it again"))
            let listing = adoptDirectory(root)
            let present = Set(listing.files).union(listing.rejected.map(\.path))
            pipeline.removeVanished(under: root, present: present, onEvent: onEvent)
        }
    }

    /// "2 seconds", "0.5 seconds".
    static func secondsText(_ value: Double) -> String {
        let whole = value.rounded()
        let number = whole == value && whole < 1e9 ? String(Int(whole)) : String(value)
        return number + (value == 1 ? " second" : " seconds")
    }
}
