// Shims over Graphviz's C API (libgvc, libcgraph) for the Graphviz Swift module.
// Each function exists for a reason given beside it; see notes/graphviz-binding.md.
// SwiftPM does not notice edits to this header: after changing it, touch a Swift
// file of the Graphviz target (or its objects keep the old inline code).
//
// Graphviz 2.42 declares most string parameters `char *` although it only reads
// them (it copies names and values into its own string dictionary). Swift imports
// `char *` as UnsafeMutablePointer<CChar>, which a Swift String does not bridge to;
// the `const char *` wrappers below let Swift pass strings directly, and keep the
// casts in one reviewed place instead of scattering `mutating:` through Swift code.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects reading the mutable globals Agdirected & co. ("not concurrency-safe").
static inline Agdesc_t cgv_desc_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_desc_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_desc_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgv_desc_strict_undirected(void) { return Agstrictundirected; }

// Deterministic object IDs. In 2.42 a graph keeps its subgraphs ordered by
// object ID, and the default ID discipline uses the ADDRESS of the interned name
// as the ID, so cluster order (dot's cluster placement, SVG element order)
// depends on the heap: the same graph rendered after other work in the process
// came out with its clusters in another order. This discipline declines to map
// names, so cgraph keeps them in its own internal name map (the path it uses for
// "%"-prefixed names), and hands out IDs from a per-graph counter instead:
// subgraph order is then creation order, every time.
static inline void *cgv_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    IDTYPE *counter = (IDTYPE *)malloc(sizeof(IDTYPE));
    if (counter) *counter = 1;
    return counter;
}
static inline long cgv_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    IDTYPE *counter = (IDTYPE *)state;
    // Names go to cgraph's internal map; only fresh anonymous IDs come from here.
    if (str != NULL || !createflag || counter == NULL) return 0;
    *id = *counter;
    *counter += 2;  // odd, like the default discipline's anonymous IDs
    return 1;
}
static inline long cgv_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;  // caller-chosen IDs (agidnode) are never used by the binding
}
static inline void cgv_id_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }
static inline char *cgv_id_print(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return NULL;  // names are printed from cgraph's internal map
}
static inline void cgv_id_close(void *state) { free(state); }
static inline void cgv_id_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

// agopen takes `char *name` and a descriptor global; this picks the descriptor
// from two flags so Swift needs neither the globals nor a mutable name, and
// installs the deterministic ID discipline above (memory and I/O stay default).
// The disciplines are static: cgraph keeps pointers to them for the graph's life.
static inline Agraph_t *cgv_open(const char *name, int directed, int strict) {
    static Agiddisc_t id_disc = {
        cgv_id_open, cgv_id_map, cgv_id_alloc, cgv_id_free, cgv_id_print, cgv_id_close, cgv_id_register
    };
    static Agdisc_t disc = { NULL, &id_disc, NULL };
    Agdesc_t desc = directed ? (strict ? Agstrictdirected : Agdirected)
                             : (strict ? Agstrictundirected : Agundirected);
    return agopen((char *)name, desc, &disc);
}

// agsubg takes `char *name`; always creates (or finds) the subgraph.
static inline Agraph_t *cgv_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

// agnode takes `char *name`; always creates (or finds) the node in g and its ancestors.
static inline Agnode_t *cgv_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

// agedge takes `char *key`; a NULL key makes a new parallel edge in non-strict graphs.
static inline Agedge_t *cgv_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head, const char *key) {
    return agedge(g, tail, head, (char *)key, 1);
}

// agsafeset's last argument becomes the default of the attribute for EVERY object
// of that kind in the root graph (agsafeset(a, "color", "red", "red") turns all
// nodes red). The binding must never pass anything but "", so the shim fixes it.
static inline int cgv_set(void *obj, const char *name, const char *value) {
    return agsafeset(obj, (char *)name, (char *)value, "");
}

// HTML-like labels must be interned with agstrdup_html, or Graphviz draws the
// markup as text. agsafeset keeps the HTML flag (agxset re-interns HTML strings
// as HTML); the temporary reference is released right after.
static inline int cgv_set_html(Agraph_t *root, void *obj, const char *name, const char *html) {
    char *interned = agstrdup_html(root, (char *)html);
    if (interned == NULL) return -1;
    int rc = agsafeset(obj, (char *)name, interned, "");
    agstrfree(root, interned);
    return rc;
}

// Sets the default of an attribute for objects of `kind` (AGNODE, AGEDGE) created
// in g afterwards, like `node [shape=box]` inside g in DOT. When g is a subgraph
// and the attribute is not declared at the root, agattr would declare it at the
// root WITH THIS VALUE, so every node of the graph would inherit it; declaring it
// at the root with "" first keeps the default local to g.
static inline int cgv_default(Agraph_t *g, int kind, const char *name, const char *value) {
    Agraph_t *root = agroot(g);
    if (root != g && agattr(root, kind, (char *)name, NULL) == NULL) {
        if (agattr(root, kind, (char *)name, "") == NULL) return -1;
    }
    return agattr(g, kind, (char *)name, (char *)value) == NULL ? -1 : 0;
}

// The same for an HTML-like default value (for example a label template): it
// must be interned as HTML first, and agattr keeps that interned string.
static inline int cgv_default_html(Agraph_t *g, int kind, const char *name, const char *html) {
    Agraph_t *root = agroot(g);
    char *interned = agstrdup_html(root, (char *)html);
    if (interned == NULL) return -1;
    int rc = cgv_default(g, kind, name, interned);
    agstrfree(root, interned);
    return rc;
}

#endif
