import Testing
import WatchfloorCore
import WatchfloorModel

@Suite("update: pickers and filters")
struct FilterTests {
    let facets = [
        CountryFacet(code: "RU", name: "Russia", articles: 4, incidents: 9),
        CountryFacet(code: "UA", name: "Ukraine", articles: 3, incidents: 5),
        CountryFacet(code: "IR", name: "Iran", articles: 1, incidents: 2),
    ]

    func withPicker() -> AppState {
        var state = AppState()
        _ = update(&state, .started)
        let effects = update(&state, .key(.character("c")))
        #expect(effects == [.loadCountryFacets])
        _ = update(&state, .countryFacetsLoaded(facets))
        return state
    }

    func picker(_ state: AppState) -> PickerState? {
        if case .picker(let p) = state.overlay { p } else { nil }
    }

    @Test("the country picker lists the store's countries; typing narrows by name or code")
    func narrowing() {
        var state = withPicker()
        #expect(picker(state)?.visibleItems.map(\.key) == ["RU", "UA", "IR"])
        let effects = update(&state, .key(.character("u")))
        #expect(effects == [.resolveCountry(query: "u")])
        #expect(picker(state)?.visibleItems.map(\.key) == ["RU", "UA"])
        _ = update(&state, .key(.character("k")))
        #expect(picker(state)?.visibleItems.map(\.key) == ["UA"])
        _ = update(&state, .key(.backspace))
        _ = update(&state, .key(.backspace))
        #expect(picker(state)?.visibleItems.count == 3)
    }

    @Test("a demonym resolves through the gazetteer's answer")
    func demonym() {
        var state = withPicker()
        for c in "iranian" { _ = update(&state, .key(.character(c))) }
        #expect(picker(state)?.visibleItems.isEmpty == true)
        _ = update(&state, .countryResolved(query: "iranian", code: "IR", name: "Iran"))
        #expect(picker(state)?.visibleItems.map(\.key) == ["IR"])
        let effects = update(&state, .key(.enter))
        #expect(state.filter.countries == ["IR"])
        #expect(state.overlay == .none)
        #expect(Set(pageRequests(effects).map(\.pane)) == Set(Pane.allCases))
        #expect(pageRequests(effects).allSatisfy { $0.filter.countries == ["IR"] && $0.offset == 0 })
    }

    @Test("an answer for an older query is ignored")
    func staleResolution() {
        var state = withPicker()
        _ = update(&state, .key(.character("i")))
        _ = update(&state, .key(.character("r")))
        _ = update(&state, .countryResolved(query: "i", code: "IN", name: "India"))
        #expect(picker(state)?.resolved == nil)
    }

    @Test("Space toggles several countries and Enter applies them all")
    func toggling() {
        var state = withPicker()
        _ = update(&state, .key(.character(" ")))
        _ = update(&state, .key(.down))
        _ = update(&state, .key(.down))
        _ = update(&state, .key(.character(" ")))
        #expect(picker(state)?.chosen == ["RU", "IR"])
        _ = update(&state, .key(.enter))
        #expect(state.filter.countries == ["RU", "IR"])
    }

    @Test("Esc leaves the filter as it was")
    func cancel() {
        var state = withPicker()
        _ = update(&state, .key(.character(" ")))
        #expect(update(&state, .key(.escape)).isEmpty)
        #expect(state.filter.countries.isEmpty)
    }

    @Test("the type picker filters by incident type")
    func typePicker() {
        var state = AppState()
        _ = update(&state, .key(.character("t")))
        for c in "drone" { _ = update(&state, .key(.character(c))) }
        _ = update(&state, .key(.enter))
        #expect(state.filter.types == [.attackDrone])
    }

    @Test("/ applies the text filter as it is typed; Esc restores the previous text; x clears everything")
    func textFilter() {
        var state = AppState()
        _ = update(&state, .key(.character("/")))
        let first = update(&state, .key(.character("k")))
        #expect(state.filter.text == "k")
        #expect(pageRequests(first).count == 3)
        _ = update(&state, .key(.character("y")))
        _ = update(&state, .key(.enter))
        #expect(state.filter.text == "ky")
        _ = update(&state, .key(.character("/")))
        _ = update(&state, .key(.character("i")))
        #expect(state.filter.text == "kyi")
        _ = update(&state, .key(.escape))
        #expect(state.filter.text == "ky")
        state.filter.countries = ["RU"]
        _ = update(&state, .key(.character("x")))
        #expect(state.filter.isEmpty)
    }

    @Test("s sorts the actors by name, then by mentions again")
    func sorting() {
        var state = AppState()
        let effects = update(&state, .key(.character("s")))
        #expect(state.actorSort == .name)
        #expect(pageRequests(effects).first?.sort == .name)
        _ = update(&state, .key(.character("s")))
        #expect(state.actorSort == .mentions)
    }
}
