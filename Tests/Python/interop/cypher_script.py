"""Splits a Cypher script into statements the way cypher-shell does: at `;`
outside string literals, backticked names and comments."""


def statements(text):
    out, current, i, n = [], [], 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise ValueError(f"unterminated string literal at offset {i}")
            current.append(text[i:j + 1])
            i = j + 1
        elif c == "`":
            j = i + 1
            while True:
                j = text.index("`", j)
                if j + 1 < n and text[j + 1] == "`":
                    j += 2
                    continue
                break
            current.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
        elif c == ";":
            out.append("".join(current).strip())
            current = []
            i += 1
        else:
            current.append(c)
            i += 1
    rest = "".join(current).strip()
    if rest:
        raise ValueError(f"text after the last ';': {rest[:80]!r}")
    return [s for s in out if s]
