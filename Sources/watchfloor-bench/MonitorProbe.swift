import WatchfloorCore
import WatchfloorData
import WatchfloorExtraction
import WatchfloorModel
import WatchfloorStore

/// In a fresh process: what the monitor does before its first frame, then a while of use, with memory.
enum MonitorProbe {
    /// Loads the gazetteer (the monitor ingests and resolves countries with it), opens the store, runs
    /// `.started` with every load it triggers, renders 200x60, then scrolls and filters for a while.
    /// Prints `RESULT frame=<CLOCK_MONOTONIC at first frame> rss_first= rss_steady= hwm=`.
    static func run(storePath: String) throws {
        let gazetteer = try GazetteerLoader.loadBundled()
        let store = try EventStore(path: storePath)
        var session = MonitorSession(source: store, size: Size(width: 200, height: 60))
        session.send(.started)
        let first = session.frame()
        let frameAt = Stopwatch.now()
        let cpuAtFrame = Stopwatch.processCPU()
        let rssFirst = MemoryProbe.residentBytes()
        var cells = first.width
        // A few minutes' worth of use: scroll each pane, page, filter by a country and clear it.
        let keys: [Key] = [.pageDown, .pageDown, .down, .down, .tab, .pageDown, .end, .home, .tab, .pageDown, .pageDown, .tab]
        // Bounded in time: on a large store each reload can take seconds, and the point is the memory after use.
        let useStarted = Stopwatch.now()
        for round in 0..<20 where Stopwatch.now() - useStarted < 15 {
            for key in keys {
                session.send(.key(key))
                cells &+= session.frame().width
            }
            if round % 5 == 0 {
                session.send(.storeChanged)
                cells &+= session.frame().height
            }
        }
        _ = Extractor(gazetteer: gazetteer)
        print("RESULT frame=\(frameAt) cpu=\(cpuAtFrame) rss_first=\(rssFirst) rss_steady=\(MemoryProbe.residentBytes()) hwm=\(MemoryProbe.peakBytes()) cells=\(cells)")
    }
}
