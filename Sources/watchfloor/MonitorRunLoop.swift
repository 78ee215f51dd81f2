import Foundation
import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// The monitor's one loop, on the main thread: sleep in poll() on the keyboard, the wake-up pipe,
/// the signal pipe and the store watch; turn what woke it into messages; run `update`; hand the
/// effects to the background queue; draw if (and only if) the state changed.
///
/// Idle is idle: with nothing arriving the only timeout is the next minute, for the clock.
final class MonitorRunLoop {
    private var state: AppState
    private let terminal: CursesTerminal
    private let themes: [MonitorThemeCatalog.Entry]
    private let effects: MonitorEffectQueue
    private let inbox: MonitorInbox
    private let signals: WakePipe
    private let storeWatch: MonitorStoreWatch?

    /// Starts the background jobs (the ingest); run once the first complete frame is drawn, so the
    /// gazetteer load and the backlog scan do not compete with the first reads for the CPU.
    private var startJobs: (() -> Void)?
    private var jobsDeadline: Double
    /// When `.refreshDue` is to be sent (asked for by `.refreshLater`).
    private var refreshDueAt: Double?

    private var drawnState: AppState?
    private var drawnTheme = -1
    private var lastDraw: Double = 0
    private var changeCheckPending = false
    private var nextChangeCheck: Double = 0
    private var nextTick: Double
    private var reportedThemes: Set<Int> = []
    private var quitting = false
    /// The notice on screen and when it goes, so a message never hides the counts for long.
    private var timedNotice: (notice: Notice, until: Double)?

    /// Store-change checks are at most this often (a backlog commits many times a second). The first
    /// change after a quiet spell is checked at once; later ones are coalesced into one check per interval.
    private static let changeCheckInterval = 0.25
    /// The jobs start at the latest this long after the loop, even if the first loads are slow.
    private static let jobsDelay = 2.0
    /// Frames are at most this often.
    private static let frameInterval = 1.0 / 60

    init(state: AppState, terminal: CursesTerminal, themes: [MonitorThemeCatalog.Entry], effects: MonitorEffectQueue,
         inbox: MonitorInbox, signals: WakePipe, storeWatch: MonitorStoreWatch?, startJobs: (() -> Void)? = nil) {
        self.state = state
        self.terminal = terminal
        self.themes = themes
        self.effects = effects
        self.inbox = inbox
        self.signals = signals
        self.storeWatch = storeWatch
        self.startJobs = startJobs
        let now = MonitorRunLoop.clock()
        nextTick = MonitorRunLoop.nextMinute(after: now)
        jobsDeadline = now + MonitorRunLoop.jobsDelay
    }

