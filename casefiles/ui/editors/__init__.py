"""Record editors: forms built from field specs, validated as the user types."""
