"""Entry point: `streamlit run dashboard.py`. The frame (sidebar filters) and the router live in app/frame.py."""
from app.frame import PAGES, run

if __name__ == "__main__":   # Streamlit runs this file as __main__; importing it (tests, bench) draws nothing
    run()
