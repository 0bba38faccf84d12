"""Compile the theme's templates once per process, not once per build.

MkDocs makes a new Jinja environment for every build, and Jinja compiles each template it
loads into Python code: about 80 of Material's templates.
The site is two builds in one process (the English build is nested in the Arabic one), and
``mkdocs serve`` builds both again on every edit, so the same templates were compiled over
and over. :data:`TEMPLATE_CACHE` is Jinja's own bytecode-cache mechanism kept in memory: a
template is compiled again only if its source changed (Jinja compares a checksum of the
source) or the environment compiles differently.
"""

from __future__ import annotations

from types import CodeType

from jinja2 import Environment
from jinja2.bccache import Bucket, BytecodeCache


def compile_options(environment: Environment) -> str:
    """What, besides the source, decides the code Jinja compiles a template into."""
    options = (
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
        environment.optimized,
        environment.is_async,
        environment.autoescape if isinstance(environment.autoescape, bool) else "callable",
        tuple(sorted(environment.extensions)),
    )
    return repr(options)


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates in a dict, keyed by template, file and compile options."""

    def __init__(self) -> None:
        self._codes: dict[str, tuple[str, CodeType]] = {}

    def get_bucket(self, environment: Environment, name: str, filename: str | None,
                   source: str) -> Bucket:  # fmt: skip
        key = self.get_cache_key(name, filename) + compile_options(environment)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        stored = self._codes.get(bucket.key)
        if stored is not None and stored[0] == bucket.checksum:
            bucket.code = stored[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._codes[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        self._codes.clear()

    def __len__(self) -> int:
        return len(self._codes)


TEMPLATE_CACHE = MemoryBytecodeCache()
