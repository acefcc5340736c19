"""Loaders: curated records and articles -> validated parquet tables."""
