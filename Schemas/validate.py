#!/usr/bin/env python3
"""Validate saraban letter JSON against Schemas/letter.schema.json.

    python3 Schemas/validate.py FILE...            # each FILE: one or more JSON values
    saraban parse X.txt | python3 Schemas/validate.py
    saraban parse --jsonl X.txt | python3 Schemas/validate.py --jsonl

Input (a FILE, or stdin when no FILE or FILE is "-") is a stream of JSON values:
pretty documents one after another, or with --jsonl one value per line (blank lines
skipped). A value is checked as a document when it is an object with a "schema" or
"letters" key, otherwise as a single letter (`--jsonl` prints one letter a line);
--as forces one or the other.

Besides the schema, every string must be NFC (the contract requires it; JSON Schema
cannot say so). Duplicate object keys and NaN/Infinity are rejected.

Each failure is one line on stderr: SOURCE:LINE: JSON-POINTER: reason. Exit status:
0 all valid, 1 some value invalid, 2 usage error or unreadable input/schema.
"""

import argparse
import json
import sys
import unicodedata
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
except ImportError:  # pragma: no cover
    sys.stderr.write("validate: the python package jsonschema (4.x) is required\n")
    sys.exit(2)

SCHEMA_PATH = Path(__file__).resolve().parent / "letter.schema.json"
MAX_REASON = 300


class InputError(ValueError):
    pass


def _pairs(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise InputError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def _constant(name):
    raise InputError(f"{name} is not valid JSON")


DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant)


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def shorten(text):
    text = text.replace("\r", " ").replace("\n", " ")
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def values(text, jsonl):
    """Yield (line, value) or (line, InputError) for each JSON value in text."""
    if jsonl:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value, end = DECODER.raw_decode(line.strip())
                if end != len(line.strip()):
                    raise InputError("extra data after the JSON value on this line")
                yield n, value
            except (ValueError, InputError) as e:
                yield n, InputError(str(e))
        return
    idx, size = 0, len(text)
    while True:
        while idx < size and text[idx] in " \t\r\n\ufeff":
            idx += 1
        if idx >= size:
            return
        line = text.count("\n", 0, idx) + 1
        try:
            value, idx = DECODER.raw_decode(text, idx)
        except (ValueError, InputError) as e:
            yield line, InputError(str(e))
            return  # cannot resynchronise a broken stream
        yield line, value


def non_nfc(value, path=()):
    if isinstance(value, str):
        if unicodedata.normalize("NFC", value) != value:
            yield path
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from non_nfc(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from non_nfc(v, path + (i,))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Validate saraban letter JSON (saraban/letter@1).")
    ap.add_argument("files", nargs="*", metavar="FILE", help="JSON files; stdin when none or '-'")
    ap.add_argument("--jsonl", action="store_true", help="one JSON value per line")
    ap.add_argument("--as", dest="as_", choices=["auto", "document", "letter"], default="auto",
                    help="what each value is (default: auto)")
    ap.add_argument("--schema", type=Path, default=SCHEMA_PATH, help="schema file (default: %(default)s)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    args = ap.parse_args(argv)

    try:
        schema = json.loads(args.schema.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # noqa: BLE001 — any failure here is fatal
        sys.stderr.write(f"validate: {args.schema}: bad schema: {shorten(str(e))}\n")
        return 2
    validators = {
        "document": Draft202012Validator(schema),
        "letter": Draft202012Validator({**schema, "$ref": "#/$defs/letter"}),
    }

    checked = failed = 0
    status = 0
    for name in args.files or ["-"]:
        label = "<stdin>" if name == "-" else name
        try:
            if name == "-":
                text = sys.stdin.buffer.read().decode("utf-8")
            else:
                text = Path(name).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            sys.stderr.write(f"{label}: cannot read: {e}\n")
            status = 2
            continue
        any_value = False
        for line, value in values(text, args.jsonl):
            any_value = True
            checked += 1
            where = f"{label}:{line}"
            if isinstance(value, InputError):
                sys.stderr.write(f"{where}: invalid JSON: {value}\n")
                failed += 1
                continue
            kind = args.as_
            if kind == "auto":
                kind = "document" if isinstance(value, dict) and ("schema" in value or "letters" in value) else "letter"
            reasons = []
            for err in sorted(validators[kind].iter_errors(value), key=lambda e: list(map(str, e.absolute_path))):
                deepest = best_match([err]) if err.context else err
                reasons.append(f"{pointer(deepest.absolute_path)}: {shorten(deepest.message)}")
            for path in non_nfc(value):
                reasons.append(f"{pointer(path)}: string is not NFC")
            if reasons:
                failed += 1
                for reason in reasons:
                    sys.stderr.write(f"{where}: {kind}: {reason}\n")
        if not any_value:
            sys.stderr.write(f"{label}: no JSON value found\n")
            failed += 1
    if not args.quiet:
        sys.stderr.write(f"validate: {checked} value(s) checked, {failed} invalid\n")
    if status:
        return status
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
