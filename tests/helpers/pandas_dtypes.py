"""Load every CSV of a data package with pandas, the way docs/data.md advises, and print the dtypes.

Usage: python3 tests/helpers/pandas_dtypes.py <folder with datapackage.json>
Prints JSON: {resource: {"advised": {column: dtype}, "plain": {column: dtype}, "rows": n}}.
"advised" reads with keep_default_na=False, na_values=[""] (only a blank cell is missing: a country
code "NA" is Namibia) and the text columns as str; "plain" is a bare pd.read_csv(path).
"""
import json
import sys
from pathlib import Path

import pandas as pd

folder = Path(sys.argv[1])
package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
out = {}
for resource in package["resources"]:
    path = folder / resource["path"]
    fields = resource["schema"]["fields"]
    text = {f["name"]: str for f in fields if f["type"] in ("string", "date")}
    advised = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype=text)
    plain = pd.read_csv(path)
    out[resource["name"]] = {
        "advised": {c: str(t) for c, t in advised.dtypes.items()},
        "plain": {c: str(t) for c, t in plain.dtypes.items()},
        "rows": len(advised),
    }
json.dump(out, sys.stdout)
