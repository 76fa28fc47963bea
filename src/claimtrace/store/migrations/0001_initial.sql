-- claimtrace store, version 1. Portable SQL: {pk} {bigint} {bool} are filled in per backend
-- (store/db.py). Timestamps are TEXT in one fixed UTC form, 'YYYY-MM-DDTHH:MM:SSZ', so that string
-- order is time order on both backends; lists and spans are JSON TEXT. Statements end with ';' at
-- the end of a line (the migrator splits on that).

-- One row per ingest command: what was run, when, and what came of it.
CREATE TABLE runs (
    id {pk},
    started_at TEXT NOT NULL,
    finished_at TEXT,
    argv TEXT NOT NULL,                 -- JSON list
    counts TEXT                         -- JSON object, set by finish_run
);

-- One row per revision of an article. `key` is its identity: canonical_url, else url, else input,
-- else 'sha256:<content_hash>'. A new text under the same key is a new revision; queries read
-- the rows with is_latest.
CREATE TABLE articles (
    id {pk},
    key TEXT NOT NULL,
    revision INTEGER NOT NULL,
    is_latest {bool} NOT NULL,
    input TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    outlet TEXT,
    host TEXT,                          -- lower-cased host of canonical_url/url, for --outlet
    outlet_key TEXT,                    -- casefolded outlet name, for --outlet
    title TEXT,
    author TEXT,
    published TEXT,                     -- as the article gave it
    published_at TEXT,                  -- normalised UTC, NULL when unknown or unparseable
    language TEXT,
    content_hash TEXT NOT NULL,         -- sha256 of the whitespace-normalised text
    boilerplate TEXT NOT NULL,          -- JSON list of [start, end]
    errors TEXT NOT NULL,               -- JSON list
    fetched_at TEXT,
    ingested_at TEXT NOT NULL,
    dated_at TEXT NOT NULL,             -- published_at, else ingested_at: what --since filters on
    run_id {bigint} REFERENCES runs (id),
    n_sources INTEGER NOT NULL,         -- expected child rows: lets anyone check completeness
    n_attributions INTEGER NOT NULL,
    UNIQUE (key, revision)
);
CREATE UNIQUE INDEX articles_latest_key ON articles (key) WHERE is_latest;
CREATE INDEX articles_latest_dated ON articles (dated_at) WHERE is_latest;
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_run ON articles (run_id);

-- The text, apart: keeps article rows small so that metadata scans stay cheap on SQLite
-- (PostgreSQL would TOAST it anyway).
CREATE TABLE article_texts (
    article_id {bigint} PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text TEXT NOT NULL
);

-- The Source records of an article, in contract order.
CREATE TABLE sources (
    article_id {bigint} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT,
    role TEXT,
    count INTEGER,
    parent TEXT,
    mentions TEXT NOT NULL,             -- JSON list of [start, end]
    PRIMARY KEY (article_id, position)
);
CREATE INDEX sources_article_source ON sources (article_id, source_id);

-- The attributions of an article, in contract order; speaker fields are flattened for filtering.
CREATE TABLE attributions (
    article_id {bigint} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker_source_id TEXT,
    speaker_name TEXT,
    speaker_kind TEXT,
    speaker_key TEXT,                   -- casefolded speaker_name, for --speaker
    source_count INTEGER,
    modality TEXT NOT NULL,
    hedges TEXT NOT NULL,               -- JSON list
    via TEXT NOT NULL,                  -- JSON list as in the contract; attribution_via indexes it
    via_names TEXT NOT NULL,            -- JSON list: each via entry's source name when it resolves
    source_spans TEXT,                  -- JSON list of [start, end]; NULL when there is no source span
    source_text TEXT,
    cue_spans TEXT NOT NULL,
    cue_text TEXT NOT NULL,
    content_spans TEXT NOT NULL,
    content_text TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX attributions_kind_count ON attributions (speaker_kind, source_count);
CREATE INDEX attributions_speaker_key ON attributions (speaker_key);

-- Every distinct speaker_key ever stored: a substring match (--speaker) scans this short list, then
-- joins on the index above, instead of scanning all attributions. Only ever a superset: no cleanup.
CREATE TABLE speaker_keys (
    key TEXT PRIMARY KEY
);

-- One row per `via` entry, so "through whom" is a plain indexed lookup on both backends.
CREATE TABLE attribution_via (
    article_id {bigint} NOT NULL,
    position INTEGER NOT NULL,          -- the attribution's position
    hop INTEGER NOT NULL,               -- order within via
    value TEXT NOT NULL,                -- as in the contract (usually a source id)
    name TEXT,                          -- that source's name in the article, when it resolves
    match_key TEXT NOT NULL,            -- casefolded value and name, for --via
    PRIMARY KEY (article_id, position, hop),
    FOREIGN KEY (article_id, position) REFERENCES attributions (article_id, position) ON DELETE CASCADE
);
CREATE INDEX attribution_via_match ON attribution_via (match_key);

-- Inputs that could not be stored, with a stable reason slug (errors.InputError.reason).
CREATE TABLE failures (
    id {pk},
    run_id {bigint} REFERENCES runs (id),
    input TEXT NOT NULL,
    reason TEXT NOT NULL,
    message TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX failures_run ON failures (run_id);
CREATE INDEX failures_reason ON failures (reason);
