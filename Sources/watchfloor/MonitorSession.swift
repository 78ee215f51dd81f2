import Foundation
import WatchfloorCore
import WatchfloorModel
import WatchfloorTerminal
import WatchfloorUI

/// Everything one run of the monitor needs, wired together: the data source, the terminal, the
/// loop, and an optional background job (the ingest, the demo's feeder) started once the screen is up.
struct MonitorSession {
    /// Starts a background job that posts to the inbox; returns how to stop it.
    typealias BackgroundJob = (MonitorInbox) throws -> (@Sendable () -> Void)

    var source: any MonitorDataSource
    var storePath: String?
    var watchedDirectory: String?
    var filter: QueryFilter
    var themeRequest: String?
    var resolveCountry: EffectPerformer.CountryResolver
    var jobs: [BackgroundJob] = []
    var startupNotices: [String] = []

    /// Runs until quit; returns the exit status.
    func run() -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        var catalog = MonitorThemeCatalog(environment: environment)
        let themeIndex = catalog.select(themeRequest)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(noColor: noColor)
        } catch {
            StoreOutput.err("watchfloor: \(error)\n")
            return 1
        }
        defer { terminal.stop() }
        let inbox: MonitorInbox
        let signals: WakePipe
        do {
            inbox = try MonitorInbox()
            signals = try WakePipe()
        } catch {
            terminal.stop()
            StoreOutput.err("watchfloor: \(error)\n")
            return 1
        }
        SignalTrap.install(pipe: signals)

        var themes = catalog.entries
        var startIndex = themeIndex
        if case .monochrome = terminal.colorMode {
            themes = [MonitorThemeCatalog.Entry(theme: Theme.monochrome, issues: [])]
            startIndex = 0
        }
        var state = AppState(
            size: terminal.size, now: MonitorRunLoop.clock(), utcOffset: TimeZone.current.secondsFromGMT(),
            filter: filter, watchedDirectory: watchedDirectory.map(MonitorSession.tildePath),
            themeNames: themes.map(\.theme.name)
        )
        state.themeIndex = startIndex
        for text in startupNotices + catalog.problems { _ = update(&state, .notify(Notice(text, isError: true))) }

        let performer = EffectPerformer(source: source, resolveCountry: resolveCountry, measureArticle: { detail, width, span in
            let layout = ArticleLayout(text: detail.text, width: width)
            return (layout.lines.count, span.flatMap(layout.firstLine(overlapping:)))
        })
        let effects = MonitorEffectQueue(performer: performer, inbox: inbox)
        let watch = storePath.flatMap(MonitorStoreWatch.init(storePath:))
        // Started by the loop once the first complete frame is up; a job that cannot start says why.
        var stoppers: [@Sendable () -> Void] = []
        let jobs = self.jobs
        let startJobs = {
            for job in jobs {
                do {
                    stoppers.append(try job(inbox))
                } catch {
                    inbox.post(.notify(Notice(String(describing: error), isError: true)))
                }
            }
        }
        let loop = MonitorRunLoop(state: state, terminal: terminal, themes: themes, effects: effects, inbox: inbox,
                                  signals: signals, storeWatch: watch, startJobs: jobs.isEmpty ? nil : startJobs)
        loop.run()
        for stop in stoppers { stop() }
        return 0
    }

    /// `/home/me/news` as `~/news`.
    static func tildePath(_ path: String) -> String {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, home != "/",
              path == home || path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
