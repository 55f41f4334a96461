from django.urls import include, path, re_path

from characters import views as character_views
from stories import audience_views, export_views, outline_views, views

app_name = "stories"

urlpatterns = [
    path("new/", views.new_story, name="new"),
    path("mine/", views.my_stories, name="mine"),
    path("<int:story_id>/", views.room, name="room"),
    path("<int:story_id>/turns/", views.turns_after, name="turns"),
    path("<int:story_id>/controls/", views.controls, name="controls"),
    path("<int:story_id>/secrets/", views.secrets, name="secrets"),
    path("<int:story_id>/rename/", views.rename, name="rename"),
    path("<int:story_id>/visibility/", views.visibility, name="visibility"),
    path("<int:story_id>/delete/", views.delete, name="delete"),
    path("<int:story_id>/export.<str:fmt>", export_views.export, name="export"),
    path("<int:story_id>/cards/", include("characters.card_urls")),
    path("<int:story_id>/trace/", include("stories.trace_urls")),
    re_path(r"^(?P<story_id>[0-9]+)/(?P<verb>start|pause|resume|retry|step|finish|regenerate)/$", views.control,
            name="control"),
    path("<int:story_id>/pacing/", views.pacing, name="pacing"),
    path("<int:story_id>/fork/<int:index>/", views.fork, name="fork"),
    path("<int:story_id>/read/", views.read, name="read"),
    path("<int:story_id>/turns/<int:index>/", views.turn_detail, name="turn"),
    path("<int:story_id>/turns/<int:index>/edit/", views.edit_turn, name="edit_turn"),
    # The audience
    path("<int:story_id>/polls/ask/", audience_views.ask_audience, name="ask_audience"),
    path("<int:story_id>/polls/<int:poll_id>/vote/", audience_views.vote, name="vote"),
    path("<int:story_id>/polls/<int:poll_id>/close/", audience_views.close_poll, name="close_poll"),
    path("<int:story_id>/polls/<int:poll_id>/skip/", audience_views.skip_poll, name="skip_poll"),
    path("<int:story_id>/suggestions/", audience_views.suggest, name="suggest"),
    path("<int:story_id>/suggestions/<int:suggestion_id>/upvote/", audience_views.upvote, name="upvote"),
    re_path(r"^(?P<story_id>[0-9]+)/suggestions/(?P<suggestion_id>[0-9]+)/(?P<decision>accept|dismiss)/$",
            audience_views.decide_suggestion, name="decide_suggestion"),
    path("<int:story_id>/people/", audience_views.people, name="people"),
    re_path(r"^(?P<story_id>[0-9]+)/(?P<what>editors|mutes)/$", audience_views.people_change, name="people_change"),
    re_path(r"^(?P<story_id>[0-9]+)/(?P<what>editors|mutes)/(?P<user_id>[0-9]+)/remove/$",
            audience_views.people_remove, name="people_remove"),
    # The outline
    path("<int:story_id>/outline/", outline_views.outline, name="outline"),
    path("<int:story_id>/outline/plan/", outline_views.plan, name="outline_plan"),
    path("<int:story_id>/outline/<int:index>/edit/", outline_views.edit_scene, name="outline_edit"),
    path("<int:story_id>/outline/ending/", outline_views.edit_ending, name="outline_ending"),
    # The cast
    path("<int:story_id>/characters/new/", character_views.new, name="character_new"),
    path("<int:story_id>/characters/<int:character_id>/edit/", character_views.edit, name="character_edit"),
    path("<int:story_id>/characters/<int:character_id>/retire/", character_views.retire, name="character_retire"),
]
