// Shims over Graphviz's C API (libgvc, libcgraph) for the Graphviz Swift module.
// Each function exists for a reason given beside it; see notes/graphviz-binding.md.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects reading the mutable globals Agdirected & co. ("not concurrency-safe").
static inline Agdesc_t cgv_desc_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_desc_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_desc_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgv_desc_strict_undirected(void) { return Agstrictundirected; }

#endif
