"""The case record in plain Python: entities, enumerations and rules.

Nothing here imports Qt, SQLAlchemy or touches the disk.
"""
