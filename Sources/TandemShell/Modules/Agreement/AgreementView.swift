import TandemCore

/// `agreement show`: the rules by topic, each with its id, then the
/// analysis — as styled lines within 80 columns, for the shell (or a test)
/// to print.
struct AgreementView: ModuleView {
    typealias Line = Styled

    let session: Session
    let t: Wording
    /// The colour of a finding's tone.
    let tone: (Finding.Tone) -> Style
    var width = Shell.moduleViewWidth

    func lines() -> [Line] {
        let title = session.rules.count == 1 ? "agreement.title.one" : "agreement.title"
        var out = [Line(sentenceText(title, ["count": String(session.rules.count)]), .heading)]
        let idWidth = session.rules.map(\.id.count).max() ?? 2
        for topic in RuleTopic.allCases {
            let rules = session.rulesAbout(topic)
            guard !rules.isEmpty else { continue }
            out.append(Line(""))
            out.append(Line(t("agreement.heading.\(topic.rawValue)"), .accent))
            for rule in rules {
                out += wrappedText(
                    t.marks(shared: rule.isShared) + rule.text, first: "  " + rule.id.fitted(to: idWidth) + "  "
                ).map { Line($0) }
            }
        }
        out.append(Line(""))
        for sentence in t.markLegend(private: session.rules.contains { !$0.isShared }, guess: false) {
            out += wrappedText(sentence, first: "", rest: "  ").map { Line($0, .dim) }
            out.append(Line(""))
        }
        return out + analysis()
    }

    /// The analysis, one bullet per finding: what this partnership still needs written, what the rules answer.
    func analysis() -> [Line] {
        [Line(sentenceText("agreement.analysis", [:]), .heading)]
            + Findings.agreement(session, t).flatMap { finding in
                wrappedText(finding.text, first: "  - ").map { Line($0, tone(finding.tone)) }
            }
    }
}

extension Shell {
    func showAgreement() {
        guard let session = current?.session else { return }
        let view = AgreementView(session: session, t: wording, tone: style)
        for viewLine in view.lines() { line(viewLine.text, viewLine.style) }
    }
}
