"""The import preview's word-level diff, marked up without inline styles (the site's CSP blocks them).

django-import-export's own diff writes `<ins style="background:...">`; this one writes plain `<ins>` and
`<del>`, coloured by static/css/admin-import-export.css.
"""

from diff_match_patch import diff_match_patch
from django.utils.encoding import force_str
from django.utils.html import escape
from django.utils.safestring import mark_safe
from import_export.resources import Diff

TAGS = {diff_match_patch.DIFF_INSERT: "ins", diff_match_patch.DIFF_DELETE: "del", diff_match_patch.DIFF_EQUAL: "span"}


class StyleFreeDiff(Diff):
    def as_html(self):
        matcher = diff_match_patch()
        cells = []
        for before, after in zip(self.left, self.right, strict=False):
            if before != after and self.new:
                before = ""
            diff = matcher.diff_main(force_str(before), force_str(after))
            matcher.diff_cleanupSemantic(diff)
            cells.append(mark_safe("".join(f"<{TAGS[op]}>{escape(text)}</{TAGS[op]}>" for op, text in diff)))
        return cells
