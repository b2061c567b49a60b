"""Encrypted attachments: evidence files and documents on motions, hearings, requests."""
