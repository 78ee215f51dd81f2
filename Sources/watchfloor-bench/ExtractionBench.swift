import WatchfloorExtraction
import WatchfloorModel

/// Times `Extractor.extract` on one core over a corpus repeated to given sizes.
struct ExtractionBench {
    /// The extractor under test.
    let extractor: Extractor
    /// How many times each size is run (the throughput is the median run).
    let runs: Int

    /// Rows for `corpus` repeated until each of `sizes` bytes is reached.
    func rows(measure: String, corpus: [(article: Article, bytes: Int)], sizes: [Int], log: BenchLog) -> [BenchRow] {
        let target = BenchTarget(figure: .value, bound: 10, isMinimum: true, label: ">= 10 MB/s", atSize: nil)
        guard !corpus.isEmpty else { return [.skipped(measure, size: "-", reason: "no articles", target: target)] }
        var rows: [BenchRow] = []
        for size in sizes {
            log.say("\(measure): \(BenchTable.number(Double(size) / 1e6)) MB x \(runs)")
            var latencies = LatencySamples()
            var cpuLatencies = LatencySamples()
            var cpuMBPerSecond: [Double] = []
            var mbPerSecond: [Double] = []
            var articlesPerSecond: [Double] = []
            var incidents = 0
            for _ in 0..<runs {
                var bytes = 0
                var count = 0
                let start = Stopwatch.now()
                let cpuStart = Stopwatch.processCPU()
                while bytes < size {
                    let item = corpus[count % corpus.count]
                    let t0 = Stopwatch.now()
                    let c0 = Stopwatch.processCPU()
                    let extraction = extractor.extract(item.article)
                    cpuLatencies.append(Stopwatch.processCPU() - c0)
                    latencies.append(Stopwatch.now() - t0)
                    incidents &+= extraction.incidents.count
                    bytes += item.bytes
                    count += 1
                }
                let elapsed = Stopwatch.now() - start
                cpuMBPerSecond.append(Double(bytes) / 1e6 / max(1e-9, Stopwatch.processCPU() - cpuStart))
                mbPerSecond.append(Double(bytes) / 1e6 / elapsed)
                articlesPerSecond.append(Double(count) / elapsed)
            }
            var row = BenchRow(measure: measure, size: size, sizeLabel: BenchTable.number(Double(size) / 1e6) + " MB")
            row.p50 = latencies.p50
            row.p99 = latencies.p99
            row.value = LatencySamples.median(mbPerSecond)
            row.cpuValue = LatencySamples.median(cpuMBPerSecond)
            row.cpuP50 = cpuLatencies.p50
            row.cpuP99 = cpuLatencies.p99
            row.unit = "MB/s"
            row.extra = LatencySamples.median(articlesPerSecond).map { BenchTable.number($0) + " art/s" }
            row.higherIsBetter = true
            row.target = target
            if incidents == 0 { log.note("\(measure): the extractor found no incidents (is it still a stub?)") }
            rows.append(row)
        }
        return rows
    }
}
