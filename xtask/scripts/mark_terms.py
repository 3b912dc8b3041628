#!/usr/bin/env python3
"""Propose glossary marks in the paragraph texts of the content (run once, then reviewed by hand).

The content marks where a glossary term occurs by writing `[[words]]` or `[[words|slug]]` in a
paragraph text (content/README.md, "Marks"). This script wrote the first marks: in every
paragraph field (the fields of type `Prose` in src/content/model.rs and ui_text.rs, listed in
PROSE_KEYS below) it marks the first occurrence of each glossary term, found by the term's
`forms` in that language as a whole word (a form with a capital exactly, others in any case;
longer forms first, so "gebiedsgericht werken" wins over "gebiedsgericht"). An English text
marks a term only where its Dutch text marks the same term, so "conditions" is marked only
where the Dutch says "randvoorwaarden".

It edits the files in place and prints what it marked. Everything it writes is a proposal: the
marks were then read one by one (a wrong sense is unmarked by hand; a missed inflection is marked
by hand), and only the files decide. Running it again adds marks only to terms a text does not
mark yet, so it never undoes a hand edit except where a term is unmarked on purpose: review its
diff before committing.

Usage: python3 xtask/scripts/mark_terms.py [content-dir]
"""
import re
import sys
import tomllib
from pathlib import Path

# The paragraph fields per content file (the keys whose `{ nl, en }` tables are `Prose`);
# "table:key" takes the key only under that table's headers ([[list.topic]]: a topic's name,
# not a list's).
PROSE_KEYS = {
    "documents.toml": {"summary"},
    "actors.toml": {"summary"},
    "omkering.toml": {"summary", "text"},
    "conditions.toml": {"name", "text"},
    "themes.toml": {"about:text"},
    "development-points.toml": {"about:text", "reading"},
    "topics.toml": {"summary", "text", "list.topic:name"},
    "relations.toml": {"note"},
    "events.toml": {"text"},
    "layers.toml": {"text", "role"},
    "finance.toml": {"start", "effect"},
    "ui.toml": {"intro", "ui.finance_view:how"},
    "tour.toml": {"say", "slide.question:text"},
}

PART = re.compile(r"[\w-]")


def whole_word_spans(text, form):
    """Where `form` stands in `text` as whole words."""
    exact = any(c.isupper() for c in form)
    hay, needle = (text, form) if exact else (text.lower(), form.lower())
    start = 0
    while (i := hay.find(needle, start)) >= 0:
        j = i + len(needle)
        if (i == 0 or not PART.match(text[i - 1])) and (j == len(text) or not PART.match(text[j])):
            yield i, j
        start = i + 1


def marked_spans(raw):
    return [(m.start(), m.end()) for m in re.finditer(r"\[\[.*?\]\]", raw)]


def marked_terms(raw, terms, lang):
    found = set()
    for m in re.finditer(r"\[\[(.*?)\]\]", raw):
        words, _, slug = m.group(1).partition("|")
        if slug:
            found.add(slug)
        else:
            for slug_, t in terms.items():
                if any(same(f, words) for f in t[lang]):
                    found.add(slug_)
    return found


def same(form, words):
    return form == words if any(c.isupper() for c in form) else form.lower() == words.lower()


def mark(raw, terms, lang, only=None):
    """`raw` with the first occurrence of each term marked; the slugs marked."""
    done = marked_terms(raw, terms, lang)
    taken = marked_spans(raw)
    chosen = []
    candidates = sorted(((slug, f) for slug, t in terms.items() for f in t[lang]), key=lambda x: -len(x[1]))
    for slug, form in candidates:
        if slug in done or (only is not None and slug not in only):
            continue
        for i, j in whole_word_spans(raw, form):
            if any(i < b and a < j for a, b in taken):
                continue
            taken.append((i, j))
            chosen.append((i, j, slug))
            done.add(slug)
            break
    for i, j, slug in sorted(chosen, reverse=True):
        words = raw[i:j]
        owners = [s for s, t in terms.items() if any(same(f, words) for f in t[lang])]
        inner = words if owners == [slug] else f"{words}|{slug}"
        raw = raw[:i] + "[[" + inner + "]]" + raw[j:]
    return raw, {s for _, _, s in chosen} | marked_terms(raw, terms, lang)


def string_at(text, i):
    """The end of the TOML basic string whose opening quote is at `i`."""
    j = i + 1
    while text[j] != '"':
        j += 2 if text[j] == "\\" else 1
    return j


def main():
    content = Path(sys.argv[1] if len(sys.argv) > 1 else "content")
    glossary = tomllib.loads((content / "glossary.toml").read_text())["term"]
    terms = {t["id"].removeprefix("begrip-"): t["forms"] for t in glossary}
    for name, keys in PROSE_KEYS.items():
        path = content / name
        text = path.read_text()
        out, at = [], 0
        plain_keys = {k.split(":")[-1] for k in keys}
        pattern = re.compile(r"^[ \t]*(%s) = \{" % "|".join(sorted(plain_keys)), re.M)
        for m in pattern.finditer(text):
            key = m.group(1)
            if key not in keys:
                headers = re.findall(r"^\[\[?([\w.]+)\]\]?", text[: m.start()], re.M)
                if f"{headers[-1] if headers else ''}:{key}" not in keys:
                    continue
            pos = m.end()
            spans = {}
            for lang in ("nl", "en"):
                k = re.compile(r'\b%s = "' % lang).search(text, pos)
                start = k.end() - 1
                end = string_at(text, start)
                spans[lang] = (start + 1, end)
            (a, b), (c, d) = spans["nl"], spans["en"]
            nl, nl_terms = mark(text[a:b], terms, "nl")
            en, _ = mark(text[c:d], terms, "en", only=nl_terms)
            if (a, b) > (c, d):
                raise SystemExit(f"{name}: en before nl at offset {m.start()}")
            out += [text[at:a], nl, text[b:c], en]
            at = d
            if nl != text[a:b] or en != text[c:d]:
                print(f"{name}: {nl}\n    {en}")
        out.append(text[at:])
        path.write_text("".join(out))


if __name__ == "__main__":
    main()
