"""The conftest hook that fails skipped tests under CI=true, run on a tiny test file by a real
pytest in a subprocess (pytester) with this directory's conftest.py."""
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

TESTS = """
import pytest

def test_passes():
    pass

@pytest.mark.skip(reason="not built yet")
def test_marked_skip():
    pass

def test_skips_at_run_time():
    pytest.skip("torchrun not installed")

@pytest.mark.xfail(reason="known bug")
def test_expected_failure():
    assert False
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(test_tiny=TESTS)
    return pytester


def test_under_ci_a_skipped_test_fails_the_run(suite, monkeypatch):
    monkeypatch.setenv("CI", "true")
    result = suite.runpytest_subprocess("-p", "no:cacheprovider", "-rf", timeout=120)
    # a skip marker acts in setup, so pytest reports that one as an error; both fail the run
    result.assert_outcomes(passed=1, failed=1, errors=1, xfailed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*skipped under CI=true*not built yet*", "*skipped under CI=true*torchrun not installed*"])


@pytest.mark.parametrize("ci", [None, "false", "1"])
def test_elsewhere_skips_stay_skips(suite, monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    result = suite.runpytest_subprocess("-p", "no:cacheprovider", timeout=120)
    result.assert_outcomes(passed=1, skipped=2, xfailed=1)
    assert result.ret == pytest.ExitCode.OK
