"""Use cases, one module per area: ``f(session, ...) -> DTO | Outcome``. No Qt here."""
