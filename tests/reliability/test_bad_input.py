import pytest
from tests.audience.test_permissions import build_room
from stories.models import Story, Turn

@pytest.mark.django_db
def test_x(alice, bob, client):
    import time; t=time.time()
    s = build_room(alice, "public")
    print("build", time.time()-t)
    print(list(s.turns.values_list("index","kind")))
    client.force_login(alice)
    r = client.post("/stories/new/", b"seed=%ff%fe%00abc&visibility=public&max_turns=10&pacing_seconds=1", content_type="application/x-www-form-urlencoded")
    print(r.status_code, Story.objects.count(), list(Story.objects.values_list("seed", flat=True)))
    r = client.post("/stories/new/", b"seed=\xff\xfeabc&visibility=public&max_turns=10&pacing_seconds=1", content_type="application/x-www-form-urlencoded")
    print(r.status_code, Story.objects.count(), list(Story.objects.values_list("seed", flat=True)))
    for q in ["after=abc", "after=99999999999999999999999", "since=99999999999999999", "since=-99999999999999999", "before=99999999999999999999999", "after=1e3"]:
        try:
            r = client.get(f"/stories/{s.pk}/turns/?{q}")
            print(q, r.status_code, r.content[:100])
        except Exception as e:
            print(q, "EXC", repr(e))
    r = client.post(f"/stories/{s.pk}/export.json")
    print("POST export", r.status_code)
    r = client.post("/stories/new/", "seed=" + "x"*(1024*1024), content_type="application/x-www-form-urlencoded")
    print("1MB", r.status_code, r.content[:200])
