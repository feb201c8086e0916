from __future__ import annotations

import pytest

from .fake_store import FakeStore


@pytest.fixture
def store():
    return FakeStore()
