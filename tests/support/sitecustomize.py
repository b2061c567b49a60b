"""Loaded by every Python subprocess the tests start: no network sockets, ever."""

from tests.support.nonet import forbid_network

forbid_network()
