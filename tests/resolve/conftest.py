import pytest

from resolution_data import load_set


@pytest.fixture(scope="module")
def resolution_set():
    return load_set()
