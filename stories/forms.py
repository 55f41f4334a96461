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


# --- The outline ------------------------------------------------------------------------------------

class OutlineSceneForm(forms.Form):
    """One planned scene of the outline, as the owner and editors rewrite it before it is played."""

    beat = forms.CharField(max_length=200, strip=True, label="What happens",
                           error_messages={"required": "A scene needs a beat: what happens in it.",
                                           "max_length": "Keep the beat under %(limit_value)d characters "
                                                         "(it has %(show_value)d)."})
    place = forms.CharField(max_length=200, required=False, strip=True)
    time_of_day = forms.CharField(max_length=80, required=False, strip=True, label="Time of day")
    present = forms.ModelMultipleChoiceField(
        queryset=None, widget=forms.CheckboxSelectMultiple, label="Who is there",
        error_messages={"required": "Someone must be in the scene.",
                        "invalid_choice": "Only members of this story's cast can be in the scene.",
                        "invalid_pk_value": "Only members of this story's cast can be in the scene."})
    must_change = forms.CharField(max_length=2000, required=False, strip=True, label="What must change",
                                  widget=forms.Textarea(attrs={"rows": 2}),
                                  help_text="What is different by the scene's end.")
    secret_holder = forms.ModelChoiceField(
        queryset=None, required=False, label="Whose secret surfaces", empty_label="Nobody's",
        error_messages={"invalid_choice": "Only a member of this story's cast can hold the secret."})
    secret_index = forms.IntegerField(min_value=0, max_value=99, required=False, initial=0, label="Which secret",
                                      help_text="Its number on their sheet (1: the first); 0 for none.")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, planned=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.planned = planned
        cast = planned.story.characters.filter(active=True).order_by("id")
        self.cast = list(cast)
        self.fields["present"].queryset = cast
        self.fields["secret_holder"].queryset = cast
        if not self.is_bound:
            for name in ("beat", "place", "time_of_day", "must_change", "secret_index", "version"):
                self.fields[name].initial = getattr(planned, name)
            self.fields["present"].initial = [c.pk for c in planned.present.all()]
            self.fields["secret_holder"].initial = planned.secret_holder_id

    def clean(self):
        data = super().clean()
        holder, number = data.get("secret_holder"), data.get("secret_index") or 0
        if "secret_holder" in self.errors or "secret_index" in self.errors:
            return data
        if holder is None and number:
            self.add_error("secret_holder", "Choose whose secret it is, or set the number to 0.")
        elif holder is not None and not number:
            self.add_error("secret_index", f"Which of {holder.name}'s secrets? (1 to {len(holder.secrets)})"
                           if holder.secrets else f"{holder.name} has no secrets to reveal.")
        elif holder is not None and number > len(holder.secrets):
            count = len(holder.secrets)
            self.add_error("secret_index", f"{holder.name} has no secret number {number} "
                                           f"(their sheet has {count} secret{'s' if count != 1 else ''}).")
        data["secret_index"] = number if holder is not None else 0
        return data

    def plan(self) -> dict:
        """The scene's new fields (present apart: a list of characters)."""
        data = self.cleaned_data
        return {"beat": " ".join(data["beat"].split()), "place": data["place"], "time_of_day": data["time_of_day"],
                "must_change": data["must_change"], "secret_holder": data["secret_holder"],
                "secret_index": data["secret_index"]}

    def secret_sheets(self) -> list[tuple[str, list[str]]]:
        """Each member of the cast and their numbered secrets, for the editor to choose from."""
        return [(c.name, c.secrets) for c in self.cast if c.secrets]


class EndingForm(forms.Form):
    """The story's central question and the truth its climax reveals."""

    question = forms.CharField(max_length=1000, strip=True, widget=forms.Textarea(attrs={"rows": 2}),
                               label="The question", help_text="What the story asks. Everyone sees it.",
                               error_messages={"required": "The story needs a question.",
                                               "max_length": "Keep the question under %(limit_value)d "
                                                             "characters (it has %(show_value)d)."})
    truth = forms.CharField(max_length=4000, strip=True, widget=forms.Textarea(attrs={"rows": 4}),
                            label="The ending",
                            help_text="What the climax reveals. Only you and your editors see it until the end.",
                            error_messages={"required": "The ending can't be empty.",
                                            "max_length": "Keep the ending under %(limit_value)d characters "
                                                          "(it has %(show_value)d)."})
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, story=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.story = story
        if story is not None and not self.is_bound:
            self.fields["question"].initial = story.question
            self.fields["truth"].initial = story.truth
            self.fields["version"].initial = story.outline_version
