"""Placeholder: in-body appeal detection."""
def find_boilerplate(text):
    return []
