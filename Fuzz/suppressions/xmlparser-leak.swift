// The leak in suppressions/lsan.supp, without ActorGraph: a bare XMLParser on malformed XML.
// swiftc -sanitize=address xmlparser-leak.swift -o /tmp/xmlparser-leak && ASAN_OPTIONS=detect_leaks=1 /tmp/xmlparser-leak
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

for _ in 0..<100 {
    let parser = XMLParser(data: Data("<a><b></a>".utf8))
    _ = parser.parse()
}
print("done")
