class ContentSecurityPolicyMiddleware:
    """A strict CSP: no inline scripts or styles, no eval (so no hx-on), sockets to self."""

    POLICY = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", self.POLICY)
        return response


class RequireUtf8FormsMiddleware:
    """A form body that is not UTF-8 is refused, not stored as mojibake or replacement characters."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        content_type = request.META.get("CONTENT_TYPE", "")
        if request.method == "POST" and content_type.startswith("application/x-www-form-urlencoded"):
            from urllib.parse import unquote_to_bytes

            from django.core.exceptions import RequestDataTooBig
            from django.http import HttpResponseBadRequest

            try:
                unquote_to_bytes(request.body.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError:
                return HttpResponseBadRequest("That form was not sent as UTF-8 text.")
            except RequestDataTooBig:
                from django.http import HttpResponse

                return HttpResponse("That request is too large.", status=413)
        return self.get_response(request)
