"""The dashboard at scale: synthetic datasets (`python -m bench generate`) and timings on them."""
