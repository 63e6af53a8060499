import pytest

from ratings.checks import check_ratings_settings


@pytest.mark.parametrize("value", ["20/600", "1/1", "0", ""])
def test_valid_rate_limits_pass_the_check(settings, value):
    settings.RATINGS_RATE_LIMIT = value
    assert check_ratings_settings(None) == []


@pytest.mark.parametrize("value", ["20", "twenty/600", "20/0", "-1/60", "20/600/1"])
def test_a_mistyped_rate_limit_stops_the_site_with_a_hint(settings, value):
    settings.RATINGS_RATE_LIMIT = value
    assert [error.id for error in check_ratings_settings(None)] == ["ratings.E001"]
