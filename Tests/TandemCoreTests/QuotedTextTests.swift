@testable import TandemCore
import TandemTestSupport
import Testing

/// A text is put between the language's quotation marks once: one typed
/// already between a pair of them is shown as typed.
@Suite struct QuotedTextTests {
    @Test func quotedOnceInEachLanguage() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let en = Wording(catalog: catalog, language: .en)
        let fr = Wording(catalog: catalog, language: .fr)
        #expect(en.quoted("we'll see") == "\"we'll see\"")
        #expect(fr.quoted("on verra") == "«\u{A0}on verra\u{A0}»")
        for typed in ["« on verra »", "\"we'll see\"", "\u{201C}maybe\u{201D}", "'ok'"] {
            #expect(en.quoted(typed) == typed)
            #expect(fr.quoted(typed) == typed)
        }
        // Marks that do not pair, or one mark alone, are quoted like any text.
        #expect(fr.quoted("« à suivre") == "«\u{A0}« à suivre\u{A0}»")
        #expect(en.quoted("\"") == "\"\"\"")
        #expect(en.quoted("l'équipe") == "\"l'équipe\"")
        // Two quoted words are not one quoted text.
        #expect(en.quoted("\"a\" or \"b\"") == "\"\"a\" or \"b\"\"")
        #expect(fr.quoted("'x' et 'y'") == "«\u{A0}'x' et 'y'\u{A0}»")
        // Cut short, a quoted text keeps one pair of marks: the language's.
        #expect(fr.quoted("« on verra bien ce que ça donne »", cutTo: 12).hasPrefix("«\u{A0}on verra"))
        #expect(!fr.quoted("« on verra bien ce que ça donne »", cutTo: 12).hasPrefix("«\u{A0}«"))
        #expect(fr.quoted("« on verra »", cutTo: 40) == "« on verra »")
    }
}
