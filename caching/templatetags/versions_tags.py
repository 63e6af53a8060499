from django import template

from caching import versions

register = template.Library()


@register.tag
def remembered(parser, token):
    """The enclosed part rendered once per content version for each key (see caching.versions).

    {% load versions_tags %}{% remembered "quotes" treatment.pk %}…{% endremembered %}
    Only for parts that are the same for every reader: no CSRF token, nothing from the request or the user.
    """
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% remembered %} needs a name, and may take values it varies on.")
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    return RememberedNode(nodelist, [parser.compile_filter(bit) for bit in bits])


class RememberedNode(template.Node):
    def __init__(self, nodelist, key):
        self.nodelist = nodelist
        self.key = key

    def render(self, context):
        name = "fragment:" + ":".join(str(part.resolve(context)) for part in self.key)
        return versions.remembered(name, lambda: self.nodelist.render(context))
