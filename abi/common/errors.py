"""One exception type for bad input, carrying where it happened and an exit status.

Every stage raises ``XenAbiError`` for problems with its input; the CLI turns it
into one line on stderr and the documented exit status, never a traceback.
"""

from __future__ import annotations

# Documented exit statuses of every command (README, "Exit status").
EXIT_OK = 0
EXIT_USAGE = 2  # bad command line: unknown release, arch, visibility, name
EXIT_INPUT = 3  # bad input: missing or broken header tree, tarball, git ref, header
EXIT_CATALOGUE = 4  # missing or corrupt catalogue or data file
EXIT_MISMATCH = 5  # verify: our layouts or constants disagree with clang


class XenAbiError(Exception):
    """A problem with the user's input, reported as one line."""

    exit_status = EXIT_INPUT

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        return f"{where}{self.message}"


class UsageError(XenAbiError):
    exit_status = EXIT_USAGE


class CatalogueError(XenAbiError):
    exit_status = EXIT_CATALOGUE
