<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="fr_CA">
<context>
    <name></name>
    <message>
        <source>Tableau de bord</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Ici s&apos;afficheront les relances dues et les échanges des 60 prochains jours.</source>
        <translation>Ici s&apos;afficheront les relances dues et les échanges des 60 prochains jours.</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Échanges et stages</source>
        <translation>Échanges et stages</translation>
    </message>
    <message>
        <source>Missions, stages, visites et séminaires : de l&apos;idée au bilan.</source>
        <translation>Missions, stages, visites et séminaires : de l&apos;idée au bilan.</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Les seize thèmes de suivi et les recommandations du rapport de 2005.</source>
        <translation>Les seize thèmes de suivi et les recommandations du rapport de 2005.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Le journal des échanges avec vos contacts.</source>
        <translation>Le journal des échanges avec vos contacts.</translation>
    </message>
    <message>
        <source>Agenda de mission</source>
        <translation>Agenda de mission</translation>
    </message>
    <message>
        <source>Le programme d&apos;une mission, demi-journée par demi-journée.</source>
        <translation>Le programme d&apos;une mission, demi-journée par demi-journée.</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau.</source>
        <translation>La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Annuler « %s »</source>
        <translation>&amp;Annuler « %s »</translation>
    </message>
    <message>
        <source>&amp;Rétablir « %s »</source>
        <translation>&amp;Rétablir « %s »</translation>
    </message>
    <message>
        <source>Annulé : %s</source>
        <translation>Annulé : %s</translation>
    </message>
    <message>
        <source>Rétabli : %s</source>
        <translation>Rétabli : %s</translation>
    </message>
    <message>
        <source>Annulation impossible</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Réseau — échanges France-Québec</source>
        <translation>Réseau — échanges France-Québec</translation>
    </message>
    <message>
        <source>Navigation entre les sections</source>
        <translation>Navigation entre les sections</translation>
    </message>
    <message>
        <source>Base de données : %s</source>
        <translation>Base de données : %s</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Charger les données de démonstration (mission 2005)</source>
        <translation>Charger les données de démonstration (mission 2005)</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>À &amp;propos de Réseau</source>
        <translation>À &amp;propos de Réseau</translation>
    </message>
    <message>
        <source>Démonstration chargée : %1 personnes, %2 organisations, %3 thèmes ; %4 fiches créées.</source>
        <translation>Démonstration chargée : %1 personnes, %2 organisations, %3 thèmes ; %4 fiches créées.</translation>
    </message>
    <message>
        <source>Chargement de la démonstration</source>
        <translation>Chargement de la démonstration</translation>
    </message>
    <message>
        <source>À propos de Réseau</source>
        <translation>À propos de Réseau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;L&apos;outil des coordonnateurs des échanges France-Québec en développement social local.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;L&apos;outil des coordonnateurs des échanges France-Québec en développement social local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bienvenue dans Réseau</source>
        <translation>Bienvenue dans Réseau</translation>
    </message>
    <message>
        <source>Votre base de données est vide. Voulez-vous charger la mission de 2005 (délégation, organisations, thèmes de suivi) pour découvrir Réseau ?</source>
        <translation>Votre base de données est vide. Voulez-vous charger la mission de 2005 (délégation, organisations, thèmes de suivi) pour découvrir Réseau ?</translation>
    </message>
    <message>
        <source>Charger la démonstration</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <source>Commencer avec une base vide</source>
        <translation>Commencer avec une base vide</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Modifier l&apos;organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation>Le nom de l&apos;organisation est obligatoire.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Nom* :</source>
        <translation>&amp;Nom* :</translation>
    </message>
    <message>
        <source>&amp;Sigle :</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>Pa&amp;ys :</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Ni&amp;veau :</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>Sec&amp;teur :</source>
        <translation>Sec&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;Organisation mère :</source>
        <translation>&amp;Organisation mère :</translation>
    </message>
    <message>
        <source>&amp;Région :</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Département :</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Site &amp;Web :</source>
        <translation>Site &amp;Web :</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>A&amp;dresse :</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>&amp;Nouvelle organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sigle</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Organisation mère</source>
        <translation>Organisation mère</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Site Web</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Organisations rattachées</source>
        <translation>Organisations rattachées</translation>
    </message>
    <message>
        <source>Aucune personne n&apos;est rattachée à cette organisation.</source>
        <translation>Aucune personne n&apos;est rattachée à cette organisation.</translation>
    </message>
    <message>
        <source>Ajouter %s</source>
        <translation>Ajouter %s</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Modifier %s</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Modifier la personne</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Le nom de famille est obligatoire.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Nom de famille* :</source>
        <translation>&amp;Nom de famille* :</translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Pa&amp;ys :</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Autre co&amp;urriel :</source>
        <translation>Autre co&amp;urriel :</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Mobile :</source>
        <translation>&amp;Mobile :</translation>
    </message>
    <message>
        <source>A&amp;dresse :</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Secteurs :</source>
        <translation>&amp;Secteurs :</translation>
    </message>
    <message>
        <source>santé, éducation, emploi…</source>
        <translation>santé, éducation, emploi…</translation>
    </message>
    <message>
        <source>&amp;Rôles :</source>
        <translation>&amp;Rôles :</translation>
    </message>
    <message>
        <source>élu, gestionnaire, intervenant, chercheur, citoyen…</source>
        <translation>élu, gestionnaire, intervenant, chercheur, citoyen…</translation>
    </message>
    <message>
        <source>&amp;Langues :</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>fr, en</source>
        <translation>fr, en</translation>
    </message>
    <message>
        <source>Étiq&amp;uettes :</source>
        <translation>Étiq&amp;uettes :</translation>
    </message>
    <message>
        <source>Cadence de re&amp;lance (jours) :</source>
        <translation>Cadence de re&amp;lance (jours) :</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Provenance des données :</source>
        <translation>&amp;Provenance des données :</translation>
    </message>
    <message>
        <source>carte d&apos;affaires, rencontre du…</source>
        <translation>carte d&apos;affaires, rencontre du…</translation>
    </message>
    <message>
        <source>Motif de &amp;conservation :</source>
        <translation>Motif de &amp;conservation :</translation>
    </message>
    <message>
        <source>consentement, intérêt légitime…</source>
        <translation>consentement, intérêt légitime…</translation>
    </message>
    <message>
        <source>Ne pas contacter</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>&amp;Nouvelle personne…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Secteurs</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Rôles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>tous les %s jours</source>
        <translation>tous les %s jours</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Motif de conservation</source>
        <translation>Motif de conservation</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Ajouter %s</source>
        <translation>Ajouter %s</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Modifier %s</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Selon la langue du système</source>
        <translation>Selon la langue du système</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Valeurs par &amp;défaut</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Fichier de base de données</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Base de données Réseau (*.sqlite3 *.sqlite *.db)</source>
        <translation>Base de données Réseau (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Adresse du serveur : une adresse comme postgresql+psycopg://serveur/reseau est attendue.</source>
        <translation>Adresse du serveur : une adresse comme postgresql+psycopg://serveur/reseau est attendue.</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Base de données (fichier) :</source>
        <translation>&amp;Base de données (fichier) :</translation>
    </message>
    <message>
        <source>dossier de données de l&apos;utilisateur</source>
        <translation>dossier de données de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Adresse du &amp;serveur (équipe) :</source>
        <translation>Adresse du &amp;serveur (équipe) :</translation>
    </message>
    <message>
        <source>postgresql+psycopg://utilisateur@serveur/reseau</source>
        <translation>postgresql+psycopg://utilisateur@serveur/reseau</translation>
    </message>
    <message>
        <source>Choisir le fichier de base de données ou, pour travailler en équipe, l&apos;adresse d&apos;un serveur PostgreSQL. Les changements de langue et de base de données prennent effet au prochain démarrage.</source>
        <translation>Choisir le fichier de base de données ou, pour travailler en équipe, l&apos;adresse d&apos;un serveur PostgreSQL. Les changements de langue et de base de données prennent effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Sauvegarder automatiquement</source>
        <translation>Sauvegarder automatiquement</translation>
    </message>
    <message>
        <source>&amp;Intervalle entre deux sauvegardes :</source>
        <translation>&amp;Intervalle entre deux sauvegardes :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Garder les plus &amp;récentes :</source>
        <translation>Garder les plus &amp;récentes :</translation>
    </message>
    <message>
        <source>Garder une par &amp;jour pendant (jours) :</source>
        <translation>Garder une par &amp;jour pendant (jours) :</translation>
    </message>
    <message>
        <source>Garder une par s&amp;emaine pendant (semaines) :</source>
        <translation>Garder une par s&amp;emaine pendant (semaines) :</translation>
    </message>
    <message>
        <source>Garder une par &amp;mois pendant (mois) :</source>
        <translation>Garder une par &amp;mois pendant (mois) :</translation>
    </message>
    <message>
        <source>&amp;Dossier des sauvegardes :</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>à côté de la base de données</source>
        <translation>à côté de la base de données</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>&amp;Cadence de relance proposée :</source>
        <translation>&amp;Cadence de relance proposée :</translation>
    </message>
    <message>
        <source> j</source>
        <translation> j</translation>
    </message>
    <message>
        <source>Relances « &amp;bientôt » dans les :</source>
        <translation>Relances « &amp;bientôt » dans les :</translation>
    </message>
    <message>
        <source>Échanges à &amp;venir sur le tableau de bord :</source>
        <translation>Échanges à &amp;venir sur le tableau de bord :</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Temps d&apos;échanges ÷ temps de présentation, au moins (A2) :</source>
        <translation>&amp;Temps d&apos;échanges ÷ temps de présentation, au moins (A2) :</translation>
    </message>
    <message>
        <source>&amp;Lieux visités par demi-journée, au plus (A3) :</source>
        <translation>&amp;Lieux visités par demi-journée, au plus (A3) :</translation>
    </message>
    <message>
        <source>&amp;Secteurs à couvrir (A4) :</source>
        <translation>&amp;Secteurs à couvrir (A4) :</translation>
    </message>
    <message>
        <source>santé, éducation, emploi</source>
        <translation>santé, éducation, emploi</translation>
    </message>
    <message>
        <source>&amp;Rencontres entre participants par jour, au moins (A5) :</source>
        <translation>&amp;Rencontres entre participants par jour, au moins (A5) :</translation>
    </message>
    <message>
        <source>Seuils des vérifications de l&apos;agenda de mission.</source>
        <translation>Seuils des vérifications de l&apos;agenda de mission.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filtrer (sans accents ni majuscules)…</source>
        <translation>Filtrer (sans accents ni majuscules)…</translation>
    </message>
    <message>
        <source>Filtrer la liste</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Nouveau…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Liste des fiches</source>
        <translation>Liste des fiches</translation>
    </message>
    <message>
        <source>Détail de la fiche sélectionnée</source>
        <translation>Détail de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Confirmer la suppression</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>Supprimer %s ?

Vous pourrez revenir en arrière avec Édition › Annuler (Ctrl+Z).</source>
        <translation>Supprimer %s ?

Vous pourrez revenir en arrière avec Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Supprimer %s</source>
        <translation>Supprimer %s</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
</TS>
