"""Frozen copies of the CSV reader and the row planner as they were before issue 19.2's
planner work (main at f3e18be): the oracle that ``tests/services/test_planning_oracle.py``
compares the faster reader and planner with. Never edited to follow a speed change: they are
what "the same plan as before" means. Edited only with a deliberate change of what is planned,
made in both places in the same commit (its data and helpers imported from the live modules,
not copied):

- an e-mail or phone that cannot be read is kept in the notes (« Téléphone non reconnu : … »);
- a region that is a state of the United States is evidence of another country (« État « NY » »).
- an address whose last line names any country is evidence of it (« United States of America »),
  and an overseas department (« Guadeloupe ») is France.
"""
