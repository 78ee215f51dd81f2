import ArgumentParser

/// `watchfloor monitor` (being built).
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "monitor", abstract: "Not built yet.")
}
