#!/usr/bin/env python3
"""Checks content/glossary.toml without building the project (python3 only).

1. Every `source.section` is empty or a line of the document's seed file (compared as the Rust
   test does: curly quotes and dashes made plain, spaces collapsed, lowercase, end punctuation
   trimmed), and every `source.doc` is a document id.
2. Every Dutch explanation passes the B1 rule of src/content/readability.rs: no sentence over 25
   words, on average at most 15 words a sentence (same word and sentence counting).
3. Ids are "begrip-" slugs and unique across all content files; `basis` is one of the three.
4. Every word of content/difficult-words.toml is matched by a term (the term, or the word with a
   plural or inflection ending removed, occurs in a term's Dutch name, or FORMS maps it to a
   term), or is listed in REPLACE.

Usage: python3 xtask/scripts/check_glossary.py [seeds-dir]   (default /work/shared/seeds)
"""
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
SEEDS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/seeds")
# Words of the difficult-words list that should be replaced by a plainer word, not explained.
REPLACE = {"spilrol": "documents.toml"}
# Forms whose term the ending rule cannot find (a long vowel lost, a Latin plural).
FORMS = {"bestuurslagen": "bestuurslaag", "kindcentra": "integraal kindcentrum"}


def normalize(s):
    s = s.translate(str.maketrans({"‘": "'", "’": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                                   "–": "-", "—": "-", "\u00a0": " "}))
    return " ".join(s.split()).lower().strip(".,;:!?").strip()


def sentence_lengths(text):
    lengths, words = [], 0
    for token in text.split():
        if any(c.isalnum() for c in token):
            words += 1
        end = token.rstrip("\"')”’»")
        if end.endswith((".", "!", "?")) and words > 0:
            lengths.append(words)
            words = 0
    if words:
        lengths.append(words)
    return lengths


def main():
    problems = 0
    docs = {d["id"]: d["seed"] for d in tomllib.loads((CONTENT / "documents.toml").read_text())["document"]}
    seeds = {i: [normalize(l) for l in (SEEDS / s).read_text(encoding="utf-8").splitlines()] for i, s in docs.items()}
    terms = tomllib.loads((CONTENT / "glossary.toml").read_text(encoding="utf-8"))["term"]

    print("== sections")
    for t in terms:
        doc, sec = t["source"]["doc"], t["source"]["section"]
        ok = doc in docs and (sec == "" or normalize(sec) in seeds[doc])
        problems += not ok
        print(f"{'ok ' if ok else 'BAD'} {t['id']:35} {doc} / {sec!r}")

    print("== B1 (Dutch explanations: max 25 words a sentence, average at most 15)")
    for t in terms:
        ls = sentence_lengths(t["explanation"]["nl"])
        avg = sum(ls) / len(ls)
        ok = max(ls) <= 25 and avg <= 15
        problems += not ok
        print(f"{'ok ' if ok else 'BAD'} {t['id']:35} sentences {len(ls)}, longest {max(ls)}, average {avg:.1f}")

    print("== ids and basis")
    ids = {}
    for p in CONTENT.glob("*.toml"):
        for m in re.finditer(r'^id = "([^"]+)"', p.read_text(encoding="utf-8"), re.M):
            ids.setdefault(m.group(1), []).append(p.name)
    for t in terms:
        ok = (re.fullmatch(r"begrip-[a-z0-9-]+", t["id"]) and len(ids[t["id"]]) == 1
              and t["basis"] in ("source", "general", "unexplained"))
        if not ok:
            problems += 1
            print("BAD", t["id"], ids.get(t["id"]), t["basis"])
    print(f"{len(terms)} terms checked")

    print("== difficult words")
    names = [t["term"]["nl"].lower() for t in terms]
    words = tomllib.loads((CONTENT / "difficult-words.toml").read_text(encoding="utf-8"))["words"]
    for w in words:
        stems = {w.lower()} | {re.sub(suf + "$", "", w.lower()) for suf in ("'s", "s", "e", "en", "ing", "ingen")}
        stems = {s for s in stems if len(s) >= 2}
        if w != w.lower():  # an abbreviation: its term is the abbreviation itself
            hit = [n for n in names if n == w.lower()]
        else:
            hit = [n for n in names if any(s in n for s in stems) or FORMS.get(w) == n]
        if hit:
            continue
        if w in REPLACE:
            print(f"replace {w} (in {REPLACE[w]})")
        else:
            problems += 1
            print("BAD no term for", w)
    print(f"{len(words)} words checked")
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
