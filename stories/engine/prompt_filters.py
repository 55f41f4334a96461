import json

from django import template

register = template.Library()


@register.filter
def quoted(value) -> str:
    """User text as a JSON string literal: the text inside can never close the quote."""
    return json.dumps(str(value or ""), ensure_ascii=False)
