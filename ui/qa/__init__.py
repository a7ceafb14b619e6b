"""The QA role's journal viewer (read-only): browse, filter, explain, export, summarise, verify."""

from ui.qa.window import QAWindow, open_qa_window

__all__ = ["QAWindow", "open_qa_window"]
