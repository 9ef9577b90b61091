import TandemCore

/// Whose turn it is when partners answer alone (the health check), and the
/// catalogue text that announces it (`{partner}` filled with their name).
struct GuideTurn: Equatable {
    let partner: String
    var key = "health.turn"
}

extension Shell {
    /// Starts a partner's private turn: the screen and its scrollback are
    /// cleared so the previous partner's scores cannot be scrolled back to,
    /// then the turn is announced.
    func beginPrivateTurn(_ turn: GuideTurn) {
        clearScreenForPrivacy()
        line("")
        say(turn.key, ["partner": turn.partner], .heading)
    }

    /// Clears a real terminal: cursor home, erase the display, then the
    /// scrollback (`CSI 3 J`, which xterm, tmux, VTE and most terminals honour).
    /// Only an interactive shell with terminal output gets the sequence: a
    /// script, a pipe or a transcript keeps everything it was shown.
    func clearScreenForPrivacy() {
        guard interactive, configuration.colorEnabled else { return }
        sink.write("\u{1B}[H\u{1B}[2J\u{1B}[3J", stream: .output)
    }
}
