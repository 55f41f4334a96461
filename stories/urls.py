from django.urls import path, re_path

from stories import exports, views

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
    path("<int:story_id>/export.<str:fmt>", exports.export, name="export"),
    re_path(r"^(?P<story_id>[0-9]+)/(?P<verb>start|pause|resume|retry)/$", views.control, name="control"),
]
