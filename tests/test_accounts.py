from django.contrib.auth import get_user_model


def test_signing_up_logs_you_in_and_opens_the_new_story_form(client, db):
    response = client.post("/accounts/signup/", {"username": "dana", "password1": "a-long-pass-phrase-9",
                                                 "password2": "a-long-pass-phrase-9"})
    assert response.status_code == 302 and response["Location"] == "/stories/new/"
    assert client.get("/stories/new/").status_code == 200
    assert get_user_model().objects.filter(username="dana").exists()


def test_a_bad_signup_says_why_and_creates_nobody(client, db):
    response = client.post("/accounts/signup/", {"username": "dana", "password1": "a", "password2": "b"})
    assert response.status_code == 400
    assert "didn’t match" in response.content.decode() or "didn&#x27;t match" in response.content.decode()
    assert not get_user_model().objects.exists()


def test_log_in_and_out(client, alice):
    response = client.post("/accounts/login/", {"username": "alice", "password": "correct horse battery"})
    assert response.status_code == 302
    assert client.get("/stories/mine/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/stories/mine/").status_code == 302
