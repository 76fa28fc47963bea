"""Attributions and sources as plain data (dicts, lists, strings, numbers) and back.

The spaCy components store their results as plain data in ``Doc`` extensions so that everything
spaCy serialises (``Doc.to_bytes``, ``DocBin(store_user_data=True)``, ``nlp.pipe(n_process=...)``)
carries them; ``doc._.attributions`` and ``doc._.sources`` rebuild the typed records from it.
"""
from __future__ import annotations

from typing import Any, Optional

from ..model import Attribution, Source, Speaker, TextSpan


def _span_data(span: Optional[TextSpan]) -> Optional[dict]:
    if span is None:
        return None
    return {"spans": [[int(s), int(e)] for s, e in span.spans], "text": span.text}


def _span_record(data: Optional[dict]) -> Optional[TextSpan]:
    if data is None:
        return None
    return TextSpan(spans=[(int(s), int(e)) for s, e in data["spans"]], text=data["text"])


def attribution_data(a: Attribution) -> dict[str, Any]:
    speaker = a.speaker
    return {
        "cue": _span_data(a.cue), "content": _span_data(a.content), "source": _span_data(a.source),
        "kind": a.kind,
        "speaker": None if speaker is None else {"source_id": speaker.source_id, "name": speaker.name,
                                                 "kind": speaker.kind},
        "source_count": a.source_count, "via": list(a.via), "modality": a.modality, "hedges": list(a.hedges),
    }


def attribution_record(data: dict[str, Any]) -> Attribution:
    speaker = data.get("speaker")
    return Attribution(
        cue=_span_record(data["cue"]), content=_span_record(data["content"]),  # type: ignore[arg-type]
        source=_span_record(data.get("source")), kind=data["kind"],
        speaker=None if speaker is None else Speaker(**speaker), source_count=data.get("source_count"),
        via=list(data.get("via") or []), modality=data["modality"], hedges=list(data.get("hedges") or []),
    )


def source_data(s: Source) -> dict[str, Any]:
    return {"id": s.id, "kind": s.kind, "name": s.name, "role": s.role, "count": s.count,
            "parent": s.parent, "mentions": [[int(a), int(b)] for a, b in s.mentions]}


def source_record(data: dict[str, Any]) -> Source:
    return Source(id=data["id"], kind=data["kind"], name=data.get("name"), role=data.get("role"),
                  count=data.get("count"), parent=data.get("parent"),
                  mentions=[(int(a), int(b)) for a, b in data.get("mentions") or []])
