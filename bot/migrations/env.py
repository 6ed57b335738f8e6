"""Alembic environment: runs the query-log migrations on the connection it is given."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from bot.querylog import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Use the connection handed over by bot.database.upgrade_database, or make one."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
