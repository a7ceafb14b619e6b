"""Numbers as the screens' language writes them: 30.000 and 95,2 in German, 30,000 and 95.2 in
English. Python's `f"{n:,}"` is English only, and a German reader takes "1,143" for one and a
bit. The journal, the exports and the command line keep their own plain form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n.languages import SOURCE_LANGUAGE, languages

# Each language's locale (the source language's too: the system's may be C, without groups).
LOCALES = {"en": "en_US", "de": "de_DE", "it": "it_IT", "es": "es_ES", "zh_CN": "zh_CN"}


def _locale() -> QLocale:
    current = SOURCE_LANGUAGE if QCoreApplication.instance() is None else languages().current
    return QLocale(LOCALES.get(current, LOCALES[SOURCE_LANGUAGE]))


def whole(n: int) -> str:
    """A count with the language's group separator."""
    return _locale().toString(n)


def decimal(x: float, digits: int = 1) -> str:
    """A measure with `digits` decimals and the language's decimal separator."""
    return _locale().toString(x, "f", digits)
