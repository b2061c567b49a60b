"""Encrypted backups in the age format."""
