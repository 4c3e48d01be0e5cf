"""Puts training/ on sys.path so tests import `ape.*`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
