from django import forms

from workflow.models import default_review_due


class TransitionForm(forms.Form):
    comment = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Recorded in the page's workflow history, with your name and the time.",
    )


class SendBackForm(TransitionForm):
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), help_text="Say what needs to change, so the editor knows."
    )


class ReasonForm(TransitionForm):
    comment = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Why, and how the request reached us (e.g. 'Email from Helen, 2 December'). "
        "Recorded in the workflow history with your name and the time.",
    )


class ApprovalForm(TransitionForm):
    job_code = forms.CharField(max_length=40, help_text="The approval code for this material, e.g. 'SOM-UK-003737'.")
    date_of_preparation = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    review_due = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Leave empty for 24 months after the date of preparation.",
    )
    published_at = forms.DateTimeField(
        required=False,
        label="Publish at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        help_text="Leave empty to publish now (or keep the earlier time); a future time keeps the page hidden until then.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_of_preparation") and not cleaned.get("review_due"):
            cleaned["review_due"] = default_review_due(cleaned["date_of_preparation"])
        return cleaned


# The form each workflow step asks for (see STEPS in workflow.models).
STEP_FORMS = {
    "submit": TransitionForm,
    "approve": ApprovalForm,
    "send_back": SendBackForm,
    "withdraw": TransitionForm,
    "withdraw_consent": ReasonForm,
}
