import Testing

@testable import TandemCore

/// A value that ends its own sentence does not get a second full stop from the template.
@Suite struct PromptFillTests {
    @Test(arguments: [
        ("Discuss {text}.", "the development.", "Discuss the development."),
        ("Discuss {text}.", "the development", "Discuss the development."),
        ("Discuss {text}...", "the development.", "Discuss the development...."),
        ("{text}. Then more.", "Done.", "Done. Then more."),
        ("Left {text} as is", "{x}", "Left {x} as is"),
    ])
    func fill(_ template: String, _ value: String, _ expected: String) {
        #expect(PromptCatalog.fill(template, ["text": value]) == expected)
    }
}
