-- Version 7: whether an article's lead attributes its report to another outlet. An article is a
-- `relay` when its lead does ("..., the Harbour Times reported"), not merely when it mentions
-- another outlet's report further down (an own report that also cites a rival's is an original).
-- NULL on rows linked before this version: they keep the old rule until `claimtrace link --rebuild`.
ALTER TABLE link_articles ADD COLUMN lead_relay {bool};
