import ArgumentParser
import Foundation
import WatchfloorModel
import WatchfloorStore
import WatchfloorTerminal

/// `watchfloor [monitor] [DIR]`: the live monitor. Ingests DIR in the background and shows the
/// timeline, actors and incidents as they land.
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "The live monitor (the default command): watch DIR, ingest what lands there, show it.",
        discussion: "Keys: ? in the monitor lists them all; q quits. See docs/UI.md."
    )

    @Argument(help: "Directory of articles to watch and ingest. Without it the monitor only shows the store.")
    var directory: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Start filtered to these countries: codes, names or demonyms, comma-separated (RU,IR).")
    var country: String?

    @Option(help: "Theme: a name (default, light, high-contrast, monochrome, or one in $XDG_CONFIG_HOME/watchfloor/themes) or a .theme file path.")
    var theme: String?

    func run() throws {
        // First, before any thread exists, so the loop's signals only arrive inside its poll().
        SignalTrap.blockLoopSignals()
        let environment = ProcessInfo.processInfo.environment
        let storePath = StoreLocation.resolve(explicit: storeOptions.store, environment: environment)
        var watched: String?
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("'\(directory)' is not a directory")
            }
            guard !StoreLocation.isStore(storePath, inside: directory) else {
                throw ValidationError("the store \(storePath) is inside \(directory); pass --store with a path outside it")
            }
            watched = URL(fileURLWithPath: directory).standardizedFileURL.path
        }
        let store = try MonitorSession.openStore(at: storePath)
        let gazetteer = MonitorGazetteer()
        let countries = MonitorCountries(gazetteer: gazetteer)
        var filter = QueryFilter()
        if let country {
            do {
                filter.countries = try countries.parseList(country)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        var session = MonitorSession(
            source: store, storePath: storePath, watchedDirectory: watched, filter: filter, themeRequest: theme,
            resolveCountry: countries.resolver
        )
        if let watched {
            session.jobs.append(MonitorIngestJob.make(store: store, gazetteer: gazetteer, directory: watched))
        }
        let status = session.run()
        if status != 0 { throw ExitCode(status) }
    }
}
