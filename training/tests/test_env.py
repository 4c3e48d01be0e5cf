"""The pinned environment the training code relies on."""
import torch


def test_torch_is_the_pinned_cpu_build():
    assert torch.__version__.startswith("2.13.0")
