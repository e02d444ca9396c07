// Shims over Graphviz's C API (libgvc, libcgraph) for the Graphviz Swift module.
// Each function exists for a reason given beside it; see notes/graphviz-binding.md.
//
// Graphviz 2.42 declares most string parameters `char *` although it only reads
// them (it copies names and values into its own string dictionary). Swift imports
// `char *` as UnsafeMutablePointer<CChar>, which a Swift String does not bridge to;
// the `const char *` wrappers below let Swift pass strings directly, and keep the
// casts in one reviewed place instead of scattering `mutating:` through Swift code.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects reading the mutable globals Agdirected & co. ("not concurrency-safe").
static inline Agdesc_t cgv_desc_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_desc_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_desc_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgv_desc_strict_undirected(void) { return Agstrictundirected; }

// agopen takes `char *name` and a descriptor global; this picks the descriptor
// from two flags so Swift needs neither the globals nor a mutable name.
static inline Agraph_t *cgv_open(const char *name, int directed, int strict) {
    Agdesc_t desc = directed ? (strict ? Agstrictdirected : Agdirected)
                             : (strict ? Agstrictundirected : Agundirected);
    return agopen((char *)name, desc, NULL);
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
