"""Async SDK for Amili's APIs."""

__version__ = "0.1.0"
