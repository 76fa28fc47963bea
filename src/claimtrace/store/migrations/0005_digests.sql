-- Digests already produced: what each one showed (so the next one can say what changed) and its
-- rendered story list (so the digest feed can list past digests without recomputing them).
CREATE TABLE digests (
    id {pk},
    generated_at TEXT NOT NULL,
    since TEXT,
    snapshot TEXT NOT NULL,             -- JSON: story id -> {articles, claims, denied_by, independent_reports, title}
    body_html TEXT NOT NULL             -- the digest's story list as an HTML fragment (for feeds)
);
CREATE INDEX digests_generated ON digests (generated_at);
