# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make run    installs, builds the tables from data/ and serves the dashboard
#   make test   installs (with test tools, Debian's chromium and LibreOffice Calc) and runs every test
#   make edit   like run, on 127.0.0.1 only, with editing (Import, Review) for the local user
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run edit test build check bench clean

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.dev: requirements-dev.txt requirements.txt $(BIN)/.runtime
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

build: $(BIN)/.runtime
	$(BIN)/python -m loaders build

check: $(BIN)/.runtime
	$(BIN)/python -m loaders check

run: build
	$(BIN)/python -m app.serve --server.port $(PORT) --server.headless true

# The single-user desktop: no login, so editing is only offered on loopback (app/auth.py checks
# the address too: DASHBOARD_EDIT=local on a server open to the network gives no editor).
edit: build
	DASHBOARD_EDIT=local $(BIN)/python -m app.serve --server.address 127.0.0.1 --server.port $(PORT) --server.headless true

test: $(BIN)/.dev
	scripts/ensure-chromium
	scripts/ensure-libreoffice
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data/build test-artifacts

readme: $(BIN)/.runtime  ## regenerate the README's table schema from loaders/schema.py
	$(BIN)/python -m loaders schema --readme README.md
