# MovieSim — `make run` serves the app, `make test` runs the suite. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test install migrate worker beat lint simulate clean reliability-report local-model

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "MovieSim needs Python 3.11 ($(PYTHON) not found; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

run: migrate
	@mkdir -p var
	$(BIN)/daphne -b 127.0.0.1 -p $(PORT) --websocket-max-frame-size 65536 moviesim.asgi:application

worker: install
	$(BIN)/celery -A moviesim worker --pool threads --concurrency $${CELERY_CONCURRENCY:-20} --loglevel INFO

beat: install
	@mkdir -p var
	$(BIN)/celery -A moviesim beat --loglevel INFO --schedule var/celerybeat-schedule

simulate: migrate
	$(BIN)/python manage.py simulate "$(SEED)" --turns $${TURNS:-20}

# llama.cpp's llama-server with SmolLM2-135M-Instruct on 127.0.0.1:$(LOCAL_MODEL_PORT): built once per
# machine (about 8 minutes), then served; the README's "Models" section says how to point MovieSim at it.
LOCAL_MODEL_PORT ?= 8080
local-model:
	$(PYTHON) scripts/local_model.py serve --port $(LOCAL_MODEL_PORT)

test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

reliability-report: install
	$(BIN)/python scripts/render_reliability.py

lint: install
	$(BIN)/lint-imports
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm var staticfiles
