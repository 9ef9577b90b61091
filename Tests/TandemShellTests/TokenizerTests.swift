import Testing
@testable import TandemShell

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("partner add Zoé designer", [["partner", "add", "Zoé", "designer"]]),
        ("partner add \"Bureau Öko\" 'design studio'", [["partner", "add", "Bureau Öko", "design studio"]]),
        ("note say \\\"hi\\\" now", [["note", "say", "\"hi\"", "now"]]),
        ("note \"a \\\"quoted\\\" word\"", [["note", "a \"quoted\" word"]]),
        ("note 'single \\ keeps backslash'", [["note", "single \\ keeps backslash"]]),
        ("note a\\ b", [["note", "a b"]]),
        ("new A; partner add B ;; status", [["new", "A"], ["partner", "add", "B"], ["status"]]),
        ("note \"a;b\"", [["note", "a;b"]]),
        ("  # a comment", []),
        ("note #1 priority", [["note", "#1", "priority"]]),
        ("note Zoé attend l'accord d'Öko", [["note", "Zoé", "attend", "l'accord", "d'Öko"]]),
        ("partner add 'Bureau Öko' l'atelier", [["partner", "add", "Bureau Öko", "l'atelier"]]),
        ("", []),
        ("   \t ", []),
        ("set purpose \"\"", [["set", "purpose", ""]]),
    ])
    func splits(line: String, expected: [[String]]) throws {
        #expect(try Tokenizer.commands(line) == expected)
    }

    @Test func reportsAnUnterminatedQuoteWithItsColumn() {
        #expect(throws: Tokenizer.Failure.unterminatedQuote("\"", column: 13)) {
            try Tokenizer.commands("partner add \"Bureau")
        }
        #expect(throws: Tokenizer.Failure.unterminatedQuote("'", column: 6)) { try Tokenizer.commands("note 'x") }
    }

    @Test func reportsADanglingBackslash() {
        #expect(throws: Tokenizer.Failure.danglingBackslash(column: 6)) { try Tokenizer.commands("note \\") }
    }

    @Test func quotesOnlyWhenNeeded() throws {
        #expect(Tokenizer.quote("Zoé") == "Zoé")
        #expect(Tokenizer.quote("Bureau Öko") == "\"Bureau Öko\"")
        #expect(Tokenizer.quote("say \"hi\"") == "\"say \\\"hi\\\"\"")
        for word in ["Bureau Öko", "a;b", "x\\y", "it's", "#1"] {
            #expect(try Tokenizer.commands("note " + Tokenizer.quote(word)) == [["note", word]])
        }
    }

    /// Found by the fuzzer: a combining mark right after a tab or quote used to
    /// join it into one Character and hide the separator.
    @Test func combiningMarksDoNotHideSeparators() throws {
        #expect(try Tokenizer.commands("note a\t\u{35C}b") == [["note", "a", "\u{35C}b"]])
        #expect(try Tokenizer.commands("note \"\u{301}x\"") == [["note", "\u{301}x"]])
        let words = ["\0\0", "\u{035C}Defc", "'\0", "c\0'", "'''''", "c", "#/", "c\\\u{07AB}d"]
        #expect(try Tokenizer.commands(words.map(Tokenizer.quote).joined(separator: " ")) == [words])
    }

    @Test func aHugeLineIsHandled() throws {
        let text = String(repeating: "é", count: 1_000_000)
        #expect(try Tokenizer.commands("note " + text) == [["note", text]])
    }
}

@Suite struct ScriptSourceTests {
    @Test func findsCommandsUsedByAScript() {
        let script = ScriptLineSource(text: "new A\n  note undo later\npartner add B; undo\n", name: "s")
        #expect(script.uses(command: "undo"))
        #expect(!ScriptLineSource(text: "new A\nnote undo is not used\nundone\n", name: "s").uses(command: "undo"))
        #expect(ScriptLineSource(text: "undo", name: "s").uses(command: "undo"))
    }

    @Test func reportsLinesAndInvalidUTF8() {
        let script = ScriptLineSource(bytes: Array("a\r\n".utf8) + [0xFF, 0x0A] + Array("c".utf8), name: "f")
        #expect(script.readLine(prompt: "") == .line("a"))
        #expect(script.readLine(prompt: "") == .undecodable)
        #expect(script.location == "f:2")
        #expect(script.readLine(prompt: "") == .line("c"))
        #expect(script.readLine(prompt: "") == .end)
    }
}
