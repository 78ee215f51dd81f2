import WatchfloorData
import WatchfloorExtraction

/// Times loading the bundled gazetteer and measures how much resident memory it adds.
enum GazetteerBench {
    /// Loads the gazetteer `runs` times; the first load (done first thing in the process) gives the RSS delta.
    /// Returns the rows and the gazetteer for the later measures.
    static func run(runs: Int, log: BenchLog) -> (rows: [BenchRow], gazetteer: Gazetteer?) {
        log.say("gazetteer load x \(runs)")
        var times = LatencySamples()
        var gazetteer: Gazetteer?
        var rssDelta = 0
        do {
            let before = MemoryProbe.residentBytes()
            let start = Stopwatch.now()
            let first = try GazetteerLoader.loadBundled()
            times.append(Stopwatch.now() - start)
            rssDelta = MemoryProbe.residentBytes() - before
            gazetteer = first
            for _ in 1..<max(1, runs) {
                let t0 = Stopwatch.now()
                _ = try GazetteerLoader.loadBundled()
                times.append(Stopwatch.now() - t0)
            }
        } catch {
            return ([.skipped("gazetteer load", size: "bundled", reason: "\(error)")], nil)
        }
        var load = BenchRow(measure: "gazetteer load", size: nil, sizeLabel: "bundled")
        load.p50 = times.p50
        load.p99 = times.p99
        var memory = BenchRow(measure: "gazetteer RSS delta", size: nil, sizeLabel: "bundled")
        memory.value = Double(rssDelta) / 1e6
        memory.unit = "MB"
        return ([load, memory], gazetteer)
    }
}
