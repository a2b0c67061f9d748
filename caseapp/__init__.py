"""caseapp: a case file for benched outsourced and dispatched workers in China."""

__version__ = "0.1.0"
