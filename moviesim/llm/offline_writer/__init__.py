"""Data and helpers of the offline writer (the provider lives in `moviesim.llm.offline`).

Text pools are plain data modules so a writer can improve them without touching the
logic: `names` (cast names), `common` (voice, reactions, emotions), `places` (setting
packs picked by seed keywords) and `genres/` (one module per genre). The role writers are
`setup`, `scene`, `director` and `review`; `text` holds the small language helpers.
"""
