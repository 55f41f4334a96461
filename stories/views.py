from datetime import UTC, datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from stories import actions, forks
from stories.access import story_for_editor, story_for_owner, story_for_viewer
from stories.audience_views import my_vote_text
from stories.broadcast import render_turns
from stories.forms import PacingForm, RenameForm, StoryForm, SuggestionForm, TurnEditForm, VisibilityForm
from stories.models import Story, Turn
from stories.panels import room_panels, secret_ledger, suggestions_panel


@require_GET
def home(request):
    live_first = Case(When(status__in=Story.ACTIVE_STATUSES, then=Value(0)), default=Value(1),
                      output_field=IntegerField())
    stories = (Story.objects.filter(visibility=Story.Visibility.PUBLIC).exclude(status=Story.Status.DRAFT)
               .annotate(live=live_first).order_by("live", "-updated_at").select_related("owner")[:50])
    return render(request, "stories/home.html", {"stories": stories})


@login_required
@require_http_methods(["GET", "POST"])
def new_story(request):
    form = StoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            story = actions.create_story(request.user, **form.cleaned_data)
        except actions.StoryLimitReached as refusal:
            form.add_error(None, str(refusal))
            return render(request, "stories/new.html", {"form": form}, status=429)
        return redirect(story)
    status = 400 if request.method == "POST" else 200
    return render(request, "stories/new.html", {"form": form}, status=status)


@require_GET
def room(request, story_id: int):
    story = story_for_viewer(request, story_id)
    last = story.turns.order_by("-index").values_list("index", flat=True).first() or 0
    first_shown = max(0, last - PAGE + 1)
    turns = story.turns.filter(index__gte=first_shown).for_display().order_by("index")
    context = {
        "first_shown": first_shown,
        "story": story, "turns": turns, "is_owner": story.is_owner(request.user),
        "is_staff": story.can_edit(request.user),
        "can_participate": story.can_participate(request.user), "is_muted": story.is_muted(request.user),
        "my_vote_text": my_vote_text(story, request.user), "suggestion_form": SuggestionForm(),
        "server_now": int(timezone.now().timestamp() * 1000),
        "secret_ledger": secret_ledger(story) if story.can_edit(request.user) else [],
        **room_panels(story), **suggestions_panel(story),
    }
    return render(request, "stories/room.html", context)


@require_GET
def turns_after(request, story_id: int):
    """Catch-up after a reconnect: every turn after ?after=<index>, as out-of-band swaps."""
    story = story_for_viewer(request, story_id)
    if request.GET.get("before"):
        return _earlier(request, story)
    try:
        after = int(request.GET.get("after", "-1"))
        since_ms = int(request.GET["since"]) if request.GET.get("since") else None
        since = datetime.fromtimestamp(since_ms / 1000, tz=UTC) if since_ms is not None else None
    except (ValueError, OverflowError, OSError):  # not a number, or a time no calendar holds
        raise BadRequest("after and since must be numbers") from None
    return HttpResponse(render_turns(story, max(after, -1), since=since))


PAGE = 80  # turns shown when a room opens; older ones load on demand


def _earlier(request, story: Story):
    try:
        before = int(request.GET["before"])
    except ValueError:
        raise BadRequest("before must be a turn index") from None
    start = max(0, before - PAGE)
    turns = story.turns.filter(index__gte=start, index__lt=before).for_display().order_by("index")
    return render(request, "stories/partials/earlier.html", {"story": story, "turns": turns, "first_shown": start})


@require_GET
def turn_detail(request, story_id: int, index: int):
    story = story_for_viewer(request, story_id)
    turn = get_object_or_404(story.turns.for_display(), index=index)
    return render(request, "stories/partials/turn.html", {"turn": turn})


@require_GET
def controls(request, story_id: int):
    story = story_for_owner(request, story_id)
    return render(request, "stories/partials/controls.html", {"story": story})


@require_GET
def secrets(request, story_id: int):
    """The showrunners' view of every secret and who knows it: never part of a broadcast fragment."""
    story = story_for_editor(request, story_id)
    context = {"story": story, "characters": story.characters.all(), "secret_ledger": secret_ledger(story)}
    return render(request, "stories/partials/secrets.html", context)


