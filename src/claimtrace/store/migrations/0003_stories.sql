-- Version 3: stories (link/). What the linker keeps per article revision, the indexes that find an
-- article's neighbours without reading the store (blocking keys and MinHash LSH bands, by day),
-- and one row per story. Written only by claimtrace.link; `claimtrace link --rebuild` empties and
-- refills all four tables.

-- One row per linked article revision.
CREATE TABLE link_articles (
    revision_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    day INTEGER NOT NULL,               -- days since 1970-01-01 of dated_at
    dated_at TEXT NOT NULL,             -- the article's published_at, else its ingest time
    outlet TEXT,
    features TEXT NOT NULL,             -- JSON: weighted terms, numbers, MinHash signature
    relays TEXT NOT NULL,               -- JSON list of outlet names whose report it relays
    own_sources {bool} NOT NULL,        -- it cites sources of its own outlet
    copy_of TEXT,                       -- revision_id of the earliest text it is a copy of
    linked_at TEXT NOT NULL
);
CREATE INDEX link_articles_story ON link_articles (story_id);

-- Postings of the heaviest terms (names, rare words) of each article: candidates by indexed lookup
-- within a date window.
CREATE TABLE link_keys (
    key TEXT NOT NULL,
    day INTEGER NOT NULL,
    revision_id TEXT NOT NULL,
    PRIMARY KEY (key, day, revision_id)
);

-- MinHash LSH bands of each article's word shingles: near-duplicate (copy) candidates.
CREATE TABLE link_bands (
    band TEXT NOT NULL,
    day INTEGER NOT NULL,
    revision_id TEXT NOT NULL,
    PRIMARY KEY (band, day, revision_id)
);

-- One row per story; its id derives from its founding (earliest) article's revision id.
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    founder TEXT NOT NULL,
    title TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    n_articles INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen);
