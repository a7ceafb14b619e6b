"""Which language the screens speak, switched while the station runs.

Two translators per language: the station's own (`station_<lang>.qm`, built from the `.ts`
sources beside this file by `make translations`) and Qt's (`qtbase_<lang>.qm`, shipped with
PySide6: the standard dialog buttons). Installing them makes Qt post `LanguageChange` to every
widget; each screen re-words itself from it (`retranslate`). English is the source text; its
`station_en.qm` holds only the plural forms (`pyside6-lupdate -pluralonly`, as Qt prescribes for
the source language), so a count reads "1 event", "3 events" instead of the source's
"event(s)". A missing `.qm` is an environment fault: the screens stay in (or go back to)
English and the caller shows why, with what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

from station.config.model import LANGUAGES

I18N_DIR = Path(__file__).resolve().parent
SOURCE_LANGUAGE = "en"

# Each language named in itself, as an operator who reads only that language finds it.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "zh_CN": "简体中文",
}
assert tuple(LANGUAGE_NAMES) == LANGUAGES, "every configurable language has a name"


def qm_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"station_{language}.qm"


@dataclass(frozen=True)
class Missing:
    """A language whose translation could not be loaded: what happened and what to do."""

    message: str
    action: str


class Languages(QObject):
    """The application's translators. One per application (`languages()`).

    Signals:
        changed(str): the screens now speak this language (after `LanguageChange` was posted).
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None, directory: Path = I18N_DIR) -> None:
        super().__init__(parent)
        self.directory = directory
        self.current = SOURCE_LANGUAGE
        self._station = QTranslator(self)
        self._qt = QTranslator(self)
        self._installed = False

    def switch(self, language: str) -> Missing | None:
        """Speak `language` from now on; None if it is shown, else why not (English stays)."""
        if language not in LANGUAGE_NAMES:
            raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
        self._remove()
        path = qm_path(language, self.directory)
        if not self._station.load(str(path)):
            if language == SOURCE_LANGUAGE:
                # Still English, only its counts read "event(s)": say so, as for any language.
                self._set(language)
                return Missing(
                    QCoreApplication.translate(
                        "Languages",
                        "The English plural forms ({path}) are missing or unreadable, so "
                        'counts read like "2 event(s)".',
                    ).format(path=path),
                    _reinstall(),
                )
            self.switch(SOURCE_LANGUAGE)  # English's plural forms, if they at least are there
            return Missing(
                QCoreApplication.translate(
                    "Languages",
                    "The {language} translation ({path}) is missing or unreadable, so the "
                    "station speaks English.",
                ).format(language=LANGUAGE_NAMES[language], path=path),
                _reinstall(),
            )
        app = QCoreApplication.instance()
        assert app is not None
        if language != SOURCE_LANGUAGE:
            # Qt's own words (OK, Cancel, Yes, No); a language Qt has none for still works.
            self._qt.load(
                f"qtbase_{language}",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            )
            app.installTranslator(self._qt)
        app.installTranslator(self._station)
        self._installed = True
        self._set(language)
        return None

    def _remove(self) -> None:
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeTranslator(self._station)
            app.removeTranslator(self._qt)
        self._installed = False

    def _set(self, language: str) -> None:
        self.current = language
        self.changed.emit(language)


def _reinstall() -> str:
    return QCoreApplication.translate(
        "Languages",
        "Ask the supervisor to reinstall the station (from a source checkout: make translations).",
    )


def languages() -> Languages:
    """The application's one `Languages`, made on first use and owned by the application."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication exists before the screens' language is set"
    found = app.findChild(Languages, "station-languages")
    if found is None:
        found = Languages(app)
        found.setObjectName("station-languages")
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is defined; it is translated where it
    is shown (`QCoreApplication.translate(context, text)`). PySide6's own returns `object`."""
    return text


def counted_noop(context: str, text: str, disambiguation: str, n: int) -> str:
    """Mark `text`, which holds a count as `%n`, as a plural for translation in `context`; it is
    translated where it is shown (`QCoreApplication.translate(context, text, "", count)`).
    pyside6-lupdate marks a plural only in a call named `translate` with a literal count, so a
    module imports this as `translate`."""
    return text
