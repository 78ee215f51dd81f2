import Foundation
import Glibc

/// A program running in a private tmux server, for end-to-end tests of the monitor: capture the
/// screen, send keys, resize, all with deadlines (polling every 50 ms, never fixed sleeps).
///
/// The pane runs `COMMAND; echo EXITED rc=$?; stty -a; sleep 60`, so after the program exits the
/// test can read its exit status and the terminal settings it left behind.
final class TmuxSession {
    /// The tmux binary, if installed.
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private let socket: String
    private let tmux: String

    /// Starts `command` (already shell-quoted) in a `width` x `height` session.
    init(command: String, width: Int, height: Int) throws {
        guard let tmux = TmuxSession.tmuxPath else { throw CocoaError(.executableNotLoadable) }
        self.tmux = tmux
        socket = "wf-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let shell = command + "; echo EXITED rc=$?; stty -a; sleep 60"
        try run(["new-session", "-d", "-s", "S", "-x", String(width), "-y", String(height), shell])
    }

    deinit { kill() }

    /// Shell-quotes one argument.
    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The visible screen as text (with SGR escapes when `escapes`).
    func capture(escapes: Bool = false) -> String {
        (try? output(["capture-pane", "-p", "-t", "S"] + (escapes ? ["-e"] : []))) ?? ""
    }

    /// Polls the screen until `predicate` holds; returns the screen then, or nil after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 15, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let screen = capture()
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Sends tmux key names (`Enter`, `Escape`, `q`...).
    func send(_ keys: String...) {
        _ = try? run(["send-keys", "-t", "S"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", "S", "-l", text])
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", "S", "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program in the pane (the shell's child).
    func programPID() -> Int32? {
        guard let shell = try? output(["list-panes", "-t", "S", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Stops the private server.
    func kill() {
        _ = try? run(["kill-server"])
        unlink("/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Runs tmux with a deadline; returns its exit status (-1 if it had to be killed).
    /// posix_spawn and waitpid(WNOHANG) rather than Foundation's Process, whose waitUntilExit
    /// can hang forever on Linux when the child exits very quickly.
    @discardableResult
    private func run(_ arguments: [String], stdoutPath: String? = nil, timeout: Double = 10) throws -> Int32 {
        let argv = [tmux, "-L", socket, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) }
        cArgs.append(nil)
        defer { for p in cArgs { free(p) } }
        // A clean signal state, as a shell would give: the test thread's blocked signals would
        // otherwise be inherited by tmux and by the program in the pane.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, tmux, &actions, &attributes, cArgs, environ)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1 }
            if r < 0 { return -1 }
            if Date() > deadline {
                Glibc.kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return -1
            }
            usleep(5_000)
        }
    }

    private func output(_ arguments: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "wf-tmux-\(getpid())-\(UUID().uuidString)"
        defer { unlink(path) }
        try run(arguments, stdoutPath: path)
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
