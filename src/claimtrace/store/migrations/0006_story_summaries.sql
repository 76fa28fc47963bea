-- Version 6: per-story summaries, so reading stories (the web's story list, a digest) does not
-- rebuild every story from its articles. One row per story: the built `Story` and the digest's
-- facts about it (sourcing line, hedges, source kinds, article dates), both as JSON, and the key of
-- the member revisions they were built from. A row whose key no longer matches the story's current
-- members is stale and ignored (rebuilt in memory, refreshed by ingest or `claimtrace link`).
CREATE TABLE story_summaries (
    story_id TEXT PRIMARY KEY,
    members_key TEXT NOT NULL,          -- sha1 of the story id and its latest member revision ids
    story TEXT NOT NULL,                -- JSON: Story.to_dict()
    facts TEXT NOT NULL,                -- JSON: digest.facts.StoryFacts
    built_at TEXT NOT NULL
);
