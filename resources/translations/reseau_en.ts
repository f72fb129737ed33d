<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_CA">
<context>
    <name />
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Échanges et stages</source>
        <translation>Exchanges and internships</translation>
    </message>
    <message>
        <source>Missions, stages, visites et séminaires : de l'idée au bilan.</source>
        <translation>Missions, internships, visits and seminars: from the idea to the assessment.</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Agenda de mission</source>
        <translation>Mission agenda</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau.</source>
        <translation>The chosen language and database will be used the next time Réseau starts.</translation>
    </message>
    <message>
        <source>Carnet PDF (*.pdf)</source>
        <translation>PDF booklet (*.pdf)</translation>
    </message>
    <message>
        <source>Calendrier (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporter l'agenda</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Bilan annuel</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Année du bilan :</source>
        <translation>Year of the report:</translation>
    </message>
    <message>
        <source>Choisir une mission</source>
        <translation>Choose a mission</translation>
    </message>
    <message>
        <source>Mission :</source>
        <translation>Mission:</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier des fiches des délégués</source>
        <translation>Folder for the delegates' sheets</translation>
    </message>
    <message>
        <source>Bilan annuel %1 écrit dans %2</source>
        <translation>Annual report %1 written to %2</translation>
    </message>
    <message>
        <source>Aucune mission n'est enregistrée : il n'y a pas de bilan de mission à produire.</source>
        <translation>No mission is recorded: there is no mission report to produce.</translation>
    </message>
    <message>
        <source>Bilan de mission</source>
        <translation>Mission report</translation>
    </message>
    <message>
        <source>Bilan de mission écrit dans %1</source>
        <translation>Mission report written to %1</translation>
    </message>
    <message>
        <source>Cette mission n'a aucun délégué : aucune fiche écrite.</source>
        <translation>This mission has no delegate: no sheet written.</translation>
    </message>
    <message>
        <source>Fiches des délégués</source>
        <translation>Delegates' sheets</translation>
    </message>
    <message>
        <source>%1 fiche(s) de délégué écrite(s) dans %2</source>
        <translation>%1 delegate sheet(s) written to %2</translation>
    </message>
    <message>
        <source>Consigner un échange</source>
        <translation>Log an exchange</translation>
    </message>
    <message>
        <source>Modifier l'entrée du journal</source>
        <translation>Edit journal entry</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Entrées du journal</source>
        <translation>Journal entries</translation>
    </message>
<message>
        <source>Exporter les données de %s</source>
        <translation>Export the data of %s</translation>
    </message><message>
        <source>Exportation impossible</source>
        <translation>Cannot export</translation>
    </message><message>
        <source>Données exportées : %1 et %2</source>
        <translation>Data exported: %1 and %2</translation>
    </message><message>
        <source>Effacer cette personne</source>
        <translation>Erase this person</translation>
    </message><message>
        <source>Effacer définitivement %s ?

Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. Les entrées du journal et les activités de l'agenda restent, sans elle, avec la mention « personne effacée ». Une sauvegarde est faite avant l'effacement.</source>
        <translation>Erase %s for good?

Their record, contact details, tags and participations are deleted. Journal entries and agenda activities stay, without them, marked “erased person”. A backup is made before the erasure.</translation>
    </message><message>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message><message>
        <source>Effacement impossible</source>
        <translation>Cannot erase</translation>
    </message><message>
        <source>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</source>
        <translation>The person was erased (%1 rows touched).
Erasure reference: %2</translation>
    </message><message>
        <source>Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de conservation, ou vous pouvez les supprimer maintenant :
</source>
        <translation>These backups still hold them; they will go according to the retention policy, or you can delete them now:
</translation>
    </message><message>
        <source>Effacement terminé</source>
        <translation>Erasure done</translation>
    </message><message>
        <source>Supprimer ces sauvegardes</source>
        <translation>Delete these backups</translation>
    </message><message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message><message>
        <source>&amp;Exporter les données de cette personne…</source>
        <translation>&amp;Export the data of this person…</translation>
    </message><message>
        <source>E&amp;ffacer cette personne…</source>
        <translation>E&amp;rase this person…</translation>
    </message><message>
        <source>&amp;Revue de conservation…</source>
        <translation>&amp;Retention review…</translation>
    </message><message>
        <source>&amp;Vie privée</source>
        <translation>&amp;Privacy</translation>
    </message><message>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message></context>
<context>
    <name>AgendaGrid</name>
    <message>
        <source>Choisissez une mission.</source>
        <translation>Choose a mission.</translation>
    </message>
    <message>
        <source>hors mission</source>
        <translation>outside the mission</translation>
    </message>
</context>
<context>
    <name>AgendaSettingsDialog</name>
    <message>
        <source>Paramètres des vérifications</source>
        <translation>Check settings</translation>
    </message>
    <message>
        <source> jour(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>A2 · temps d'échange ≥ présentations ×</source>
        <translation>A2 · discussion time ≥ presentations ×</translation>
    </message>
    <message>
        <source>A4 · secteurs à rencontrer (séparés par ;)</source>
        <translation>A4 · sectors to meet (separated by ;)</translation>
    </message>
    <message>
        <source>A5 · une rencontre entre participants tous les</source>
        <translation>A5 · a participants' debrief every</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Indiquez au moins un secteur, p. ex. santé; emploi.</source>
        <translation>Give at least one sector, e.g. santé; emploi.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>&amp;Mission :</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>&amp;Nouveau créneau…</source>
        <translation>&amp;New slot…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Copier une journée…</source>
        <translation>&amp;Copy a day…</translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Exporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Carnet de mission (PDF)…</source>
        <translation>Mission booklet (PDF)…</translation>
    </message>
    <message>
        <source>Calendrier (ICS)…</source>
        <translation>Calendar (ICS)…</translation>
    </message>
    <message>
        <source>Tableur (XLSX)…</source>
        <translation>Spreadsheet (XLSX)…</translation>
    </message>
    <message>
        <source>Avertissements des vérifications</source>
        <translation>Check warnings</translation>
    </message>
    <message>
        <source>&amp;Accepter avec une raison…</source>
        <translation>&amp;Accept with a reason…</translation>
    </message>
    <message>
        <source>&amp;Retirer l'acceptation</source>
        <translation>&amp;Withdraw the acceptance</translation>
    </message>
    <message>
        <source>Vérifications</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Document de préparation</source>
        <translation>Briefing document</translation>
    </message>
    <message>
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Aucune mission : créez un échange de type mission (ou chargez la démonstration).</source>
        <translation>No mission: create an exchange of the mission kind (or load the demonstration).</translation>
    </message>
    <message>
        <source>%1 créneau(x) ; %2 avertissement(s) à revoir, %3 accepté(s).</source>
        <translation>%1 slot(s); %2 warning(s) to review, %3 accepted.</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Ajouter le créneau %s</source>
        <translation>Add the slot %s</translation>
    </message>
    <message>
        <source>Modifier le créneau %s</source>
        <translation>Edit the slot %s</translation>
    </message>
    <message>
        <source>Supprimer le créneau %s</source>
        <translation>Delete the slot %s</translation>
    </message>
    <message>
        <source>Supprimer le créneau</source>
        <translation>Delete the slot</translation>
    </message>
    <message>
        <source>Supprimer « %1 » ?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Déplacement</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Déplacer un créneau</source>
        <translation>Move a slot</translation>
    </message>
    <message>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copier une journée</source>
        <translation>Copy a day</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Accepter l'avertissement</source>
        <translation>Accept the warning</translation>
    </message>
    <message>
        <source>Pourquoi cet avertissement est-il acceptable ?
%1</source>
        <translation>Why is this warning acceptable?
%1</translation>
    </message>
    <message>
        <source>Acceptation</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Exporté : %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Base partagée sur un serveur : les sauvegardes relèvent de son administrateur (pg_dump).</source>
        <translation>Shared database on a server: backups are its administrator's job (pg_dump).</translation>
    </message>
    <message>
        <source>Dossier : %s</source>
        <translation>Folder: %s</translation>
    </message>
    <message>
        <source>Sauvegarde créée et vérifiée : %s</source>
        <translation>Backup created and checked: %s</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Sauvegarde impossible</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>Restaurer une base Réseau</source>
        <translation>Restore a Réseau database</translation>
    </message>
    <message>
        <source>Bases Réseau (*.sqlite3 *.db);;Tous (*)</source>
        <translation>Réseau databases (*.sqlite3 *.db);;All (*)</translation>
    </message>
    <message>
        <source>Confirmer la restauration</source>
        <translation>Confirm the restore</translation>
    </message>
    <message>
        <source>Remplacer toutes les données actuelles par la sauvegarde « %s » ?

Les données actuelles seront d'abord sauvegardées.</source>
        <translation>Replace all the current data with the backup “%s”?

The current data will be backed up first.</translation>
    </message>
    <message>
        <source>Base restaurée. Les données remplacées sont dans %s.</source>
        <translation>Database restored. The replaced data is in %s.</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Politique de conservation enregistrée.</source>
        <translation>Retention policy saved.</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Réseau sauvegarde votre base au démarrage (si la dernière sauvegarde date de plus de 24 heures) et avant chaque migration, importation, fusion, restauration et effacement. Chaque sauvegarde est vérifiée (integrity_check) et lisible par vous seul.</source>
        <translation>Réseau backs up your database at start-up (when the last backup is more than 24 hours old) and before every migration, import, merge, restore and erasure. Every backup is checked (integrity_check) and readable by you only.</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Restaurer un &amp;fichier…</source>
        <translation>Restore a &amp;file…</translation>
    </message>
    <message>
        <source>Conservation des sauvegardes</source>
        <translation>Backup retention</translation>
    </message>
    <message>
        <source>Ré&amp;centes :</source>
        <translation>Re&amp;cent:</translation>
    </message>
    <message>
        <source>&amp;Quotidiennes :</source>
        <translation>&amp;Daily:</translation>
    </message>
    <message>
        <source>&amp;Hebdomadaires :</source>
        <translation>&amp;Weekly:</translation>
    </message>
    <message>
        <source>&amp;Mensuelles :</source>
        <translation>&amp;Monthly:</translation>
    </message>
    <message>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>BriefingEditor</name>
    <message>
        <source>Document de préparation</source>
        <translation>Briefing document</translation>
    </message>
    <message>
        <source>Rédigez ici le document remis à chaque participant : l'organisation politique française, les grandes politiques sociales, le rôle des villes en France et au Québec.</source>
        <translation>Write here the document given to every participant: the French political organization, the main social policies, the role of towns in France and Quebec.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Gras (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italique (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Titre de section</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>• Liste</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Insérer le plan A1</source>
        <translation>Insert the A1 outline</translation>
    </message>
    <message>
        <source>Les trois parties que recommande le rapport de 2005.</source>
        <translation>The three parts the 2005 report recommends.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le document</source>
        <translation>&amp;Save the document</translation>
    </message>
    <message>
        <source>Modifications non enregistrées.</source>
        <translation>Unsaved changes.</translation>
    </message>
</context>
<context>
    <name>CellListDialog</name>
    <message>
        <source>Personne : c'est un écart à combler.</source>
        <translation>Nobody: a gap to fill.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Exporter les chiffres</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <source>Exporter les chiffres de « %s »</source>
        <translation>Export the figures of “%s”</translation>
    </message>
    <message>
        <source>En CSV (tableur)…</source>
        <translation>As CSV (spreadsheet)…</translation>
    </message>
    <message>
        <source>En XLSX (Excel)…</source>
        <translation>As XLSX (Excel)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export des chiffres</source>
        <translation>Figures export</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Échanges par année et par type</source>
        <translation>Exchanges by year and kind</translation>
    </message>
    <message>
        <source>Échanges par année et par statut</source>
        <translation>Exchanges by year and status</translation>
    </message>
    <message>
        <source>Personnes et organisations par pays</source>
        <translation>Persons and organizations by country</translation>
    </message>
    <message>
        <source>Personnes et organisations par secteur</source>
        <translation>Persons and organizations by sector</translation>
    </message>
    <message>
        <source>Personnes et organisations par palier</source>
        <translation>Persons and organizations by level</translation>
    </message>
    <message>
        <source>Entrées du journal par mois</source>
        <translation>Journal entries by month</translation>
    </message>
    <message>
        <source>Entrées du journal par thème</source>
        <translation>Journal entries by theme</translation>
    </message>
    <message>
        <source>Équilibre France–Québec des thèmes</source>
        <translation>France–Quebec balance of the themes</translation>
    </message>
    <message>
        <source>Relances : à temps ou en retard</source>
        <translation>Follow-ups: on time or late</translation>
    </message>
    <message>
        <source>Objectifs par évaluation</source>
        <translation>Objectives by assessment</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Modification concurrente</source>
        <translation>Concurrent change</translation>
    </message>
    <message>
        <source>La fiche « %s » a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.</source>
        <translation>The record “%s” was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>Recharger : afficher sa version (vos modifications sont abandonnées).
Écraser : enregistrer votre version par-dessus la sienne.
Annuler : ne rien enregistrer pour l'instant.</source>
        <translation>Reload: show their version (your changes are dropped).
Overwrite: save your version over theirs.
Cancel: save nothing for now.</translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>É&amp;craser</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CopyDayDialog</name>
    <message>
        <source>Copier une journée</source>
        <translation>Copy a day</translation>
    </message>
    <message>
        <source>Copier les créneaux du</source>
        <translation>Copy the slots of</translation>
    </message>
    <message>
        <source>vers le</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Une personne ou une organisation couvre un thème si elle lui est liée ou figure dans une entrée du journal sur ce thème. En rouge : aucun contact de ce côté-là. Cliquez sur un nombre pour voir la liste.</source>
        <translation>A person or organization covers a theme when linked to it or named in a journal entry on it. In red: no contact on that side. Click a number to see the list.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Pers. FR</source>
        <translation>Pers. FR</translation>
    </message>
    <message>
        <source>Org. FR</source>
        <translation>Org. FR</translation>
    </message>
    <message>
        <source>Pers. QC</source>
        <translation>Pers. QC</translation>
    </message>
    <message>
        <source>Org. QC</source>
        <translation>Org. QC</translation>
    </message>
    <message>
        <source>Journal 12 mois</source>
        <translation>Journal 12 months</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>⚠ aucun contact</source>
        <translation>⚠ no contact</translation>
    </message>
    <message>
        <source>⚠ côté France</source>
        <translation>⚠ France side</translation>
    </message>
    <message>
        <source>⚠ côté Québec</source>
        <translation>⚠ Quebec side</translation>
    </message>
    <message>
        <source>%1 thèmes, dont %2 avec un écart.</source>
        <translation>%1 themes, %2 of them with a gap.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Dans</source>
        <translation>In</translation>
    </message>
    <message numerus="yes">
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Aucun échange prévu dans les 60 prochains jours.</source>
        <translation>No exchange planned in the next 60 days.</translation>
    </message>
    <message>
        <source>À relancer</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Échanges des 60 prochains jours</source>
        <translation>Exchanges of the next 60 days</translation>
    </message>
    <message>
        <source>Aujourd'hui, %s</source>
        <translation>Today, %s</translation>
    </message>
    <message numerus="yes">
        <source>%n relance(s) plus tard : voir Journal › À relancer.</source>
        <translation>
            <numerusform>%n later follow-up: see Journal › Follow-ups due.</numerusform>
            <numerusform>%n later follow-ups: see Journal › Follow-ups due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Annuler « %s »</source>
        <translation>&amp;Undo “%s”</translation>
    </message>
    <message>
        <source>&amp;Rétablir « %s »</source>
        <translation>&amp;Redo “%s”</translation>
    </message>
    <message>
        <source>Annulé : %s</source>
        <translation>Undone: %s</translation>
    </message>
    <message>
        <source>Rétabli : %s</source>
        <translation>Redone: %s</translation>
    </message>
    <message>
        <source>Annulation impossible</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cette semaine (7 prochains jours)</source>
        <translation>This week (next 7 days)</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>&amp;Fait</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation>&amp;Snooze</translation>
    </message>
    <message>
        <source>d'une semaine</source>
        <translation>by a week</translation>
    </message>
    <message>
        <source>de deux semaines</source>
        <translation>by two weeks</translation>
    </message>
    <message>
        <source>d'un mois</source>
        <translation>by a month</translation>
    </message>
    <message>
        <source>Consi&amp;gner un échange…</source>
        <translation>&amp;Log an exchange…</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%n relance(s) en retard</source>
        <translation>
            <numerusform>%n overdue follow-up</numerusform>
            <numerusform>%n overdue follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune relance en retard.</source>
        <translation>No overdue follow-up.</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>HalfDayCell</name>
    <message>
        <source>Double-cliquez pour ajouter un créneau ici.</source>
        <translation>Double-click to add a slot here.</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Tous les pays</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>La période est vide : la date de début (%1) suit la date de fin (%2).</source>
        <translation>The period is empty: the start date (%1) is after the end date (%2).</translation>
    </message>
    <message>
        <source>Aucune donnée ne correspond à ces filtres : élargissez-les.</source>
        <translation>No data matches these filters: widen them.</translation>
    </message>
    <message>
        <source>Exporter tous les chiffres</source>
        <translation>Export all the figures</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export des chiffres</source>
        <translation>Figures export</translation>
    </message>
    <message>
        <source>%1 tableau(x) exporté(s) dans %2</source>
        <translation>%1 table(s) exported to %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Indicateurs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Indicators&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Période du</source>
        <translation>&amp;Period from</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pa&amp;ys :</source>
        <translation>Countr&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>T&amp;ype d'échange :</source>
        <translation>Exchange k&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Tout afficher</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>Bilan &amp;annuel (PDF)…</source>
        <translation>&amp;Annual report (PDF)…</translation>
    </message>
    <message>
        <source>Bilan de &amp;mission (PDF)…</source>
        <translation>&amp;Mission report (PDF)…</translation>
    </message>
    <message>
        <source>Fiches des &amp;délégués (PDF)…</source>
        <translation>&amp;Delegate sheets (PDF)…</translation>
    </message>
    <message>
        <source>E&amp;xporter tous les chiffres (XLSX)…</source>
        <translation>E&amp;xport all the figures (XLSX)…</translation>
    </message>
</context>
<context>
    <name>JournalEntriesView</name>
    <message>
        <source>Consi&amp;gner un échange…</source>
        <translation>&amp;Log an exchange…</translation>
    </message>
    <message>
        <source>Consigner un échange</source>
        <translation>Log an exchange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source> (fait)</source>
        <translation> (done)</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>l'entrée du %s (%s)</source>
        <translation>the entry of %s (%s)</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Modifier l'entrée du journal</source>
        <translation>Edit journal entry</translation>
    </message>
    <message>
        <source>Consigner un échange</source>
        <translation>Log an exchange</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Date de relance passée</source>
        <translation>Follow-up date in the past</translation>
    </message>
    <message>
        <source>La date de relance (%s) est déjà passée.

Si vous enregistrez, la relance apparaîtra aussitôt « En retard » dans la liste À relancer. Enregistrer quand même ?</source>
        <translation>The follow-up date (%s) is already past.

If you save, the follow-up will show at once as “Overdue” in the Follow-ups due list. Save anyway?</translation>
    </message>
    <message>
        <source>Entrée du journal</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>Kin&amp;d:</translation>
    </message>
    <message>
        <source>É&amp;change lié :</source>
        <translation>Linked e&amp;xchange:</translation>
    </message>
    <message>
        <source>&amp;Relancer le :</source>
        <translation>&amp;Follow up on:</translation>
    </message>
    <message>
        <source>Date de relance</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>&amp;Personnes :</source>
        <translation>&amp;Persons:</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Personnes liées</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <source>&amp;Organisations :</source>
        <translation>&amp;Organizations:</translation>
    </message>
    <message>
        <source>Organisations liées</source>
        <translation>Linked organizations</translation>
    </message>
    <message>
        <source>T&amp;hèmes :</source>
        <translation>T&amp;hemes:</translation>
    </message>
    <message>
        <source>Thèmes liés</source>
        <translation>Linked themes</translation>
    </message>
    <message>
        <source>Ré&amp;sumé :</source>
        <translation>&amp;Summary:</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Entrées</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>À relancer</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Réseau — échanges France-Québec</source>
        <translation>Réseau — France–Quebec exchanges</translation>
    </message>
    <message>
        <source>Navigation entre les sections</source>
        <translation>Navigation between the areas</translation>
    </message>
    <message>
        <source>Base de données : %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Charger les données de démonstration (mission 2005)</source>
        <translation>Load the demonstration data (2005 mission)</translation>
    </message>
    <message>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de Réseau</source>
        <translation>&amp;About Réseau</translation>
    </message>
    <message>
        <source>Démonstration chargée : %1 personnes, %2 organisations, %3 thèmes ; %4 fiches créées.</source>
        <translation>Demonstration loaded: %1 persons, %2 organizations, %3 themes; %4 records created.</translation>
    </message>
    <message>
        <source>Chargement de la démonstration</source>
        <translation>Loading the demonstration</translation>
    </message>
    <message>
        <source>À propos de Réseau</source>
        <translation>About Réseau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;L'outil des coordonnateurs des échanges France-Québec en développement social local.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;The tool of the coordinators of France–Quebec exchanges in local social development.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bienvenue dans Réseau</source>
        <translation>Welcome to Réseau</translation>
    </message>
    <message>
        <source>Votre base de données est vide. Voulez-vous charger la mission de 2005 (délégation, organisations, thèmes de suivi) pour découvrir Réseau ?</source>
        <translation>Your database is empty. Would you like to load the 2005 mission (delegation, organizations, follow-up themes) to discover Réseau?</translation>
    </message>
    <message>
        <source>Charger la démonstration</source>
        <translation>Load the demonstration</translation>
    </message>
    <message>
        <source>Commencer avec une base vide</source>
        <translation>Start with an empty database</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Période du</source>
        <translation>&amp;Period from</translation>
    </message>
    <message>
        <source>Exporter &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Exporter &amp;SVG…</source>
        <translation>Export &amp;SVG…</translation>
    </message>
    <message>
        <source>T&amp;hème :</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&lt;span style='color:%1'&gt;■ France&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ Québec&lt;/span&gt; &amp;nbsp; ● personne &amp;nbsp; ■ organisation &amp;nbsp; ◆ échange &amp;nbsp; — journal &amp;nbsp; ┈ participation &amp;nbsp; (Ctrl + molette : zoom)</source>
        <translation>&lt;span style='color:%1'&gt;■ France&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ Quebec&lt;/span&gt; &amp;nbsp; ● person &amp;nbsp; ■ organization &amp;nbsp; ◆ exchange &amp;nbsp; — journal &amp;nbsp; ┈ participation &amp;nbsp; (Ctrl + wheel: zoom)</translation>
    </message>
    <message>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Quebec</translation>
    </message>
    <message>
        <source>%1 nœuds, %2 liens</source>
        <translation>%1 nodes, %2 links</translation>
    </message>
    <message>
        <source>Aucun lien pour ces filtres.</source>
        <translation>No link for these filters.</translation>
    </message>
    <message>
        <source>Exporter le réseau en PNG</source>
        <translation>Export the network as PNG</translation>
    </message>
    <message>
        <source>Exportation impossible</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exporter le réseau en SVG</source>
        <translation>Export the network as SVG</translation>
    </message>
    <message>
        <source>Réseau France-Québec</source>
        <translation>France–Quebec network</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Modifier l'organisation</source>
        <translation>Edit organization</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Le nom de l'organisation est obligatoire.</source>
        <translation>The organization's name is required.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>&amp;Nom* :</source>
        <translation>&amp;Name*:</translation>
    </message>
    <message>
        <source>&amp;Sigle :</source>
        <translation>&amp;Acronym:</translation>
    </message>
    <message>
        <source>Pa&amp;ys :</source>
        <translation>Countr&amp;y:</translation>
    </message>
    <message>
        <source>Nivea&amp;u :</source>
        <translation>Lev&amp;el:</translation>
    </message>
    <message>
        <source>Organisation &amp;mère :</source>
        <translation>&amp;Parent organization:</translation>
    </message>
    <message>
        <source>Dé&amp;partement :</source>
        <translation>De&amp;partment:</translation>
    </message>
    <message>
        <source>Té&amp;léphone :</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Sec&amp;teur :</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Région :</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <source>Site &amp;Web :</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>A&amp;dresse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>&amp;Nouvelle organisation…</source>
        <translation>&amp;New organization…</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Organisation mère</source>
        <translation>Parent organization</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Site Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Organisations rattachées</source>
        <translation>Member organizations</translation>
    </message>
    <message>
        <source>Aucune personne n'est rattachée à cette organisation.</source>
        <translation>No person belongs to this organization.</translation>
    </message>
    <message>
        <source>Ajouter %s</source>
        <translation>Add %s</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Modifier la personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Le nom de famille est obligatoire.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>Pa&amp;ys :</source>
        <translation>Countr&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Autre co&amp;urriel :</source>
        <translation>Other e-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>No&amp;m de famille* :</source>
        <translation>Last na&amp;me*:</translation>
    </message>
    <message>
        <source>Mo&amp;bile :</source>
        <translation>Mo&amp;bile:</translation>
    </message>
    <message>
        <source>A&amp;dresse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Secteurs :</source>
        <translation>&amp;Sectors:</translation>
    </message>
    <message>
        <source>santé, éducation, emploi…</source>
        <translation>health, education, employment…</translation>
    </message>
    <message>
        <source>&amp;Rôles :</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>élu, gestionnaire, intervenant, chercheur, citoyen…</source>
        <translation>elected official, manager, practitioner, researcher, citizen…</translation>
    </message>
    <message>
        <source>&amp;Langues :</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <source>fr, en</source>
        <translation>fr, en</translation>
    </message>
    <message>
        <source>Éti&amp;quettes :</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Cadence de relance (&amp;jours) :</source>
        <translation>Follow-up cadence (&amp;days):</translation>
    </message>
    <message>
        <source>Pro&amp;venance des données :</source>
        <translation>Data so&amp;urce:</translation>
    </message>
    <message>
        <source>Mot&amp;if de conservation :</source>
        <translation>Reason for keep&amp;ing:</translation>
    </message>
    <message>
        <source>&amp;Notes :</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>carte d'affaires, rencontre du…</source>
        <translation>business card, meeting of…</translation>
    </message>
    <message>
        <source>consentement, intérêt légitime…</source>
        <translation>consent, legitimate interest…</translation>
    </message>
    <message>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>&amp;Nouvelle personne…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Consi&amp;gner un échange…</source>
        <translation>&amp;Log an exchange…</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>tous les %s jours</source>
        <translation>every %s days</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Motif de conservation</source>
        <translation>Reason for keeping</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Ajouter %s</source>
        <translation>Add %s</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Selon la langue du système</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Valeurs par &amp;défaut</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <source>Fichier de base de données</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Base de données Réseau (*.sqlite3 *.sqlite *.db)</source>
        <translation>Réseau database (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Adresse du serveur : une adresse comme postgresql+psycopg://serveur/reseau est attendue.</source>
        <translation>Server address: an address like postgresql+psycopg://server/reseau is expected.</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Base de données (fichier) :</source>
        <translation>&amp;Database (file):</translation>
    </message>
    <message>
        <source>dossier de données de l'utilisateur</source>
        <translation>user data folder</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Adresse du &amp;serveur (équipe) :</source>
        <translation>&amp;Server address (team):</translation>
    </message>
    <message>
        <source>postgresql+psycopg://utilisateur@serveur/reseau</source>
        <translation>postgresql+psycopg://user@server/reseau</translation>
    </message>
    <message>
        <source>Choisir le fichier de base de données ou, pour travailler en équipe, l'adresse d'un serveur PostgreSQL. Les changements de langue et de base de données prennent effet au prochain démarrage.</source>
        <translation>Choose the database file or, to work as a team, the address of a PostgreSQL server. Changes of language and database take effect at the next start.</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Réseau sauvegarde la base au démarrage et avant chaque opération risquée. Le calendrier de conservation est enregistré dans la base elle-même, pour tous ceux qui l'utilisent : il se règle dans Fichier › Sauvegardes.</source>
        <translation>Réseau backs up the database at start-up and before every risky operation. The retention schedule is stored in the database itself, for everyone who uses it: set it in File › Backups.</translation>
    </message>
    <message>
        <source>Ouvrir les &amp;sauvegardes…</source>
        <translation>Open the &amp;backups…</translation>
    </message>
    <message>
        <source>&amp;Rencontre entre participants au moins tous les (A5) :</source>
        <translation>Participants' &amp;debrief at least every (A5):</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Cadence de relance proposée :</source>
        <translation>Proposed follow-up &amp;cadence:</translation>
    </message>
    <message>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Relances « &amp;bientôt » dans les :</source>
        <translation>Follow-ups “&amp;soon” within:</translation>
    </message>
    <message>
        <source>Échanges à &amp;venir sur le tableau de bord :</source>
        <translation>&amp;Upcoming exchanges on the dashboard:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Temps d'échanges ÷ temps de présentation, au moins (A2) :</source>
        <translation>Discussion &amp;time ÷ presentation time, at least (A2):</translation>
    </message>
    <message>
        <source>&amp;Secteurs à couvrir (A4) :</source>
        <translation>&amp;Sectors to cover (A4):</translation>
    </message>
    <message>
        <source>santé, éducation, emploi</source>
        <translation>santé, éducation, emploi</translation>
    </message>
    <message>
        <source>Seuils des vérifications de l'agenda de mission.</source>
        <translation>Thresholds of the mission agenda checks.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filtrer (sans accents ni majuscules)…</source>
        <translation>Filter (accents and case ignored)…</translation>
    </message>
    <message>
        <source>Filtrer la liste</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Liste des fiches</source>
        <translation>List of records</translation>
    </message>
    <message>
        <source>Détail de la fiche sélectionnée</source>
        <translation>Details of the selected record</translation>
    </message>
    <message>
        <source>Confirmer la suppression</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Supprimer %s ?

Vous pourrez revenir en arrière avec Édition › Annuler (Ctrl+Z).</source>
        <translation>Delete %s?

You can take it back with Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Supprimer %s</source>
        <translation>Delete %s</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Revue de conservation</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <source> ans</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Années sans échange</source>
        <translation>Years without an exchange</translation>
    </message>
    <message>
        <source>Personnes sans aucune entrée au journal depuis le nombre d'années choisi (ou, sans entrée, dont la fiche est aussi ancienne). La loi demande de ne garder les renseignements personnels que le temps nécessaire : mettez à jour, ou effacez.</source>
        <translation>Persons with no journal entry for the chosen number of years (or, with no entry, whose record is as old). The law asks to keep personal information only as long as needed: update, or erase.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dernière entrée au journal</source>
        <translation>Last journal entry</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Fiche créée le</source>
        <translation>Record created on</translation>
    </message>
    <message>
        <source>&amp;Afficher la fiche</source>
        <translation>&amp;Show the record</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sans entrée au journal depuis :</source>
        <translation>No journal entry for:</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) à revoir</source>
        <translation>
            <numerusform>%n person to review</numerusform>
            <numerusform>%n persons to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Glissez pour déplacer ; double-clic pour modifier.</source>
        <translation>Drag to move; double-click to edit.</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Modifier le créneau</source>
        <translation>Edit slot</translation>
    </message>
    <message>
        <source>Nouveau créneau</source>
        <translation>New slot</translation>
    </message>
    <message>
        <source>Supprimé(s) des contacts : %1. Choisissez un autre intervenant ; enregistrer retire ce nom.</source>
        <translation>Deleted from the contacts: %1. Choose another speaker; saving removes this name.</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Le créneau finit à %1, avant son début à %2.</source>
        <translation>The slot ends at %1, before it starts at %2.</translation>
    </message>
    <message>
        <source>Ce jour est en dehors de la mission (du %1 au %2).</source>
        <translation>This day is outside the mission (%1 to %2).</translation>
    </message>
    <message>
        <source>Cochez au moins un participant.</source>
        <translation>Tick at least one participant.</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>&amp;Jour* :</source>
        <translation>&amp;Day*:</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, MMMM d, yyyy</translation>
    </message>
    <message>
        <source>&amp;Début* :</source>
        <translation>&amp;Start*:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Fin* :</source>
        <translation>&amp;End*:</translation>
    </message>
    <message>
        <source>&amp;Activité* :</source>
        <translation>&amp;Activity*:</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <source>&amp;Hôte :</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Filtrer les personnes…</source>
        <translation>Filter the persons…</translation>
    </message>
    <message>
        <source>Filtrer les intervenants</source>
        <translation>Filter the speakers</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Toute la &amp;délégation</source>
        <translation>The whole &amp;delegation</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Thèmes du créneau</source>
        <translation>Slot's themes</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Nouveau thème</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Thème %s</source>
        <translation>Theme %s</translation>
    </message>
    <message>
        <source>Modifier le thème</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Le titre d'un thème du rapport de 2005 ne se modifie pas.</source>
        <translation>The title of a theme of the 2005 report cannot be changed.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Le titre du thème est obligatoire.</source>
        <translation>The theme's title is required.</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Titre* :</source>
        <translation>&amp;Title*:</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Personnes :</source>
        <translation>&amp;Persons:</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Personnes liées</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <source>Or&amp;ganisations :</source>
        <translation>Or&amp;ganizations:</translation>
    </message>
    <message>
        <source>Organisations liées</source>
        <translation>Linked organizations</translation>
    </message>
    <message>
        <source>É&amp;changes :</source>
        <translation>E&amp;xchanges:</translation>
    </message>
    <message>
        <source>Échanges liés</source>
        <translation>Linked exchanges</translation>
    </message>
    <message>
        <source>Les entrées du journal se lient à un thème depuis le Journal.</source>
        <translation>Journal entries are linked to a theme from the Journal.</translation>
    </message>
</context>
<context>
    <name>ThemesListView</name>
    <message>
        <source>&amp;Nouveau thème…</source>
        <translation>&amp;New theme…</translation>
    </message>
    <message>
        <source>Nouveau thème</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <source>Org.</source>
        <translation>Org.</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Aucune personne liée.</source>
        <translation>No linked person.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Aucune organisation liée.</source>
        <translation>No linked organization.</translation>
    </message>
    <message>
        <source>Modifier le thème</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Thème du rapport</source>
        <translation>Report theme</translation>
    </message>
    <message>
        <source>« %s » est un thème du rapport de 2005 : il ne peut pas être supprimé.

Passez son statut à « clos » pour le retirer du suivi.</source>
        <translation>“%s” is a theme of the 2005 report: it cannot be deleted.

Set its status to “closed” to take it out of the follow-up.</translation>
    </message>
    <message>
        <source>Supprimer le thème « %s » ?

Il est lié à %d fiche(s). Ces fiches sont conservées ; seul leur lien avec ce thème disparaîtra :

</source>
        <translation>Delete the theme “%s”?

It is linked to %d record(s). These records are kept; only their link to this theme goes:

</translation>
    </message>
    <message>
        <source>Supprimer le thème « %s » ? Il n'est lié à aucune fiche.</source>
        <translation>Delete the theme “%s”? It is linked to no record.</translation>
    </message>
    <message>
        <source>Confirmer la suppression</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Couverture France–Québec</source>
        <translation>France–Quebec coverage</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Exporter les données de %s</source>
        <translation>Export the data of %s</translation>
    </message>
    <message>
        <source>Exportation impossible</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Données exportées : %1 et %2</source>
        <translation>Data exported: %1 and %2</translation>
    </message>
    <message>
        <source>Effacer cette personne</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <source>Effacer définitivement %s ?

Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. Les entrées du journal et les activités de l'agenda restent, sans elle, avec la mention « personne effacée ». Une sauvegarde est faite avant l'effacement.</source>
        <translation>Erase %s for good?

Their record, contact details, tags and participations are deleted. Journal entries and agenda activities stay, without them, marked “erased person”. A backup is made before the erasure.</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Effacement impossible</source>
        <translation>Cannot erase</translation>
    </message>
    <message>
        <source>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</source>
        <translation>The person was erased (%1 rows touched).
Erasure reference: %2</translation>
    </message>
    <message>
        <source>Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de conservation, ou vous pouvez les supprimer maintenant :
</source>
        <translation>These backups still hold them; they will go according to the retention policy, or you can delete them now:
</translation>
    </message>
    <message>
        <source>Effacement terminé</source>
        <translation>Erasure done</translation>
    </message>
    <message>
        <source>Supprimer ces sauvegardes</source>
        <translation>Delete these backups</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>&amp;Exporter les données de cette personne…</source>
        <translation>&amp;Export the data of this person…</translation>
    </message>
    <message>
        <source>E&amp;ffacer cette personne…</source>
        <translation>E&amp;rase this person…</translation>
    </message>
    <message>
        <source>&amp;Revue de conservation…</source>
        <translation>&amp;Retention review…</translation>
    </message>
    <message>
        <source>&amp;Vie privée</source>
        <translation>&amp;Privacy</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
</context>
</TS>
