"""Export: exactly the slice the filters keep, as CSV and Parquet per table, one Excel workbook whose
first sheet records the filters, the dataset version and how to cite, or one Data Package (the tables
as CSV and datapackage.json describing them). Files are built on click."""
from __future__ import annotations

import streamlit as st

from app.exports import FORMATS, ExportFormat, export_frame
from app.fmt import format_number
from app.i18n import t
from app.query import (EXPORTED, actor_names, describe_filters, export_preview, export_rows, source_titles,
                       theme_labels)
from app.ui import as_cells, context, empty_state, plain

tables, f = context()
lang = f.lang
PREVIEW_ROWS = 50
# Up to this many rows in all, files are built with the page: Streamlit prunes a file built on
# click after any two script runs of any session, so with many users it can vanish before the
# browser fetches it (tests/test_load.py). Bigger exports stay on click, so the page stays fast.
EAGER_ROWS = 2_000
st.title(t("export.title", lang))
st.caption(t("export.intro_all", lang))

# Counts and previews from the rows' masks: the tables themselves (a copy of every kept row, then the
# file) are built when a file is asked for, not on every rerun.
sizes = {name: int(rows.sum()) for name, rows in export_rows(tables, f).items()}
sizes = {name: sizes[name] for name in EXPORTED}
empty = not any(sizes[name] for name in ("figures", "proposals", "events", "sources"))
stem = f"{t('export.file_stem', lang)}-{tables.version}"

labels = {"theme": theme_labels(tables, lang), "actor": actor_names(tables),
          "source": source_titles(tables)}
st.markdown(f"**{t('export.filters_applied', lang)}**")
st.markdown("\n".join(f"- {plain(line)}" for line in describe_filters(f, labels)))
st.caption(t("export.version", lang, version=tables.version))

if empty:
    empty_state(lang)

for column, (name, n) in zip(st.columns(len(sizes)), sizes.items()):
    column.metric(t(f"export.table_{name}", lang), format_number(n, lang))


def download(fmt: ExportFormat, rows: int, off: bool, name: str | None = None, where=st) -> None:
    """One download button of `fmt`: the file now when it is small (safe under load), else built on
    click (in the download's own thread) when the export is big."""
    build = lambda: fmt.build(tables, f, name)  # noqa: E731
    where.download_button(t(fmt.label_key, lang), data=build() if rows <= EAGER_ROWS else build,
                          file_name=f"{stem}-{name}.{fmt.extension}" if name else f"{stem}.{fmt.extension}",
                          mime=fmt.mime, icon=fmt.icon, type="primary" if fmt.whole else "secondary",
                          disabled=off, on_click="ignore", key=f"export_{fmt.name}" + (f"_{name}" if name else ""))


total_rows = sum(sizes.values())
for fmt in FORMATS:
    if fmt.whole:
        st.subheader(t(fmt.title_key, lang))
        st.caption(t(fmt.help_key, lang))
        download(fmt, 0 if empty else total_rows, empty)

st.subheader(t("export.per_table", lang))
st.caption(t("export.per_table_help", lang) + " " + t("export.per_table_meta", lang))
tabs = st.tabs([t("export.tab", lang, name=t(f"export.table_{name}", lang), n=n)
                for name, n in sizes.items()])
for tab, (name, n) in zip(tabs, sizes.items()):
    with tab:
        st.caption(t(f"export.about_table_{name}", lang))
        buttons = st.container(horizontal=True)
        for fmt in FORMATS:
            if not fmt.whole:
                download(fmt, n, empty or not n, name, buttons)
        if not n:
            st.caption(t("export.no_rows", lang))
        else:
            st.caption(t("export.preview", lang, n=min(PREVIEW_ROWS, n), total=n))
            # The preview shows the CSV's cells (lists joined, formulas defused), not the raw frame.
            cells = as_cells(export_frame(export_preview(tables, f, name, PREVIEW_ROWS)))
            # Amounts written out in full ('109000000000') get room: a narrow column showed '109000'.
            st.dataframe(cells, hide_index=True, column_config={
                c: st.column_config.Column(width=130) for c in cells.columns if c.startswith("value")})
