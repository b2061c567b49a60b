"""The tabs of the case workspace, one module each."""
