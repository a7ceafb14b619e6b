"""The tile's text sizes never trade the cause for a larger action: whatever the words, the
cause and the action are both whole at the size chosen, or both at the tile's least size.

The Italian and Spanish fit on 16 slots once failed until one action was shortened, and then
the cause was cut instead: the sizes were chosen by how much of the cause was left beside a
larger action, so a shorter action could win a larger type and cost the cause its lines."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.operator import tile_fit as tf

CAUSE = "Il dispositivo ha cambiato identità durante il tentativo di provisioning."
ACTION = (
    "Cosa fare: Metti da parte il dispositivo per un controllo del firmware; se è stato "
    "scambiato durante il tentativo, riprovisiona il dispositivo nello slot."
)
WIDTH = 300


def _whole_at(action: str, cause: str, budget: int) -> tuple[int, int, bool]:
    a_pt, c_pt, whole = tf.text_sizes(action, cause, WIDTH, budget, tf.MAX_ZOOM)
    need = tf.texts_height(action, cause, WIDTH, a_pt, c_pt)
    assert whole == (need <= budget), (a_pt, c_pt, need, budget)
    return a_pt, c_pt, whole


def test_a_shorter_action_never_costs_the_cause_its_lines(qapp: QApplication) -> None:
    words = ACTION.split()
    for budget in range(60, 400, 7):
        was_whole = False
        # Longest action first: each shorter action must stay whole once a longer one was.
        for n in range(len(words), 2, -1):
            action = " ".join(words[:n])
            a_pt, c_pt, whole = _whole_at(action, CAUSE, budget)
            assert whole or not was_whole, (budget, n)
            was_whole = whole
            if not whole:
                # Not whole at any size: the least sizes, which show the most of both.
                assert (a_pt, c_pt) == (tf.ACTION_SIZES_PT[-1], tf.cause_pt(tf.ACTION_SIZES_PT[-1]))


def test_the_largest_size_that_shows_both_whole_wins(qapp: QApplication) -> None:
    budget = tf.texts_height(ACTION, CAUSE, WIDTH, 16, tf.cause_pt(16))
    a_pt, c_pt, whole = _whole_at(ACTION, CAUSE, budget)
    assert whole and a_pt >= 16 and c_pt == tf.cause_pt(a_pt)
    larger = [pt for pt in tf.ACTION_SIZES_PT if pt > a_pt]
    for pt in larger:
        assert tf.texts_height(ACTION, CAUSE, WIDTH, pt, tf.cause_pt(pt)) > budget


def test_a_compact_tiles_need_is_what_its_texts_take_at_the_least_size(
    qapp: QApplication,
) -> None:
    """The grid's row height for a failure (`compact_need`) counts every line of both texts,
    as the tile does; no line cap that the tile would then have to elide."""
    width = 320
    inner = width - 2 * tf.BORDER_PX - tf.COMPACT_MARGINS[0] - tf.COMPACT_MARGINS[2]
    least = tf.ACTION_SIZES_PT[-1]
    long_action = " ".join([ACTION] * 3)
    assert len(tf.wrap(long_action, least, True, inner)) > 4
    need = tf.compact_need(long_action, CAUSE, width, False)
    texts = tf.texts_height(long_action, CAUSE, inner, least, tf.cause_pt(least))
    assert need == tf.compact_bare_height() + texts
    budget = need - tf.compact_bare_height()
    assert tf.text_sizes(long_action, CAUSE, inner, budget, 1.0)[2]


def test_chinese_lines_never_start_with_closing_punctuation(qapp: QApplication) -> None:
    """Chinese has no spaces, so the wrap breaks between characters; a line starting with
    "；" or "。" (as the 16-slot screenshot showed) reads as broken."""
    from ui.operator.fitting import NO_LINE_START, wrap

    text = "处理方法：重新插好设备再试一次；如果再次失败，该设备送去返工。"
    metrics = tf.metrics(tf.ACTION_SIZES_PT[-1], True)
    full = metrics.horizontalAdvance(text)
    starts = set()
    for width in range(metrics.horizontalAdvance("处理方法"), full, 3):
        lines = wrap(text, metrics, width)
        assert "".join(lines) == text
        assert all(metrics.horizontalAdvance(line) <= width for line in lines), width
        starts |= {line[0] for line in lines[1:]}
    assert not starts & NO_LINE_START
