// The ActorGraphFormats module; see DESIGN.md.
