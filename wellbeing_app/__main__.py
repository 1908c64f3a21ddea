"""Allow ``python -m wellbeing_app``."""

from wellbeing_app.main import main

raise SystemExit(main())
