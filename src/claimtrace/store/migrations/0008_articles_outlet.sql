-- Version 8: articles by outlet. The linker asks whether a name an article cites ("..., The
-- Lamplighter reported") is an outlet the store has met, as a source (`entities`) or as the
-- publisher of stored articles (`articles.outlet`), once per article it links.
CREATE INDEX articles_outlet ON articles (outlet);
