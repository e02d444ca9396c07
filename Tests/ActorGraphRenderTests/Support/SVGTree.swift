import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG document, just enough to find Graphviz's node, edge and
/// cluster groups and their text. Parsing fails on malformed XML, which is a
/// test of its own: Graphviz must emit well-formed SVG whatever the labels.
struct SVGTree {
    /// One XML element.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and all its descendants, depth first.
        var descendants: [Element] { [self] + children.flatMap(\.descendants) }

        /// The text of all `<text>` elements inside, in order.
        var texts: [String] { descendants.filter { $0.name == "text" }.map(\.text) }

        /// The `<title>` child's text: Graphviz puts the node name or `tail->head` there.
        var title: String? { children.first { $0.name == "title" }?.text }
    }

    let root: Element

    /// Parses `bytes`; nil when they are not well-formed XML.
    init?(_ bytes: [UInt8]) {
        let delegate = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else { return nil }
        self.root = root
    }

    /// The `<g>` groups whose `class` attribute contains `className` as a word.
    func groups(withClass className: String) -> [Element] {
        root.descendants.filter {
            $0.name == "g" && ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className))
        }
    }

    /// The node group whose title is `id`.
    func node(_ id: String) -> Element? { groups(withClass: "node").first { $0.title == id } }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = Element(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
