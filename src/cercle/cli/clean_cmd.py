"""Placeholder: commands are added by the module's owner."""


def register(cli) -> None:
    pass
