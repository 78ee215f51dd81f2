import ArgumentParser

/// The `--store PATH` option shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite store (default: $WATCHFLOOR_STORE, else $XDG_DATA_HOME/watchfloor/watchfloor.sqlite).")
    var store: String?
}
