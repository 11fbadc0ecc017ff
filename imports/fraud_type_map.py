"""The --fraud-type-map file: old category names to our fraud types.

Either a JSON object {"Old category": "fraud-type-slug-or-name", ...} or a two-column CSV
(old category, fraud type). Every target must exist; old names match case-insensitively.
"""

import csv
import io
import json

from alerts.models import FraudType


class MapError(ValueError):
    pass


def load_fraud_type_map(text):
    pairs = _pairs(text)
    mapping, unknown = {}, []
    for old_name, target in pairs:
        fraud_type = (
            FraudType.objects.filter(slug=target).first()
            or FraudType.objects.filter(name_en__iexact=target).first()
        )
        if fraud_type is None:
            unknown.append(target)
        else:
            mapping[old_name.casefold()] = fraud_type
    if unknown:
        raise MapError("no fraud type with slug or name: " + ", ".join(sorted(set(unknown))))
    return mapping


def _pairs(text):
    text = text.lstrip("\ufeff").strip()
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise MapError(f"broken JSON: {error}") from error
        return [(str(key).strip(), str(value).strip()) for key, value in document.items()]
    pairs = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 2:
            raise MapError(f"line {number}: expected 2 columns (old category, fraud type)")
        pairs.append((row[0].strip(), row[1].strip()))
    return pairs
