# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make demo   venv, install cercle + French model, map the bundled samples, print a summary, serve
#   make test   install test dependencies and run the whole suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= demo.db

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test,ray]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	rm -f $(DB)
	$(BIN)/cercle ingest src/cercle/samples --db $(DB)
	$(BIN)/cercle top --db $(DB) --limit 10
	@if [ -z "$$NO_SERVE" ]; then $(BIN)/cercle serve --db $(DB); fi

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) *.db *.db-wal *.db-shm
