// The ActorGraphRender module; see DESIGN.md.
