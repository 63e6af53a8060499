from django import forms


class FinderForm(forms.Form):
    """A list's filters, read from the query string: a value that does not validate is ignored, and named.

    Subclasses set IGNORED, the sentence a reader is shown for each field whose value was set aside.
    """

    IGNORED = {}

    @property
    def ignored(self):
        """Reader-facing descriptions of what was ignored, without repeats."""
        return list(dict.fromkeys(self.IGNORED[name] for name in self.errors))

    def value(self, name):
        """The field's clean value, or None if it was ignored (reading `errors` validates the form once)."""
        return None if name in self.errors else self.cleaned_data.get(name)
