"""Database layer: SQLAlchemy 2 models, engine and pragmas, sessions, Alembic migrations."""
