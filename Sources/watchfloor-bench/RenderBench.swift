import WatchfloorCore
import WatchfloorModel
import WatchfloorStore
import WatchfloorUI

/// Times `render` of full frames at three terminal sizes, with panes filled from a store.
struct RenderBench {
    /// Timed frames per size.
    let iterations: Int

    /// The terminal sizes; the goal is for 200x60.
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// Rows for each terminal size, over the store at `fixture`.
    func rows(fixture: StoreFixture, log: BenchLog) -> [BenchRow] {
        let target = BenchTarget(figure: .p99, bound: 0.005, isMinimum: false, label: "p99 < 5 ms", atSize: 200 * 60)
        let store: EventStore
        do {
            store = try EventStore(path: fixture.path)
        } catch {
            return [.skipped("render: full frame", size: "-", reason: "\(error)", target: target)]
        }
        var rows: [BenchRow] = []
        for size in Self.sizes {
            log.say("render \(size.width)x\(size.height) x \(iterations)")
            var session = MonitorSession(source: store, size: size)
            session.send(.started)
            var samples = LatencySamples()
            var cpu = LatencySamples()
            var changed = 0
            var last = session.frame()
            for i in 0..<(iterations + 20) {
                // Move focus and selection between frames (untimed) so frames differ as they do in use.
                session.send(.key(i % 7 == 0 ? .tab : .down))
                let t0 = Stopwatch.now()
                let c0 = Stopwatch.processCPU()
                let frame = session.frame()
                let used = Stopwatch.processCPU() - c0
                let elapsed = Stopwatch.now() - t0
                if i >= 20 {
                    samples.append(elapsed)
                    cpu.append(used)
                }
                if frame != last { changed += 1 }
                last = frame
            }
            if changed == 0 { log.note("render \(size.width)x\(size.height): no frame differed from the one before") }
            var row = BenchRow(measure: "render: full frame", size: size.width * size.height, sizeLabel: "\(size.width)x\(size.height)")
            row.p50 = samples.p50
            row.p99 = samples.p99
            row.cpuP50 = cpu.p50
            row.cpuP99 = cpu.p99
            row.target = target
            rows.append(row)
        }
        return rows
    }
}
