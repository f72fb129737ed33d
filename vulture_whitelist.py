"""Names vulture reports as unused that are used: called by Qt or a framework by name (slots
_on_<widget>_<signal>, event handlers such as paintEvent, QWizardPage.validatePage, item
delegates), by Alembic (revision, down_revision, upgrade, downgrade), by SQLAlchemy (declared
columns and mapper hooks), by openpyxl (attributes set on cells and sheets), or by the tests
(public API kept for them: is_idle, list_persons...).

Generated with `vulture src/reseau --exclude src/reseau/ui/forms/ --make-whitelist` after the
dead code was removed (issue 17); add a line here only for a name something calls by name.
Anything else vulture reports is dead: delete it.
"""

# ruff: noqa

is_owner_only  # unused function (src/reseau/core/files.py:32)
readable  # unused variable (src/reseau/core/settings.py:74)
checkpoint  # unused function (src/reseau/db/backup.py:283)
__mapper_args__  # unused function (src/reseau/db/base.py:47)
_.held  # unused property (src/reseau/db/lock.py:63)
down_revision  # unused variable (src/reseau/db/migrations/versions/0001_initial.py:14)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0001_initial.py:15)
depends_on  # unused variable (src/reseau/db/migrations/versions/0001_initial.py:16)
downgrade  # unused function (src/reseau/db/migrations/versions/0001_initial.py:874)
down_revision  # unused variable (src/reseau/db/migrations/versions/0003_journal.py:21)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0003_journal.py:22)
depends_on  # unused variable (src/reseau/db/migrations/versions/0003_journal.py:23)
downgrade  # unused function (src/reseau/db/migrations/versions/0003_journal.py:141)
down_revision  # unused variable (src/reseau/db/migrations/versions/0004_agenda.py:13)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0004_agenda.py:14)
depends_on  # unused variable (src/reseau/db/migrations/versions/0004_agenda.py:15)
downgrade  # unused function (src/reseau/db/migrations/versions/0004_agenda.py:52)
down_revision  # unused variable (src/reseau/db/migrations/versions/0005_import_export.py:13)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0005_import_export.py:14)
depends_on  # unused variable (src/reseau/db/migrations/versions/0005_import_export.py:15)
downgrade  # unused function (src/reseau/db/migrations/versions/0005_import_export.py:114)
down_revision  # unused variable (src/reseau/db/migrations/versions/0006_privacy.py:15)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0006_privacy.py:16)
depends_on  # unused variable (src/reseau/db/migrations/versions/0006_privacy.py:17)
downgrade  # unused function (src/reseau/db/migrations/versions/0006_privacy.py:58)
down_revision  # unused variable (src/reseau/db/migrations/versions/0008_search.py:20)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0008_search.py:21)
depends_on  # unused variable (src/reseau/db/migrations/versions/0008_search.py:22)
downgrade  # unused function (src/reseau/db/migrations/versions/0008_search.py:141)
down_revision  # unused variable (src/reseau/db/migrations/versions/0009_search_pause.py:21)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0009_search_pause.py:22)
depends_on  # unused variable (src/reseau/db/migrations/versions/0009_search_pause.py:23)
downgrade  # unused function (src/reseau/db/migrations/versions/0009_search_pause.py:61)
down_revision  # unused variable (src/reseau/db/migrations/versions/0010_import_item_ranges.py:15)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0010_import_item_ranges.py:16)
depends_on  # unused variable (src/reseau/db/migrations/versions/0010_import_item_ranges.py:17)
downgrade  # unused function (src/reseau/db/migrations/versions/0010_import_item_ranges.py:25)
down_revision  # unused variable (src/reseau/db/migrations/versions/0011_search_triggers_unpaused.py:15)
branch_labels  # unused variable (src/reseau/db/migrations/versions/0011_search_triggers_unpaused.py:16)
depends_on  # unused variable (src/reseau/db/migrations/versions/0011_search_triggers_unpaused.py:17)
downgrade  # unused function (src/reseau/db/migrations/versions/0011_search_triggers_unpaused.py:59)
skipped_count  # unused variable (src/reseau/db/models/imports.py:23)
rejected_count  # unused variable (src/reseau/db/models/imports.py:24)
_before_execute  # unused function (src/reseau/db/undo.py:183)
_after_execute  # unused function (src/reseau/db/undo.py:195)
_.number_format  # unused attribute (src/reseau/io/agenda_xlsx.py:77)
_.number_format  # unused attribute (src/reseau/io/agenda_xlsx.py:78)
_.alignment  # unused attribute (src/reseau/io/agenda_xlsx.py:106)
load_contacts  # unused function (src/reseau/io/contacts_file.py:57)
ADDRESS_PARTS  # the parts of a structured address (issue 14.4 uses them)
_.as_dict  # unused method (src/reseau/services/indicators/figures.py:71)
organization_country  # unused variable (src/reseau/services/io/export_contacts.py:51)
write_export  # the ExportPerson path, kept as what the tests compare the exports by position with (services/io/export_contacts.py)
list_entries  # unused function (src/reseau/services/journal/entries.py:146)
list_organizations  # unused function (src/reseau/services/organizations/records.py:175)
list_persons  # unused function (src/reseau/services/persons/records.py:183)
rebuild_index  # unused function (src/reseau/services/search/global_search.py:267)
_.mouseDoubleClickEvent  # unused method (src/reseau/ui/agenda/grid.py:120)
_.dragEnterEvent  # unused method (src/reseau/ui/agenda/grid.py:147)
_.dragMoveEvent  # unused method (src/reseau/ui/agenda/grid.py:151)
_.dropEvent  # unused method (src/reseau/ui/agenda/grid.py:155)
_.mouseDoubleClickEvent  # unused method (src/reseau/ui/agenda/grid.py:162)
last_export  # unused variable (src/reseau/ui/agenda/view.py:65)
_.last_export  # unused attribute (src/reseau/ui/agenda/view.py:461)
_.createEditor  # unused method (src/reseau/ui/exchanges/exchange_dialog_lists.py:169)
_.setEditorData  # unused method (src/reseau/ui/exchanges/exchange_dialog_lists.py:176)
_.setModelData  # unused method (src/reseau/ui/exchanges/exchange_dialog_lists.py:180)
noun  # unused variable (src/reseau/ui/exchanges/list_view.py:43)
_.shown_count  # unused method (src/reseau/ui/exchanges/timeline.py:98)
_.has_pending_refresh  # unused method (src/reseau/ui/indicators/view.py:171)
_.paintEvent  # unused method (src/reseau/ui/indicators/chart_panel.py, ui/exchanges/timeline.py): Qt calls it
_.isComplete  # unused method (src/reseau/ui/io/import_run_pages.py:125)
_.isComplete  # unused method (src/reseau/ui/io/import_wizard.py:111)
_.validatePage  # unused method (src/reseau/ui/io/import_wizard.py:114)
_.nextId  # unused method (src/reseau/ui/io/import_wizard.py:205)
_.validatePage  # unused method (src/reseau/ui/io/import_wizard.py:297)
_.edit_actions  # unused attribute (src/reseau/ui/main_window.py:104)
_.last_erasure  # unused attribute (src/reseau/ui/privacy/actions.py:40)
_.last_holding  # unused attribute (src/reseau/ui/privacy/actions.py:41)
_.last_export  # unused attribute (src/reseau/ui/privacy/actions.py:42)
_.last_export  # unused attribute (src/reseau/ui/privacy/actions.py:73)
_.last_erasure  # unused attribute (src/reseau/ui/privacy/actions.py:117)
_.last_holding  # unused attribute (src/reseau/ui/privacy/actions.py:127)
_._shown_text  # unused attribute (src/reseau/ui/widgets/global_search.py:45)
_._shown_text  # unused attribute (src/reseau/ui/widgets/global_search.py:87)
_.loaded_pages  # unused method (src/reseau/ui/widgets/lazy_row_model.py:88)
_.is_loading  # unused method (src/reseau/ui/widgets/lazy_row_model.py:91)
noun  # unused variable (src/reseau/ui/widgets/record_list_view.py:42)
organizations_updated  # report field read by the tests (ImportReport)
_.last_report  # the erasure report, read by the tests (PrivacyActions)
OVERWRITE  # old names of the conflict choices, kept for callers and tests
RELOAD
_.overwrite_button
_.reload_button
_.first_row  # ContactListEditor: the tests type into the first row of a kind
# Read by the tests that keep these inventories whole (a new column, table or rule must be
# classified): tests/db/test_aggregates.py, tests/services/test_privacy_erasure.py,
# tests/core/test_country_evidence.py.
ROOTS
NOT_COVERED
unclassified
EXPORT_SECTIONS
phone_evidence
# Hatchling's build hook (packaging/hatch_build.py): found and called by hatchling, by name.
CustomBuildHook
_.initialize
build_data
_.is_empty_shown  # EmptyStack: read by the tests of the empty states
# ReportLab and html.parser call these (reports.typeset).
_.drawWidth
_.drawHeight
_.handle_starttag
_.handle_endtag
_.handle_data
_.afterFlowable
_.afterPage
plain_space_problems  # core.typography: what the typography tests look for
_.splitPath  # QCompleter overrides called by Qt (ui.widgets.search_combo.FoldingCompleter)
_.pathFromIndex
_.timeline_page  # ui.exchanges.view: the tabs built when first shown, reached by the tests
_.stages_view
_.drawn  # ChartCanvas: read by the Indicateurs tests and benchmark
_.possible_matches  # core.identity: the readable form of take_new, its oracle in tests/core/test_identity.py
