#!/usr/bin/env python3
"""Checks every YAML file under Definitions/ and Models/ against the JSON Schema named on its first line."""
import glob
import json
import os
import re
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML 1.1 turns dates into date objects; opendef reads them as text, and so does the schema."""


Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))

failures = 0
files = sorted(glob.glob("Definitions/**/*.yaml", recursive=True) + glob.glob("Models/**/*.yaml", recursive=True))
for path in files:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    match = re.match(r"# yaml-language-server: \$schema=(\S+)", text)
    if not match:
        print(f"{path}:1:1: error: first line does not name a schema", file=sys.stderr)
        failures += 1
        continue
    schema_path = os.path.normpath(os.path.join(os.path.dirname(path), match.group(1)))
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    data = yaml.load(text, Loader=Loader)
    for error in jsonschema.Draft202012Validator(schema).iter_errors(data):
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: error: {where}: {error.message[:300]}", file=sys.stderr)
        failures += 1
print(f"schema check: {len(files)} files, {failures} problems")
sys.exit(1 if failures else 0)
