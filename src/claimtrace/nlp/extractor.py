"""Placeholder: replaced by the rule engine."""
def extract_from_doc(doc, boilerplate):
    return [], []
