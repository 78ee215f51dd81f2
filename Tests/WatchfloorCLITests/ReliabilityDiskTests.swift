import Foundation
import Testing
import WatchfloorStore

/// A full disk and a read-only store, on a real tiny tmpfs (needs root with CAP_SYS_ADMIN, as in the
/// build sandbox; skipped elsewhere). The store-write retry itself is also tested without mounts in
/// `WatcherReliabilityTests.aFailedStoreWriteIsRetriedWhenTheStoreRecovers`.
@Suite(.serialized) struct ReliabilityDiskTests {
    static let mountable = ReliabilitySupport.canMount(NSTemporaryDirectory() + "watchfloor-mount-probe-\(getpid())")

    private func bigArticle(_ n: Int) -> String {
        "Large report \(n)\n\n" + String(repeating: "Officials in Lyon said on Monday that talks continued. ", count: 80) + "\(n)\n"
    }

    @Test(.enabled(if: mountable, "needs root and mount(2) to make a tiny tmpfs"))
    func aFullDiskGivesAClearErrorAndIngestResumesWhenSpaceReturns() throws {
        let dir = try CLITempDirectory()
        let mnt = dir.path + "/mnt"
        try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
        #expect(try ReliabilitySupport.shell("/bin/mount -t tmpfs -o size=16m tmpfs '\(mnt)'").status == 0)
        defer { _ = try? ReliabilitySupport.shell("/bin/umount -l '\(mnt)'") }
        let store = mnt + "/store.sqlite"
        let news = dir.path + "/news"
        _ = try ReliabilitySupport.writeArticles(news, count: 5)
        let watch = try CLIProcess.start(["ingest", news, "--watch", "--store", store])
        #expect(watch.waitForError(containing: "watching for changes", timeout: 60))
        #expect(ReliabilitySupport.storedLines(watch.stdout) == 5)
        // Fill the file system to the last block.
        _ = try ReliabilitySupport.shell("dd if=/dev/zero of='\(mnt)/filler' bs=4k 2>/dev/null; sync")
        for n in 0..<6 { try dir.write("news/big-\(n).txt", bigArticle(n)) }
        #expect(watch.waitForOutput(containing: "store write failed: database or disk is full; will try again", timeout: 60), "\(watch.stdout)")
        #expect(watch.waitForExit(timeout: 0.5) == nil, "the watcher must keep running on a full disk")
        // Space comes back: the failed files are retried (every 5 s) and stored.
        try FileManager.default.removeItem(atPath: mnt + "/filler")
        #expect(ReliabilitySupport.waitUntil(timeout: 60) { (0..<6).allSatisfy { watch.stdout.contains("big-\($0).txt  countries=") } }, "\(watch.stdout)")
        let reader = try ReliabilitySupport.open(store)
        #expect(try reader.stats().articles == 11)
        #expect(try reader.stats().errors == 0)
        #expect(try reader.integrityCheck() == ["ok"])
        watch.send(SIGTERM)
        #expect(watch.waitForExit(timeout: 30) == 0)
    }

    @Test(.enabled(if: mountable, "needs root and mount(2) to make a read-only file system"))
    func aStoreOnAReadOnlyFileSystemIsRefusedWithAClearMessage() throws {
        // A running SQLite store cannot be remounted read-only under its writer (EBUSY), so this is the
        // store as a new process meets it: on a read-only bind mount of a store written before.
        let dir = try CLITempDirectory()
        let mnt = dir.path + "/mnt", view = dir.path + "/ro"
        for d in [mnt, view] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        #expect(try ReliabilitySupport.shell("/bin/mount -t tmpfs -o size=8m tmpfs '\(mnt)'").status == 0)
        defer { _ = try? ReliabilitySupport.shell("/bin/umount -l '\(view)'; /bin/umount -l '\(mnt)'") }
        let news = dir.path + "/news"
        _ = try ReliabilitySupport.writeArticles(news, count: 3)
        #expect(try CLIProcess.run(["ingest", news, "--store", mnt + "/store.sqlite"]).status == 0)
        #expect(try ReliabilitySupport.shell("/bin/mount --bind '\(mnt)' '\(view)' && /bin/mount -o remount,bind,ro '\(view)'").status == 0)
        // Writers refuse before touching anything. SQLite may or may not open the file read-only (it can
        // when it manages a read-only WAL index), so either refusal is accepted, but never a silent run.
        for command in [["ingest", news], ["vacuum"]] {
            let refused = try CLIProcess.run(command + ["--store", view + "/store.sqlite"], timeout: 60)
            #expect(refused.status == 1, "\(command)")
            #expect(refused.stderr.contains("cannot open the store at \(view)/store.sqlite")
                    || refused.stderr.contains("cannot write the store at \(view)/store.sqlite"), "\(command): \(refused.stderr)")
            #expect(refused.stderr.contains("Read-only file system"), "\(command): \(refused.stderr)")
        }
        // Readers either read it or say clearly why they can't.
        for (command, shows) in [(["errors"], "no ingest errors"), (["query", "--format", "json"], "\"arrest\"")] {
            let read = try CLIProcess.run(command + ["--store", view + "/store.sqlite"], timeout: 60)
            if read.status == 0 {
                #expect((read.stdout + read.stderr).contains(shows), "\(command): \(read.stdout) \(read.stderr)")
            } else {
                #expect(read.status == 1, "\(command)")
                #expect(read.stderr.contains("cannot open the store at \(view)/store.sqlite"), "\(command): \(read.stderr)")
            }
        }
        // Nothing was harmed: the writable mount still holds a sound store.
        let reader = try ReliabilitySupport.open(mnt + "/store.sqlite")
        #expect(try reader.stats().articles == 3)
        #expect(try reader.integrityCheck() == ["ok"])
    }
}
