"""Draw the demo case file's attachments (fictional), kept in resources/demo/files/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/demo/make_files.py

The PDFs are ReportLab pages and the photo a Qt drawing, so the demo needs no real
document; run again only to change them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
FONT = HERE.parents[1] / "resources" / "fonts" / "DejaVuSansCondensed.ttf"


def _pdf(path: Path, title: str, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    c.setTitle(title)
    _width, height = A4
    c.setFont("DejaVu", 15)
    c.drawString(60, height - 80, title)
    c.setFont("DejaVu", 10.5)
    y = height - 115
    for line in lines:
        c.drawString(60, y, line)
        y -= 16
    c.setFont("DejaVu", 9)
    c.setFillGray(0.45)
    c.drawString(
        60, 50, "FICTIONAL DEMO DOCUMENT: casefiles demo case file; no real person or event."
    )
    c.showPage()
    c.save()


def _photo(path: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    p = QPainter(image)
    p.fillRect(QRectF(0, 300, 640, 120), QColor("#8d7a63"))  # floor
    p.fillRect(QRectF(60, 150, 230, 150), QColor("#6b4f35"))  # desk
    p.fillRect(QRectF(95, 95, 120, 70), QColor("#2c2c2c"))  # empty monitor stand
    p.setPen(QPen(QColor("#b3261e"), 4, Qt.PenStyle.DashLine))
    p.drawRect(QRectF(240, 110, 40, 40))  # where the computer stood
    p.fillRect(QRectF(380, 60, 200, 240), QColor("#a89a80"))  # cabinet
    for i in range(4):
        p.fillRect(QRectF(395, 75 + i * 56, 170, 44), QColor("#bfb29a"))
    p.fillRect(QRectF(405, 300, 160, 30), QColor("#f4f0e6"))  # papers on the floor
    p.setPen(QColor("#1d1d1d"))
    p.setFont(QFont("DejaVu Sans", 13))
    p.drawText(QRectF(20, 340, 600, 60), "Union office after the search (fictional demo photo)")
    p.end()
    image.save(str(path), "PNG")


def main() -> int:
    OUT.mkdir(exist_ok=True)
    _pdf(
        OUT / "congress-minutes.pdf",
        "Minutes of the extraordinary union congress, 14 September 2025",
        [
            "Present: 112 delegates of 118 elected.",
            "1. The congress adopted the 2025 edition of the union charter.",
            "2. The congress instructed the president to apply for re-registration.",
            "3. Vote: 109 in favour, 1 against, 2 abstaining.",
            "Signed: chair of the congress; secretary of the congress.",
        ],
    )
    _pdf(
        OUT / "motion-postponement.pdf",
        "Motion to postpone the hearing",
        [
            "To the Northport Specialised Inter-District Economic Court, case 2-1187/2025.",
            "The defence received notice of the hearing of 4 January 2026 two days before it.",
            "It asks the court to postpone the hearing so that it can prepare its case",
            "(ICCPR art. 14(3)(b); ECHR art. 6(3)(b)).",
            "Defence counsel, 3 January 2026.",
        ],
    )
    _photo(OUT / "union-office-after-search.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
