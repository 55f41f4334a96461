"""The audience's requests: votes, suggestions, and the owner's people controls."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from stories import actions, polls, suggestions
from stories.access import story_for_editor, story_for_owner, story_for_participant
from stories.forms import SuggestionForm, UsernameForm, VoteForm
from stories.models import Poll, Suggestion, Vote


def _message(text: str, status: int = 200, element: str = "audience-message") -> HttpResponse:
    from django.utils.html import escape

    return HttpResponse(f'<p id="{element}" class="flash" role="status">{escape(text)}</p>', status=status)


@require_POST
def vote(request, story_id: int, poll_id: int):
    story = story_for_participant(request, story_id)
    poll = get_object_or_404(Poll, pk=poll_id, story=story)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return _message(form.errors["option"][0], 400, "my-vote")
    try:
        cast = polls.cast_vote(poll, request.user, form.cleaned_data["option"])
    except polls.NotOnBallot as exc:
        return _message(str(exc), 400, "my-vote")
    except polls.VoteRefused as exc:
        return _message(str(exc), 409, "my-vote")
    return render(request, "stories/partials/my_vote.html", {"my_vote_text": poll.options[cast.option]})


@require_POST
def ask_audience(request, story_id: int):
    story = story_for_owner(request, story_id)
    try:
        polls.request_poll(story)
    except polls.PollRefused as exc:
        return _message(str(exc), 409)
    return _message("The Director is preparing options for the audience…")


@require_POST
def close_poll(request, story_id: int, poll_id: int):
    story = story_for_owner(request, story_id)
    poll = get_object_or_404(Poll, pk=poll_id, story=story, status=Poll.Status.OPEN)
    polls.close_early(poll)
    return _message("Closing the vote…")


@require_POST
def skip_poll(request, story_id: int, poll_id: int):
    story = story_for_owner(request, story_id)
    poll = get_object_or_404(Poll, pk=poll_id, story=story, status=Poll.Status.OPEN)
    polls.skip(poll, request.user)
    return _message("Vote skipped: the Director chooses.")


@require_POST
def suggest(request, story_id: int):
    story = story_for_participant(request, story_id)
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        return _message(form.errors["text"][0], 400, "suggest-message")
    try:
        suggestions.suggest(story, request.user, form.cleaned_data["text"])
    except suggestions.SuggestionRefused as exc:
        return _message(str(exc), 429 if "minute" in str(exc) else 400, "suggest-message")
    response = _message("Thanks! Your suggestion is in the list.", 201, "suggest-message")
    response["HX-Trigger"] = "suggestionSent"
    return response


@require_POST
def upvote(request, story_id: int, suggestion_id: int):
    story = story_for_participant(request, story_id)
    suggestion = get_object_or_404(Suggestion, pk=suggestion_id, story=story, status=Suggestion.Status.OPEN)
    suggestions.upvote(suggestion, request.user)
    return HttpResponse(status=204)


@require_POST
def decide_suggestion(request, story_id: int, suggestion_id: int, decision: str):
    story = story_for_editor(request, story_id)
    suggestion = get_object_or_404(Suggestion, pk=suggestion_id, story=story)
    done = (suggestions.accept if decision == "accept" else suggestions.dismiss)(suggestion, request.user)
    if not done:
        return _message("That suggestion was already decided.", 409)
    return _message("Accepted: the Director weaves it in at the next turn." if decision == "accept" else "Dismissed.")


# --- The owner's people panel -----------------------------------------------------------------

@require_GET
def people(request, story_id: int):
    story = story_for_owner(request, story_id)
    return _people(request, story)


def _people(request, story, form=None, status=200, note=""):
    context = {"story": story, "editors": story.editors.select_related("user"),
               "mutes": story.mutes.select_related("user"), "form": form, "note": note}
    return render(request, "stories/partials/people.html", context, status=status)


@require_POST
def people_change(request, story_id: int, what: str):
    story = story_for_owner(request, story_id)
    form = UsernameForm(request.POST)
    if not form.is_valid():
        return _people(request, story, form, 400)
    user = form.cleaned_data["username"]
    if user.pk == story.owner_id:
        return _people(request, story, form, 400, "That's you: owners can't invite or mute themselves.")
    if what == "editors":
        actions.add_editor(story, user, request.user)
        note = f"{user.username} can now edit this story."
    else:
        actions.mute(story, user, request.user)
        note = f"{user.username} is muted in this room."
    return _people(request, story, note=note)


@require_POST
def people_remove(request, story_id: int, what: str, user_id: int):
    story = story_for_owner(request, story_id)
    from django.contrib.auth import get_user_model

    user = get_object_or_404(get_user_model(), pk=user_id)
    if what == "editors":
        actions.remove_editor(story, user)
        note = f"{user.username} is no longer an editor."
    else:
        actions.unmute(story, user)
        note = f"{user.username} can vote and suggest again."
    return _people(request, story, note=note)


def my_vote_text(story, user) -> str:
    poll = story.polls.filter(status=Poll.Status.OPEN).first()
    if poll is None or not user.is_authenticated:
        return ""
    vote = Vote.objects.filter(poll=poll, user=user).first()
    return poll.options[vote.option] if vote and vote.option < len(poll.options) else ""
