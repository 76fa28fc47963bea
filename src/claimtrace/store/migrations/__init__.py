"""Schema migrations as portable SQL files, applied in order by ``claimtrace.store.migrate``."""
