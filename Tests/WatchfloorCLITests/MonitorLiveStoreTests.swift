import Foundation
import Testing

/// The monitor against a store that someone else writes (`ingest --watch` in another process) and
/// against a store on a disk that fills up: it keeps drawing, says what is wrong, and catches up.
@Suite("Monitor and a shared or full store (tmux)", .serialized, .enabled(if: TmuxSession.tmuxPath != nil, "needs tmux"))
struct MonitorLiveStoreTests {
    static let mountable = ReliabilitySupport.canMount(NSTemporaryDirectory() + "watchfloor-mount-probe-m\(getpid())")

    /// The monitor command line for a tmux pane.
    static func monitor(_ arguments: [String], root: String) throws -> String {
        (["env", "-u", "NO_COLOR", "-u", "WATCHFLOOR_STORE", "LANG=C.UTF-8", "TERM=tmux-256color",
          "XDG_CONFIG_HOME=" + root + "/config", "XDG_DATA_HOME=" + root + "/data", try CLIProcess.binaryPath()] + arguments)
            .map(TmuxSession.quote).joined(separator: " ")
    }

    /// The status bar (the last line of the screen).
    static func statusBar(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    @Test("a monitor on the store only shows what `ingest --watch` in another process stores, without a key press")
    func anotherProcessesIngestShowsUp() throws {
        let dir = try CLITempDirectory()
        let news = dir.path + "/news", store = dir.path + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: news, withIntermediateDirectories: true)
        let ingest = try CLIProcess.start(["ingest", news, "--watch", "--store", store])
        defer {
            ingest.send(SIGTERM)
            _ = ingest.waitForExit(timeout: 30)
        }
        #expect(ingest.waitForError(containing: "watching for changes", timeout: 60), "\(ingest.stderr)")
        let tmux = try TmuxSession(command: try Self.monitor(["--store", store], root: dir.path), width: 120, height: 40)
        defer { tmux.kill() }
        #expect(tmux.waitFor { $0.contains("store only") && $0.contains("0 articles") } != nil, "\(tmux.capture())")

        // Each file: closed by the writer, stored by the other process, then on screen.
        let end2end = MonitorEndToEndTests()
        for (n, (text, tag)) in [(MonitorEndToEndTests.kaluga, "DRN"), (MonitorEndToEndTests.fasher, "SHL")].enumerated() {
            let landed = Date()
            try end2end.land(text, as: "file-\(n).txt", in: news)
            let articles = n == 0 ? "1 article " : "2 articles"
            // The deadline is far below the monitor's only timer (the minute clock): the commit itself wakes it.
            let shown = tmux.waitFor(timeout: 20) { Self.statusBar($0).contains(articles) && $0.contains(tag) }
            #expect(shown != nil, "article \(n) never showed:\n\(tmux.capture())\n\(ingest.stdout)")
            print("monitor live store: file \(n) closed -> on screen in \(Int(Date().timeIntervalSince(landed) * 1000)) ms (another process stored it)")
        }
        #expect(ReliabilitySupport.storedLines(ingest.stdout) == 2)
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("EXITED rc=0") } != nil, "\(tmux.capture())")
    }

    @Test("on a full disk the monitor stays up and answers keys, says the store cannot be written, and stores again when space returns",
          .enabled(if: mountable, "needs root and mount(2) to make a tiny tmpfs"))
    func aFullDiskKeepsTheMonitorAlive() throws {
        let dir = try CLITempDirectory()
        let mnt = dir.path + "/mnt", news = dir.path + "/news"
        try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
        #expect(try ReliabilitySupport.shell("/bin/mount -t tmpfs -o size=16m tmpfs '\(mnt)'").status == 0)
        defer { _ = try? ReliabilitySupport.shell("/bin/umount -l '\(mnt)'") }
        _ = try ReliabilitySupport.writeArticles(news, count: 3)
        let tmux = try TmuxSession(command: try Self.monitor([news, "--store", mnt + "/store.sqlite"], root: dir.path), width: 120, height: 40)
        defer { tmux.kill() }
        #expect(tmux.waitFor(timeout: 60) { Self.statusBar($0).contains("3 articles") } != nil, "\(tmux.capture())")

        // Fill the file system to the last block, then more articles land.
        _ = try ReliabilitySupport.shell("dd if=/dev/zero of='\(mnt)/filler' bs=4k 2>/dev/null; sync")
        for n in 0..<4 {
            try dir.write("news/big-\(n).txt", "Large report \(n)\n\n" + String(repeating: "Officials in Lyon said on Monday that talks continued. ", count: 80) + "\(n)\n")
        }
        let full = tmux.waitFor(timeout: 60) { Self.statusBar($0).contains("store write failed: database or disk is full (retrying)") }
        #expect(full != nil, "no store error in the status bar:\n\(tmux.capture())")
        #expect(full.map(Self.statusBar)?.contains("3 articles") == true, "the counts went away:\n\(tmux.capture())")

        // Still responsive: keys open and close views, the cursor moves, the process is alive.
        tmux.send("?")
        #expect(tmux.waitFor { $0.contains("Keys") && $0.contains("Esc closes") } != nil, "help did not open:\n\(tmux.capture())")
        tmux.send("Escape", "e")
        #expect(tmux.waitFor { $0.contains("Ingest errors") } != nil, "errors view did not open:\n\(tmux.capture())")
        // The problem shows on every view, since the status bar is always drawn.
        #expect(Self.statusBar(tmux.capture()).contains("store write failed"))
        tmux.send("Escape", "3", "j")
        #expect(tmux.waitFor { !$0.contains("Ingest errors") && $0.contains("3 Incidents") } != nil)
        #expect(!tmux.capture().contains("EXITED"))

        // Space comes back: the ingest's retry stores the waiting articles and the problem clears.
        try FileManager.default.removeItem(atPath: mnt + "/filler")
        let resumed = tmux.waitFor(timeout: 60) { screen in
            let bar = Self.statusBar(screen)
            return bar.contains("7 articles") && !bar.contains("store write failed")
        }
        #expect(resumed != nil, "storing did not resume:\n\(tmux.capture())")
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("EXITED rc=0") } != nil, "\(tmux.capture())")
    }
}
