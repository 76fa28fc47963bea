"""Placeholder: decoding and cleaning of one input into a Document."""
from ..model import Document


def prepare(data, input="<string>", *, media_type=None, meta=None, settings=None):
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    errors = [] if text.strip() else ["empty: the input holds no text"]
    return Document(input=input, text=text, language="en", errors=errors)
