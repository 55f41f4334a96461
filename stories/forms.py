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
    start_now = forms.BooleanField(label="Start as soon as it's cast", required=False, initial=True)

    def clean_seed(self) -> str:
        seed = self.cleaned_data["seed"]
        if not seed.strip():
            raise forms.ValidationError(self.fields["seed"].error_messages["required"])
        return seed


class RenameForm(forms.Form):
    title = forms.CharField(max_length=200, strip=True, error_messages={"required": "A title can't be empty."})


class VisibilityForm(forms.Form):
    visibility = forms.ChoiceField(choices=Story.Visibility.choices)
