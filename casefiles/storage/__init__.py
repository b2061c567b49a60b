"""Persistence: the encrypted SQLCipher store, its key header and its schema."""
