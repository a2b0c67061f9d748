"""SQLite storage: typed models, engine and pragmas, migrations, journal,
evidence store and backups. Only services/ imports this package."""
