import ArgumentParser
import Foundation
import WatchfloorStore

/// `watchfloor vacuum`: prunes (optionally), checks and compacts the store file.
struct VacuumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacuum",
        abstract: "Compact the store file (after pruning old articles, when asked).",
        discussion: """
            Deletes actors no article names any more, merges the full-text index, rewrites the SQLite file \
            and truncates its write-ahead log, then prints the size before and after. With --keep-days N it \
            first forgets articles ingested more than N days ago (as `ingest --keep-days` does). With --check \
            it runs SQLite's integrity check first and stops with status 1 if the store is damaged. Safe while \
            `ingest --watch` or the monitor use the store: they wait for it (a large store takes a while).

            Examples:
              watchfloor vacuum
              watchfloor vacuum --keep-days 90 --check --store /tmp/news.sqlite
            """
    )

    @Option(name: .long, help: "First forget articles ingested more than this many days ago.")
    var keepDays: Int?

    @Flag(name: .long, help: "Run PRAGMA integrity_check first.")
    var check = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let keepDays, !(1...36_500).contains(keepDays) { throw ValidationError("--keep-days must be between 1 and 36500") }
    }

    func run() throws {
        let store = try storeOptions.openExisting(writing: true)
        do {
            if check {
                let problems = try store.integrityCheck()
                guard problems == ["ok"] else {
                    StoreOutput.err("watchfloor: the store is damaged:\n" + problems.prefix(20).map { "  " + StoreTerminalText.escape($0) + "\n" }.joined())
                    throw ExitCode.failure
                }
                StoreOutput.out("integrity: ok\n")
            }
            if let keepDays {
                let pruned = try store.prune(olderThan: Date().timeIntervalSince1970 - Double(keepDays) * 86_400)
                StoreOutput.out("pruned: \(pruned) article\(pruned == 1 ? "" : "s") ingested more than \(keepDays) days ago\n")
            }
            let sizes = try store.vacuum()
            StoreOutput.out("size: \(VacuumCommand.mib(sizes.before)) -> \(VacuumCommand.mib(sizes.after))\n")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StoreOutput.err("watchfloor: cannot compact the store: \(StoreTerminalText.escape(EventStore.describe(error)))\n")
            throw ExitCode.failure
        }
    }

    /// Bytes as MiB with one decimal.
    static func mib(_ bytes: Int64) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
