"""`python -m app.cli …` runs the command line (as `session-ready …`)."""

from app.cli.main import main

raise SystemExit(main())
