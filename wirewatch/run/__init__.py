"""Every orchestration: the extractor (:mod:`~wirewatch.run.extractor`), its child process
(:mod:`~wirewatch.run.extraction_process`) and background thread (:mod:`~wirewatch.run.extraction_worker`), the
ingest job into a store (:mod:`~wirewatch.run.ingest_job`) and batch extraction of a corpus
(:mod:`~wirewatch.run.batch`). Readers live in :mod:`wirewatch.ingest`, components in :mod:`wirewatch.nlp`.
"""
