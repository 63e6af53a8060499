from django import forms
from django.core import signing

from ratings.models import Score
from ratings.targets import find_target

TARGET_ERROR = "We could not tell which page you were rating. Please reload the page and try again."
MISSING_SCORE = "Please choose a rating from 1 to 5 stars."
INVALID_SCORE = "A rating must be a whole number from 1 to 5."


class VoteForm(forms.Form):
    target = forms.CharField(error_messages={"required": TARGET_ERROR})
    score = forms.TypedChoiceField(
        choices=Score.choices,
        coerce=int,
        error_messages={"required": MISSING_SCORE, "invalid_choice": INVALID_SCORE},
    )

    def clean_target(self):
        """The rated object, or None when the token is genuine but the object is gone or unpublished."""
        try:
            return find_target(self.cleaned_data["target"])
        except signing.BadSignature:
            raise forms.ValidationError(TARGET_ERROR) from None
