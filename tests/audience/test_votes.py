"""Plot votes: one vote per account per poll (the database enforces it), changeable until
the poll closes, tallied by the database; ties go to the option listed first, no votes
leave the choice to the Director, and the winner steers the next scene."""

import json
import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, connections, transaction
from django.utils import timezone

from stories.engine import audience
from stories.models import LLMCall, Poll, Story, Turn, Vote
from tests.conftest import advance, make_story, signed_in
from tests.servers import wait_until
from tests.services import need_postgres

User = get_user_model()
OPTIONS = ["The lights go out", "A stranger knocks", "The CFO confesses"]

pytestmark = pytest.mark.usefixtures("memory_layer")


def cast_story(owner, **kwargs) -> Story:
    story = make_story(owner, **kwargs)
    assert advance(story.pk, force=True) == "turn"
    return story


def open_poll(story: Story, options=OPTIONS, seconds: int = 300) -> Poll:
    return Poll.objects.create(story=story, scene=story.scenes.order_by("-index").first(), options=list(options),
                               closes_at=timezone.now() + timedelta(seconds=seconds))


def make_voters(n: int, prefix: str = "voter") -> list:
    users = [User(username=f"{prefix}-{i:02d}") for i in range(n)]
    for user in users:
        user.set_unusable_password()
    User.objects.bulk_create(users)
    return list(User.objects.filter(username__startswith=f"{prefix}-").order_by("username"))


def vote_url(poll: Poll) -> str:
    return f"/stories/{poll.story_id}/polls/{poll.pk}/vote/"


# --- Concurrency (PostgreSQL) ------------------------------------------------------------------

@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_thirty_concurrent_voters_give_an_exact_tally(alice):
    need_postgres()
    story = cast_story(alice)
    poll = open_poll(story)
    voters = make_voters(30)
    choices = [0] * 13 + [1] * 10 + [2] * 7
    clients = [signed_in(v) for v in voters]
    barrier = threading.Barrier(len(voters))
    statuses: list[int | None] = [None] * len(voters)
    crossed = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=20)
            crossed.append(i)
            statuses[i] = clients[i].post(vote_url(poll), {"option": choices[i]}).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(voters))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    assert len(crossed) == 30, "every voter must have passed the barrier"
    assert statuses == [200] * 30
    assert poll.tally() == [13, 10, 7]
    assert Vote.objects.filter(poll=poll).count() == 30


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_one_voter_clicking_twice_at_once_counts_once_and_the_later_click_wins(alice, bob):
    """The second click meets the first one's uncommitted vote (it waits on the database lock),
    then changes it: one row, the last option."""
    need_postgres()
    story = cast_story(alice)
    poll = open_poll(story)
    first_client, second_client = signed_in(bob), signed_in(bob)
    inside, release = threading.Event(), threading.Event()
    statuses: dict[str, int] = {}

    def hold_after_insert(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.lstrip().upper().startswith('INSERT INTO "STORIES_VOTE"'):
            inside.set()  # the first click's row is written but not committed
            assert release.wait(20), "the test never released the first click"
        return result

    def first() -> None:
        try:
            with connection.execute_wrapper(hold_after_insert):
                statuses["first"] = first_client.post(vote_url(poll), {"option": 0}).status_code
        finally:
            connections.close_all()

    def second() -> None:
        try:
            statuses["second"] = second_client.post(vote_url(poll), {"option": 2}).status_code
        finally:
            connections.close_all()

    a = threading.Thread(target=first)
    a.start()
    assert inside.wait(10), "the first click never reached its insert"
    b = threading.Thread(target=second)
    b.start()
    # The contested path: the second click is blocked by the first one's open transaction.
    with connection.cursor() as cursor:
        def second_is_waiting() -> bool:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'")
            return cursor.fetchone()[0] >= 1
        wait_until(second_is_waiting, timeout=10, interval=0.01,
                   message="the second click to wait on the first one's lock")
    assert b.is_alive() and "second" not in statuses
    release.set()
    a.join(20)
    b.join(20)
    assert statuses == {"first": 200, "second": 200}
    votes = list(Vote.objects.filter(poll=poll).values_list("user_id", "option"))
    assert votes == [(bob.pk, 2)]
    assert poll.tally() == [0, 0, 1]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_burst_of_double_clicks_never_double_counts(alice):
    need_postgres()
    story = cast_story(alice)
    poll = open_poll(story)
    voters = make_voters(10, "clicker")
    jobs = [(v, option) for v in voters for option in (0, 1)]
    clients = [signed_in(v) for v, _ in jobs]
    barrier = threading.Barrier(len(jobs))
    statuses: list[int | None] = [None] * len(jobs)

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=20)
            statuses[i] = clients[i].post(vote_url(poll), {"option": jobs[i][1]}).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert statuses == [200] * len(jobs)
    assert Vote.objects.filter(poll=poll).count() == 10
    assert sum(poll.tally()) == 10


