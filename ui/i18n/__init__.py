"""The screens' translations: the loader (`languages`), the engine's messages by ID
(`engine_messages`) and the `.ts` sources (station_<lang>.ts; the `.qm` are built from them by
`make translations`, never committed)."""
