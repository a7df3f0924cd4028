#!/usr/bin/env python3
"""Fills unfinished entries of one context in a Qt .ts file from a table.

    tools/fill_translations.py FILE CONTEXT TABLE.json

TABLE maps source text to a translation (a list of forms for %n messages).
Only entries still marked unfinished are touched, so a reviewed translation is
never overwritten; sources missing from TABLE are listed and left alone. The
file is edited as text, keeping lupdate's layout, so diffs stay small.
"""
import html
import json
import re
import sys


def escape(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def main() -> int:
    path, context_name, table_path = sys.argv[1:4]
    with open(table_path, encoding="utf-8") as f:
        table = json.load(f)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    missing = []

    def fill_message(match: re.Match) -> str:
        message = match.group(0)
        if 'type="unfinished"' not in message:
            return message
        source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
        if source not in table:
            missing.append(source)
            return message
        value = table[source]
        indent = re.search(r"\n(\s*)<translation", message).group(1)
        if 'numerus="yes"' in message:
            forms = value if isinstance(value, list) else [value]
            inner = "".join(f"\n{indent}    <numerusform>{escape(v)}</numerusform>" for v in forms)
            translation = f"<translation>{inner}\n{indent}</translation>"
        else:
            translation = f"<translation>{escape(value)}</translation>"
        return re.sub(r"<translation type=\"unfinished\">.*?</translation>|<translation type=\"unfinished\"/>",
                      lambda _: translation, message, count=1, flags=re.S)

    def fill_context(match: re.Match) -> str:
        return re.sub(r"<message[ >].*?</message>", fill_message, match.group(0), flags=re.S)

    pattern = r"<context>\s*<name>" + re.escape(context_name) + r"</name>.*?</context>"
    text = re.sub(pattern, fill_context, text, flags=re.S)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    for source in missing:
        print(f"not in table: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
