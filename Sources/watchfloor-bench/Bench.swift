import ArgumentParser

/// `watchfloor-bench`: measures extraction, ingest, queries and rendering in a release build.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watchfloor-bench",
        abstract: "Watchfloor benchmarks: prints one table of measures, sizes, p50/p99, targets and verdicts.",
        subcommands: [RunCommand.self, GenerateCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
