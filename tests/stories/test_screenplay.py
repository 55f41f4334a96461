from stories.models import Scene


def test_a_scene_heading_is_a_screenplay_slugline():
    assert Scene(location="Launch war room", time_of_day="night").heading == "INT. LAUNCH WAR ROOM - NIGHT"
    assert Scene(location="Rooftop terrace", time_of_day="dawn").heading == "EXT. ROOFTOP TERRACE - DAWN"
    assert Scene(location="EXT. Parking lot", time_of_day="").heading == "EXT. PARKING LOT"
