import Testing
@testable import TandemShell

/// The one lexer, used to run a line and to complete it.
@Suite struct LexerTests {
    static func words(_ line: String) -> [String] { Lexer.lex(line).tokens.map(\.text) }

    @Test(arguments: [
        ("partner add Zoé designer", ["partner", "add", "Zoé", "designer"]),
        ("partner add \"Bureau Öko\" 'design studio'", ["partner", "add", "Bureau Öko", "design studio"]),
        ("note say \\\"hi\\\" now", ["note", "say", "\"hi\"", "now"]),
        ("note \"a \\\"quoted\\\" word\"", ["note", "a \"quoted\" word"]),
        ("note 'single \\ keeps backslash'", ["note", "single \\ keeps backslash"]),
        ("note a\\ b", ["note", "a b"]),
        ("new A; partner add B ;; status", ["new", "A;", "partner", "add", "B", ";;", "status"]),
        ("note \"a;b\"", ["note", "a;b"]),
        ("note #1 priority", ["note", "#1", "priority"]),
        ("note Zoé attend l'accord d'Öko", ["note", "Zoé", "attend", "l'accord", "d'Öko"]),
        ("partner add 'Bureau Öko' l'atelier", ["partner", "add", "Bureau Öko", "l'atelier"]),
        ("", []),
        ("   \t ", []),
        ("set purpose \"\"", ["set", "purpose", ""]),
    ])
    func splits(line: String, expected: [String]) {
        #expect(Self.words(line) == expected)
    }

    @Test func remembersWhereEachWordStands() {
        let line = Lexer.lex("note  Julien a dit \"on verra\" ; à garder")
        #expect(line.tokens[1].range == 6..<12)
        #expect(line.rest(from: line.tokens[1].range.lowerBound) == "Julien a dit \"on verra\" ; à garder")
        #expect(line.tokens[4].isQuoted)
        #expect(!line.tokens[1].isQuoted)
        #expect(!Lexer.lex("a\"b c\"").tokens[0].isQuoted)
    }

    @Test func reportsAnUnterminatedQuoteWithItsColumn() {
        let line = Lexer.lex("partner add \"Bureau")
        #expect(line.failure == .unterminatedQuote("\"", column: 13))
        #expect(line.unfinished?.text == "Bureau")
        #expect(Lexer.lex("note 'x").failure == .unterminatedQuote("'", column: 6))
    }

    @Test func reportsADanglingBackslash() {
        #expect(Lexer.lex("note \\").failure == .danglingBackslash(column: 6))
    }

    @Test func quotesOnlyWhenNeeded() {
        #expect(Lexer.quote("Zoé") == "Zoé")
        #expect(Lexer.quote("Bureau Öko") == "\"Bureau Öko\"")
        #expect(Lexer.quote("say \"hi\"") == "\"say \\\"hi\\\"\"")
        for word in ["Bureau Öko", "a;b", "x\\y", "it's", "#1"] {
            #expect(Self.words("note " + Lexer.quote(word)) == ["note", word])
        }
    }

    /// Found by the fuzzer: a combining mark right after a tab or quote used to
    /// join it into one Character and hide the separator.
    @Test func combiningMarksDoNotHideSeparators() {
        #expect(Self.words("note a\t\u{35C}b") == ["note", "a", "\u{35C}b"])
        #expect(Self.words("note \"\u{301}x\"") == ["note", "\u{301}x"])
        let words = ["\0\0", "\u{035C}Defc", "'\0", "c\0'", "'''''", "c", "#/", "c\\\u{07AB}d"]
        #expect(Self.words(words.map(Lexer.quote).joined(separator: " ")) == words)
    }

    @Test func aHugeLineIsHandled() {
        let text = String(repeating: "é", count: 1_000_000)
        #expect(Self.words("note " + text) == ["note", text])
    }

    @Test(arguments: [
        ("open x; note A", ["open x", "note A"]),
        ("note \"a;b\"; status", ["note \"a;b\"", "status"]),
        ("note a\\;b", ["note a\\;b"]),
        ("note l'accord; status", ["note l'accord", "status"]),
        (" ; ;", []),
    ])
    func splitsCommandLineCommandsAtSemicolonsOutsideQuotes(text: String, expected: [String]) {
        #expect(Lexer.commands(text) == expected)
    }
}
