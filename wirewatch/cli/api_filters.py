"""The CLI's list filters, validated by the API's own query schemas (one schema for both): a value the API
refuses (``--type ASSAULTT``, ``--country FRANCE``, ``--since`` after ``--until``) is refused here too, in one
line naming the option and what it accepts, with exit code 2. Also the API's filters the CLI lacked (actor,
text, language, box), as options."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TypeVar

import click
from pydantic import BaseModel, ValidationError

from wirewatch.cli.exit_codes import ExitCode
from wirewatch.store import EntityQuery, EventQuery, QuoteQuery

Model = TypeVar("Model", bound=BaseModel)
# the API's parameter → the CLI's option, where their names differ
OPTION_NAMES = {"q": "--text", "bbox": "--box", "type": "--type", "speaker": "--speaker", "name": "--name"}


class InvalidValue(click.ClickException):
    """A value the API's schema refuses: ``Error: --option: …`` on one line, exit code 2 (wrong usage)."""

    exit_code = int(ExitCode.USAGE)


def validated(schema: type[Model], values: Mapping[str, object]) -> Model:
    """``values`` (None and empty ones left out) as the API's ``schema``, or :class:`InvalidValue`."""
    given = {k: v for k, v in values.items() if v is not None and v != () and v != []}
    try:
        return schema.model_validate(given)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            field = str(item["loc"][0]) if item["loc"] else ""
            message = ("not a date (YYYY-MM-DD)" if item["type"].startswith(("date_", "datetime_"))
                       else item["msg"].removeprefix("Value error, "))
            if field:
                shown = item.get("input")
                got = f" (got {shown!r})" if isinstance(shown, str | int | float) else ""
                problems.append(f"{OPTION_NAMES.get(field, '--' + field.replace('_', '-'))}: {message}{got}")
            else:
                problems.append(message)
        raise InvalidValue("; ".join(problems)) from None


def event_query(types: tuple[str, ...], country: str | None, since: str | None, until: str | None,
                limit: int | None, *, actor: str | None = None, text: str | None = None,
                article_lang: str | None = None, box: str | None = None, story: str | None = None,
                after: str | None = None) -> EventQuery:
    """The CLI's event filters, checked by the API's :class:`~wirewatch.api.filters.EventListParams` (types in
    capitals and the language in lower case, as the API expects them), as a store query."""
    from wirewatch.api.filters import EventListParams

    params = validated(EventListParams, {"type": [t.upper() for t in types], "country": country, "since": since,
                                         "until": until, "actor": actor, "q": text,
                                         "lang": article_lang.lower() if article_lang else None, "bbox": box,
                                         "story": story, "after": after})
    return dataclasses.replace(params.sql_query(limit), after=params.after_event())


def quote_query(speaker: str | None, text: str | None, limit: int | None, *, article_lang: str | None = None,
                since: str | None = None, until: str | None = None) -> QuoteQuery:
    """The CLI's quote filters, checked by the API's quote list parameters, as a store query."""
    from wirewatch.api.routers.quotes import QuoteListParams

    params = validated(QuoteListParams, {"speaker": speaker, "q": text,
                                         "lang": article_lang.lower() if article_lang else None,
                                         "since": since, "until": until})
    return QuoteQuery(speaker=params.speaker, text=params.q, lang=params.lang, since=params.since,
                      until=params.until, limit=limit)


def entity_query(entity_type: str | None, country: str | None, name: str | None, limit: int | None) -> EntityQuery:
    """The CLI's entity filters, checked by the API's entity list parameters, as a store query."""
    from wirewatch.api.routers.entities import EntityListParams

    params = validated(EntityListParams, {"type": entity_type.upper() if entity_type else None,
                                          "country": country, "name": name})
    return EntityQuery(type=params.type, country=params.country.upper() if params.country else None,
                       name=params.name, limit=limit)


def extra_event_options(function: Callable[..., None]) -> Callable[..., None]:
    """The API's event filters beyond type, country and days."""
    for option in reversed([
        click.option("--actor", help="Part of the source's or target's name (case-insensitive)."),
        click.option("--text", help="Text the evidence sentence contains (case-insensitive)."),
        click.option("--lang", "article_lang", help="Language of the article, e.g. fr."),
        click.option("--box", metavar="W,S,E,N", help="Where: west,south,east,north in degrees, e.g. 22,44,41,53."),
        click.option("--story", help="The events of this story's articles (its id, as `stories` lists them)."),
        click.option("--after", metavar="DAY:KEY", help="Start after this event (a page's last day and key; the "
                                                        "unmerged list): as fast deep in the list as at its start."),
    ]):
        function = option(function)
    return function


def extra_quote_options(function: Callable[..., None]) -> Callable[..., None]:
    """The API's quote filters beyond speaker and text."""
    for option in reversed([
        click.option("--lang", "article_lang", help="Language of the article, e.g. fr."),
        click.option("--since", help="First publication day (YYYY-MM-DD) of the article."),
        click.option("--until", help="Last publication day (YYYY-MM-DD)."),
    ]):
        function = option(function)
    return function
