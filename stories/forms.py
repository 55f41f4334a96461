from django import forms
from django.conf import settings

from stories.models import Story

SEED_MAX = 2000


class StoryForm(forms.Form):
    seed = forms.CharField(
        label="Story seed",
        max_length=SEED_MAX,
        strip=True,
        widget=forms.Textarea(
            attrs={"rows": 3, "placeholder": "A murder mystery at a tech startup during a product launch"}
        ),
        error_messages={
            "required": "Give the Director a seed: a line or two about the story you want to watch.",
            "max_length": f"Keep the seed under {SEED_MAX:,} characters (it has %(show_value)d).",
        },
    )
    visibility = forms.ChoiceField(choices=Story.Visibility.choices, initial=Story.Visibility.PUBLIC)
    max_turns = forms.IntegerField(
        label="Number of turns",
        min_value=3,
        max_value=settings.MOVIESIM_MAX_TURNS,
        initial=settings.MOVIESIM_DEFAULT_TURNS,
        error_messages={
            "min_value": "A story needs at least %(limit_value)s turns.",
            "max_value": "At most %(limit_value)s turns per story.",
            "invalid": "The number of turns must be a whole number.",
        },
    )
    pacing_seconds = forms.FloatField(
        label="Seconds between turns",
        min_value=0,
        max_value=600,
        initial=settings.MOVIESIM_DEFAULT_PACING,
        error_messages={
            "min_value": "Pacing can't be negative.",
            "max_value": "Pacing is at most %(limit_value)s seconds.",
            "invalid": "Pacing must be a number of seconds.",
        },
    )
    vote_seconds = forms.IntegerField(
        label="Voting window at each scene end (seconds, 0 for none)",
        required=False,
        min_value=0,
        max_value=600,
        initial=settings.MOVIESIM_DEFAULT_VOTE_SECONDS,
        error_messages={
            "min_value": "The voting window can't be negative.",
            "max_value": "The voting window is at most %(limit_value)s seconds.",
            "invalid": "The voting window must be a whole number of seconds.",
        },
    )
    start_now = forms.BooleanField(label="Start as soon as it's cast", required=False, initial=True)

    def clean_vote_seconds(self) -> int:
        value = self.cleaned_data.get("vote_seconds")
        return settings.MOVIESIM_DEFAULT_VOTE_SECONDS if value is None else value

    def clean_seed(self) -> str:
        seed = self.cleaned_data["seed"]
        if not seed.strip():
            raise forms.ValidationError(self.fields["seed"].error_messages["required"])
        return seed


class RenameForm(forms.Form):
    title = forms.CharField(max_length=200, strip=True, error_messages={"required": "A title can't be empty."})


class VisibilityForm(forms.Form):
    visibility = forms.ChoiceField(choices=Story.Visibility.choices)


class PacingForm(forms.Form):
    pacing_seconds = StoryForm.base_fields["pacing_seconds"]
    vote_seconds = StoryForm.base_fields["vote_seconds"]


class UsernameForm(forms.Form):
    username = forms.CharField(max_length=150, strip=True, error_messages={"required": "Type a username."})

    def clean_username(self):
        from django.contrib.auth import get_user_model

        name = self.cleaned_data["username"]
        try:
            return get_user_model().objects.get(username=name)
        except get_user_model().DoesNotExist:
            raise forms.ValidationError(f"There is no account called “{name}”.") from None


class SuggestionForm(forms.Form):
    text = forms.CharField(
        max_length=280, strip=True, widget=forms.Textarea(attrs={"rows": 2, "maxlength": 280,
                                                               "placeholder": "What if…"}),
        error_messages={"required": "Write a suggestion first.",
                        "max_length": "Keep it under 280 characters (it has %(show_value)d)."},
    )


class VoteForm(forms.Form):
    option = forms.IntegerField(min_value=0, max_value=3, error_messages={
        "invalid": "Choose one of the options.", "min_value": "Choose one of the options.",
        "max_value": "Choose one of the options."})


class TurnEditForm(forms.Form):
    content = forms.CharField(required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}),
                              label="Line or narration")
    action = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        if not (data.get("content") or "").strip() and not (data.get("action") or "").strip():
            raise forms.ValidationError("A turn needs some text.")
        return data
