-- Version 4: the claim index that `claimtrace track` retrieves candidate articles with
-- (claimtrace.stance.index). One row per (term, article revision): the stemmed content terms of the
-- text a claim lives in (title, lead sentences, attributed contents, sentences with denial or
-- hedging cues), with a weight. `claim_indexed` records which revisions are indexed (also those with
-- no terms), so missing ones can be found and indexed later.
CREATE TABLE claim_terms (
    term TEXT NOT NULL,
    article_id {bigint} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    weight REAL NOT NULL,
    PRIMARY KEY (term, article_id)
);
CREATE INDEX claim_terms_article ON claim_terms (article_id);

CREATE TABLE claim_indexed (
    article_id {bigint} PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    n_terms INTEGER NOT NULL
);