    /// Runs until the user quits or a signal asks to stop.
    func run() {
        send(.started)
        reportThemeIssues()
        drawIfChanged(force: true)
        var descriptors = [terminal.inputDescriptor, inbox.pipe.readDescriptor, signals.readDescriptor]
        if let storeWatch { descriptors.append(storeWatch.descriptor) }
        while !quitting {
            let now = MonitorRunLoop.clock()
            var timeout = max(0, Int(((nextTick - now) * 1000).rounded(.up)))
            // A busy effect queue wakes the loop when it finishes, so only an idle one needs a deadline here.
            if changeCheckPending && effects.isIdle {
                timeout = min(timeout, max(0, Int(((nextChangeCheck - now) * 1000).rounded(.up))))
            }
            if drawnState != state { timeout = min(timeout, max(0, Int(((lastDraw + MonitorRunLoop.frameInterval - now) * 1000).rounded(.up)))) }
            if let timed = timedNotice { timeout = min(timeout, max(0, Int(((timed.until - now) * 1000).rounded(.up)))) }
            if let due = refreshDueAt { timeout = min(timeout, max(0, Int(((due - now) * 1000).rounded(.up)))) }
            if startJobs != nil { timeout = min(timeout, max(0, Int(((jobsDeadline - now) * 1000).rounded(.up)))) }
            let readiness = EventWaiter.wait(for: descriptors, timeoutMilliseconds: timeout)

            if !signals.drain().isEmpty { send(.terminate) }
            // The terminal went away (its window closed without a SIGHUP reaching us): stdin stays
            // "ready" for ever, so quit instead of spinning on it.
            if readiness.hungUp.first == true {
                send(.terminate)
                if quitting { break }
            }
            // Read keys on every wake-up: a SIGWINCH interrupts poll without making stdin readable.
            for input in terminal.readInput() {
                switch input {
                case .key(let key): send(.key(key))
                case .resized(let size): send(.resized(size))
                }
            }
            for message in inbox.take() {
                if case .ingest(let activity) = message, activity.changesStore { changeCheckPending = true }
                send(message)
            }
            if let storeWatch, storeWatch.drain() { changeCheckPending = true }
            let later = MonitorRunLoop.clock()
            // Only when the previous reload is done: during a large backlog the panes refresh as fast
            // as the store answers, and no more often than every 250 ms.
            if changeCheckPending && later >= nextChangeCheck && effects.isIdle {
                changeCheckPending = false
                nextChangeCheck = later + MonitorRunLoop.changeCheckInterval
                effects.run(.checkChangeToken)
            }
            if let timed = timedNotice, later >= timed.until {
                timedNotice = nil
                send(.noticeExpired(timed.notice))
            }
            if let due = refreshDueAt, later >= due {
                refreshDueAt = nil
                send(.refreshDue)
            }
            if later >= nextTick {
                send(.tick(now: later))
                nextTick = MonitorRunLoop.nextMinute(after: later)
            }
            drawIfChanged(force: false)
            if let start = startJobs, state.startupLoaded || later >= jobsDeadline {
                startJobs = nil
                start()
            }
        }
    }

    private func send(_ message: Message) {
        for effect in update(&state, message) {
            switch effect {
            case .quit: quitting = true
            case .refreshLater(let seconds):
                let due = MonitorRunLoop.clock() + seconds
                refreshDueAt = min(refreshDueAt ?? due, due)
            default: effects.run(effect)
            }
        }
        if state.themeIndex != drawnTheme { reportThemeIssues() }
        timeNotice()
    }

    /// Starts the clock on a notice that just appeared.
    private func timeNotice() {
        guard let notice = state.notice else {
            timedNotice = nil
            return
        }
        if timedNotice?.notice != notice {
            timedNotice = (notice, MonitorRunLoop.clock() + Notice.lifetime)
        }
    }

    private func drawIfChanged(force: Bool) {
        let now = MonitorRunLoop.clock()
        let themeIndex = themes.indices.contains(state.themeIndex) ? state.themeIndex : 0
        let themeChanged = themeIndex != drawnTheme
        guard force || themeChanged || drawnState != state else { return }
        guard force || themeChanged || now - lastDraw >= MonitorRunLoop.frameInterval else { return }
        if themeChanged { terminal.invalidate() }
        let theme = themes.indices.contains(themeIndex) ? themes[themeIndex].theme : Theme.builtIn
        terminal.draw(render(state, theme: theme))
        drawnState = state
        drawnTheme = themeIndex
        lastDraw = now
    }

    /// Shows a theme's file problems the first time the theme is used.
    private func reportThemeIssues() {
        let index = state.themeIndex
        guard themes.indices.contains(index), !reportedThemes.contains(index) else { return }
        reportedThemes.insert(index)
        let issues = themes[index].issues
        guard let first = issues.first else { return }
        let more = issues.count > 1 ? " (+\(issues.count - 1) more)" : ""
        _ = update(&state, .notify(Notice(first.description + more, isError: true)))
        timeNotice()
    }

    static func clock() -> Double { Date().timeIntervalSince1970 }

    static func nextMinute(after t: Double) -> Double { (t / 60).rounded(.down) * 60 + 60 }
}

extension IngestActivity {
    /// Whether the store was written (so the panes may need reloading).
    var changesStore: Bool {
        switch self {
        case .stored, .removed, .failed: true
        case .progress, .unchanged, .warning, .storeWriteFailed: false
        }
    }
}
