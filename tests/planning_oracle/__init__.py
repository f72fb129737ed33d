"""Frozen copies of the CSV reader and the row planner as they were before issue 19.2's
planner work (main at f3e18be): the oracle that ``tests/services/test_planning_oracle.py``
compares the faster reader and planner with. Never edited to follow the code: they are what
"the same plan as before" means."""
