#!/usr/bin/env python3
"""List candidate difficult words in the Dutch texts of the explainer's content.

What it reads
-------------
Every `nl = "..."` value of every `content/*.toml` file, including all of `ui.toml` (its labels
are visible texts too, and they are short enough not to add noise), except:

- `sources.toml`: its titles, dates and list items are verbatim copies of the source texts for
  the completeness test; the visitor sees them through the topics, themes and points that hold
  the same names, which this script reads.
- `glossary.toml` and `difficult-words.toml`: the glossary explains these words, and the list is
  this script's own output.

Plain string lists elsewhere in the content (`actors = [...]`, `conditions = [...]`, ...) hold ids,
not visible text, so the script does not read them.

What it lists
-------------
1. Every abbreviation: a token with two or more capitals (VNG, IPO, UvW, GS), or a capital
   followed by digits (G40, G32). "GS-en" and "AAC's" count as GS and AAC.
2. Every other word whose frequency in everyday Dutch is low:
   `wordfreq.zipf_frequency(word, "nl") < THRESHOLD` (Zipf 3.0 is about once per million words).
   Words are lowercased before the look-up. Words of one or two letters and numbers are skipped.
   A word that is only ever written with a capital in the middle of a sentence is taken to be a
   proper name (of a person, place or organisation) and skipped; the names skipped go to stderr
   so a reviewer can check them. Placeholders of the interface ("{names}") are not words.

The output (stdout) is TOML in the format of `content/difficult-words.toml`. It is a candidate
list: a person then reviews it by hand, removing ordinary words and names, before it is saved.

Usage: python3 xtask/scripts/difficult_words.py > content/difficult-words.toml
Needs: pip install wordfreq==3.1.1 (the version pinned in Cargo.toml, [workspace.metadata.tools])
"""

import re
import sys
import tomllib
from pathlib import Path

import wordfreq
from importlib.metadata import version

THRESHOLD = 3.0
CONTENT = Path(__file__).resolve().parents[2] / "content"
SKIP_FILES = {"sources.toml", "glossary.toml", "difficult-words.toml"}

# Letters including accented ones; a word may contain an apostrophe ("thema's") or inner hyphen.
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)?")
# Interface placeholders such as "{names}" or "{n}" are not words of the text.
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ABBREV = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][0-9]+)$")


def dutch_texts(value):
    """Yield every `nl` string in a parsed TOML value."""
    if isinstance(value, dict):
        if isinstance(value.get("nl"), str) and "en" in value:
            yield value["nl"]
        for v in value.values():
            yield from dutch_texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from dutch_texts(v)


def tokens(text):
    """Yield (token, starts_sentence) for each word of a text; hyphenated words are split."""
    start = True
    text = PLACEHOLDER.sub(" ", text)
    for chunk in text.split():
        for part in re.split(r"[-–/]", chunk):
            for m in WORD.finditer(part):
                word = m.group(0)
                # "AAC's", "GS-en": the abbreviation without its ending.
                word = re.sub(r"['’]s$", "", word) if ABBREV.match(re.sub(r"['’]s$", "", word)) else word
                yield word, start
                start = False
        if chunk.rstrip("\"')’”").endswith((".", "!", "?", ":")):
            start = True


def main():
    abbreviations = set()
    seen_lower = {}        # lowercase word -> set of forms
    capital_mid = set()    # lowercase words seen capitalised mid-sentence
    lower_mid = set()      # lowercase words seen in lowercase anywhere
    for path in sorted(CONTENT.glob("*.toml")):
        if path.name in SKIP_FILES:
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for text in dutch_texts(data):
            for word, start in tokens(text):
                if word.isdigit():
                    continue
                if ABBREV.match(word):
                    abbreviations.add(word)
                    continue
                low = word.lower()
                seen_lower.setdefault(low, set()).add(word)
                if word[0].isupper() and not start:
                    capital_mid.add(low)
                if word[0].islower():
                    lower_mid.add(low)

    rare, names = [], []
    for low in sorted(seen_lower):
        if len(low) <= 2 or any(c.isdigit() for c in low):
            continue
        zipf = wordfreq.zipf_frequency(low, "nl")
        if zipf >= THRESHOLD:
            continue
        if low in capital_mid and low not in lower_mid:
            names.append(low)
            continue
        rare.append((low, zipf))

    print(f"# Made by xtask/scripts/difficult_words.py (wordfreq {version('wordfreq')}, "
          f"threshold zipf_frequency(word, 'nl') < {THRESHOLD}, plus every abbreviation).")
    print("# Candidate list: review it by hand (remove ordinary words and names) before use.")
    print("# Every word here that occurs in a visible text must be a glossary term "
          "(content/glossary.toml) or be replaced by a plainer word.")
    print("words = [")
    for a in sorted(abbreviations, key=str.lower):
        print(f'  "{a}",')
    for low, zipf in rare:
        print(f'  "{low}",  # zipf {zipf:.2f}')
    print("]")
    print(f"# skipped as names: {', '.join(names)}", file=sys.stderr)


if __name__ == "__main__":
    main()
