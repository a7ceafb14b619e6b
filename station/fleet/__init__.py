"""Fleet mode: many stations share one PostgreSQL for their journals and device-ID claims.

A single station needs none of this; without a `[fleet]` section nothing here runs.
"""
