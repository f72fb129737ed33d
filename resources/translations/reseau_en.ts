<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_CA">
<context>
    <name></name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Ici s&apos;afficheront les relances dues et les échanges des 60 prochains jours.</source>
        <translation>Follow-ups due and the exchanges of the next 60 days will appear here.</translation>
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
        <source>Missions, stages, visites et séminaires : de l&apos;idée au bilan.</source>
        <translation>Missions, internships, visits and seminars: from the idea to the assessment.</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Les seize thèmes de suivi et les recommandations du rapport de 2005.</source>
        <translation>The sixteen follow-up themes and the recommendations of the 2005 report.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Le journal des échanges avec vos contacts.</source>
        <translation>The journal of your exchanges with your contacts.</translation>
    </message>
    <message>
        <source>Agenda de mission</source>
        <translation>Mission agenda</translation>
    </message>
    <message>
        <source>Le programme d&apos;une mission, demi-journée par demi-journée.</source>
        <translation>A mission&apos;s programme, half-day by half-day.</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau.</source>
        <translation>The chosen language and database will be used the next time Réseau starts.</translation>
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
        <source>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;L&apos;outil des coordonnateurs des échanges France-Québec en développement social local.&lt;/p&gt;</source>
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
    <name>OrganizationDialog</name>
    <message>
        <source>Modifier l&apos;organisation</source>
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
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation>The organization&apos;s name is required.</translation>
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
        <source>Ni&amp;veau :</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <source>Sec&amp;teur :</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Organisation mère :</source>
        <translation>&amp;Parent organization:</translation>
    </message>
    <message>
        <source>&amp;Région :</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Département :</source>
        <translation>&amp;Department:</translation>
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
        <source>&amp;Téléphone :</source>
        <translation>P&amp;hone:</translation>
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
        <source>Aucune personne n&apos;est rattachée à cette organisation.</source>
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
        <source>&amp;Nom de famille* :</source>
        <translation>&amp;Last name*:</translation>
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
        <source>&amp;Mobile :</source>
        <translation>&amp;Mobile:</translation>
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
        <source>Étiq&amp;uettes :</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Cadence de re&amp;lance (jours) :</source>
        <translation>Follow-up &amp;cadence (days):</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Provenance des données :</source>
        <translation>Data &amp;source:</translation>
    </message>
    <message>
        <source>carte d&apos;affaires, rencontre du…</source>
        <translation>business card, meeting of…</translation>
    </message>
    <message>
        <source>Motif de &amp;conservation :</source>
        <translation>&amp;Reason for keeping:</translation>
    </message>
    <message>
        <source>consentement, intérêt légitime…</source>
        <translation>consent, legitimate interest…</translation>
    </message>
    <message>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
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
        <source>dossier de données de l&apos;utilisateur</source>
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
        <source>Choisir le fichier de base de données ou, pour travailler en équipe, l&apos;adresse d&apos;un serveur PostgreSQL. Les changements de langue et de base de données prennent effet au prochain démarrage.</source>
        <translation>Choose the database file or, to work as a team, the address of a PostgreSQL server. Changes of language and database take effect at the next start.</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Sauvegarder automatiquement</source>
        <translation>Back up automatically</translation>
    </message>
    <message>
        <source>&amp;Intervalle entre deux sauvegardes :</source>
        <translation>&amp;Interval between two backups:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Garder les plus &amp;récentes :</source>
        <translation>Keep the most &amp;recent:</translation>
    </message>
    <message>
        <source>Garder une par &amp;jour pendant (jours) :</source>
        <translation>Keep one per &amp;day for (days):</translation>
    </message>
    <message>
        <source>Garder une par s&amp;emaine pendant (semaines) :</source>
        <translation>Keep one per &amp;week for (weeks):</translation>
    </message>
    <message>
        <source>Garder une par &amp;mois pendant (mois) :</source>
        <translation>Keep one per &amp;month for (months):</translation>
    </message>
    <message>
        <source>&amp;Dossier des sauvegardes :</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>à côté de la base de données</source>
        <translation>beside the database</translation>
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
        <source>&amp;Temps d&apos;échanges ÷ temps de présentation, au moins (A2) :</source>
        <translation>Discussion &amp;time ÷ presentation time, at least (A2):</translation>
    </message>
    <message>
        <source>&amp;Lieux visités par demi-journée, au plus (A3) :</source>
        <translation>&amp;Places visited per half-day, at most (A3):</translation>
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
        <source>&amp;Rencontres entre participants par jour, au moins (A5) :</source>
        <translation>Participants&apos; &amp;debriefs per day, at least (A5):</translation>
    </message>
    <message>
        <source>Seuils des vérifications de l&apos;agenda de mission.</source>
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
</TS>
