import Foundation
import Testing

/// The real `watchfloor` binary under tmux: an empty directory fills, a country filter narrows
/// every pane, resizes redraw, and q exits 0 with the terminal restored.
@Suite("Monitor end to end (tmux)", .serialized, .enabled(if: TmuxSession.tmuxPath != nil, "needs tmux"))
struct MonitorEndToEndTests {
    static let kaluga = """
    Drones strike oil depot near Kaluga
    Date: 2025-01-17

    KYIV, Jan 17 (Reuters) - Ukrainian drones struck an oil depot in Russia's Kaluga region overnight, the regional \
    governor said on Friday. Russia's defence ministry said air defences intercepted seven drones over the region.

    """

    static let fasher = """
    Shelling kills 12 in El Fasher
    Date: 2025-01-18

    KHARTOUM, Jan 18 (Reuters) - Shelling by the Rapid Support Forces killed 12 civilians in El Fasher in Sudan's \
    North Darfur state on Saturday, a local rights group said.

    """

    /// Writes a file the way a feed does: to a hidden name, then renamed into place.
    func land(_ text: String, as name: String, in directory: String) throws {
        let hidden = directory + "/." + name + ".part"
        try text.write(toFile: hidden, atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(atPath: hidden, toPath: directory + "/" + name)
    }

    @Test("empty directory fills live; country picker filters; resize; q restores the terminal")
    func monitorLifecycle() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-e2e-" + UUID().uuidString).path
        let articles = root + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/config", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let binary = try CLIProcess.binaryPath()
        let command = ["env", "-u", "NO_COLOR", "-u", "WATCHFLOOR_STORE", "LANG=C.UTF-8", "TERM=tmux-256color",
                       "XDG_CONFIG_HOME=" + root + "/config", "XDG_DATA_HOME=" + root + "/data",
                       binary, articles, "--store", root + "/store.sqlite"].map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: command, width: 120, height: 40)
        defer { tmux.kill() }

        // An empty store on an empty directory.
        let empty = tmux.waitFor { $0.contains("0 articles") && $0.contains("waiting for articles") }
        #expect(empty != nil, "first frame never came:\n\(tmux.capture())")
        #expect(empty?.contains("waiting for articles") == true)

        // A file lands: its actors and incidents appear without a key press.
        let landed = Date()
        try land(Self.kaluga, as: "kaluga.txt", in: articles)
        let first = tmux.waitFor { $0.contains("1 article ") && $0.contains("DRN") && $0.contains("Ukraine") }
        let latency = Date().timeIntervalSince(landed)
        #expect(first != nil, "article never showed:\n\(tmux.capture())")
        #expect(latency < 20, "took \(latency) s")
        print("monitor e2e: first file (with startup) to screen in \(Int(latency * 1000)) ms")

        // The second file measures the live path alone (the first one also waited for the
        // gazetteer to load at startup).
        let second = Date()
        try land(Self.fasher, as: "fasher.txt", in: articles)
        let both = tmux.waitFor { $0.contains("2 articles") && $0.contains("SHL") }
        let live = Date().timeIntervalSince(second)
        #expect(both != nil, "second article never showed:\n\(tmux.capture())")
        #expect(live < 3, "took \(live) s")
        print("monitor e2e: second file to screen in \(Int(live * 1000)) ms")

        // The country picker lists the store's countries; choosing Sudan leaves only its rows.
        tmux.send("c")
        #expect(tmux.waitFor { $0.contains("Countries") && $0.contains("SD Sudan") } != nil, "picker:\n\(tmux.capture())")
        tmux.type("sudan")
        #expect(tmux.waitFor { !$0.contains("RU Russia") && $0.contains("SD Sudan") } != nil, "narrowing:\n\(tmux.capture())")
        tmux.send("Enter")
        let filtered = tmux.waitFor { screen in
            screen.contains("filter SD") && !screen.contains("Countries") && screen.contains("SHL") && screen.contains("Sudan")
                && !screen.contains("DRN") && !screen.contains("Ukraine") && !screen.contains("Kaluga")
        }
        #expect(filtered != nil, "filter not applied to every pane:\n\(tmux.capture())")

        // x clears it again.
        tmux.send("x")
        #expect(tmux.waitFor { !$0.contains("filter SD") && $0.contains("DRN") && $0.contains("SHL") } != nil)

        // Resizes redraw at the new size; below the minimum a one-line notice.
        tmux.resize(width: 80, height: 24)
        let resized = tmux.waitFor { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.first?.hasPrefix("┌─ 1 Timeline") == true && lines.contains { $0.hasPrefix("└") && $0.count == 80 }
        }
        #expect(resized != nil, "no redraw at 80x24:\n\(tmux.capture())")
        tmux.resize(width: 50, height: 12)
        #expect(tmux.waitFor { $0.contains("terminal too small: 50x12") } != nil)
        tmux.resize(width: 100, height: 30)
        #expect(tmux.waitFor { $0.contains("2 articles") && $0.contains("3 Incidents") } != nil)

