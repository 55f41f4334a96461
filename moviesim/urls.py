from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from moviesim import accounts
from moviesim.health import healthz
from stories import views as story_views

urlpatterns = [
    path("", story_views.home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("accounts/signup/", accounts.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("stories/", include("stories.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "moviesim.errors.permission_denied"
