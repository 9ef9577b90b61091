import TandemShell

/// A line source that ends as soon as stdout has refused a write: the shell
/// then finishes as at the end of a script (or Ctrl-D), saving what it can.
final class StopsWhenOutputFails: LineSource {
    private let inner: LineSource
    private let sink: StandardSink

    init(_ inner: LineSource, sink: StandardSink) {
        self.inner = inner
        self.sink = sink
    }

    func readLine(prompt: String) -> LineEvent {
        guard sink.outputFailure == nil else { return .end }
        return inner.readLine(prompt: prompt)
    }

    var location: String? { inner.location }

    func accepted(_ line: String) {
        inner.accepted(line)
    }
}
