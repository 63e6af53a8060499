import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from ratelimits.clients import client_address, parse_rate, rate_limit_reached


def request(remote="198.51.100.1", forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().post("/", REMOTE_ADDR=remote, **extra)


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request(forwarded="203.0.113.7")) == "198.51.100.1"


def test_with_one_trusted_proxy_the_address_it_saw_is_used(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded="10.9.9.9, 203.0.113.7")) == "203.0.113.7"


def test_with_two_trusted_proxies_a_spoofed_first_entry_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request(forwarded="6.6.6.6, 203.0.113.7, 10.0.0.2")) == "203.0.113.7"


def test_too_short_a_forwarded_header_falls_back_to_the_remote_address(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request(forwarded="203.0.113.7")) == "198.51.100.1"


def test_rates_are_parsed_and_zero_turns_the_limit_off():
    assert parse_rate("5/3600") == (5, 3600)
    assert parse_rate("0") is None
    assert parse_rate("") is None
    with pytest.raises(ImproperlyConfigured):
        parse_rate("five a minute")


@pytest.mark.django_db
def test_limit_counts_per_client_and_scope():
    assert not rate_limit_reached(request(), "ask", "1/60")
    assert rate_limit_reached(request(), "ask", "1/60")
    assert not rate_limit_reached(request(remote="198.51.100.2"), "ask", "1/60")
    assert not rate_limit_reached(request(), "other", "1/60")
