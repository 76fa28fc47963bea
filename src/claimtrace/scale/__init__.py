"""Ingest past one process: the work one worker does on a batch (``work``), inputs split into
partitions (``partitions``) and the Dask engine that runs them on a cluster (``dask_engine``)."""
