// The ActorGraphStore module; see DESIGN.md.
