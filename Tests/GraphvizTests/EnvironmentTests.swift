import Foundation
import Testing
@testable import Graphviz

/// The machine has what Graphviz needs to draw text.
@Suite("Environment")
struct EnvironmentTests {
    /// Without a font visible to fontconfig, PNG text silently comes out as boxes.
    @Test("DejaVu Sans is available to fontconfig",
          .enabled(if: Fixtures.hasTool("/usr/bin/fc-match"), "fc-match is not installed; cannot check fonts"))
    func dejaVuAvailable() throws {
        let (status, output) = try Fixtures.run("/usr/bin/fc-match", ["DejaVu Sans"], input: [])
        #expect(status == 0)
        #expect(output.contains("DejaVu"), "fc-match resolved DejaVu Sans to \(output); install fonts-dejavu-core")
    }
}
