"""The engine's own SQL (stories/engine/sql.py): statements sent together, rows read and written
as the ORM would, and on PostgreSQL prepared once per connection. A step's claim and first reads
share one round trip, and a line's commit writes the release and the line together."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import override_settings
from django.utils import timezone

from characters.models import Character, Memory, Relationship
from stories import broadcast
from stories.engine import lease, scene_play, sql
from stories.engine.step import advance_story
from stories.models import LLMCall, Scene, Story, Turn
from tests.conftest import make_story
from tests.stories.test_steps import _cast

postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL behaviour")


@pytest.fixture
def quiet_room(monkeypatch):
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: None)


def _same_as_the_orm(obj, model=None) -> None:
    model = model or type(obj)
    fresh = model.objects.get(pk=obj.pk)
    for field in model._meta.concrete_fields:
        assert getattr(obj, field.attname) == getattr(fresh, field.attname), field.name


# --- batch ---------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_a_batch_runs_in_order_and_gives_each_statements_rows_and_count(alice):
    story = make_story(alice, start=False)
    results = sql.batch([
        ("UPDATE stories_story SET title = %s WHERE id = %s", ["The Launch", story.pk]),
        ("SELECT title FROM stories_story WHERE id = %s", [story.pk]),
        ("UPDATE stories_story SET title = %s WHERE id = %s", ["Nobody", -1]),
        ("SELECT id FROM stories_story WHERE id = %s", [-1]),
    ])
    assert [r.rowcount for r in (results[0], results[2])] == [1, 0]
    assert results[1].rows == [("The Launch",)], "a later statement sees what an earlier one wrote"
    assert results[0].rows == [] and results[3].rows == []
    assert sql.batch([]) == []


@pytest.mark.django_db(transaction=True)
def test_a_failing_statement_fails_the_batch_with_djangos_error_and_its_transaction_keeps_nothing(alice):
    story = make_story(alice, start=False)
    scene = Scene.objects.create(story=story, index=0, location="Server room")
    Turn.objects.create(story=story, scene=scene, index=0, kind=Turn.Kind.NARRATION, content="first")
    with pytest.raises(IntegrityError), transaction.atomic():
        sql.batch([
            ("UPDATE stories_story SET title = %s WHERE id = %s", ["Half done", story.pk]),
            sql.insert_statement([Turn(story=story, scene=scene, index=0, kind=Turn.Kind.NARRATION)]),
            ("UPDATE stories_story SET logline = %s WHERE id = %s", ["never", story.pk]),
        ])
    story.refresh_from_db()
    assert story.title != "Half done" and story.logline != "never"
    assert story.turns.count() == 1
    assert sql.run("SELECT COUNT(*) FROM stories_turn WHERE story_id = %s", [story.pk]).rows == [(1,)], \
        "the connection is usable again"


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_batch_that_need_not_be_durable_commits_without_waiting_for_the_disk_and_only_itself(alice):
    story = make_story(alice, start=False)
    setting = ("SELECT current_setting('synchronous_commit')", [])
    quick = sql.batch([setting, ("UPDATE stories_story SET title = %s WHERE id = %s", ["Claimed", story.pk])],
                      durable=False)
    assert quick[0].rows == [("off",)] and quick[1].rowcount == 1, "its own result first, the setting's hidden"
    assert sql.run(*setting).rows == [("on",)], "the setting ended with the batch's transaction"
    assert Story.objects.get(pk=story.pk).title == "Claimed", "and its writes were committed"
    assert sql.batch([setting, setting])[0].rows == [("on",)], "durable is the default"
    with transaction.atomic():
        assert sql.batch([setting, setting], durable=False)[0].rows == [("on",)], \
            "inside a transaction the whole transaction decides: a batch can't make it less durable"


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_steps_claim_does_not_wait_for_the_disk_but_its_commit_does(alice, quiet_room, monkeypatch):
    story = make_story(alice)
    _cast(story)
    seen = []
    batch = sql.batch

    def spy(statements, durable=True):
        seen.append((durable, connection.in_atomic_block))
        return batch(statements, durable=durable)

    monkeypatch.setattr(sql, "batch", spy)
    assert advance_story(story.pk, force=True) in ("turn", "step")
    assert seen[0] == (False, False), "the claim and the first reads"
    assert all(durable for durable, _ in seen[1:]), seen


# --- models and insert ---------------------------------------------------------------------------

@pytest.mark.django_db
def test_models_reads_rows_as_the_orm_does_with_extra_columns(alice):
    story = make_story(alice, start=False)
    mara = Character.objects.create(story=story, name="Mara Quinn", secrets=["She wrote the exploit", "ü ✓"],
                                    personality_traits=["curt"], talkativeness=0.8, active=False)
    scene = Scene.objects.create(story=story, index=0, location="Lab", objectives=["find the key"])
    turn = Turn.objects.create(story=story, scene=scene, index=0, character=mara, kind=Turn.Kind.DIALOGUE,
                               content="No.", revealed_secret="She wrote the exploit", revealed_to=["everyone"])
    [character] = sql.models(Character, sql.run(
        f"SELECT {sql.columns(Character, 'c')}, 1 + 1 AS answer FROM characters_character c WHERE c.id = %s",
        [mara.pk]), extra=("answer",))
    assert character.answer == 2
    assert character.secrets == ["She wrote the exploit", "ü ✓"] and character.active is False
    _same_as_the_orm(character)
    [read] = sql.models(Turn, sql.run(f"SELECT {sql.columns(Turn)} FROM stories_turn WHERE id = %s", [turn.pk]))
    assert read.revealed_to == ["everyone"] and read.created_at == turn.created_at
    assert not read._state.adding
    _same_as_the_orm(read)
    [read_scene] = sql.models(Scene, sql.run(f"SELECT {sql.columns(Scene)} FROM stories_scene WHERE id = %s",
                                             [scene.pk]))
    _same_as_the_orm(read_scene)
    assert sql.models(Scene, sql.run(f"SELECT {sql.columns(Scene)} FROM stories_scene WHERE id = %s", [-1])) == []


@pytest.mark.django_db
def test_insert_writes_rows_as_the_orm_would_and_reads_back_their_keys(alice):
    story = make_story(alice, start=False)
    mara = Character.objects.create(story=story, name="Mara Quinn")
    scene = Scene.objects.create(story=story, index=0, location="Lab")
    before = timezone.now()
    turns = [Turn(story=story, scene=scene, index=i, character=mara, kind=Turn.Kind.DIALOGUE, content=f"Line {i}",
                  revealed_to=["Theo", "ü"]) for i in range(3)]
    sql.insert(turns, returning=True)
    assert [t.pk for t in turns] == list(story.turns.order_by("index").values_list("pk", flat=True))
    for turn in turns:
        assert not turn._state.adding and turn.created_at >= before
        _same_as_the_orm(turn)
    memories = [Memory(character=mara, turn=turns[0], turn_index=0, kind=Memory.Kind.OWN, content="I said no",
                       importance=0.6, embedding=[0.25, -1.0])]
    calls = [LLMCall(story=story, role="character", provider="offline", messages=[{"role": "user", "content": "ü"}],
                     response='{"dialogue": "No."}', turn_index=0, tokens_in=12)]
    sql.batch([sql.insert_statement(memories), sql.insert_statement(calls)])
    stored = Memory.objects.get(character=mara)
    assert (stored.turn_id, stored.content, stored.embedding) == (turns[0].pk, "I said no", [0.25, -1.0])
    call = LLMCall.objects.get(story=story)
    assert call.messages == [{"role": "user", "content": "ü"}] and call.tokens_in == 12
    assert call.created_at >= before


# --- The step ------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_stage_is_the_latest_scene_its_cast_and_its_last_turns(alice):
    story = make_story(alice, start=False)
    mara, theo, ines = (Character.objects.create(story=story, name=n) for n in ("Mara", "Theo", "Ines"))
    stage = scene_play.Stage.read(sql.batch(scene_play.Stage.statements(story.pk)))
    assert stage.scene is None and stage.recent == [] and set(stage.cast) == {mara.pk, theo.pk, ines.pk}
    first = Scene.objects.create(story=story, index=0, location="Lobby")
    first.present.set([mara, theo, ines])
    second = Scene.objects.create(story=story, index=1, location="Roof")
    second.present.set([mara, ines])
    for i in range(12):
        Turn.objects.create(story=story, scene=first if i < 3 else second, index=i, kind=Turn.Kind.DIALOGUE,
                            character=(mara, ines)[i % 2], content=f"line {i}")
    stage = scene_play.Stage.read(sql.batch(scene_play.Stage.statements(story.pk)))
    assert stage.scene.pk == second.pk
    assert [c.pk for c in stage.cast.values()] == [mara.pk, theo.pk, ines.pk]
    assert {c.name for c in stage.cast.values() if c.in_scene} == {"Mara", "Ines"}
    assert [t.index for t in stage.recent] == list(range(12 - scene_play.RECENT_TURNS, 12)), "oldest first"
    assert all(t.scene is stage.scene and t.character is stage.cast[t.character_id] for t in stage.recent)


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_claim_and_the_first_reads_share_a_round_trip_and_so_do_the_release_and_the_line(alice, quiet_room):
    story = make_story(alice, turns=20)
    _cast(story)
    sent = []  # (statement, the pipeline it went in, or None)

    def watch(execute, statement, params, many, context):
        sent.append((" ".join(statement.split()), connection.connection._pipeline))
        return execute(statement, params, many, context)

    with connection.execute_wrapper(watch):
        assert advance_story(story.pk, force=True) == "turn"
    pipelines = [pipeline for _, pipeline in sent]
    claim = next(i for i, (s, _) in enumerate(sent) if s.startswith("UPDATE stories_story SET lease_token"))
    assert pipelines[claim] is not None
    reads = ("FROM stories_scene WHERE", "FROM characters_character c", "FROM stories_turn WHERE")
    assert all(read in s for read, (s, _) in zip(reads, sent[claim + 1:claim + 4], strict=True))
    assert all(p is pipelines[claim] for p in pipelines[claim:claim + 4]), "claim, scene, cast, recent turns"
    release = next(i for i, (s, _) in enumerate(sent) if s.startswith('UPDATE stories_story SET "lease_token"'))
    calls = next(i for i, (s, _) in enumerate(sent) if s.startswith('INSERT INTO "stories_llmcall"'))
    assert [s.split(" (")[0] for s, _ in sent[release + 2:calls + 1]] == [
        'INSERT INTO "stories_turn"', 'INSERT INTO "characters_memory"', 'INSERT INTO "stories_llmcall"']
    assert pipelines[release] is not None and all(p is pipelines[release] for p in pipelines[release:calls + 1]), \
        "release, index, the line, its memories and the model calls in one round trip"
    line = story.turns.order_by("-index").first()
    memories = Memory.objects.filter(turn_index=line.index, character__story=story)
    assert memories.exists() and set(memories.values_list("turn_id", flat=True)) == {line.pk}, \
        "the memories, written before the line's id was known, point at it"


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_engines_hot_statements_are_prepared_and_djangos_own_queries_are_not(alice, quiet_room):
    story = make_story(alice, turns=40)
    for _ in range(12):
        advance_story(story.pk, force=True)
    prepared = [s for s, in sql.rows("SELECT statement FROM pg_prepared_statements", [])]
    assert any(s.lstrip().startswith("UPDATE stories_story SET lease_token") for s in prepared), prepared
    assert any('FROM stories_turn WHERE story_id = $1 AND scene_id =' in s for s in prepared)
    assert not any('"stories_story"."id"' in s for s in prepared), "the ORM's queries bind on the client"
    Story.objects.filter(pk=story.pk).update(title="ORM")  # and still run as before
    assert Story.objects.get(pk=story.pk).title == "ORM"


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_with_prepared_statements_off_nothing_is_prepared(alice, quiet_room):
    connection.close()  # a fresh session: none of the other tests' statements
    story = make_story(alice, turns=40)
    with override_settings(MOVIESIM_PREPARED_STATEMENTS=False):
        for _ in range(12):
            advance_story(story.pk, force=True)
        assert sql.rows("SELECT COUNT(*) FROM pg_prepared_statements", []) == [(0,)]
    assert story.turns.count() >= 10


@pytest.mark.django_db
def test_claim_statement_and_claimed_are_the_claim(alice):
    story = make_story(alice, start=False)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.RUNNING)
    statement = lease.claim_statement(story.pk, "mine", require_due=False)
    assert lease.claimed(sql.run(*statement)).lease_token == "mine"
    assert lease.claimed(sql.run(*lease.claim_statement(story.pk, "theirs", require_due=False))) is None


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_first_statement_of_a_task_checks_the_connection_as_django_would(alice):
    """CONN_HEALTH_CHECKS: a connection cut while idle is replaced before a task's first statement,
    not found broken halfway through a step."""
    import psycopg
    from django.db import close_old_connections

    sql.run("SELECT 1", [])
    pid = connection.connection.info.backend_pid
    settings = connection.settings_dict
    with psycopg.connect(host=settings["HOST"], port=settings["PORT"] or 5432, dbname=settings["NAME"],
                         user=settings["USER"], autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    close_old_connections()  # a task (or request) begins
    [[now]] = sql.run("SELECT pg_backend_pid()", []).rows
    assert now != pid
    [one, two] = sql.batch([("SELECT 1", []), ("SELECT 2", [])])
    assert (one.rows, two.rows) == ([(1,)], [(2,)])


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_batches_use_their_connections_cursors_again_and_a_new_connection_gets_its_own(alice):
    db = sql.db()
    first = sql.batch([("SELECT %s", [1]), ("SELECT %s", [2])])
    raw, kept = db.__dict__["_moviesim_batch_cursors"]
    assert raw is db.connection and len(kept) == 2
    with pytest.raises(IntegrityError), transaction.atomic():  # a failed batch leaves them usable
        sql.batch([("SELECT %s", [3]), ("INSERT INTO stories_story (id) VALUES (NULL)", [])])
    again = sql.batch([("SELECT %s", [4]), ("SELECT %s", [5]), ("SELECT %s", [6])])
    assert [r.rows for r in first] == [[(1,)], [(2,)]], "a result, once read, is the caller's"
    assert [r.rows for r in again] == [[(4,)], [(5,)], [(6,)]]
    assert db.__dict__["_moviesim_batch_cursors"][1] is kept and len(kept) == 3
    db.close()
    assert [r.rows for r in sql.batch([("SELECT %s", [7]), ("SELECT %s", [8])])] == [[(7,)], [(8,)]]
    assert db.__dict__["_moviesim_batch_cursors"][0] is db.connection is not raw


# --- The cue: the next speaker's knowledge read with the claim ---------------------------------

def _knowledge_reads(monkeypatch) -> list[bool]:
    """For each Knowledge built from now on: whether it was read with the claim (True) or by itself."""
    seen = []
    build = scene_play.Knowledge.__init__

    def spy(self, speaker, others, scene, results=None):
        seen.append(results is not None)
        build(self, speaker, others, scene, results)

    monkeypatch.setattr(scene_play.Knowledge, "__init__", spy)
    return seen


@pytest.mark.django_db(transaction=True)
def test_each_step_cues_the_speaker_code_will_choose_next_and_their_knowledge_comes_with_the_claim(
        alice, quiet_room, monkeypatch):
    story = make_story(alice, turns=60, random_seed=3)
    reads = _knowledge_reads(monkeypatch)
    cued_lines, kinds = 0, set()
    for _ in range(45):
        cue = Story.objects.values_list("next_speaker_id", flat=True).get(pk=story.pk)
        before = len(reads)
        if advance_story(story.pk, force=True) == "finished":
            break
        last = story.turns.order_by("-index").first()
        if cue is not None and last.character_id is not None:
            kinds.add(story.turns.filter(index=last.index - 1).values_list("kind", flat=True).get())
            assert last.character_id == cue, "code chose whom the step before it cued"
            assert reads[before:] == [True], "their knowledge came with the claim"
            cued_lines += 1
    assert cued_lines >= 15
    assert {Turn.Kind.DIALOGUE, Turn.Kind.SCENE} <= kinds, "lines and new scenes both cue the next speaker"
    assert any(not read for read in reads), "a speaker the model chose reads their own knowledge"


@pytest.mark.django_db(transaction=True)
def test_a_cue_that_no_longer_holds_is_only_a_hint(alice, quiet_room, monkeypatch):
    story = make_story(alice, turns=60, random_seed=3)
    for _ in range(40):
        advance_story(story.pk, force=True)
        story.refresh_from_db()
        if story.next_speaker_id and story.turns.order_by("-index").first().kind == Turn.Kind.DIALOGUE:
            break
    cued = Character.objects.get(pk=story.next_speaker_id)
    Character.objects.filter(pk=cued.pk).update(active=False)  # the owner takes them out meanwhile
    reads = _knowledge_reads(monkeypatch)
    assert advance_story(story.pk, force=True) == "turn"
    line = story.turns.order_by("-index").first()
    assert line.character_id != cued.pk
    if line.character_id is not None:
        assert reads == [False], "the speaker chosen instead read their own knowledge"
        call = LLMCall.objects.filter(story=story, role="character", turn_index=line.index).get()
        assert f"YOUR CHARACTER: {line.character.name}," in call.messages[0]["content"]


@pytest.mark.django_db
def test_knowledge_read_with_the_claim_is_what_the_speaker_would_read_by_themselves(alice):
    story = make_story(alice, start=False)
    mara, theo, ines = (Character.objects.create(story=story, name=n, secrets=[f"{n}'s secret"])
                        for n in ("Mara Quinn", "Theo Park", "Ines Lo"))
    first = Scene.objects.create(story=story, index=0, location="Lobby", time_of_day="Day",
                                 summary="Theo lied about the badge.")
    first.present.set([mara, theo])
    second = Scene.objects.create(story=story, index=1, location="Roof", first_turn=3)
    second.present.set([mara, theo, ines])
    for i, (who, scene) in enumerate([(theo, first), (mara, first), (theo, first), (ines, second)]):
        turn = Turn.objects.create(story=story, scene=scene, index=i, kind=Turn.Kind.DIALOGUE, character=who,
                                   content=f"line {i}")
        Memory.objects.bulk_create(scene_play.memory.memories_for_turn(turn, list(scene.present.all())))
    Relationship.objects.create(character=mara, other=theo, opinion=-0.4, kind="rival")
    Relationship.objects.create(character=mara, other=ines, opinion=0.2)
    Relationship.objects.create(character=theo, other=mara, opinion=0.9)
    Story.objects.filter(pk=story.pk).update(next_speaker=mara)
    stage = scene_play.Stage.read(sql.batch(scene_play.Stage.statements(story.pk)))
    others = {c.pk: c for c in stage.cast.values() if c.pk != mara.pk and c.pk != ines.pk}  # Ines stepped out
    cued = stage.knowledge(stage.cast[mara.pk], others)
    alone = scene_play.Knowledge(Character.objects.get(pk=mara.pk), others, second)
    assert stage.cued[0] == mara.pk
    assert cued.stream.latest == alone.stream.latest and cued.stream.vivid == alone.stream.vivid
    assert cued.relationships == alone.relationships == [{"other": "Theo Park", "kind": "rival", "opinion": -0.4}]
    assert cued.earlier_scenes == alone.earlier_scenes == ["INT. LOBBY - DAY: Theo lied about the badge."]
    assert stage.cast[mara.pk].secrets == ["Mara Quinn's secret"], "the whole sheet, read in place"
    assert stage.knowledge(stage.cast[theo.pk], {}).stream.character.pk == theo.pk, "someone else: read now"


# --- The room's cast, read for a card or the panel -----------------------------------------------

@pytest.mark.django_db
def test_the_scene_and_cast_come_in_one_round_trip_each_character_with_its_relationships(alice):
    from stories import room

    story = make_story(alice, start=False)
    mara, theo, ines = (Character.objects.create(story=story, name=n, personality_traits=["dry"])
                        for n in ("Mara Quinn", "Theo Park", "Ines Lo"))
    scene = Scene.objects.create(story=story, index=0, location="Roof", objectives=["the badge"])
    scene.present.set([mara, ines])
    Relationship.objects.create(character=mara, other=theo, opinion=-0.4, kind="rival")
    Relationship.objects.create(character=theo, other=ines, opinion=0.6)
    sent = []

    def watch(execute, statement, params, many, context):
        sent.append(connection.vendor != "postgresql" or connection.connection._pipeline)
        return execute(statement, params, many, context)

    with connection.execute_wrapper(watch):
        panel = room.scene_and_cast(story)
    assert len(sent) == 3 and all(sent) and (connection.vendor != "postgresql" or len({id(p) for p in sent}) == 1)
    assert panel["scene"].pk == scene.pk and panel["scene"].objectives == ["the badge"]
    assert [c.name for c in panel["characters"]] == ["Mara Quinn", "Theo Park", "Ines Lo"]
    assert panel["present_ids"] == {mara.pk, ines.pk}
    by_name = {c.name: c for c in panel["characters"]}
    mara_sees = [(r.other.name, r.kind, r.opinion) for r in by_name["Mara Quinn"].relations]
    assert mara_sees == [("Theo Park", "rival", -0.4)]
    assert by_name["Mara Quinn"].personality_traits == ["dry"]
    card = room.scene_and_cast(story, only=[theo.pk])
    assert [len(c.relations) for c in card["characters"]] == [0, 1, 0], "only the card's relationships"
