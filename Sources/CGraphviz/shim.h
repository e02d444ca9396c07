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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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
// came out with its clusters in another order. This discipline numbers names in
// the order they are first seen (even IDs 2, 4, 6, ...; anonymous objects get
// odd IDs, as with the default discipline), so subgraph order is creation order.
// It keeps the names itself, in a small hash table, rather than in cgraph's
// internal name map: closing any subgraph (layouts make and delete temporary
// ones) wipes that map for the whole graph in 2.42, and every name with it.
// The names are interned with agstrdup, like the default discipline's: writers
// (agwrite, canon output) treat every object name as a refstr.
typedef struct {
    Agraph_t *root;        // the graph whose string dictionary holds the names
    char **names;          // names[k] has ID 2 * (k + 1)
    size_t count, capacity;
    size_t *slots;         // open addressing over names: 0 = empty, else k + 1
    size_t slot_count;     // a power of two, at least twice count
    IDTYPE next_anonymous; // odd
} cgv_ids_t;

static inline size_t cgv_ids_hash(const char *s) {  // FNV-1a
    uint64_t h = 1469598103934665603ULL;
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ULL; }
    return (size_t)h;
}

static inline int cgv_ids_rehash(cgv_ids_t *t, size_t slot_count) {
    size_t *slots = (size_t *)calloc(slot_count, sizeof(size_t));
    if (slots == NULL) return 0;
    for (size_t k = 0; k < t->count; k++) {
        size_t i = cgv_ids_hash(t->names[k]) & (slot_count - 1);
        while (slots[i]) i = (i + 1) & (slot_count - 1);
        slots[i] = k + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->slot_count = slot_count;
    return 1;
}

// The index + 1 of name, or 0 when it has none (and cannot get one, if create).
static inline size_t cgv_ids_lookup(cgv_ids_t *t, const char *name, int create) {
    if (t->slot_count) {
        size_t i = cgv_ids_hash(name) & (t->slot_count - 1);
        for (; t->slots[i]; i = (i + 1) & (t->slot_count - 1)) {
            if (strcmp(t->names[t->slots[i] - 1], name) == 0) return t->slots[i];
        }
    }
    if (!create) return 0;
    if ((t->count + 1) * 2 > t->slot_count && !cgv_ids_rehash(t, t->slot_count ? t->slot_count * 2 : 64)) return 0;
    if (t->count == t->capacity) {
        size_t capacity = t->capacity ? t->capacity * 2 : 32;
        char **names = (char **)realloc(t->names, capacity * sizeof(char *));
        if (names == NULL) return 0;
        t->names = names;
        t->capacity = capacity;
    }
    char *copy = agstrdup(t->root, (char *)name);
    if (copy == NULL) return 0;
    t->names[t->count++] = copy;
    size_t i = cgv_ids_hash(name) & (t->slot_count - 1);
    while (t->slots[i]) i = (i + 1) & (t->slot_count - 1);
    t->slots[i] = t->count;
    return t->count;
}

static inline void *cgv_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgv_ids_t *t = (cgv_ids_t *)calloc(1, sizeof(cgv_ids_t));
    if (t == NULL) return NULL;
    t->root = g;
    t->next_anonymous = 1;
    return t;
}
static inline long cgv_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cgv_ids_t *t = (cgv_ids_t *)state;
    if (t == NULL) return 0;
    if (str == NULL) {  // cgraph only asks for anonymous IDs to create an object
        *id = t->next_anonymous;
        t->next_anonymous += 2;
        return 1;
    }
    size_t k = cgv_ids_lookup(t, str, createflag);
    if (k == 0) return 0;
    *id = (IDTYPE)(2 * k);
    return 1;
}
static inline long cgv_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;  // caller-chosen IDs are refused, as by the default discipline
}
static inline void cgv_id_free(void *state, int objtype, IDTYPE id) {
    // Names are kept until the graph closes: a deleted object's name may come back.
    (void)state; (void)objtype; (void)id;
}
static inline char *cgv_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    cgv_ids_t *t = (cgv_ids_t *)state;
    if (t == NULL || id % 2 != 0 || id == 0 || id / 2 > t->count) return NULL;
    return t->names[id / 2 - 1];
}
static inline void cgv_id_close(void *state) {
    cgv_ids_t *t = (cgv_ids_t *)state;
    if (t == NULL) return;
    // The interned names themselves go with the graph's string dictionary.
    free(t->names);
    free(t->slots);
    free(t);
}
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

// The bounding box of a laid-out graph, in points (GD_bb: the `bb` attribute
// gvLayout writes is rounded to whole points): lower-left x, y, upper-right x, y.
static inline void cgv_bounding_box(Agraph_t *g, double *box) {
    boxf bb = GD_bb(g);
    box[0] = bb.LL.x; box[1] = bb.LL.y; box[2] = bb.UR.x; box[3] = bb.UR.y;
}

// An attribute's value, or NULL when the attribute is not declared.
static inline const char *cgv_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
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
