"""Reading generated PDFs back in tests: text per page (pypdf) and the fonts used."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    """All pages' text with line breaks folded to spaces (table cells wrap anywhere)."""
    return " ".join(" ".join(t.split()) for t in page_texts(pdf))


def fonts(pdf: bytes) -> dict[str, dict[str, Any]]:
    """Every font named in any page's resources (and in forms), by base name."""
    found: dict[str, dict[str, Any]] = {}

    def walk(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobj in (resources.get("/XObject") or {}).values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form":
                walk(xobj.get("/Resources"))

    for page in reader(pdf).pages:
        walk(page.get("/Resources"))
    return found


def is_embedded(font: dict[str, Any]) -> bool:
    """A simple or composite font whose descriptor carries the font program."""
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
