// The ActorGraphExtraction module; see DESIGN.md.
