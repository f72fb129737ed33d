"""File formats: reading and writing files, without sessions or Qt."""