@pytest.mark.django_db(transaction=True)
def test_the_database_itself_refuses_a_second_vote_row(alice, bob):
    story = cast_story(alice)
    poll = open_poll(story)
    Vote.objects.create(poll=poll, user=bob, option=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(poll=poll, user=bob, option=1)
    assert Vote.objects.filter(poll=poll).count() == 1


# --- One voter ---------------------------------------------------------------------------------

@pytest.mark.django_db
def test_changing_a_vote_moves_it(alice, bob):
    story = cast_story(alice)
    poll = open_poll(story)
    client = signed_in(bob)
    response = client.post(vote_url(poll), {"option": 0})
    assert response.status_code == 200
    assert OPTIONS[0] in response.content.decode()
    assert poll.tally() == [1, 0, 0]
    response = client.post(vote_url(poll), {"option": 2})
    assert response.status_code == 200
    assert OPTIONS[2] in response.content.decode()
    assert poll.tally() == [0, 0, 1]
    assert Vote.objects.filter(poll=poll, user=bob).count() == 1


@pytest.mark.django_db
def test_a_vote_after_the_poll_closed_is_refused_and_not_stored(alice, bob):
    story = cast_story(alice)
    client = signed_in(bob)
    # Closed by the engine.
    closed = open_poll(story)
    Poll.objects.filter(pk=closed.pk).update(status=Poll.Status.CLOSED, closed_at=timezone.now())
    response = client.post(vote_url(closed), {"option": 1})
    assert response.status_code == 409
    assert "closed" in response.content.decode().lower()
    assert not Vote.objects.filter(poll=closed).exists()
    # Window over, the engine has not closed it yet: still refused, and an earlier vote stays as it was.
    late = open_poll(story)
    assert client.post(vote_url(late), {"option": 0}).status_code == 200
    Poll.objects.filter(pk=late.pk).update(closes_at=timezone.now() - timedelta(seconds=1))
    response = client.post(vote_url(late), {"option": 2})
    assert response.status_code == 409
    assert list(Vote.objects.filter(poll=late).values_list("option", flat=True)) == [0]
    assert late.tally() == [1, 0, 0]


@pytest.mark.django_db
@pytest.mark.parametrize("option", ["3", "4", "-1", "two", ""])
def test_an_option_not_on_the_ballot_is_a_bad_request(alice, bob, option):
    story = cast_story(alice)
    poll = open_poll(story)  # three options: 0, 1, 2
    response = signed_in(bob).post(vote_url(poll), {"option": option})
    assert response.status_code == 400, (option, response.status_code, response.content)
    assert not Vote.objects.filter(poll=poll).exists()


@pytest.mark.django_db
def test_a_vote_for_another_storys_poll_is_not_found(alice, bob):
    story = cast_story(alice)
    other = cast_story(alice, seed="A heist on a night train")
    poll = open_poll(other)
    response = signed_in(bob).post(f"/stories/{story.pk}/polls/{poll.pk}/vote/", {"option": 0})
    assert response.status_code == 404
    assert not Vote.objects.exists()


# --- Closing: ties, no votes, and the winner steering the next scene ---------------------------

def _vote(poll: Poll, counts: list[int], prefix: str) -> None:
    voters = iter(make_voters(sum(counts), prefix))
    for option, n in enumerate(counts):
        for _ in range(n):
            Vote.objects.create(poll=poll, user=next(voters), option=option)


@pytest.mark.django_db
def test_ties_go_to_the_option_listed_first(alice):
    story = cast_story(alice)
    poll = open_poll(story, options=["Alpha", "Bravo", "Charlie", "Delta"])
    _vote(poll, [1, 3, 0, 3], "tie")
    winner, outcome = audience.decide(poll)
    assert winner == 1  # Bravo and Delta tie at 3; Bravo is listed first
    assert "tie" in outcome.lower()

    Poll.objects.filter(pk=poll.pk).update(closes_at=timezone.now() - timedelta(seconds=1))
    turns_before = story.turns.count()
    assert advance(story.pk, force=True) == "turn"
    choice = story.turns.order_by("-index").first()
    assert story.turns.count() == turns_before + 1
    assert choice.kind == Turn.Kind.CHOICE
    assert choice.content == "The audience chose: Bravo"
    poll.refresh_from_db()
    story.refresh_from_db()
    assert (poll.status, poll.winner_index, poll.winner) == (Poll.Status.CLOSED, 1, "Bravo")
    assert story.directive == "Bravo"
    # The rule is shown to the room.
    assert Poll.TIE_RULE.lower().rstrip(".") in poll.outcome.lower()


@pytest.mark.django_db
def test_a_clear_winner_is_decided_by_the_count(alice):
    story = cast_story(alice)
    poll = open_poll(story, options=["Alpha", "Bravo", "Charlie"])
    _vote(poll, [2, 1, 4], "clear")
    assert audience.decide(poll) == (2, "4 of 7 votes.")


@pytest.mark.django_db
def test_no_votes_leave_the_choice_to_the_director(alice):
    story = cast_story(alice)
    Story.objects.filter(pk=story.pk).update(directive="an old choice that must not linger")
    poll = open_poll(story)
    Poll.objects.filter(pk=poll.pk).update(closes_at=timezone.now() - timedelta(seconds=1))
    assert advance(story.pk, force=True) == "turn"
    choice = story.turns.order_by("-index").first()
    assert choice.kind == Turn.Kind.CHOICE
    assert "the director chose" in choice.content.lower()
    assert "The audience chose" not in choice.content
    poll.refresh_from_db()
    story.refresh_from_db()
    assert poll.status == Poll.Status.CLOSED and poll.winner_index is None
    assert "the director chose" in poll.outcome.lower()
    assert story.directive == ""


@pytest.mark.django_db
def test_the_winning_option_steers_the_next_scene(alice, bob):
    story = make_story(alice, turns=40, vote_seconds=30)
    poll = None
    for _ in range(20):  # play the opening scene to its end; the Director then opens a vote
        result = advance(story.pk, force=True)
        poll = story.polls.first()
        if poll is not None:
            break
    assert poll is not None, "no poll opened at the end of the first scene"
    assert result == "step"
    assert 2 <= len(poll.options) <= 4 and poll.status == Poll.Status.OPEN
    story.refresh_from_db()
    assert story.next_step_at == poll.closes_at  # the story waits for the audience
    turns_before = story.turns.count()
    assert advance(story.pk) == "busy"  # not due yet
    assert advance(story.pk, force=True) == "idle"  # even forced, it waits for the vote
    assert story.turns.count() == turns_before

    winner = len(poll.options) - 1  # the last option, so a "first option by default" bug shows
    carol, dave = make_voters(2, "fan")
    for user, option in ((bob, winner), (carol, winner), (dave, 0)):
        assert signed_in(user).post(vote_url(poll), {"option": option}).status_code == 200
    Poll.objects.filter(pk=poll.pk).update(closes_at=timezone.now() - timedelta(seconds=1))

    assert advance(story.pk, force=True) == "turn"
    choice = story.turns.order_by("-index").first()
    directive = poll.options[winner]
    assert choice.kind == Turn.Kind.CHOICE and choice.content == f"The audience chose: {directive}"

    previous = story.scenes.order_by("-index").first()
    assert advance(story.pk, force=True) == "turn"
    scene = story.scenes.order_by("-index").first()
    assert scene.index == previous.index + 1
    assert scene.directive == directive
    quoted = json.dumps(directive, ensure_ascii=False)
    next_scene_call = LLMCall.objects.filter(story=story, role="director_next_scene").latest("created_at")
    assert quoted in next_scene_call.messages[-1]["content"]

    # Play on until a character speaks in the new scene: their prompt carries the audience's choice.
    for _ in range(8):
        if story.turns.filter(scene=scene, character__isnull=False).exists():
            break
        advance(story.pk, force=True)
    spoken = story.turns.filter(scene=scene, character__isnull=False).order_by("index").first()
    assert spoken is not None, "nobody spoke in the new scene"
    calls = LLMCall.objects.filter(story=story, role="character", turn_index__gte=scene.first_turn)
    assert calls.exists()
    for call in calls:
        user_message = call.messages[-1]["content"]
        assert quoted in user_message, user_message
