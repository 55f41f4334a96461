"""The offline writer's pools and role writers (the provider itself is `moviesim.llm.offline`).

`world` reads the seed's world (`settings`) and the genre (`genres/`); `ledger` keeps a story
from repeating itself; the role writers are `cast`, `outline`, `staging` (the Director's
scenes, options, events and answers), `acting` (lines, the narrator, the Scene Manager),
`review` (the Observer, summaries, the prose) and `mind` (reflections, the script editor).
See README.md for how lines are made and the rules the pools follow (`pools.py` checks them).
"""
