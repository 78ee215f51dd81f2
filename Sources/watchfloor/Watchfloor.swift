import ArgumentParser

/// The `watchfloor` command: a terminal situation monitor for a directory of news articles.
@main
struct Watchfloor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watchfloor",
        abstract: "A terminal situation monitor for a directory of news articles.",
        subcommands: [
            MonitorCommand.self, DemoCommand.self, IngestCommand.self, ExtractCommand.self,
            QueryCommand.self, ErrorsCommand.self, VacuumCommand.self,
        ],
        defaultSubcommand: MonitorCommand.self
    )
}
