"""The dashboard's shared code: query layer, filters, formatting, charts, exports, words."""
