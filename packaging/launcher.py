"""Frozen entry point: the same ``main`` as the ``wellbeing`` console script."""

from wellbeing_app.main import main

raise SystemExit(main())
