/// Start-to-first-frame and the monitor's resident memory, each run in a fresh child process.
struct MonitorStartBench {
    /// Child processes per store size.
    let runs: Int

    /// Rows per fixture: first-frame latency (launch to rendered frame), then steady RSS.
    func rows(fixtures: [StoreFixture], goalSize: Int, log: BenchLog) -> [BenchRow] {
        let frameTarget = BenchTarget(figure: .p99, bound: 0.5, isMinimum: false, label: "p99 < 500 ms", atSize: goalSize)
        let memoryTarget = BenchTarget(figure: .value, bound: 100, isMinimum: false, label: "< 100 MB", atSize: goalSize)
        var frames: [BenchRow] = []
        var memory: [BenchRow] = []
        for fixture in fixtures {
            let label = BenchSize.label(fixture.nominal) + " inc"
            log.say("monitor start on \(label) x \(runs)")
            var latencies = LatencySamples()
            var cpu = LatencySamples()
            var steady: [Double] = []
            var failure: String?
            let started = Stopwatch.now()
            for run in 0..<runs {
                // A slow start (many seconds) gets fewer repetitions.
                if run >= 3 && Stopwatch.now() - started > 60 || run >= 1 && Stopwatch.now() - started > 90 { break }
                do {
                    let outcome = try ChildProcess.probe(["monitor", "--store", fixture.path])
                    if let frame = outcome.values["frame"] { latencies.append(frame - outcome.launchedAt) }
                    if let used = outcome.values["cpu"] { cpu.append(used) }
                    if let rss = outcome.values["rss_steady"] { steady.append(rss / 1e6) }
                } catch {
                    failure = "\(error)"
                }
            }
            if let failure, latencies.count == 0 {
                frames.append(.skipped("monitor: launch to first frame", size: label, reason: failure, target: frameTarget))
                continue
            }
            var frame = BenchRow(measure: "monitor: launch to first frame", size: fixture.nominal, sizeLabel: label)
            frame.p50 = latencies.p50
            frame.p99 = latencies.p99
            frame.cpuP50 = cpu.p50
            frame.cpuP99 = cpu.p99
            frame.target = frameTarget
            frames.append(frame)
            var rss = BenchRow(measure: "monitor: steady RSS", size: fixture.nominal, sizeLabel: label)
            rss.value = LatencySamples.median(steady)
            rss.unit = "MB"
            rss.target = memoryTarget
            memory.append(rss)
        }
        return frames + memory
    }
}
