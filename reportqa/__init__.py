"""reportqa: cited answers and computed figures over market research reports."""

__version__ = "0.1.0"
