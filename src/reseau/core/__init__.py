"""Pure domain: enums, value objects, normalisation and errors. No Qt, no database."""
