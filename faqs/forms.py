from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms

from faqs.models import SubmittedQuestion, Topic


class AskForm(forms.ModelForm):
    # A honeypot: hidden from people (and from screen readers), but bots fill in every field.
    website = forms.CharField(required=False, label="Leave this field empty")

    class Meta:
        model = SubmittedQuestion
        fields = ["question", "topic", "email", "consent_to_contact"]
        labels = {
            "question": "Your question",
            "topic": "What is it about? (optional)",
            "email": "Email address (optional)",
            "consent_to_contact": "I agree to be contacted by email about my question",
        }
        help_texts = {
            "question": "Between 10 and 2,000 characters. Please do not include your name or other personal details.",
            "topic": "",
            "email": "Only if you would like a reply. We use it for nothing else.",
            "consent_to_contact": "Needed if you give an email address.",
        }
        widgets = {"question": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Too long gets a clear message rather than silently cutting the reader's text off.
        self.fields["question"].widget.attrs.pop("maxlength", None)
        self.fields["question"].error_messages.update(
            required="Enter your question.",
            max_length="Your question is too long. Please keep it to 2,000 characters.",
        )
        self.fields["topic"].queryset = Topic.objects.all()
        self.fields["topic"].empty_label = "Not sure, or something else"
        self.fields["email"].error_messages["invalid"] = "Enter an email address like name@example.com."
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's own <form> carries the token
        self.helper.layout = Layout(
            "question", "topic", "email", "consent_to_contact", Field("website", wrapper_class="honeypot")
        )
        self.helper.add_input(Submit("submit", "Send my question"))

    def clean_question(self):
        question = self.cleaned_data["question"].strip()
        if len(question) < 10:
            raise forms.ValidationError("Your question is too short. Please use at least 10 characters.")
        if len(question) > 2000:
            raise forms.ValidationError(
                f"Your question is too long ({len(question):,} characters). Please keep it to 2,000 characters."
            )
        return question

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("consent_to_contact"):
            self.add_error(
                "consent_to_contact",
                "Tick this box so that we may email you, or leave the email address empty.",
            )
        return cleaned

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
