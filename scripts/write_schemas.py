"""Write vnextract/data/schemas.json from the pydantic models (see vnextract/outputs/schemas.py).

Run it after changing `vnextract/models.py`; `tests/test_schemas.py` fails until then.
"""

from __future__ import annotations

import json
from pathlib import Path

from vnextract.models import json_schemas

TARGET = Path(__file__).resolve().parent.parent / "vnextract" / "data" / "schemas.json"

if __name__ == "__main__":
    text = json.dumps(json_schemas(), ensure_ascii=False, indent=2) + "\n"
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
