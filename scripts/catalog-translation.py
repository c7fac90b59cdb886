#!/usr/bin/env python3
"""Writes or checks the translations of the catalog's text, beside the catalog files.

  scripts/catalog-translation.py template LANG [FILE.json...]
      writes FILE.LANG.json beside each catalog file that has none yet: every translatable
      field with its English text, for a translator to replace (ids kept to match entries).
  scripts/catalog-translation.py untranslated LANG [FILE.json...]
      lists the fields whose translation is still the English text (names of brands and
      loanwords of the trade may rightly stay).

The program itself validates translations when it loads them (core/catalog/CatalogTranslation);
this script only saves typing. The translatable fields are the ones listed in
CatalogTranslation.cpp (kTranslatable); keep the two lists the same.
"""
import glob
import json
import os
import sys

TRANSLATABLE = [
    "sources[].title",  # only of the catalog's own sources (not articles, not reports)
    "sources[].note", "sources[].method", "sources[].sample", "sources[].dataPeriod",
    "metrics[].name", "metrics[].definition", "metrics[].formula", "metrics[].unit",
    "roles[].title", "roles[].category", "roles[].summary", "roles[].dimensions.*.text",
    "roles[].responsibilities[].name", "roles[].responsibilities[].description",
    "roles[].skills[].name", "roles[].skills[].description",
    "roles[].misconceptions[].belief", "roles[].misconceptions[].reality",
    "roles[].notResponsibleFor[].task",
    "roles[].reportsTo[].label",
    "roles[].reportsTo[].condition",
    "roles[].supervises[].label",
    "roles[].supervises[].condition",
    "disagreements[].topic", "disagreements[].positions[].view",
    "goals[].label", "tasks[].label", "guidance[].text",
    "benchmarks[].platform", "benchmarks[].unit", "benchmarks[].measured",
    "workKinds[].question", "workKinds[].sides[].label",
]
# Values that are codes the program reads, not words.
CODES = {"%", "currency"}


def pattern_steps(pattern):
    steps = []
    for part in pattern.split("."):
        if part.endswith("[]"):
            steps += [part[:-2], "[]"]
        else:
            steps.append(part)
    return steps


PATTERNS = [pattern_steps(p) for p in TRANSLATABLE]


def is_prefix(steps):
    return any(len(p) >= len(steps) and all(a == "*" or a == b for a, b in zip(p, steps))
               for p in PATTERNS)


def is_translatable(steps, value):
    return isinstance(value, str) and value not in CODES and any(
        len(p) == len(steps) and all(a == "*" or a == b for a, b in zip(p, steps))
        for p in PATTERNS)


PUBLISHED = ("article", "published-benchmark")


def match_key(value):
    """The key an entry of a list is matched by: "id", or "role" in a reporting line."""
    if isinstance(value, dict):
        return "id" if "id" in value else "role" if "role" in value else None
    return None


def skeleton(value, steps):
    """The translatable part of `value` at `steps`, or None if it has none."""
    if isinstance(value, dict):
        out = {}
        key = match_key(value)
        if key and steps and steps[-1] == "[]":
            out[key] = value[key]
        for key, item in value.items():
            if steps == ["sources", "[]"] and key == "title" and value.get("kind") in PUBLISHED:
                continue
            sub = skeleton(item, steps + [key])
            if sub is not None:
                out[key] = sub
        return out if len(out) > (match_key(out) is not None) else None
    if isinstance(value, list):
        if not is_prefix(steps + ["[]"]):
            return None
        items = [skeleton(item, steps + ["[]"]) for item in value]
        if not any(i is not None for i in items):
            return None
        # Entries with ids are matched by id: those with nothing to translate are left out.
        keyed = [i for i in items if i is not None]
        return keyed if all(match_key(i) for i in keyed) else items
    return value if is_translatable(steps, value) else None


def catalog_files(args):
    files = args or sorted(glob.glob(os.path.join(
        os.path.dirname(__file__), "..", "resources", "catalog", "*.json")))
    return [f for f in files if len(os.path.basename(f).split(".")) == 2]


def translation_file(path, lang):
    return path[:-len(".json")] + "." + lang + ".json"


def template(lang, files):
    for path in catalog_files(files):
        target = translation_file(path, lang)
        if os.path.exists(target):
            print("kept", target)
            continue
        english = json.load(open(path, encoding="utf-8"))
        out = {"format": "rolelens-catalog-translation", "version": 1, "language": lang}
        for key, value in english.items():
            sub = skeleton(value, [key])
            if sub is not None:
                out[key] = sub
        with open(target, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", target)


def untranslated(lang, files):
    def walk(english, translated, where):
        if isinstance(english, dict) and isinstance(translated, dict):
            for key, item in translated.items():
                if key not in ("id", "role", "format", "version", "language") and key in english:
                    walk(english[key], item, where + "." + key)
        elif isinstance(english, list) and isinstance(translated, list):
            by_key = {e.get(match_key(e)): e for e in english if match_key(e)}
            for i, item in enumerate(translated):
                key = match_key(item)
                match = by_key.get(item.get(key)) if key \
                    else (english[i] if i < len(english) else None)
                walk(match, item, "%s[%s]" % (where, item.get(key, i) if key else i))
        elif isinstance(english, str) and english == translated:
            print("%s: %s" % (where, english))
    for path in catalog_files(files):
        target = translation_file(path, lang)
        if os.path.exists(target):
            walk(json.load(open(path, encoding="utf-8")),
                 json.load(open(target, encoding="utf-8")), os.path.basename(target) + ": $")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("template", "untranslated"):
        sys.exit(__doc__)
    {"template": template, "untranslated": untranslated}[sys.argv[1]](sys.argv[2], sys.argv[3:])
