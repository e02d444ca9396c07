// The Graphviz module; see DESIGN.md.
