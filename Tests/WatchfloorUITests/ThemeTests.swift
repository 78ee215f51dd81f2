import Foundation
import Testing
import WatchfloorCore
@testable import WatchfloorUI

@Suite("Themes")
struct ThemeTests {
    @Test("colours, backgrounds and attributes parse")
    func values() {
        let (theme, issues) = ThemeParser.parse(name: "t", text: "selected = #ff0000 on blue bold underline\ndim = grey\nstatus = on #123")
        #expect(issues.isEmpty)
        #expect(theme[.selected] == Style(foreground: .rgb(255, 0, 0), background: .ansi(4), attributes: [.bold, .underline]))
        #expect(theme[.dim] == Style(foreground: .ansi(8)))
        #expect(theme[.status] == Style(background: .rgb(0x11, 0x22, 0x33)))
    }

    @Test("comments are stripped, but a colour after '=' is not a comment")
    func comments() {
        let text = "# header\n  # indented\ntext = #abcdef # trailing comment\n"
        let (theme, issues) = ThemeParser.parse(name: "t", text: text)
        #expect(issues.isEmpty)
        #expect(theme[.text].foreground == .rgb(0xab, 0xcd, 0xef))
    }

    @Test("unknown keys, bad values and junk lines are reported once each and fall back to the default")
    func badFile() {
        let text = """
        flavour = #ffffff
        selected = #ggg000 bold
        date = purple
        this line has no equals sign
        border = on
        trend = red
        trend = blue
        """
        let (theme, issues) = ThemeParser.parse(name: "bad", text: text)
        #expect(issues.map(\.line) == [1, 2, 3, 4, 5, 7])
        #expect(issues[0].description == "theme bad, line 1: unknown key 'flavour' (ignored)")
        #expect(theme[.selected] == Theme.builtIn[.selected])
        #expect(theme[.date] == Theme.builtIn[.date])
        #expect(theme[.border] == Theme.builtIn[.border])
        #expect(theme[.trend].foreground == .ansi(4))
    }

    @Test("binary junk and control characters never crash and never reach a message")
    func binary() {
        let junk = String(decoding: (0..<2_000).map { UInt8(($0 * 37) % 256) }, as: UTF8.self) + "\n\u{1B}[31m = red\n"
        let (theme, issues) = ThemeParser.parse(name: "junk", text: junk)
        #expect(theme.name == "junk")
        #expect(issues.count <= 50)
        #expect(issues.allSatisfy { !$0.description.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test("every shipped theme parses without issues and sets every key")
    func shipped() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".theme") }.sorted()
        #expect(names == ["default.theme", "high-contrast.theme", "light.theme", "monochrome.theme"])
        for name in names {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let (_, issues) = ThemeParser.parse(name: name, text: text)
            #expect(issues.isEmpty, "\(name): \(issues)")
            let keys = Set(text.split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix("#"), let eq = line.firstIndex(of: "=") else { return nil }
                return line[..<eq].trimmingCharacters(in: .whitespaces)
            })
            #expect(keys == Set(ThemeKey.allCases.map(\.rawValue)), "\(name) misses \(Set(ThemeKey.allCases.map(\.rawValue)).subtracting(keys))")
        }
        let defaultText = try String(contentsOf: dir.appendingPathComponent("default.theme"), encoding: .utf8)
        #expect(ThemeParser.parse(name: "default", text: defaultText).theme.styles == Theme.builtIn.styles)
    }

    @Test("nearest colours for 256- and 16-colour terminals")
    func nearest() {
        #expect(TerminalColor.rgb(255, 0, 0).nearest256 == 196)
        #expect(TerminalColor.rgb(128, 128, 128).nearest256 == 244)
        #expect(TerminalColor.rgb(250, 10, 10).nearestANSI(count: 16) == 9)
        #expect(TerminalColor.rgb(200, 0, 0).nearestANSI(count: 8) == 1)
        #expect(TerminalColor.default.nearest256 == nil)
    }

    @Test("styles reach the cells: selected row, type colour, error count")
    func cellStyles() {
        let d = Driver(source: FakeDataSource(Fixtures.content()), size: Size(width: 120, height: 40))
        let theme = Theme.builtIn
        let screen = d.screen(theme)
        let list = d.state.layout.list(of: .timeline)
        // The first timeline row is selected in the focused pane.
        #expect(screen[list.x + 20, list.y].style.background == theme[.selected].background)
        // A drone attack's tag carries the attack colour.
        let row = list.y + 1
        let tagX = (list.x..<list.maxX).first { screen[$0, row].text == "D" && screen[$0 + 1, row].text == "R" } ?? -1
        #expect(screen[tagX, row].style.foreground == theme[.typeAttack].foreground)
        // Monochrome has no colour at all.
        let mono = d.screen(.monochrome)
        #expect(mono.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(mono[list.x + 20, list.y].style.attributes.contains(.reverse))
    }
}