CONTROL_ACTIONS = {
    "start": ({Story.Status.DRAFT}, actions.start_story),
    "pause": ({Story.Status.CASTING, Story.Status.RUNNING}, actions.pause_story),
    "resume": ({Story.Status.PAUSED}, actions.resume_story),
    "retry": ({Story.Status.FAILED}, actions.retry_story),
    "step": ({Story.Status.RUNNING, Story.Status.PAUSED}, actions.step_story),
    "finish": ({Story.Status.RUNNING, Story.Status.PAUSED}, actions.finish_now),
    "regenerate": ({Story.Status.RUNNING, Story.Status.PAUSED, Story.Status.FINISHED}, actions.regenerate_last),
}


@require_POST
def control(request, story_id: int, verb: str):
    story = story_for_owner(request, story_id)
    allowed, action = CONTROL_ACTIONS[verb]
    if story.status not in allowed:
        return HttpResponse(f"Can't {verb} a story that is {story.get_status_display().lower()}.", status=409)
    action(story)
    if request.htmx:
        return render(request, "stories/partials/controls.html", {"story": story})
    return redirect(story)


@require_POST
def pacing(request, story_id: int):
    story = story_for_owner(request, story_id)
    form = PacingForm(request.POST)
    if not form.is_valid():
        first = next(iter(form.errors.values()))[0]
        return HttpResponse(first, status=400)
    actions.set_pacing(story, form.cleaned_data["pacing_seconds"], form.cleaned_data["vote_seconds"])
    return render(request, "stories/partials/controls.html", {"story": story})


@require_http_methods(["GET", "POST"])
def edit_turn(request, story_id: int, index: int):
    story = story_for_editor(request, story_id)
    turn = get_object_or_404(story.turns.for_display(), index=index)
    if turn.kind in (Turn.Kind.SCENE, Turn.Kind.ENDING, Turn.Kind.MARKER, Turn.Kind.CHOICE):
        return HttpResponse("Scene headings, markers and the ending can't be edited here.", status=400)
    form = TurnEditForm(request.POST or None, initial={"content": turn.content, "action": turn.action})
    if request.method == "POST" and form.is_valid():
        actions.edit_turn(turn, request.user, form.cleaned_data["content"].strip(), form.cleaned_data["action"].strip())
        return render(request, "stories/partials/turn.html", {"turn": turn})
    status = 400 if request.method == "POST" else 200
    return render(request, "stories/partials/turn_form.html", {"story": story, "turn": turn, "form": form},
                  status=status)


@require_POST
def fork(request, story_id: int, index: int):
    """The owner forks the story at a turn into a new room of theirs."""
    story = story_for_owner(request, story_id)
    if not story.turns.filter(index=index).exists():
        return HttpResponse("There is no such turn to fork from.", status=400)
    new = forks.fork_story(story, index)
    messages.success(request, f"Forked at turn {index}. Resume when you're ready to take another road.")
    if request.htmx:
        return HttpResponseClientRedirect(new.get_absolute_url())
    return redirect(new)


@require_GET
def read(request, story_id: int):
    """The reading view: the story as prose (when finished) and the whole screenplay."""
    story = story_for_viewer(request, story_id)
    turns = story.turns.for_display().order_by("index")
    return render(request, "stories/read.html", {"story": story, "turns": turns})


@login_required
@require_GET
def my_stories(request):
    stories = Story.objects.filter(owner=request.user).order_by("-updated_at")
    return render(request, "stories/mine.html", {"stories": stories, "visibilities": Story.Visibility.choices})


@require_POST
def rename(request, story_id: int):
    story = story_for_owner(request, story_id)
    form = RenameForm(request.POST)
    if not form.is_valid():
        return HttpResponse(form.errors["title"][0], status=400)
    actions.rename_story(story, form.cleaned_data["title"])
    messages.success(request, "Renamed.")
    return redirect("stories:mine")


@require_POST
def visibility(request, story_id: int):
    story = story_for_owner(request, story_id)
    form = VisibilityForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Choose public, unlisted or private.", status=400)
    actions.set_visibility(story, form.cleaned_data["visibility"])
    messages.success(request, f"“{story.display_title}” is now {story.visibility}.")
    return redirect("stories:mine")


@require_http_methods(["GET", "POST"])
def delete(request, story_id: int):
    story = story_for_owner(request, story_id)
    if request.method == "POST":
        title = story.display_title
        actions.delete_story(story)
        messages.success(request, f"Deleted “{title}”.")
        if request.htmx:
            return HttpResponseClientRedirect(reverse("stories:mine"))
        return redirect("stories:mine")
    return render(request, "stories/delete.html", {"story": story})