        // q quits with status 0 and gives the terminal back in its normal mode.
        tmux.send("q")
        let exited = tmux.waitFor { $0.contains("EXITED rc=") }
        #expect(exited?.contains("EXITED rc=0") == true, "exit:\n\(tmux.capture())")
        let settings = tmux.waitFor { $0.contains("icanon") } ?? ""
        #expect(settings.contains(" icanon") && settings.contains(" echo "), "terminal not restored:\n\(settings)")
        #expect(!settings.contains("-icanon"))
    }

    @Test("SIGTERM exits cleanly and restores the terminal; a bad TERM is a clean error")
    func signalsAndBadTerminal() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-e2e-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let binary = try CLIProcess.binaryPath()
        let base = ["env", "LANG=C.UTF-8", "XDG_CONFIG_HOME=" + root, binary, "--store", root + "/store.sqlite"]
        let tmux = try TmuxSession(command: (["env", "TERM=tmux-256color"] + base).map(TmuxSession.quote).joined(separator: " "), width: 100, height: 30)
        defer { tmux.kill() }
        #expect(tmux.waitFor { $0.contains("0 articles") } != nil)
        let pid = try #require(tmux.programPID())
        kill(pid, SIGTERM)
        let after = tmux.waitFor { $0.contains("EXITED rc=") && $0.contains("icanon") }
        #expect(after?.contains("EXITED rc=0") == true, "\(tmux.capture())")
        #expect(after?.contains("-icanon") == false)

        let bad = try TmuxSession(command: (["env", "TERM=no-such-terminal"] + base).map(TmuxSession.quote).joined(separator: " ") + " 2>&1",
                                  width: 100, height: 30)
        defer { bad.kill() }
        let message = bad.waitFor { $0.contains("EXITED rc=") }
        #expect(message?.contains("unknown terminal type TERM=no-such-terminal") == true, "\(bad.capture())")
        #expect(message?.contains("EXITED rc=1") == true)
    }

    @Test("a terminal that disappears (tmux server killed) ends the monitor instead of leaving it spinning")
    func terminalHangupEndsTheMonitor() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-e2e-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let binary = try CLIProcess.binaryPath()
        let command = ["env", "LANG=C.UTF-8", "TERM=tmux-256color", "XDG_CONFIG_HOME=" + root, binary,
                       root + "/articles", "--store", root + "/store.sqlite"].map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: command, width: 100, height: 30)
        defer { tmux.kill() }
        #expect(tmux.waitFor { $0.contains("0 articles") } != nil, "\(tmux.capture())")
        let pid = try #require(tmux.programPID())
        tmux.kill()
        // Gone, or a zombie waiting for init to reap it: either way no longer running.
        let deadline = Date().addingTimeInterval(15)
        var running = true
        while running && Date() < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            running = !stat.isEmpty && !stat.contains(") Z ")
            if running { usleep(50_000) }
        }
        if running { kill(pid, SIGKILL) }
        #expect(!running, "the monitor outlived its terminal")
    }

    @Test("--country by name, a backlog, a bad theme file reported once, T, the errors view, NO_COLOR")
    func optionsThemesAndErrors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-e2e-" + UUID().uuidString).path
        let articles = root + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.kaluga.write(toFile: articles + "/kaluga.txt", atomically: true, encoding: .utf8)
        try Self.fasher.write(toFile: articles + "/fasher.txt", atomically: true, encoding: .utf8)
        try "flavour = #ffffff\nselected = not-a-colour\n".write(toFile: root + "/bad.theme", atomically: true, encoding: .utf8)
        let binary = try CLIProcess.binaryPath()
        let command = ["env", "-u", "NO_COLOR", "LANG=C.UTF-8", "TERM=tmux-256color", "XDG_CONFIG_HOME=" + root + "/config",
                       binary, articles, "--store", root + "/store.sqlite", "--country", "Sudanese", "--theme", root + "/bad.theme"]
            .map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: command, width: 120, height: 40)
        defer { tmux.kill() }

        // The theme's problems are reported once, in the status bar, while the backlog is ingested
        // and the start filter (a demonym) applies to it.
        let notice = tmux.waitFor { $0.contains("theme bad, line 1: unknown key 'flavour'") }
        #expect(notice != nil, "\(tmux.capture())")
        #expect(notice?.contains("(+1 more)") == true)
        #expect(tmux.waitFor { $0.contains("SHL") && !$0.contains("DRN") } != nil, "\(tmux.capture())")
        // Colours are on.
        #expect(tmux.capture(escapes: true).contains("\u{1B}[38;5;"))
        // The notice goes with the next key (or after a few seconds) and the counts come back.
        tmux.send("j")
        #expect(tmux.waitFor { $0.contains("2 articles") && $0.contains("filter SD") && !$0.contains("flavour") } != nil, "\(tmux.capture())")

        // T moves to the next theme and says so, until the next key.
        tmux.send("T")
        #expect(tmux.waitFor { $0.contains("theme: ") } != nil, "\(tmux.capture())")
        tmux.send("k")

        // A broken file becomes one error, counted in the status bar and listed by e.
        try Data([0x7B, 0x22, 0xFF, 0x00, 0x1B, 0x5B]).write(to: URL(fileURLWithPath: articles + "/broken.json"))
        #expect(tmux.waitFor { $0.contains("1 error (e)") } != nil, "\(tmux.capture())")
        tmux.send("e")
        let errors = tmux.waitFor { $0.contains("Ingest errors") && $0.contains("broken.json") }
        #expect(errors != nil, "\(tmux.capture())")
        tmux.send("Escape", "q")
        #expect(tmux.waitFor { $0.contains("EXITED rc=0") } != nil)

        // NO_COLOR: attributes only, no colour sequences.
        let plain = try TmuxSession(command: ["env", "NO_COLOR=1", "LANG=C.UTF-8", "TERM=tmux-256color", binary, "--store", root + "/store.sqlite"]
            .map(TmuxSession.quote).joined(separator: " "), width: 100, height: 30)
        defer { plain.kill() }
        #expect(plain.waitFor { $0.contains("2 articles") && $0.contains("DRN") } != nil)
        let escapes = plain.capture(escapes: true)
        #expect(!escapes.contains("[38;5;") && !escapes.contains("[48;5;") && !escapes.contains("[38;2;"))
        #expect(escapes.contains("\u{1B}[7m") || escapes.contains(";7m"), "no reverse video for the status bar")
        plain.send("q")
        #expect(plain.waitFor { $0.contains("EXITED rc=0") } != nil)
    }
}
