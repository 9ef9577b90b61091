import Testing

@testable import TandemCore

/// Lookups by id guess the index from the id's number, and still find every
/// item when the order is not the order of the ids (removals, hand edits).
@Suite struct WithIDTests {
    struct Item: Identifiable, Equatable {
        let id: String
    }

    static func items(_ ids: [String]) -> [Item] { ids.map(Item.init) }

    @Test(arguments: [
        ["r1", "r2", "r3", "r4"],  // as handed out
        ["r1", "r3", "r4", "r7"],  // some removed
        ["r7", "r2", "r10", "r1", "r3"],  // a hand-edited order
        ["r10", "r9", "r8", "r7", "r6", "r5", "r4", "r3", "r2", "r1"],  // reversed
        ["x", "r0", "r00", "r1a", "1", "r999999999999"],  // odd ids
    ])
    func findsEveryItemWhereverItSits(_ ids: [String]) {
        let list = Self.items(ids)
        for id in ids {
            #expect(list.withID(id) == Item(id: id))
            #expect(list.hasID(id))
        }
        #expect(list.withID("r5000") == nil)
        #expect(list.withID("") == nil)
        #expect(!list.hasID("r42"))
    }

    @Test func anEmptyListHasNone() {
        #expect([Item]().withID("r1") == nil)
        #expect([Item]().withID("r0") == nil)
    }
}
