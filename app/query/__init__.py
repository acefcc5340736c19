"""The query layer: the built tables loaded once, filtered and aggregated for the pages.

Pages call these functions and only present what they return; nothing here draws or parses, and
nothing imports Streamlit, so tests and the benchmark call them directly. The modules:

- `tables`: the tables and their indexes, read once per build (`load_tables`); `columnar`: how
  big tables are held (categories, search index, flattened lists);
- `cache`: the one cache and its policy (per build, or the last results per filters);
- `filters`: `Filters`, their URL form and their description in words;
- `select`: which rows the filters keep, one spec per table;
- `lookups`: labels, names, rows by id, the schema's vocabularies, the sidebar's choices;
- one module per page: `overview`, `figures`, `proposals`, `actors`, `timeline`, `sources`, `export`.
"""
from .actors import actor_choices, actor_mentions, actor_profile, network_facts, network_graph
from .columnar import fold
from .export import EXPORTED, export_preview, export_rows, export_table, export_tables, exported_columns
from .figures import (ACTORS, POINTS, Capped, largest_figures, measures_kept, mixes_periods, of_actors,
                      plotted_value, top_actors_kept)
from .filters import Filters, describe_filters, parse_query_params
from .lookups import (actor_names, actor_short_names, actor_types, column_values, count_unreviewed,
                      lever_labels, source_rows, source_titles, theme_labels)
from .overview import counts, headline_figures, largest_money
from .proposals import newest_proposals, proposals_by_lever, proposals_matrix_kept
from .select import figure_mask, filter_events, filter_figures, filter_proposals, filter_sources, proposal_mask
from .sources import source_content_rows, sources_in_view_rows
from .tables import SEARCHED, NoTablesError, Tables, load_tables
from .timeline import (counts_over_time, events_layer, placed_on_axis, time_step, timeline_in_view, timeline_items,
                       undated_in_view)

__all__ = [
    "ACTORS", "EXPORTED", "POINTS", "SEARCHED", "Capped", "Filters", "NoTablesError", "Tables",
    "actor_choices", "actor_mentions", "actor_names", "actor_profile", "actor_short_names", "actor_types",
    "column_values", "count_unreviewed", "counts", "counts_over_time", "describe_filters", "events_layer",
    "export_preview", "export_rows", "export_table", "export_tables", "exported_columns", "figure_mask",
    "filter_events", "filter_figures", "filter_proposals", "filter_sources", "fold", "headline_figures",
    "largest_figures", "largest_money", "lever_labels", "load_tables", "measures_kept", "mixes_periods",
    "network_facts", "network_graph", "newest_proposals", "of_actors", "parse_query_params", "placed_on_axis",
    "plotted_value",
    "proposal_mask", "proposals_by_lever", "proposals_matrix_kept", "source_content_rows", "source_rows",
    "source_titles", "sources_in_view_rows", "theme_labels", "time_step", "timeline_in_view",
    "timeline_items", "top_actors_kept", "undated_in_view",
]
