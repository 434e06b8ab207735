"""i18n fixtures: catalogues compiled into a temp dir, a Translations object, and a main window
over the realistic sample vault (tests/i18n/sample.py)."""

from __future__ import annotations

import pytest

from tests.i18n.sample import Sample, populate
from trustdesk.vault import Vault


@pytest.fixture
def sample(vault: Vault) -> Sample:
    return populate(vault)
