"""Entry point of the frozen app: no arguments opens the window, a command runs the CLI."""

from app.__main__ import main

raise SystemExit(main())
