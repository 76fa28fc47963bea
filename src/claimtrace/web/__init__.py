"""The web app (FastAPI + Jinja2): ``create_app`` builds it, ``serve`` runs it with uvicorn."""
from .app import TOKEN_ENV, create_app
from .server import serve

__all__ = ["create_app", "serve", "TOKEN_ENV"]
