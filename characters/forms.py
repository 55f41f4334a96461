from django import forms

from characters.models import Character

LIST_FIELDS = ("personality_traits", "secrets", "secondary_goals", "fears")


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.replace("\r", "").split("\n") if line.strip()]


class CharacterForm(forms.Form):
    """Every field of a character sheet; list fields are one item per line."""

    name = forms.CharField(max_length=80, strip=True, error_messages={"required": "A character needs a name."})
    role = forms.CharField(max_length=120, required=False, strip=True)
    background = forms.CharField(required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    personality_traits = forms.CharField(required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                                         help_text="One per line.")
    secrets = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
                              help_text="One per line. Only you and your editors see these until revealed.")
    primary_motivation = forms.CharField(required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    secondary_goals = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
                                      help_text="One per line.")
    fears = forms.CharField(required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                            help_text="One per line.")
    speaking_style = forms.CharField(required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    talkativeness = forms.FloatField(min_value=0, max_value=1, initial=0.5,
                                     error_messages={"min_value": "Between 0 and 1.", "max_value": "Between 0 and 1."})
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, story=None, character: Character | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.story = story
        self.character = character
        others = story.characters.exclude(pk=character.pk if character else None) if story else []
        self.others = list(others)
        current = {}
        if character is not None:
            current = {r.other_id: r for r in character.relationships.all()}
        for other in self.others:
            rel = current.get(other.pk)
            self.fields[f"rel_{other.pk}_kind"] = forms.CharField(
                label=f"{other.name}: relationship", required=False, max_length=80,
                initial=rel.kind if rel else "")
            self.fields[f"rel_{other.pk}_opinion"] = forms.FloatField(
                label=f"{other.name}: opinion (-1 … 1)", required=False, min_value=-1, max_value=1,
                initial=round(rel.opinion, 2) if rel else 0)
        if character is not None and not self.is_bound:
            for field in ("name", "role", "background", "primary_motivation", "speaking_style", "talkativeness"):
                self.fields[field].initial = getattr(character, field)
            for field in LIST_FIELDS:
                self.fields[field].initial = "\n".join(getattr(character, field))
            self.fields["version"].initial = character.version

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        clash = self.story.characters.filter(name__iexact=name) if self.story else None
        if clash is not None and self.character is not None:
            clash = clash.exclude(pk=self.character.pk)
        if clash is not None and clash.exists():
            raise forms.ValidationError(f"There is already a character called {name} in this story.")
        return name

    def sheet(self) -> dict:
        data = self.cleaned_data
        sheet = {f: data[f] for f in ("name", "role", "background", "primary_motivation", "speaking_style",
                                      "talkativeness")}
        for field in LIST_FIELDS:
            sheet[field] = _lines(data[field])
        return sheet

    def relationships(self) -> dict[int, tuple[str, float]]:
        return {
            other.pk: (self.cleaned_data.get(f"rel_{other.pk}_kind") or "",
                       self.cleaned_data.get(f"rel_{other.pk}_opinion") or 0.0)
            for other in self.others
        }

    def relationship_fields(self):
        return [(self[f"rel_{o.pk}_kind"], self[f"rel_{o.pk}_opinion"]) for o in self.others]
