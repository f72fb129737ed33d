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
        <source>dates à préciser</source>
        <translation>dates to be confirmed</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Aucune activité enregistrée pour %1 : aucun échange, aucune entrée de journal et aucun nouveau contact. Les sections qui suivent sont vides.</source>
        <translation>No activity recorded for %1: no exchange, no journal entry and no new contact. The following sections are empty.</translation>
    </message>
    <message>
        <source>%1 échange(s) dans l'année : %2</source>
        <translation>%1 exchange(s) in the year: %2</translation>
    </message>
    <message>
        <source>%1 échange(s) dans l'année</source>
        <translation>%1 exchange(s) in the year</translation>
    </message>
    <message>
        <source>%1 objectif(s) suivis, dont %2 pleinement ou grandement atteint(s)</source>
        <translation>%1 objective(s) tracked, %2 of them fully or largely achieved</translation>
    </message>
    <message>
        <source>%1 entrée(s) au journal ; %2 relance(s) en retard</source>
        <translation>%1 journal entry(ies); %2 overdue follow-up(s)</translation>
    </message>
    <message>
        <source>%1 thème(s) actifs sur %2</source>
        <translation>%1 active theme(s) out of %2</translation>
    </message>
    <message>
        <source>Nouveaux contacts, %1 : %2 personne(s), %3 organisation(s)</source>
        <translation>New contacts, %1: %2 person(s), %3 organization(s)</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Demi-journée</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Hôte</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>toute la délégation</source>
        <translation>the whole delegation</translation>
    </message>
    <message>
        <source>Vérifications</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>{accepted}</source>
        <translation>{accepted}</translation>
    </message>
    <message>
        <source>France p./o.</source>
        <translation>France p./o.</translation>
    </message>
    <message>
        <source>Québec p./o.</source>
        <translation>Quebec p./o.</translation>
    </message>
    <message>
        <source>Écarts</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Éléments probants</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Aucun objectif enregistré.</source>
        <translation>No objective recorded.</translation>
    </message>
    <message>
        <source>Bilan annuel %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <source>Réseau — échanges France-Québec en développement social · produit le %1</source>
        <translation>Réseau — France–Québec exchanges in social development · produced on %1</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Indicateurs de l'année %1</source>
        <translation>Indicators for %1</translation>
    </message>
    <message>
        <source>Les échanges de l'année, leurs objectifs et leur évaluation</source>
        <translation>The year's exchanges, their objectives and their assessment</translation>
    </message>
    <message>
        <source>Aucun échange n'a eu lieu en %1.</source>
        <translation>No exchange took place in %1.</translation>
    </message>
    <message>
        <source>Les thèmes : activité et écarts</source>
        <translation>Themes: activity and gaps</translation>
    </message>
    <message>
        <source>Thème et statut</source>
        <translation>Theme and status</translation>
    </message>
    <message>
        <source>Éch. / Jour. / Agenda</source>
        <translation>Exch. / Jour. / Agenda</translation>
    </message>
    <message>
        <source>Éch. : échanges de l'année ; Jour. : entrées du journal ; Agenda : activités de programme ; p./o. : personnes / organisations liées au thème de chaque côté.</source>
        <translation>Exch.: exchanges of the year; Jour.: journal entries; Agenda: programme activities; p./o.: persons / organizations linked to the theme on each side.</translation>
    </message>
    <message>
        <source>Aucun thème n'est enregistré.</source>
        <translation>No theme is recorded.</translation>
    </message>
    <message>
        <source>Nouveaux contacts de l'année</source>
        <translation>New contacts of the year</translation>
    </message>
    <message>
        <source>Aucun nouveau contact en %1.</source>
        <translation>No new contact in %1.</translation>
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
        <source>%1 (%2) :</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Échanges et stages</source>
        <translation>Exchanges and internships</translation>
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
        <source>La langue et la base de données choisies demandent de rouvrir la fenêtre. Tout est enregistré : la rouvrir maintenant ?</source>
        <translation>The chosen language and database need the window to be reopened. Everything is saved: reopen it now?</translation>
    </message>
    <message>
        <source>Rouvrir maintenant</source>
        <translation>Reopen now</translation>
    </message>
    <message>
        <source>Au prochain démarrage</source>
        <translation>At the next start</translation>
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
        <source>Écriture du carnet de mission…</source>
        <translation>Writing the mission briefing pack…</translation>
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
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
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
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>n° %1</source>
        <translation>no. %1</translation>
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
        <source>dates à fixer</source>
        <translation>dates to set</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Personne pour l'instant.</source>
        <translation>Nobody yet.</translation>
    </message>
    <message>
        <source>Objectifs et bilan</source>
        <translation>Objectives and assessment</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Objectifs d'apprentissage</source>
        <translation>Learning goals</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Rapport attendu le</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>retirer</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>Aucun document joint.</source>
        <translation>No attached document.</translation>
    </message>
    <message>
        <source>Les documents joints demandent un dossier de données local (indisponible en mode équipe).</source>
        <translation>Attached documents need a local data folder (not available in team mode).</translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Aucun changement enregistré.</source>
        <translation>No change recorded.</translation>
    </message>
    <message>
        <source>Fiche introuvable : {what} n° {ident}.</source>
        <translation>Record not found: {what} #{ident}.</translation>
    </message>
    <message>
        <source>{what} n° {ident} : la fiche a été modifiée par quelqu'un d'autre (version {expected} attendue, {actual} trouvée).</source>
        <translation>{what} #{ident}: the record was changed by someone else (version {expected} expected, {actual} found).</translation>
    </message>
    <message>
        <source>Impossible d'écrire le fichier {path}.</source>
        <translation>Could not write the file {path}.</translation>
    </message>
    <message>
        <source>{file} est un dossier et non un fichier : choisissez le fichier de contacts (.csv, .vcf) qu'il contient</source>
        <translation>{file} is a folder, not a file: choose the contacts file (.csv, .vcf) inside it</translation>
    </message>
    <message>
        <source>fichier introuvable : {path}</source>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <source>{file} : {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} : lecture impossible ({reason})</source>
        <translation>{file}: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Nom complet</source>
        <translation>Full name</translation>
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
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Courriel (travail)</source>
        <translation>E-mail (work)</translation>
    </message>
    <message>
        <source>Courriel (domicile)</source>
        <translation>E-mail (home)</translation>
    </message>
    <message>
        <source>Courriel (autre)</source>
        <translation>E-mail (other)</translation>
    </message>
    <message>
        <source>Téléphone (travail)</source>
        <translation>Phone (work)</translation>
    </message>
    <message>
        <source>Téléphone (domicile)</source>
        <translation>Phone (home)</translation>
    </message>
    <message>
        <source>Cellulaire</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Télécopieur</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Téléphone (autre)</source>
        <translation>Phone (other)</translation>
    </message>
    <message>
        <source>Poste (téléphone au travail)</source>
        <translation>Extension (work phone)</translation>
    </message>
    <message>
        <source>Adresse (travail)</source>
        <translation>Address (work)</translation>
    </message>
    <message>
        <source>Adresse (domicile)</source>
        <translation>Address (home)</translation>
    </message>
    <message>
        <source>Adresse (autre)</source>
        <translation>Address (other)</translation>
    </message>
    <message>
        <source>Garder dans les notes</source>
        <translation>Keep in the notes</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Outlook (français)</source>
        <translation>Outlook (French)</translation>
    </message>
    <message>
        <source>Outlook (anglais)</source>
        <translation>Outlook (English)</translation>
    </message>
    <message>
        <source>Google Contacts (nouveau format)</source>
        <translation>Google Contacts (new format)</translation>
    </message>
    <message>
        <source>Google Contacts (ancien format)</source>
        <translation>Google Contacts (old format)</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>CSV générique</source>
        <translation>Generic CSV</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>valeur par défaut du programme, sans information</source>
        <translation>the program's default value, no information</translation>
    </message>
    <message>
        <source>type de la valeur de la colonne voisine</source>
        <translation>type of the value in the next column</translation>
    </message>
    <message>
        <source>répète une autre colonne</source>
        <translation>repeats another column</translation>
    </message>
    <message>
        <source>« {header} » : {fate}</source>
        <translation>“{header}”: {fate}</translation>
    </message>
    <message>
        <source>gardée dans les notes</source>
        <translation>kept in the notes</translation>
    </message>
    <message>
        <source>ignorée ({why})</source>
        <translation>ignored ({why})</translation>
    </message>
    <message>
        <source>ignorée à votre demande</source>
        <translation>ignored as you asked</translation>
    </message>
    <message>
        <source>Adresse {usage} : {part}</source>
        <translation>Address {usage}: {part}</translation>
    </message>
    <message>
        <source>{field} n° {number} : type</source>
        <translation>{field} no. {number}: type</translation>
    </message>
    <message>
        <source>{field} n° {number}</source>
        <translation>{field} no. {number}</translation>
    </message>
    <message>
        <source>{field}</source>
        <translation>{field}</translation>
    </message>
    <message>
        <source>aucune ligne d'en-tête : la première ligne du fichier est vide</source>
        <translation>no header line: the first line of the file is empty</translation>
    </message>
    <message>
        <source>une seule colonne trouvée : ce n'est pas un fichier de contacts séparé par , ; ou tabulation</source>
        <translation>only one column found: this is not a contacts file separated by commas, semicolons or tabs</translation>
    </message>
    <message>
        <source>poste « {extension} » sans numéro de téléphone : gardé dans les notes</source>
        <translation>extension “{extension}” without a phone number: kept in the notes</translation>
    </message>
    <message>
        <source>Poste : {extension}</source>
        <translation>Extension: {extension}</translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} (ligne décalée ?)</source>
        <translation>{found} columns instead of {expected} (shifted row?)</translation>
    </message>
    <message>
        <source>cellule démesurée : un guillemet n'est sans doute pas fermé</source>
        <translation>oversized cell: a quotation mark was probably never closed</translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} ; les autres sont vides</source>
        <translation>{found} columns instead of {expected}; the others are empty</translation>
    </message>
    <message>
        <source>caractères illisibles pour l'encodage {encoding}</source>
        <translation>characters unreadable in the {encoding} encoding</translation>
    </message>
    <message>
        <source>guillemet ouvert à la ligne {line} jamais fermé ({detail}) ; la suite du fichier est ignorée</source>
        <translation>quotation mark opened on line {line} never closed ({detail}); the rest of the file is ignored</translation>
    </message>
    <message>
        <source>le fichier est vide</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>ce fichier contient des données binaires et non du texte</source>
        <translation>this file contains binary data, not text</translation>
    </message>
    <message>
        <source>encodage inconnu : ni UTF-8, ni UTF-16, ni Windows-1252 ; enregistrez le fichier en UTF-8 depuis le tableur</source>
        <translation>unknown encoding: neither UTF-8, UTF-16 nor Windows-1252; save the file as UTF-8 from the spreadsheet</translation>
    </message>
    <message>
        <source>c'est un classeur Excel (.xlsx) et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>this is an Excel workbook (.xlsx), not a CSV file: save it as CSV from the spreadsheet (File &gt; Save As &gt; CSV)</translation>
    </message>
    <message>
        <source>c'est un classeur OpenDocument (.ods) et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>this is an OpenDocument spreadsheet (.ods), not a CSV file: save it as CSV from the spreadsheet (File &gt; Save As &gt; CSV)</translation>
    </message>
    <message>
        <source>c'est un document de traitement de texte et non un fichier de contacts</source>
        <translation>this is a word-processing document, not a contacts file</translation>
    </message>
    <message>
        <source>c'est une archive compressée (.zip) : extrayez-en d'abord le fichier de contacts</source>
        <translation>this is a compressed archive (.zip): extract the contacts file from it first</translation>
    </message>
    <message>
        <source>c'est un ancien classeur Excel (.xls) ou document Office et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>this is an old Excel workbook (.xls) or Office document, not a CSV file: save it as CSV from the spreadsheet (File &gt; Save As &gt; CSV)</translation>
    </message>
    <message>
        <source>c'est un document PDF et non un fichier de contacts</source>
        <translation>this is a PDF document, not a contacts file</translation>
    </message>
    <message>
        <source>c'est une image et non un fichier de contacts</source>
        <translation>this is an image, not a contacts file</translation>
    </message>
    <message>
        <source>c'est un calendrier (iCalendar, .ics) et non un carnet de contacts</source>
        <translation>this is a calendar (iCalendar, .ics), not an address book</translation>
    </message>
    <message>
        <source>ligne {line} : CHARSET « {charset} » inconnu, valeur lue en UTF-8</source>
        <translation>line {line}: unknown CHARSET “{charset}”, value read as UTF-8</translation>
    </message>
    <message>
        <source>ligne {line} : texte sans CHARSET lu en {encoding} (« {reading} ») ; en {other} ce serait « {other_text} » : vérifiez la fiche</source>
        <translation>line {line}: text without CHARSET read as {encoding} (“{reading}”); as {other} it would be “{other_text}”: check the record</translation>
    </message>
    <message>
        <source>fiche n° {card} : END:VCARD manquant ; fiche importée telle quelle, vérifiez-la</source>
        <translation>card no. {card}: END:VCARD missing; card imported as it is, check it</translation>
    </message>
    <message>
        <source>fiche n° {card} : ni nom, ni courriel, ni téléphone</source>
        <translation>card #{card}: no name, e-mail or phone</translation>
    </message>
    <message>
        <source>aucune fiche BEGIN:VCARD : ce n'est pas un fichier vCard</source>
        <translation>no BEGIN:VCARD card: this is not a vCard file</translation>
    </message>
    <message>
        <source>version vCard non prise en charge : {version}</source>
        <translation>unsupported vCard version: {version}</translation>
    </message>
    <message>
        <source>même courriel</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>même nom et même organisation</source>
        <translation>same name and same organization</translation>
    </message>
    <message>
        <source>même nom et même téléphone</source>
        <translation>same name and same phone</translation>
    </message>
    <message>
        <source>même nom et même domaine de courriel</source>
        <translation>same name and same e-mail domain</translation>
    </message>
    <message>
        <source>même nom seulement</source>
        <translation>same name only</translation>
    </message>
    <message>
        <source>même téléphone seulement</source>
        <translation>same phone only</translation>
    </message>
    <message>
        <source>« {name} » ({organization})</source>
        <translation>“{name}” ({organization})</translation>
    </message>
    <message>
        <source>« {name} »</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Une personne ne peut pas être son propre doublon.</source>
        <translation>A person cannot be their own duplicate.</translation>
    </message>
    <message>
        <source>Choisissez deux personnes différentes.</source>
        <translation>Choose two different persons.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Export annulé : {path} n'a pas été écrit.</source>
        <translation>Export cancelled: {path} was not written.</translation>
    </message>
    <message>
        <source>format d'export inconnu : {format} (csv, xlsx, vcf, vcf3)</source>
        <translation>unknown export format: {format} (csv, xlsx, vcf, vcf3)</translation>
    </message>
    <message>
        <source>doublon de {who} : {why}</source>
        <translation>duplicate of {who}: {why}</translation>
    </message>
    <message>
        <source>fiche de {who} mise à jour : {why}</source>
        <translation>record of {who} updated: {why}</translation>
    </message>
    <message>
        <source>fusionnée avec {who} : {why}</source>
        <translation>merged with {who}: {why}</translation>
    </message>
    <message>
        <source>nouvelle fiche, à comparer avec {who} : {why} (Outils › Doublons)</source>
        <translation>new record, to compare with {who}: {why} (Tools › Duplicates)</translation>
    </message>
    <message>
        <source>la fiche n° {person_id}</source>
        <translation>record no. {person_id}</translation>
    </message>
    <message>
        <source>la ligne {line} (« {name} »)</source>
        <translation>line {line} (“{name}”)</translation>
    </message>
    <message>
        <source>Import annulé : rien n'a été enregistré</source>
        <translation>Import cancelled: nothing was saved</translation>
    </message>
    <message>
        <source>Tout ou rien : des lignes sont rejetées, rien n'a été importé</source>
        <translation>All or nothing: some lines were rejected, nothing was imported</translation>
    </message>
    <message>
        <source>Essai à blanc : rien n'a été enregistré</source>
        <translation>Dry run: nothing was saved</translation>
    </message>
    <message>
        <source>ni nom, ni organisation, ni courriel ou téléphone valide</source>
        <translation>no name, no organization, no valid e-mail or phone</translation>
    </message>
    <message>
        <source>fiche sans nom : nommée « {name} »</source>
        <translation>record without a name: named “{name}”</translation>
    </message>
    <message>
        <source>champ {field} : « {value} » invalide : gardé dans les notes</source>
        <translation>{field} field: “{value}” is invalid: kept in the notes</translation>
    </message>
    <message>
        <source>Courriel non reconnu : {value}</source>
        <translation>Unreadable e-mail: {value}</translation>
    </message>
    <message>
        <source>Téléphone non reconnu : {value}</source>
        <translation>Unreadable phone: {value}</translation>
    </message>
    <message>
        <source>créée</source>
        <translation>created</translation>
    </message>
    <message>
        <source>mise à jour</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>ignorée</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>rejetée</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>avertissement</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>doublon possible</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>{basis} : {count}</source>
        <translation>{basis}: {count}</translation>
    </message>
    <message>
        <source>{before}, {basis} : {count}</source>
        <translation>{before}, {basis}: {count}</translation>
    </message>
    <message>
        <source>{country} : {count} ({details})</source>
        <translation>{country}: {count} ({details})</translation>
    </message>
    <message>
        <source>{count} sans indice de pays, classées {country} (pays par défaut choisi)</source>
        <translation>{count} without any clue to their country, filed under {country} (the default chosen)</translation>
    </message>
    <message>
        <source>{persons}, 1 organisation créée</source>
        <translation>{persons}, 1 organization created</translation>
    </message>
    <message>
        <source>{persons}, {count} organisations créées</source>
        <translation>{persons}, {count} organizations created</translation>
    </message>
    <message>
        <source>{created} créées (dont {possible} doublons possibles à vérifier), {updated} mises à jour, {skipped} ignorées, {rejected} rejetées</source>
        <translation>{created} created (including {possible} possible duplicates to review), {updated} updated, {skipped} skipped, {rejected} rejected</translation>
    </message>
    <message>
        <source>{created} créées, {updated} mises à jour, {skipped} ignorées, {rejected} rejetées</source>
        <translation>{created} created, {updated} updated, {skipped} skipped, {rejected} rejected</translation>
    </message>
    <message>
        <source>{reason} — {summary}</source>
        <translation>{reason} — {summary}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>L'import n° {batch_id} a déjà été annulé.</source>
        <translation>Import #{batch_id} has already been undone.</translation>
    </message>
    <message>
        <source>Donnez un nom à la correspondance de colonnes.</source>
        <translation>Give the column mapping a name.</translation>
    </message>
    <message>
        <source>Correspondance « {name} » inconnue (aucune n'est enregistrée).</source>
        <translation>Unknown mapping “{name}” (none is saved).</translation>
    </message>
    <message>
        <source>Correspondance « {name} » inconnue (enregistrées : {known}).</source>
        <translation>Unknown mapping “{name}” (saved: {known}).</translation>
    </message>
    <message>
        <source>Liste des participants</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <source>Sans organisation</source>
        <translation>No organization</translation>
    </message>
    <message>
        <source>%1 participant(s), %2 groupe(s)</source>
        <translation>%1 participant(s), %2 group(s)</translation>
    </message>
    <message>
        <source>Données détenues sur %1</source>
        <translation>Data held about %1</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Document produit par Réseau le %1, en réponse à une demande d'accès (Loi 25, RGPD).</source>
        <translation>Document produced by Réseau on %1, in answer to an access request (Québec Law 25, GDPR).</translation>
    </message>
    <message>
        <source>Demande d'accès</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Aucune donnée.</source>
        <translation>No data.</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>aucune activité dans l'année</source>
        <translation>no activity in the year</translation>
    </message>
    <message>
        <source>aucun contact en France</source>
        <translation>no contact in France</translation>
    </message>
    <message>
        <source>aucun contact au Québec</source>
        <translation>no contact in Québec</translation>
    </message>
    <message>
        <source>A1 · document de préparation</source>
        <translation>A1 · briefing document</translation>
    </message>
    <message>
        <source>A2 · temps d'échange</source>
        <translation>A2 · discussion time</translation>
    </message>
    <message>
        <source>A3 · un lieu par demi-journée</source>
        <translation>A3 · one place per half-day</translation>
    </message>
    <message>
        <source>A4 · secteurs rencontrés</source>
        <translation>A4 · sectors met</translation>
    </message>
    <message>
        <source>A5 · temps entre participants</source>
        <translation>A5 · time among participants</translation>
    </message>
    <message>
        <source>Conflit · personne</source>
        <translation>Conflict · person</translation>
    </message>
    <message>
        <source>Conflit · chevauchement</source>
        <translation>Conflict · overlap</translation>
    </message>
    <message>
        <source>Conflit · hors des dates</source>
        <translation>Conflict · outside the dates</translation>
    </message>
    <message>
        <source>Conflit · trajet</source>
        <translation>Conflict · travel</translation>
    </message>
    <message>
        <source>Lieu sans ville</source>
        <translation>Place without a city</translation>
    </message>
    <message>
        <source>Ville inconnue</source>
        <translation>Unknown city</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Conférencier supprimé</source>
        <translation>Deleted speaker</translation>
    </message>
    <message>
        <source>Horaire invalide</source>
        <translation>Invalid times</translation>
    </message>
    <message>
        <source>Fournir à chaque participant un document présentant l'organisation politique française, une synthèse des grandes politiques sociales et les différences entre les rôles des villes et municipalités en France et au Québec.</source>
        <translation>Give every participant a document presenting France's political organization, a summary of the main social policies and the differences between the roles of cities and municipalities in France and in Québec.</translation>
    </message>
    <message>
        <source>Équilibrer le temps consacré aux présentations et le temps consacré aux questions et aux échanges avec les intervenants.</source>
        <translation>Balance the time spent on presentations and the time spent on questions and discussion with the speakers.</translation>
    </message>
    <message>
        <source>Limiter les visites à un lieu par demi-journée, de façon à permettre les échanges avec les intervenants et les citoyens.</source>
        <translation>Limit visits to one place per half-day, so as to allow discussion with the practitioners and the citizens.</translation>
    </message>
    <message>
        <source>S'assurer que pourront aussi être rencontrés d'autres acteurs intervenant dans les mêmes milieux (santé, éducation, emploi, etc.).</source>
        <translation>Make sure that other actors working in the same settings (health, education, employment, etc.) can be met as well.</translation>
    </message>
    <message>
        <source>Laisser du temps, à l'intérieur même du programme de la mission, pour que les participants puissent échanger entre eux.</source>
        <translation>Leave time, within the mission's programme itself, for the participants to talk among themselves.</translation>
    </message>
    <message>
        <source>Une personne ne peut pas être à deux endroits en même temps.</source>
        <translation>A person cannot be in two places at the same time.</translation>
    </message>
    <message>
        <source>La délégation entière ne peut pas suivre deux activités à la fois.</source>
        <translation>The whole delegation cannot attend two activities at once.</translation>
    </message>
    <message>
        <source>Un créneau hors des dates de la mission n'aura pas lieu avec la délégation.</source>
        <translation>A slot outside the mission's dates will not take place with the delegation.</translation>
    </message>
    <message>
        <source>Un trajet plus long que l'écart entre deux créneaux fait arriver en retard : il écourte les échanges avec les intervenants que le rapport de 2005 demande de préserver (A2, A3).</source>
        <translation>A trip longer than the gap between two slots makes everyone late: it cuts short the discussion with the speakers that the 2005 report asks to protect (A2, A3).</translation>
    </message>
    <message>
        <source>Sans ville, Réseau ne peut pas calculer le temps de trajet vers ce lieu ni depuis ce lieu.</source>
        <translation>Without a city, Réseau cannot compute the travel time to or from this place.</translation>
    </message>
    <message>
        <source>Réseau ne connaît que les villes de France et du Québec de plus de 15 000 habitants (GeoNames) ; pour une autre, indiquez le temps de trajet dans les paramètres de la mission.</source>
        <translation>Réseau knows only the cities of France and Québec with more than 15,000 inhabitants (GeoNames); for another one, give the travel time in the mission's settings.</translation>
    </message>
    <message>
        <source>Une heure écrite au fuseau d'une autre ville décale le créneau dans le calendrier de chacun (18 h à Montréal, c'est minuit à Paris).</source>
        <translation>A time written in another city's zone shifts the slot in everyone's calendar (6 pm in Montréal is midnight in Paris).</translation>
    </message>
    <message>
        <source>Un conférencier supprimé des contacts ne recevra ni programme ni invitation.</source>
        <translation>A speaker deleted from the contacts will receive neither programme nor invitation.</translation>
    </message>
    <message>
        <source>Un créneau qui finit avant son début ne peut être ni affiché ni exporté correctement.</source>
        <translation>A slot that ends before it starts can be neither shown nor exported correctly.</translation>
    </message>
    <message>
        <source>Rapport de 2005 ({code}) : « {words} »</source>
        <translation>2005 report ({code}): “{words}”</translation>
    </message>
    <message>
        <source>Règle de Réseau : {words}</source>
        <translation>Réseau's rule: {words}</translation>
    </message>
    <message>
        <source>{rule}</source>
        <translation>{rule}</translation>
    </message>
    <message>
        <source>« {what} » ({day}, {when})</source>
        <translation>“{what}” ({day}, {when})</translation>
    </message>
    <message>
        <source>Le document de préparation ne contient que le plan A1 : remplacez les phrases du modèle par le contenu remis aux participants.</source>
        <translation>The briefing document holds only the A1 outline: replace the template's sentences with what the participants will receive.</translation>
    </message>
    <message>
        <source>Aucun document de préparation : rédigez l'organisation politique, les grandes politiques sociales et le rôle des villes (onglet Document de préparation).</source>
        <translation>No briefing document: describe the political organization, the main social policies and the role of the cities (Briefing document tab).</translation>
    </message>
    <message>
        <source>{day} : {talk} min d'échanges pour {present} min de présentations (attendu : au moins {ratio} × le temps de présentation).</source>
        <translation>{day}: {talk} min of discussion for {present} min of presentations (expected: at least {ratio} × the presentation time).</translation>
    </message>
    <message>
        <source>Sur la mission : {talk} min d'échanges pour {present} min de présentations (attendu : au moins {ratio} × le temps de présentation).</source>
        <translation>Over the mission: {talk} min of discussion for {present} min of presentations (expected: at least {ratio} × the presentation time).</translation>
    </message>
    <message>
        <source>{day}, {half} : {count} lieux visités ({names}) ; un seul lieu par demi-journée laisse le temps d'échanger.</source>
        <translation>{day}, {half}: {count} places visited ({names}); one place per half-day leaves time to talk.</translation>
    </message>
    <message>
        <source>Aucun hôte ni conférencier du secteur « {sector} » au programme.</source>
        <translation>No host or speaker from the “{sector}” sector on the programme.</translation>
    </message>
    <message>
        <source>Pas de rencontre entre participants le {day}.</source>
        <translation>No participants' meeting on {day}.</translation>
    </message>
    <message>
        <source>Pas de rencontre entre participants du {first} au {last}.</source>
        <translation>No participants' meeting from {first} to {last}.</translation>
    </message>
    <message>
        <source>{first} et {second} se chevauchent pour toute la délégation.</source>
        <translation>{first} and {second} overlap for the whole delegation.</translation>
    </message>
    <message>
        <source>{name} est prévu(e) à deux endroits en même temps : {first} et {second}.</source>
        <translation>{name} is expected in two places at the same time: {first} and {second}.</translation>
    </message>
    <message>
        <source>{slot} tombe en dehors des dates de la mission.</source>
        <translation>{slot} falls outside the mission's dates.</translation>
    </message>
    <message>
        <source>{slot} finit à {end}, avant son début.</source>
        <translation>{slot} ends at {end}, before it starts.</translation>
    </message>
    <message>
        <source>à pied</source>
        <translation>on foot</translation>
    </message>
    <message>
        <source>en voiture</source>
        <translation>by car</translation>
    </message>
    <message>
        <source>en train</source>
        <translation>by train</translation>
    </message>
    <message>
        <source>en avion</source>
        <translation>by plane</translation>
    </message>
    <message>
        <source>{mode}, temps connu de la mission</source>
        <translation>{mode}, the mission's known time</translation>
    </message>
    <message>
        <source>{mode}, environ {km} km</source>
        <translation>{mode}, about {km} km</translation>
    </message>
    <message>
        <source>La délégation</source>
        <translation>The delegation</translation>
    </message>
    <message>
        <source>{names}</source>
        <translation>{names}</translation>
    </message>
    <message>
        <source>{who} : {first} à {origin}, puis {second} à {destination} ; {gap} entre les deux pour un trajet d'environ {trip} ({how}).</source>
        <translation>{who}: {first} in {origin}, then {second} in {destination}; {gap} between them for a trip of about {trip} ({how}).</translation>
    </message>
    <message>
        <source>« {city} » ({slot}) n'est pas dans la table des villes : indiquez le temps de trajet (Paramètres…) ou corrigez la ville.</source>
        <translation>“{city}” ({slot}) is not in the table of cities: give the travel time (Settings…) or correct the city.</translation>
    </message>
    <message>
        <source>{slot} a lieu à « {place} » sans ville : indiquez la ville (ou celle de l'organisation hôte).</source>
        <translation>{slot} takes place at “{place}” with no city: give the city (or the host organization's).</translation>
    </message>
    <message>
        <source>{slot} a lieu à {city} ({city_zone}) mais ses heures sont au fuseau {zone} : choisissez le fuseau du lieu dans le créneau.</source>
        <translation>{slot} takes place in {city} ({city_zone}) but its times are in the {zone} zone: choose the place's zone in the slot.</translation>
    </message>
    <message>
        <source>{name}, conférencier de {slot}, a été supprimé(e) des contacts ; le créneau est conservé.</source>
        <translation>{name}, speaker at {slot}, was deleted from the contacts; the slot is kept.</translation>
    </message>
    <message>
        <source>Hôte : {name}</source>
        <translation>Host: {name}</translation>
    </message>
    <message>
        <source>Intervenants : {names}</source>
        <translation>Speakers: {names}</translation>
    </message>
    <message>
        <source>Thèmes : {names}</source>
        <translation>Themes: {names}</translation>
    </message>
    <message>
        <source>Participants : {names}</source>
        <translation>Participants: {names}</translation>
    </message>
    <message>
        <source>{title} ({start} – {end})</source>
        <translation>{title} ({start} – {end})</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>« {wanted} » désigne plusieurs missions ({names}) ; précisez ou donnez l'id.</source>
        <translation>“{wanted}” matches several missions ({names}); be more specific or give the id.</translation>
    </message>
    <message>
        <source>{kind} : {value}</source>
        <translation>{kind}: {value}</translation>
    </message>
    <message>
        <source>{when}{activity}{title}{where}</source>
        <translation>{when}{activity}{title}{where}</translation>
    </message>
    <message>
        <source>intervenant</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>hôte</source>
        <translation>host</translation>
    </message>
    <message>
        <source>« {zone} » n'est pas un fuseau horaire connu (ex. America/Toronto).</source>
        <translation>“{zone}” is not a known time zone (e.g. America/Toronto).</translation>
    </message>
    <message>
        <source>Le {day} est en dehors de la mission (du {start} au {end}).</source>
        <translation>{day} is outside the mission (from {start} to {end}).</translation>
    </message>
    <message>
        <source>Le créneau finit à {end}, avant son début à {start}.</source>
        <translation>The slot ends at {end}, before it starts at {start}.</translation>
    </message>
    <message>
        <source>L'organisation hôte n'existe plus.</source>
        <translation>The host organization no longer exists.</translation>
    </message>
    <message>
        <source>Un conférencier choisi n'existe plus ; rouvrez la fiche.</source>
        <translation>A chosen speaker no longer exists; reopen the record.</translation>
    </message>
    <message>
        <source>Un participant choisi n'existe plus ; rouvrez la fiche.</source>
        <translation>A chosen participant no longer exists; reopen the record.</translation>
    </message>
    <message>
        <source>Un thème choisi n'existe plus ; rouvrez la fiche.</source>
        <translation>A chosen theme no longer exists; reopen the record.</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Choisissez une autre journée que celle à copier.</source>
        <translation>Choose a day other than the one being copied.</translation>
    </message>
    <message>
        <source>Le ratio doit être entre 0 et 10.</source>
        <translation>The ratio must be between 0 and 10.</translation>
    </message>
    <message>
        <source>La fréquence des rencontres doit être de 1 à 30 jours.</source>
        <translation>The meeting frequency must be 1 to 30 days.</translation>
    </message>
    <message>
        <source>Trajet {first} – {second} : indiquez deux villes et une durée de moins de 24 h.</source>
        <translation>Trip {first} – {second}: give two cities and a duration under 24 h.</translation>
    </message>
    <message>
        <source>Indiquez pourquoi cet avertissement est accepté.</source>
        <translation>Say why this warning is accepted.</translation>
    </message>
    <message>
        <source>La base est ouverte en lecture seule (écrite par une version plus récente de Réseau) : aucune modification n'est possible.</source>
        <translation>The database is open read-only (it was written by a newer version of Réseau): no change is possible.</translation>
    </message>
    <message>
        <source>numéro vide</source>
        <translation>empty number</translation>
    </message>
    <message>
        <source>« {value} » n'est pas un numéro de téléphone</source>
        <translation>“{value}” is not a phone number</translation>
    </message>
    <message>
        <source>« {value} » n'est pas un numéro valide pour {region}</source>
        <translation>“{value}” is not a valid number for {region}</translation>
    </message>
    <message>
        <source>il manque le @</source>
        <translation>the @ is missing</translation>
    </message>
    <message>
        <source>il manque le domaine après le @</source>
        <translation>the domain after the @ is missing</translation>
    </message>
    <message>
        <source>il manque le nom avant le @</source>
        <translation>the name before the @ is missing</translation>
    </message>
    <message>
        <source>le domaine doit contenir un point</source>
        <translation>the domain must contain a dot</translation>
    </message>
    <message>
        <source>l'adresse contient des caractères non permis</source>
        <translation>the address contains characters that are not allowed</translation>
    </message>
    <message>
        <source>l'adresse est trop longue</source>
        <translation>the address is too long</translation>
    </message>
    <message>
        <source>format non valide</source>
        <translation>invalid format</translation>
    </message>
    <message>
        <source>adresse vide</source>
        <translation>empty address</translation>
    </message>
    <message>
        <source>« {value} » n'est pas une adresse valide : {reason}</source>
        <translation>“{value}” is not a valid address: {reason}</translation>
    </message>
    <message>
        <source>« {name} » : valeur {value} ignorée</source>
        <translation>“{name}”: value {value} ignored</translation>
    </message>
    <message>
        <source>« {name} » : une section était attendue</source>
        <translation>“{name}”: a section was expected</translation>
    </message>
    <message>
        <source>le fichier ne contient pas un objet JSON</source>
        <translation>the file does not contain a JSON object</translation>
    </message>
    <message>
        <source>ligne {line}, colonne {column}</source>
        <translation>line {line}, column {column}</translation>
    </message>
    <message>
        <source>Les préférences {path} sont illisibles ({detail}) : les valeurs par défaut sont utilisées et le fichier ne sera remplacé que lorsque vous enregistrerez vos préférences.</source>
        <translation>The preferences {path} cannot be read ({detail}): the default values are used, and the file will only be replaced when you save your preferences.</translation>
    </message>
    <message>
        <source>Préférences {path} : {problems} (valeurs par défaut utilisées).</source>
        <translation>Preferences {path}: {problems} (default values used).</translation>
    </message>
    <message>
        <source>La sauvegarde {file} est endommagée : {problem}</source>
        <translation>The backup {file} is damaged: {problem}</translation>
    </message>
    <message>
        <source>Sauvegarde impossible dans {folder} : {reason}. La base de données n'a pas été modifiée.</source>
        <translation>Cannot back up into {folder}: {reason}. The database was not changed.</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>le dossier est en lecture seule</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <source>le dossier est inaccessible ou en lecture seule</source>
        <translation>the folder is inaccessible or read-only</translation>
    </message>
    <message>
        <source>Impossible de lire {path} : {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données Réseau (ce n'est pas un fichier SQLite).</source>
        <translation>{path} is not a Réseau database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>{path} est endommagé ({problem}) : restauration refusée.</source>
        <translation>{path} is damaged ({problem}): restore refused.</translation>
    </message>
    <message>
        <source>{path} est une base SQLite, mais pas une base de données Réseau.</source>
        <translation>{path} is an SQLite database, but not a Réseau database.</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données Réseau lisible : {reason}.</source>
        <translation>{path} is not a readable Réseau database: {reason}.</translation>
    </message>
    <message>
        <source>{path} n'a pas de version de schéma : ce n'est pas une base Réseau.</source>
        <translation>{path} has no schema version: it is not a Réseau database.</translation>
    </message>
    <message>
        <source>{path} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour.</source>
        <translation>{path} was written by a newer version of Réseau; please update Réseau.</translation>
    </message>
    <message>
        <source>La copie préparée ne passe pas la vérification : {problem}</source>
        <translation>The prepared copy fails its check: {problem}</translation>
    </message>
    <message>
        <source>Restauration impossible : {reason}.</source>
        <translation>Restore failed: {reason}.</translation>
    </message>
    <message>
        <source>La base restaurée ne passe pas la vérification : {problem}</source>
        <translation>The restored database fails the check: {problem}</translation>
    </message>
    <message>
        <source>{path} est occupée par un autre programme depuis {seconds} s : l'opération a été abandonnée et rien n'a été modifié ; fermez l'autre programme, puis recommencez.</source>
        <translation>{path} has been held by another program for {seconds} s: the operation was abandoned and nothing was changed; close the other program, then try again.</translation>
    </message>
    <message>
        <source>{path} est un dossier, pas une base de données Réseau.</source>
        <translation>{path} is a folder, not a Réseau database.</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données SQLite ; le fichier n'a pas été modifié.</source>
        <translation>{path} is not an SQLite database; the file was not changed.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier {folder} : {reason}.</source>
        <translation>Cannot create the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Le dossier {folder} n'est pas accessible en écriture : {reason}.</source>
        <translation>The folder {folder} is not writable: {reason}.</translation>
    </message>
    <message>
        <source>Impossible d'ouvrir {path} : {reason}.</source>
        <translation>Cannot open {path}: {reason}.</translation>
    </message>
    <message>
        <source>Adresse de base de données invalide : {reason}</source>
        <translation>Invalid database address: {reason}</translation>
    </message>
    <message>
        <source>{database} est déjà ouverte par un autre Réseau (verrou {lock}). Fermez l'autre fenêtre, ou ouvrez une autre base.</source>
        <translation>{database} is already open in another Réseau (lock {lock}). Close the other window, or open another database.</translation>
    </message>
    <message>
        <source>Impossible de préparer {where} : {reason}</source>
        <translation>Cannot prepare {where}: {reason}</translation>
    </message>
    <message>
        <source>lignes qui renvoient à une ligne absente : {count} (la première : {table} n° {rowid} → {parent}) ; rien n'a été enregistré</source>
        <translation>rows that refer to a missing row: {count} (the first: {table} no. {rowid} → {parent}); nothing was saved</translation>
    </message>
    <message>
        <source>le journal d'écriture n'a pas pu être vidé dans le fichier</source>
        <translation>the write-ahead log could not be emptied into the file</translation>
    </message>
    <message>
        <source>{path} a été créée par un autre programme pendant l'import : elle a été laissée telle quelle et rien n'y a été importé ; recommencez l'import.</source>
        <translation>{path} was created by another program during the import: it was left as it is and nothing was imported into it; run the import again.</translation>
    </message>
    <message>
        <source>Dernière sauvegarde saine de cette base : {file} (pour la restaurer : reseau restore {path} --db {database}).</source>
        <translation>Latest sound backup of this database: {file} (to restore it: reseau restore {path} --db {database}).</translation>
    </message>
    <message>
        <source>Aucune sauvegarde n'a été trouvée pour cette base ; {count} sauvegarde(s) d'une version antérieure de Réseau, qui ne disent pas de quelle base elles viennent, sont dans {folder} (à choisir vous-même : reseau restore FICHIER).</source>
        <translation>No backup of this database was found; {count} backup(s) from an earlier version of Réseau, which do not say which database they come from, are in {folder} (pick one yourself: reseau restore FILE).</translation>
    </message>
    <message>
        <source>{path} est occupée par un autre programme : {reason}.</source>
        <translation>{path} is in use by another program: {reason}.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde n'a été trouvée.</source>
        <translation>No backup was found.</translation>
    </message>
    <message>
        <source>{path} a été mise de côté le {date}, endommagée, sous le nom {aside} : Réseau ne crée pas de base vide à sa place. {offer} Pour repartir d'une base vide, supprimez {marker}.</source>
        <translation>{path} was set aside on {date}, damaged, as {aside}: Réseau does not create an empty database in its place. {offer} To start again from an empty database, delete {marker}.</translation>
    </message>
    <message>
        <source>{path} est vide (0 octet) : ce n'est pas une base Réseau utilisable, et Réseau ne la remplace pas par une base vide ; le fichier a été laissé tel quel. {offer}</source>
        <translation>{path} is empty (0 bytes): it is not a usable Réseau database, and Réseau does not replace it with an empty one; the file was left as it is. {offer}</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données SQLite (en-tête détruit, ou autre fichier) ; le fichier n'a pas été modifié. {offer}</source>
        <translation>{path} is not an SQLite database (destroyed header, or another kind of file); the file was not changed. {offer}</translation>
    </message>
    <message>
        <source>{path} est endommagée ({problem}). Elle a été mise de côté sous le nom {aside}, sans être modifiée. {offer}</source>
        <translation>{path} is damaged ({problem}). It was set aside, unchanged, as {aside}. {offer}</translation>
    </message>
    <message>
        <source>La mise à jour du schéma de {path} ({old} → {new}) a échoué ({reason}) ; le fichier n'a pas été modifié. {offer}</source>
        <translation>Upgrading the schema of {path} ({old} → {new}) failed ({reason}); the file was not changed. {offer}</translation>
    </message>
    <message>
        <source>Connexion impossible à {where} : {reason}</source>
        <translation>Cannot connect to {where}: {reason}</translation>
    </message>
    <message>
        <source>le serveur refuse l'identifiant ou le mot de passe.</source>
        <translation>the server refuses the user name or the password.</translation>
    </message>
    <message>
        <source>le serveur ne répond pas (arrêté, ou adresse ou port erroné).</source>
        <translation>the server does not answer (stopped, or wrong address or port).</translation>
    </message>
    <message>
        <source>{where} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour pour l'ouvrir.</source>
        <translation>{where} was written by a newer version of Réseau; update Réseau to open it.</translation>
    </message>
    <message>
        <source>la personne n° {ident}</source>
        <translation>person #{ident}</translation>
    </message>
    <message>
        <source>l'organisation n° {ident}</source>
        <translation>organization #{ident}</translation>
    </message>
    <message>
        <source>l'échange n° {ident}</source>
        <translation>exchange #{ident}</translation>
    </message>
    <message>
        <source>le créneau d'agenda n° {ident}</source>
        <translation>agenda slot #{ident}</translation>
    </message>
    <message>
        <source>l'entrée de journal n° {ident}</source>
        <translation>journal entry #{ident}</translation>
    </message>
    <message>
        <source>le thème n° {ident}</source>
        <translation>theme #{ident}</translation>
    </message>
    <message>
        <source>une coordonnée (n° {ident})</source>
        <translation>a contact detail (#{ident})</translation>
    </message>
    <message>
        <source>une étiquette (n° {ident})</source>
        <translation>a tag (#{ident})</translation>
    </message>
    <message>
        <source>une ligne de « {table} » (n° {ident})</source>
        <translation>a row of “{table}” (#{ident})</translation>
    </message>
    <message>
        <source>« {action} » ne peut pas être annulé automatiquement.</source>
        <translation>“{action}” cannot be undone automatically.</translation>
    </message>
    <message>
        <source>Impossible d'annuler « {action} » : {what} a changé depuis. Rien n'a été changé.</source>
        <translation>Cannot undo “{action}”: {what} has changed since. Nothing was changed.</translation>
    </message>
    <message>
        <source>Impossible de rétablir « {action} » : {what} a changé depuis. Rien n'a été changé.</source>
        <translation>Cannot redo “{action}”: {what} has changed since. Nothing was changed.</translation>
    </message>
    <message>
        <source>Impossible d'annuler « {action} » : des données ajoutées depuis ({added}) dépendent de {what}. Rien n'a été changé.</source>
        <translation>Cannot undo “{action}”: data added since ({added}) depends on {what}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Impossible de rétablir « {action} » : des données ajoutées depuis ({added}) dépendent de {what}. Rien n'a été changé.</source>
        <translation>Cannot redo “{action}”: data added since ({added}) depends on {what}. Nothing was changed.</translation>
    </message>
    <message>
        <source>La restauration ne concerne que les bases locales (fichier SQLite).</source>
        <translation>Restore only applies to local databases (SQLite file).</translation>
    </message>
    <message>
        <source>La base est ouverte en lecture seule : restauration impossible.</source>
        <translation>The database is open read-only: restore is not possible.</translation>
    </message>
    <message>
        <source>Poste trop long (20 caractères au plus)</source>
        <translation>Extension too long (20 characters at most)</translation>
    </message>
    <message>
        <source>Courriel invalide : {reason}</source>
        <translation>Invalid email: {reason}</translation>
    </message>
    <message>
        <source>Téléphone invalide : {reason}</source>
        <translation>Invalid phone: {reason}</translation>
    </message>
    <message>
        <source>Création de la fiche</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>La date de fin ({end}) précède la date de début ({start}).</source>
        <translation>The end date ({end}) is before the start date ({start}).</translation>
    </message>
    <message>
        <source>Une date de fin demande une date de début.</source>
        <translation>An end date needs a start date.</translation>
    </message>
    <message>
        <source>La personne n° {person_id} n'existe plus.</source>
        <translation>Person #{person_id} no longer exists.</translation>
    </message>
    <message>
        <source>{name} figure deux fois comme « {role} ».</source>
        <translation>{name} appears twice as “{role}”.</translation>
    </message>
    <message>
        <source>L'organisation n° {organization_id} n'existe plus.</source>
        <translation>Organization #{organization_id} no longer exists.</translation>
    </message>
    <message>
        <source>{name} figure deux fois avec le même rôle.</source>
        <translation>{name} appears twice with the same role.</translation>
    </message>
    <message>
        <source>L'objectif n° {number} n'a pas de texte.</source>
        <translation>Objective #{number} has no text.</translation>
    </message>
    <message>
        <source>Le thème n° {theme_id} n'existe plus.</source>
        <translation>Theme #{theme_id} no longer exists.</translation>
    </message>
    <message>
        <source>La date du changement de statut est dans le futur.</source>
        <translation>The date of the status change is in the future.</translation>
    </message>
    <message>
        <source>Le fichier « {file} » est introuvable.</source>
        <translation>The file “{file}” cannot be found.</translation>
    </message>
    <message>
        <source>Le fichier « {file} » ne peut pas être lu : {reason}.</source>
        <translation>The file “{file}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Impossible de copier « {file} » dans {folder} : {reason}.</source>
        <translation>Cannot copy “{file}” into {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Suite de « {kind} » du {day} : {summary}</source>
        <translation>Follow-up of “{kind}” on {day}: {summary}</translation>
    </message>
    <message>
        <source>Suite de « {kind} » du {day}</source>
        <translation>Follow-up of “{kind}” on {day}</translation>
    </message>
    <message>
        <source>Relance tous les {days} jours ; dernier échange le {day}</source>
        <translation>Follow up every {days} days; last contact on {day}</translation>
    </message>
    <message>
        <source>Relance tous les {days} jours ; aucun échange consigné</source>
        <translation>Follow up every {days} days; no contact logged</translation>
    </message>
    <message>
        <source>Entrée du journal</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>Reportez la relance à une date postérieure à aujourd'hui.</source>
        <translation>Postpone the follow-up to a date after today.</translation>
    </message>
    <message>
        <source>{name} : prochaine relance le {day}</source>
        <translation>{name}: next follow-up on {day}</translation>
    </message>
    <message>
        <source>Indiquez au moins une personne ou une organisation pour cette entrée.</source>
        <translation>Name at least one person or organization for this entry.</translation>
    </message>
    <message>
        <source>La date de relance ({day}) est passée : la relance serait aussitôt en retard.</source>
        <translation>The follow-up date ({day}) is past: the follow-up would be overdue at once.</translation>
    </message>
    <message>
        <source>Une personne choisie n'existe plus.</source>
        <translation>A chosen person no longer exists.</translation>
    </message>
    <message>
        <source>Une organisation choisie n'existe plus.</source>
        <translation>A chosen organization no longer exists.</translation>
    </message>
    <message>
        <source>Un thème choisi n'existe plus.</source>
        <translation>A chosen theme no longer exists.</translation>
    </message>
    <message>
        <source>L'échange choisi n'existe plus.</source>
        <translation>The chosen exchange no longer exists.</translation>
    </message>
    <message>
        <source>« {ref} » désigne plusieurs missions : {missions}</source>
        <translation>“{ref}” matches several missions: {missions}</translation>
    </message>
    <message>
        <source>Le nom de l'organisation est obligatoire.</source>
        <translation>The organization's name is required.</translation>
    </message>
    <message>
        <source>L'organisation mère n'existe plus.</source>
        <translation>The parent organization no longer exists.</translation>
    </message>
    <message>
        <source>Une organisation ne peut pas dépendre d'elle-même ou d'une de ses filiales.</source>
        <translation>An organization cannot depend on itself or on one of its subsidiaries.</translation>
    </message>
    <message>
        <source>Le nom de famille est obligatoire.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>Cette organisation n'existe plus.</source>
        <translation>This organization no longer exists.</translation>
    </message>
    <message>
        <source>La cadence de relance doit être positive.</source>
        <translation>The follow-up interval must be positive.</translation>
    </message>
    <message>
        <source>Le titre du thème est obligatoire.</source>
        <translation>The theme's title is required.</translation>
    </message>
    <message>
        <source>La personne responsable n'existe plus.</source>
        <translation>The person in charge no longer exists.</translation>
    </message>
    <message>
        <source>« {title} » est un thème du rapport de 2005 : il ne peut pas être supprimé. Passez son statut à « clos » pour le retirer du suivi.</source>
        <translation>“{title}” is a theme of the 2005 report: it cannot be deleted. Set its status to “closed” to remove it from tracking.</translation>
    </message>
    <message>
        <source>aucune personne ne correspond à « {person} ».</source>
        <translation>no person matches “{person}”.</translation>
    </message>
    <message>
        <source>« {person} » désigne {count} personnes ; précisez son numéro :
{listing}</source>
        <translation>“{person}” designates {count} persons; give the number:
{listing}</translation>
    </message>
    <message>
        <source>effacement de {name} (n° {id}) refusé : pas de terminal pour confirmer ; ajoutez --yes pour effacer sans question.</source>
        <translation>erasure of {name} (no. {id}) refused: no terminal to confirm; add --yes to erase without a question.</translation>
    </message>
    <message>
        <source>pays ou province indiqué</source>
        <translation>country or province given</translation>
    </message>
    <message>
        <source>indicatif téléphonique</source>
        <translation>phone country code</translation>
    </message>
    <message>
        <source>code postal</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>domaine du courriel</source>
        <translation>e-mail domain</translation>
    </message>
    <message>
        <source>format du numéro de téléphone</source>
        <translation>phone number format</translation>
    </message>
    <message>
        <source>ville</source>
        <translation>city</translation>
    </message>
    <message>
        <source>aucun indice : pays par défaut</source>
        <translation>no clue: default country</translation>
    </message>
    <message>
        <source>pays « {value} »</source>
        <translation>country “{value}”</translation>
    </message>
    <message>
        <source>pays « {value} » (province non précisée)</source>
        <translation>country “{value}” (province not given)</translation>
    </message>
    <message>
        <source>province « {value} »</source>
        <translation>province “{value}”</translation>
    </message>
    <message>
        <source>région « {value} »</source>
        <translation>region “{value}”</translation>
    </message>
    <message>
        <source>État « {value} »</source>
        <translation>state “{value}”</translation>
    </message>
    <message>
        <source>numéro au format français {number}</source>
        <translation>French-format number {number}</translation>
    </message>
    <message>
        <source>indicatif régional {area}</source>
        <translation>area code {area}</translation>
    </message>
    <message>
        <source>indicatif +1 {area} (Québec)</source>
        <translation>prefix +1 {area} (Québec)</translation>
    </message>
    <message>
        <source>indicatif +1 {area}</source>
        <translation>prefix +1 {area}</translation>
    </message>
    <message>
        <source>indicatif +{code}</source>
        <translation>prefix +{code}</translation>
    </message>
    <message>
        <source>code postal {code}</source>
        <translation>postal code {code}</translation>
    </message>
    <message>
        <source>code postal {code} (hors Québec)</source>
        <translation>postal code {code} (outside Québec)</translation>
    </message>
    <message>
        <source>domaine {domain}</source>
        <translation>domain {domain}</translation>
    </message>
    <message>
        <source>ville « {city} »</source>
        <translation>city “{city}”</translation>
    </message>
    <message>
        <source>classeur Excel (.xlsx) illisible ({reason}) : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>unreadable Excel workbook (.xlsx) ({reason}): save it as CSV from the spreadsheet (File &gt; Save As &gt; CSV)</translation>
    </message>
    <message>
        <source>le classeur est vide</source>
        <translation>the workbook is empty</translation>
    </message>
    <message>
        <source>une seule colonne dans la première feuille du classeur</source>
        <translation>only one column in the workbook's first sheet</translation>
    </message>
    <message>
        <source>{found} colonnes remplies au lieu de {expected}</source>
        <translation>{found} columns filled instead of {expected}</translation>
    </message>
    <message>
        <source>organisation « {name} » introuvable</source>
        <translation>organization “{name}” not found</translation>
    </message>
    <message>
        <source>thème « {code} » introuvable</source>
        <translation>theme “{code}” not found</translation>
    </message>
    <message>
        <source>organisation « {name} » créée</source>
        <translation>organization “{name}” created</translation>
    </message>
    <message>
        <source>organisation « {name} » déjà là (n° {org_id}) : fiche ignorée</source>
        <translation>organization “{name}” already there (no. {org_id}): card skipped</translation>
    </message>
    <message>
        <source>organisation « {name} » (n° {org_id}) : {count} coordonnées ajoutées</source>
        <translation>organization “{name}” (no. {org_id}): {count} contact details added</translation>
    </message>
    <message>
        <source>Fiche de personne</source>
        <translation>Person record</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Objectif d'échange</source>
        <translation>Exchange objective</translation>
    </message>
    <message>
        <source>Historique d'un échange</source>
        <translation>Exchange history</translation>
    </message>
    <message>
        <source>Activité de l'agenda</source>
        <translation>Agenda activity</translation>
    </message>
    <message>
        <source>Avertissement accepté de l'agenda</source>
        <translation>Accepted agenda warning</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ajouter le créneau %s</source>
        <translation>Add slot %s</translation>
    </message>
    <message>
        <source>Modifier le créneau %s</source>
        <translation>Edit slot %s</translation>
    </message>
    <message>
        <source>Supprimer le créneau %s</source>
        <translation>Delete slot %s</translation>
    </message>
    <message>
        <source>Déplacer un créneau</source>
        <translation>Move a slot</translation>
    </message>
    <message>
        <source>Copier une journée</source>
        <translation>Copy a day</translation>
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
        <source>Changer le statut de %s</source>
        <translation>Change the status of %s</translation>
    </message>
    <message>
        <source>Nouveau thème</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Modifier le thème</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Trajet {number} (« {line} ») : écrivez « Ville – Ville 1 h 30 ».</source>
        <translation>Trip {number} (“{line}”): write “City – City 1 h 30”.</translation>
    </message>
    <message>
        <source>relance le</source>
        <translation>follow up on</translation>
    </message>
    <message>
        <source>modifier</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>Journal des échanges</source>
        <translation>Exchange journal</translation>
    </message>
    <message>
        <source>Consigner un échange…</source>
        <translation>Log an exchange…</translation>
    </message>
    <message>
        <source>Aucun échange consigné.</source>
        <translation>No exchange logged yet.</translation>
    </message>
    <message>
        <source>Charger les données de démonstration</source>
        <translation>Load the demo data</translation>
    </message>
    <message>
        <source>Importer des contacts…</source>
        <translation>Import contacts…</translation>
    </message>
    <message>
        <source>{path} est endommagée ({problem}) : rien n'y sera écrit. Réseau la met de côté, sans la modifier, et propose sa dernière sauvegarde saine.</source>
        <translation>{path} is damaged ({problem}): nothing will be written to it. Réseau sets it aside, unchanged, and offers its latest sound backup.</translation>
    </message>
    <message>
        <source>Export XLSX impossible : XlsxWriter {version} écrit la feuille autrement que prévu ; exportez en CSV.</source>
        <translation>XLSX export impossible: XlsxWriter {version} lays the sheet out otherwise than expected; export as CSV.</translation>
    </message>
    <message>
        <source>la lecture du fichier s'est arrêtée avant la fin : rien n'a été importé</source>
        <translation>the reading of the file stopped before its end: nothing was imported</translation>
    </message>
<message>
        <source>Exporter les données de %s</source>
        <translation>Export the data of %s</translation>
    </message><message>
        <source>Écriture des données de %s…</source>
        <translation>Writing the data of %s…</translation>
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
        <source>Effacement incomplet</source>
        <translation>Erasure incomplete</translation>
    </message><message>
        <source>Effacement impossible</source>
        <translation>Cannot erase</translation>
    </message><message>
        <source>%1 n° %2 (%3)</source>
        <translation>%1 no. %2 (%3)</translation>
    </message><message>
        <source>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</source>
        <translation>The person was erased (%1 rows touched).
Erasure reference: %2</translation>
    </message><message>
        <source>Sauvegardes interrompues supprimées : %1</source>
        <translation>Interrupted backups deleted: %1</translation>
    </message><message>
        <source>… et %1 autres (voir les détails)</source>
        <translation>… and %1 more (see the details)</translation>
    </message><message>
        <source>Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la concerne :
</source>
        <translation>These records still mention her; review them and remove what concerns her:
</translation>
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
    </message><message>
        <source>&amp;Importer des contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message><message>
        <source>E&amp;xporter des contacts…</source>
        <translation>E&amp;xport contacts…</translation>
    </message><message>
        <source>Annuler le &amp;dernier import…</source>
        <translation>Undo the &amp;last import…</translation>
    </message><message>
        <source>&amp;Doublons…</source>
        <translation>&amp;Duplicates…</translation>
    </message><message>
        <source>Annuler un import</source>
        <translation>Undo an import</translation>
    </message><message>
        <source>Aucun import à annuler.</source>
        <translation>No import to undo.</translation>
    </message><message>
        <source>Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?</source>
        <translation>Undo import no. %1 of “%2” (%3 records created, %4 updated)?</translation>
    </message><message>
        <source>Import n° %s annulé.</source>
        <translation>Import no. %s undone.</translation>
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
    <message>
        <source>Aucun créneau pour cette mission : double-cliquez une demi-journée ou choisissez « Nouveau créneau… » pour commencer le programme.</source>
        <translation>No slot for this mission yet: double-click a half-day or choose “New slot…” to start the programme.</translation>
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
        <source>Un trajet par ligne : « Paris – Rennes 1 h 30 » (train par défaut ; ajoutez voiture, avion ou à pied). Durée du trajet seul : Réseau ajoute le temps pour rejoindre les gares.</source>
        <translation>One trip per line: “Paris – Rennes 1 h 30” (train by default; add voiture, avion or à pied). The ride alone: Réseau adds the time to reach and leave the stations.</translation>
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
        <source>Fuseau horaire de la mission</source>
        <translation>The mission's time zone</translation>
    </message>
    <message>
        <source>Temps de trajet connus</source>
        <translation>Known travel times</translation>
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
        <source>Semaine &amp;entière</source>
        <translation>Whole &amp;week</translation>
    </message>
    <message>
        <source>Toute la mission dans la largeur ; décochez pour des créneaux plus larges.</source>
        <translation>The whole mission across the width; uncheck for wider slots.</translation>
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
        <source>✔ %1 — accepté : %2</source>
        <translation>✔ %1 — accepted: %2</translation>
    </message>
    <message>
        <source>Aucune mission : créez un échange de type mission (ou chargez la démonstration).</source>
        <translation>No mission: create an exchange of the mission kind (or load the demonstration).</translation>
    </message>
    <message>
        <source>Ouvrir Échanges et stages</source>
        <translation>Open Exchanges and internships</translation>
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
        <source>Modifier le créneau %s</source>
        <translation>Edit the slot %s</translation>
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
        <source>Copie</source>
        <translation>Copy</translation>
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
    <name>App</name>
    <message>
        <source>Base occupée par un autre programme, attente…</source>
        <translation>Database busy in another program, waiting…</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde et continuer ?</source>
        <translation>Restore this backup and continue?</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Commencer avec une base vide</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
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
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>cette base</source>
        <translation>this database</translation>
    </message>
    <message>
        <source>ancienne, non identifiée</source>
        <translation>old, unidentified</translation>
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
        <source>Base occupée par un autre programme, attente…</source>
        <translation>Database busy in another program, waiting…</translation>
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
        <source>Attention : ce fichier est la sauvegarde d'une AUTRE base de données que celle-ci.</source>
        <translation>Warning: this file is a backup of ANOTHER database than this one.</translation>
    </message>
    <message>
        <source>Attention : rien n'indique que ce fichier soit une sauvegarde de cette base-ci.</source>
        <translation>Warning: nothing shows that this file is a backup of this database.</translation>
    </message>
    <message>
        <source>Base restaurée. Les données remplacées sont dans %s.</source>
        <translation>Database restored. The replaced data is in %s.</translation>
    </message>
    <message>
        <source>Base restaurée.</source>
        <translation>Database restored.</translation>
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
        <source>Ajoute à la fin les trois parties que recommande le rapport de 2005 ; remplacez leurs phrases par votre texte (un plan non rédigé ne satisfait pas A1).</source>
        <translation>Adds at the end the three parts the 2005 report recommends; replace their sentences with your text (an unwritten outline does not satisfy A1).</translation>
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
    <name>Carnet</name>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Carnet de mission</source>
        <translation>Mission handbook</translation>
    </message>
    <message>
        <source>Délégation (%1)</source>
        <translation>Delegation (%1)</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Hôte : %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Intervenants : %1</source>
        <translation>Speakers: %1</translation>
    </message>
    <message>
        <source>Participants : %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>Thèmes : %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <source>Programme jour par jour</source>
        <translation>Day-by-day programme</translation>
    </message>
    <message>
        <source>Journée libre : rien de prévu.</source>
        <translation>Free day: nothing planned.</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Organisations hôtes</source>
        <translation>Host organizations</translation>
    </message>
    <message>
        <source>Aucune organisation hôte au programme.</source>
        <translation>No host organization on the programme.</translation>
    </message>
    <message>
        <source>pas de coordonnées</source>
        <translation>no contact details</translation>
    </message>
    <message>
        <source>Aucun thème.</source>
        <translation>No themes.</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Points à revoir (%1)</source>
        <translation>Points to review (%1)</translation>
    </message>
    <message>
        <source>Document de préparation</source>
        <translation>Briefing document</translation>
    </message>
    <message>
        <source>Le document de préparation reste à rédiger.</source>
        <translation>The briefing document is still to be written.</translation>
    </message>
    <message>
        <source>Carnet de mission — %1</source>
        <translation>Mission handbook — %1</translation>
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
        <source>Aucune donnée ne correspond à ces filtres.</source>
        <translation>No data matches these filters.</translation>
    </message>
    <message>
        <source>La période choisie est vide : la date de début suit la date de fin.</source>
        <translation>The chosen period is empty: the start date is after the end date.</translation>
    </message>
    <message>
        <source>Échanges par année et par type</source>
        <translation>Exchanges by year and kind</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
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
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Personnes et organisations par secteur</source>
        <translation>Persons and organizations by sector</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Personnes et organisations par palier</source>
        <translation>Persons and organizations by level</translation>
    </message>
    <message>
        <source>Palier</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Entrées du journal par mois</source>
        <translation>Journal entries by month</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Entrées du journal par thème</source>
        <translation>Journal entries by theme</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
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
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Objectifs par évaluation</source>
        <translation>Objectives by assessment</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>← France    Québec →</source>
        <translation>← France    Quebec →</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tapez un nom pour chercher…</source>
        <translation>Type a name to search…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sigle</source>
        <translation>Acronym</translation>
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
        <source>Palier</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
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
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
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
        <source>Site Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Relance (jours)</source>
        <translation>Follow-up (days)</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Objectifs d'apprentissage</source>
        <translation>Learning goals</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Rapport attendu le</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Relance le</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Organisation hôte</source>
        <translation>Host organization</translation>
    </message>
    <message>
        <source>Conférenciers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Toute la délégation</source>
        <translation>Whole delegation</translation>
    </message>
    <message>
        <source>Modification concurrente</source>
        <translation>Concurrent change</translation>
    </message>
    <message>
        <source>La fiche « %1 » a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.</source>
        <translation>The record “%1” was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>Garder ma version : enregistrer vos modifications par-dessus les siennes.
Prendre sa version : rouvrir la fiche telle qu'elle est maintenant (vos modifications sont abandonnées).
Comparer : voir les deux versions, champ par champ.</source>
        <translation>Keep mine: save your changes over theirs.
Take theirs: reopen the record as it is now (your changes are dropped).
Compare: see both versions, field by field.</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ma version</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Sa version</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Les champs de la fiche sont identiques dans les deux versions.</source>
        <translation>The record's fields are the same in both versions.</translation>
    </message>
    <message>
        <source>&amp;Garder ma version</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Prendre sa version</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&amp;Comparer</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Masquer la &amp;comparaison</source>
        <translation>Hide the &amp;comparison</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <source>+ Courriel</source>
        <translation>+ E-mail</translation>
    </message>
    <message>
        <source>+ Téléphone</source>
        <translation>+ Phone</translation>
    </message>
    <message>
        <source>+ Adresse</source>
        <translation>+ Address</translation>
    </message>
    <message>
        <source>+ Site Web</source>
        <translation>+ Website</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Type de coordonnée</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>poste</source>
        <translation>ext.</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Rue (une ou plusieurs lignes)</source>
        <translation>Street (one or more lines)</translation>
    </message>
    <message>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Province ou région</source>
        <translation>Province or region</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
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
    <message>
        <source>Bienvenue dans Réseau. La base est vide : chargez les données de démonstration de la mission 2005 pour découvrir l'outil, importez vos contacts ou ajoutez une première personne.</source>
        <translation>Welcome to Réseau. The database is empty: load the demo data of the 2005 mission to discover the tool, import your contacts or add a first person.</translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(aucune date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>aaaa-mm-jj</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Choisir dans le calendrier (Alt+Bas)</source>
        <translation>Pick in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Indiquez une date (par exemple 2027-03-15).</source>
        <translation>Enter a date (for example 2027-03-15).</translation>
    </message>
    <message>
        <source>« %s » n'est pas une date : écrivez par exemple 2027-03-15, 15/03/2027 ou 15 mars 2027.</source>
        <translation>“%s” is not a date: write for example 2027-03-15, 15/03/2027 or March 15, 2027.</translation>
    </message>
    <message>
        <source>La date %s est après le %s.</source>
        <translation>The date %s is after %s.</translation>
    </message>
</context>
<context>
    <name>DetectedPage</name>
    <message>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel français)</source>
        <translation>Windows-1252 (French Excel)</translation>
    </message>
    <message>
        <source>virgule ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <source>point-virgule ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Ce que Réseau a reconnu</source>
        <translation>What Réseau recognized</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encodage :</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Séparateur :</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Colonnes :</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Première fiche :</source>
        <translation>First record:</translation>
    </message>
    <message>
        <source>fiches vCard (chacune selon son CHARSET) : nom, organisation, fonction, courriels…</source>
        <translation>vCard records (each in its own CHARSET): name, organization, title, e-mails…</translation>
    </message>
    <message>
        <source>%1 colonnes, dont %2 reconnues</source>
        <translation>%1 columns, %2 of them recognized</translation>
    </message>
    <message>
        <source>⚠ L'aperçu contient des caractères du genre « Ã© » : le fichier semble avoir été converti deux fois. Vérifiez les accents dans l'aperçu avant d'importer.</source>
        <translation>⚠ The preview contains characters like “Ã©”: the file seems to have been converted twice. Check the accents in the preview before importing.</translation>
    </message>
    <message>
        <source>Lecture impossible ainsi : %s</source>
        <translation>Cannot read it this way: %s</translation>
    </message>
    <message>
        <source>⚠ Texte sans CHARSET en 8 bits : encodage deviné sans certitude (en %1, ce serait « %2 »). Choisissez l'encodage qui donne les bons accents.</source>
        <translation>⚠ Text without CHARSET in 8 bits: encoding guessed without certainty (in %1 it would read “%2”). Choose the encoding that gives the right accents.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>même personne</source>
        <translation>same person</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Même personne : même courriel, ou même nom avec la même organisation, le même téléphone ou le même domaine de courriel. À vérifier : seulement le même nom, ou seulement le même téléphone (un standard partagé) ; l'import les crée à part.</source>
        <translation>Same person: same e-mail, or same name with the same organization, the same phone or the same e-mail domain. To review: only the same name, or only the same phone (a shared switchboard); the import creates them separately.</translation>
    </message>
    <message>
        <source>&amp;Fusionner…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>&amp;Pas un doublon</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <source>F&amp;ermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Même personne : %1 ; à vérifier : %2</source>
        <translation>Same person: %1; to review: %2</translation>
    </message>
    <message>
        <source>Aucun doublon.</source>
        <translation>No duplicates.</translation>
    </message>
    <message>
        <source>Aucun doublon : aucune paire de fiches ne partage un courriel, ni un nom avec la même organisation, le même téléphone ou le même domaine de courriel.</source>
        <translation>No duplicates: no two records share an e-mail, nor a name with the same organization, phone or e-mail domain.</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Doublons</source>
        <translation>Duplicates</translation>
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
    <name>ErrorDialogs</name>
    <message>
        <source>Le fichier « %1 » n'a pas pu être lu ou écrit : %2.</source>
        <translation>The file “%1” could not be read or written: %2.</translation>
    </message>
    <message>
        <source>Erreur inattendue : %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Modifier l'échange</source>
        <translation>Edit exchange</translation>
    </message>
    <message>
        <source>Nouvel échange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>(sans objet)</source>
        <translation>(not applicable)</translation>
    </message>
    <message>
        <source>Tapez un nom…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>Tapez un nom ou un sigle…</source>
        <translation>Type a name or an acronym…</translation>
    </message>
    <message>
        <source>Personne à ajouter</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <source>Organisation à ajouter</source>
        <translation>Organization to add</translation>
    </message>
    <message>
        <source>Participants de l'échange</source>
        <translation>Participants of the exchange</translation>
    </message>
    <message>
        <source>Organisations de l'échange</source>
        <translation>Organizations of the exchange</translation>
    </message>
    <message>
        <source>Objectifs de l'échange</source>
        <translation>Objectives of the exchange</translation>
    </message>
    <message>
        <source>Thèmes de l'échange</source>
        <translation>Themes of the exchange</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Preuves</source>
        <translation>Evidence</translation>
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
        <source>Choisissez une personne de la liste.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <source>%1 est déjà « %2 » de cet échange.</source>
        <translation>%1 is already “%2” of this exchange.</translation>
    </message>
    <message>
        <source>Choisissez une organisation de la liste.</source>
        <translation>Choose an organization from the list.</translation>
    </message>
    <message>
        <source>Cette organisation y est déjà avec ce rôle.</source>
        <translation>This organization is already there with this role.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>La date de fin (%1) précède la date de début (%2).</source>
        <translation>The end date (%1) is before the start date (%2).</translation>
    </message>
    <message>
        <source>Une date de fin demande une date de début.</source>
        <translation>An end date needs a start date.</translation>
    </message>
    <message>
        <source>L'objectif n° %s n'a pas de texte.</source>
        <translation>Objective no. %s has no text.</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>Kin&amp;d:</translation>
    </message>
    <message>
        <source>T&amp;itre* :</source>
        <translation>T&amp;itle*:</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>S&amp;ens :</source>
        <translation>Dir&amp;ection:</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Retombées :</source>
        <translation>&amp;Outcomes:</translation>
    </message>
    <message>
        <source>Ce que l'échange a permis, les suites données…</source>
        <translation>What the exchange achieved, the follow-up given…</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizations</translation>
    </message>
    <message>
        <source>Ajou&amp;ter</source>
        <translation>Ad&amp;d</translation>
    </message>
    <message>
        <source>Reti&amp;rer</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>O&amp;bjectifs</source>
        <translation>O&amp;bjectives</translation>
    </message>
    <message>
        <source>Double-cliquez une cellule pour la modifier. L'évaluation se choisit dans la liste ; notez les preuves qui la justifient.</source>
        <translation>Double-click a cell to edit it. The assessment is chosen from the list; note the evidence that supports it.</translation>
    </message>
    <message>
        <source>&amp;Nouvel objectif</source>
        <translation>&amp;New objective</translation>
    </message>
    <message>
        <source>Retirer l'objecti&amp;f</source>
        <translation>Remove the objecti&amp;ve</translation>
    </message>
    <message>
        <source>T&amp;hèmes</source>
        <translation>T&amp;hemes</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>In&amp;ternship</translation>
    </message>
    <message>
        <source>Ces choix remplissent aussi les onglets Participants (rôles « stagiaire » et « tuteur ») et Organisations.</source>
        <translation>These choices also fill the Participants (“intern” and “tutor” roles) and Organizations tabs.</translation>
    </message>
    <message>
        <source>Stag&amp;iaire :</source>
        <translation>&amp;Intern:</translation>
    </message>
    <message>
        <source>Organisation d'o&amp;rigine :</source>
        <translation>&amp;Home organization:</translation>
    </message>
    <message>
        <source>Organisation &amp;d'accueil :</source>
        <translation>Host organi&amp;zation:</translation>
    </message>
    <message>
        <source>T&amp;uteur à l'accueil :</source>
        <translation>Host t&amp;utor:</translation>
    </message>
    <message>
        <source>Objectifs d'&amp;apprentissage :</source>
        <translation>&amp;Learning goals:</translation>
    </message>
    <message>
        <source>&amp;Convention de stage :</source>
        <translation>Internship &amp;agreement:</translation>
    </message>
    <message>
        <source>Rapport attendu &amp;le :</source>
        <translation>Report due o&amp;n:</translation>
    </message>
</context>
<context>
    <name>ExchangeFilterBar</name>
    <message>
        <source>(tous)</source>
        <translation>(all)</translation>
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
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>(toutes)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>Kin&amp;d:</translation>
    </message>
    <message>
        <source>St&amp;atut :</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>Y&amp;ear:</translation>
    </message>
    <message>
        <source>Sen&amp;s :</source>
        <translation>Direc&amp;tion:</translation>
    </message>
    <message>
        <source>T&amp;hème :</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation :</source>
        <translation>Or&amp;ganization:</translation>
    </message>
</context>
<context>
    <name>ExchangeSections</name>
    <message>
        <source>Échanges et stages</source>
        <translation>Exchanges and internships</translation>
    </message>
</context>
<context>
    <name>ExchangeStagesView</name>
    <message>
        <source>rapport en retard</source>
        <translation>report overdue</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>à venir</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>sans dates</source>
        <translation>no dates</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Situation des stages</source>
        <translation>Internships at a glance</translation>
    </message>
    <message>
        <source>Tous les stages</source>
        <translation>All internships</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Stagiaire</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Tuteur</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Rapport dû</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Double-cliquez un stage pour ouvrir sa fiche.</source>
        <translation>Double-click an internship to open it.</translation>
    </message>
    <message>
        <source> — %s stage(s) en tout</source>
        <translation> — %s internship(s) in all</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <source>Changer le statut</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Statut actuel : %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Current status: %2</translation>
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
        <source>Choisissez un autre statut, ou notez pourquoi vous le confirmez.</source>
        <translation>Choose another status, or note why you confirm it.</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut :</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Date du changement :</source>
        <translation>&amp;Date of the change:</translation>
    </message>
    <message>
        <source>&amp;Remarque :</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <source>Pourquoi ce changement (facultatif)</source>
        <translation>Why this change (optional)</translation>
    </message>
</context>
<context>
    <name>ExchangeTimeline</name>
    <message>
        <source>Chronologie des échanges</source>
        <translation>Timeline of the exchanges</translation>
    </message>
    <message>
        <source>Aucun échange daté en %1 – %2.</source>
        <translation>No dated exchange in %1 – %2.</translation>
    </message>
</context>
<context>
    <name>ExchangesListView</name>
    <message>
        <source>&amp;Nouvel échange…</source>
        <translation>&amp;New exchange…</translation>
    </message>
    <message>
        <source>Nouveau s&amp;tage…</source>
        <translation>New in&amp;ternship…</translation>
    </message>
    <message>
        <source>Changer le stat&amp;ut…</source>
        <translation>Change the stat&amp;us…</translation>
    </message>
    <message>
        <source>&amp;Joindre un document…</source>
        <translation>&amp;Attach a document…</translation>
    </message>
    <message>
        <source>Les documents joints demandent un dossier de données local (indisponible en mode équipe).</source>
        <translation>Attached documents need a local data folder (not available in team mode).</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Heading</translation>
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
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>%1 échange(s)</source>
        <translation>%1 exchange(s)</translation>
    </message>
    <message>
        <source>%1 sur %2 échanges</source>
        <translation>%1 of %2 exchanges</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %s ».</source>
        <translation>No result for “%s”.</translation>
    </message>
    <message>
        <source>Aucun échange ne correspond à ces filtres.</source>
        <translation>No exchange matches these filters.</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Aucun échange pour l'instant : missions, stages, visites et séminaires se notent ici.</source>
        <translation>No exchange yet: missions, internships, visits and seminars are recorded here.</translation>
    </message>
    <message>
        <source>Nouvel échange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <source>Nouveau stage</source>
        <translation>New internship</translation>
    </message>
    <message>
        <source>Sélectionnez un échange dans la liste pour voir son détail ici.</source>
        <translation>Select an exchange in the list to see its details here.</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <source>Changement de statut impossible</source>
        <translation>Cannot change the status</translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Les documents joints demandent un dossier de données local : ils ne sont pas disponibles quand la base est sur un serveur (mode équipe).</source>
        <translation>Attached documents need a local data folder: they are not available when the database is on a server (team mode).</translation>
    </message>
    <message>
        <source>Joindre un document à « %s »</source>
        <translation>Attach a document to “%s”</translation>
    </message>
    <message>
        <source>Document non joint</source>
        <translation>Document not attached</translation>
    </message>
    <message>
        <source>Document introuvable</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <source>La copie du document n'est plus dans le dossier de données :
%s</source>
        <translation>The document's copy is no longer in the data folder:
%s</translation>
    </message>
    <message>
        <source>Document modifié</source>
        <translation>Document changed</translation>
    </message>
    <message>
        <source>Le document a changé depuis qu'il a été joint (empreinte SHA-256 différente). L'ouvrir quand même ?</source>
        <translation>The document changed since it was attached (different SHA-256 fingerprint). Open it anyway?</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Aucun programme ne peut ouvrir :
%s</source>
        <translation>No program can open:
%s</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Attached document</translation>
    </message>
    <message>
        <source>Retirer le document</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <source>Retirer ce document de l'échange ?</source>
        <translation>Remove this document from the exchange?</translation>
    </message>
</context>
<context>
    <name>ExchangesView</name>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Chronologie</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Sta&amp;ges</source>
        <translation>Intern&amp;ships</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (tableur, publipostage)</source>
        <translation>CSV (spreadsheet, mail merge)</translation>
    </message>
    <message>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 4.0 (carnet d'adresses)</source>
        <translation>vCard 4.0 (address book)</translation>
    </message>
    <message>
        <source>vCard 3.0 (anciens carnets)</source>
        <translation>vCard 3.0 (older address books)</translation>
    </message>
    <message>
        <source>Liste des participants (PDF)</source>
        <translation>Participant list (PDF)</translation>
    </message>
    <message>
        <source>Exporter des contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>point-virgule ( ; ) — Excel en français</source>
        <translation>semicolon ( ; ) — Excel in French</translation>
    </message>
    <message>
        <source>virgule ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pays</source>
        <translation>country</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>Inclure les personnes qui ne veulent pas être contactées</source>
        <translation>Include the persons who do not want to be contacted</translation>
    </message>
    <message>
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Pays :</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>É&amp;change (participants) :</source>
        <translation>E&amp;xchange (participants):</translation>
    </message>
    <message>
        <source>É&amp;tiquette :</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Secteur :</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Sé&amp;parateur CSV :</source>
        <translation>CSV se&amp;parator:</translation>
    </message>
    <message>
        <source>&amp;Regrouper le PDF par :</source>
        <translation>&amp;Group the PDF by:</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Arrêter</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Copier les adresses &amp;courriel</source>
        <translation>Copy the &amp;e-mail addresses</translation>
    </message>
    <message>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>(toutes)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>(tous)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Exporter vers</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choisissez d'abord le fichier à écrire.</source>
        <translation>First choose the file to write.</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>%1 personnes exportées dans %2.</source>
        <translation>%1 persons exported to %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export en cours… %s personnes écrites</source>
        <translation>Exporting… %s persons written</translation>
    </message>
    <message>
        <source>%s adresses copiées (sans les personnes à ne pas contacter) : collez-les dans le champ À ou Cci.</source>
        <translation>%s addresses copied (without the persons not to contact): paste them into the To or Bcc field.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Un fichier CSV (Excel, Outlook, Google Contacts, Thunderbird, Réseau), un classeur Excel (.xlsx) ou vCard (.vcf).</source>
        <translation>A CSV file (Excel, Outlook, Google Contacts, Thunderbird, Réseau), an Excel workbook (.xlsx) or a vCard (.vcf).</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Importer des contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;Tous (*)</source>
        <translation>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All (*)</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être importé : %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
</context>
<context>
    <name>FileProgress</name>
    <message>
        <source>Fichier écrit : %1</source>
        <translation>File written: %1</translation>
    </message>
    <message>
        <source>%1 fichiers écrits dans %2</source>
        <translation>%1 files written in %2</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Open the &amp;folder</translation>
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
        <source>Aucune relance dans les 7 prochains jours.</source>
        <translation>No follow-up in the next 7 days.</translation>
    </message>
    <message>
        <source>Aucune relance plus tard.</source>
        <translation>No later follow-up.</translation>
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
    <name>GlobalSearchBox</name>
    <message>
        <source>Rechercher personnes, organisations, journal…</source>
        <translation>Search people, organizations, journal…</translation>
    </message>
    <message>
        <source>Recherche globale</source>
        <translation>Global search</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %s »</source>
        <translation>No result for “%s”</translation>
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
    <name>ImportWizard</name>
    <message>
        <source>Importer des contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>sans date</source>
        <translation>undated</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>sans thème</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Entrées</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Personnes France</source>
        <translation>Persons France</translation>
    </message>
    <message>
        <source>Personnes Québec</source>
        <translation>Persons Quebec</translation>
    </message>
    <message>
        <source>Organisations France</source>
        <translation>Organizations France</translation>
    </message>
    <message>
        <source>Organisations Québec</source>
        <translation>Organizations Quebec</translation>
    </message>
    <message>
        <source>Faites à temps</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Faites en retard</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>En retard (à faire)</source>
        <translation>Overdue (to do)</translation>
    </message>
    <message>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
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
        <source>Fin de la période</source>
        <translation>End of the period</translation>
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
        <source>Le journal est vide. Consignez ici chaque rencontre, appel ou courriel, avec la date à laquelle relancer.</source>
        <translation>The journal is empty. Record here each meeting, call or e-mail, with the date to follow up.</translation>
    </message>
    <message>
        <source>Sélectionnez une entrée du journal pour en voir le détail ici.</source>
        <translation>Select a journal entry to see its details here.</translation>
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
        <source>Recherche</source>
        <translation>Search</translation>
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
        <source>&amp;Charger les données de démonstration (mission 2005)</source>
        <translation>&amp;Load the demonstration data (2005 mission)</translation>
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
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
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
    <name>MappingPage</name>
    <message>
        <source>rue</source>
        <translation>street</translation>
    </message>
    <message>
        <source>rue, 2e ligne</source>
        <translation>street, line 2</translation>
    </message>
    <message>
        <source>rue, 3e ligne</source>
        <translation>street, line 3</translation>
    </message>
    <message>
        <source>case postale</source>
        <translation>PO box</translation>
    </message>
    <message>
        <source>ville</source>
        <translation>city</translation>
    </message>
    <message>
        <source>province ou région</source>
        <translation>province or region</translation>
    </message>
    <message>
        <source>code postal</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>pays</source>
        <translation>country</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>adresse entière</source>
        <translation>whole address</translation>
    </message>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Pour chaque colonne du fichier, le champ de Réseau qu'elle remplit.</source>
        <translation>For each column of the file, the Réseau field it fills.</translation>
    </message>
    <message>
        <source>Le programme qui a écrit le fichier : il décide du sens de quelques en-têtes et des colonnes sans information.</source>
        <translation>The program that wrote the file: it decides what a few headers mean and which columns carry no information.</translation>
    </message>
    <message>
        <source>Nom de la correspondance</source>
        <translation>Name of the mapping</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Correspondance enregistrée :</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <source>Programme (préréglage) :</source>
        <translation>Program (preset):</translation>
    </message>
    <message>
        <source>(ignorer)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Adresse (partie : %s)</source>
        <translation>Address (part: %s)</translation>
    </message>
    <message>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Colonnes non reconnues : %s</source>
        <translation>Unrecognised columns: %s</translation>
    </message>
    <message>
        <source>Toutes les colonnes remplissent un champ de Réseau.</source>
        <translation>Every column fills a Réseau field.</translation>
    </message>
    <message>
        <source>(selon les en-têtes)</source>
        <translation>(from the headers)</translation>
    </message>
    <message>
        <source>« %s » enregistrée</source>
        <translation>“%s” saved</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Base du consentement</source>
        <translation>Consent basis</translation>
    </message>
    <message>
        <source>Fusionner deux fiches</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Courriels</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Téléphones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Les courriels, téléphones, adresses, étiquettes et thèmes des deux fiches sont réunis ; les participations aux échanges, le journal et l'agenda passent à la fiche de « %1 » (la première colonne). L'autre fiche est supprimée.</source>
        <translation>The e-mails, phones, addresses, tags and themes of both records are united; exchange participations, the journal and the agenda move to the record of “%1” (the first column). The other record is deleted.</translation>
    </message>
    <message>
        <source>&amp;Fusionner</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>MissionPdf</name>
    <message>
        <source>Bilan de mission</source>
        <translation>Mission review</translation>
    </message>
    <message>
        <source>Retour sur les objectifs de la mission</source>
        <translation>Looking back on the mission's objectives</translation>
    </message>
    <message>
        <source>Aucun objectif n'a été enregistré pour cette mission.</source>
        <translation>No objective was recorded for this mission.</translation>
    </message>
    <message>
        <source>non documentés</source>
        <translation>not documented</translation>
    </message>
    <message>
        <source>Résultats d'ensemble</source>
        <translation>Overall results</translation>
    </message>
    <message>
        <source>Personnes et organisations rencontrées</source>
        <translation>People and organizations met</translation>
    </message>
    <message>
        <source>Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes).</source>
        <translation>No person or organization met is recorded (agenda, hosts).</translation>
    </message>
    <message>
        <source>Organisations :</source>
        <translation>Organizations:</translation>
    </message>
    <message>
        <source>Personnes :</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>L'agenda tel qu'il s'est déroulé</source>
        <translation>The agenda as it took place</translation>
    </message>
    <message>
        <source>L'agenda de cette mission est vide.</source>
        <translation>This mission's agenda is empty.</translation>
    </message>
    <message>
        <source>Suivis ouverts depuis la mission</source>
        <translation>Follow-ups opened since the mission</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Activité et lieu</source>
        <translation>Activity and place</translation>
    </message>
    <message>
        <source>Hôte et intervenants</source>
        <translation>Host and speakers</translation>
    </message>
    <message>
        <source>Hôte : %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Intervenants : %1</source>
        <translation>Speakers: %1</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Délégation (%1) :</source>
        <translation>Delegation (%1):</translation>
    </message>
    <message>
        <source>Évaluation : %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <source>Éléments probants : %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Date et type</source>
        <translation>Date and type</translation>
    </message>
    <message>
        <source>Relance et état</source>
        <translation>Follow-up and state</translation>
    </message>
    <message>
        <source>Aucun suivi n'a été ouvert depuis la mission.</source>
        <translation>No follow-up has been opened since the mission.</translation>
    </message>
    <message>
        <source>Bilan de mission — %1</source>
        <translation>Mission review — %1</translation>
    </message>
    <message>
        <source>Votre programme</source>
        <translation>Your programme</translation>
    </message>
    <message>
        <source>Aucune activité du programme ne vous est encore attribuée.</source>
        <translation>No activity of the programme is assigned to you yet.</translation>
    </message>
    <message>
        <source>Les hôtes et conférenciers que vous rencontrerez</source>
        <translation>The hosts and speakers you will meet</translation>
    </message>
    <message>
        <source>Aucun hôte ni conférencier n'est encore inscrit à vos activités.</source>
        <translation>No host or speaker is listed for your activities yet.</translation>
    </message>
    <message>
        <source>coordonnées non enregistrées</source>
        <translation>contact details not recorded</translation>
    </message>
    <message>
        <source>Document de préparation</source>
        <translation>Briefing document</translation>
    </message>
    <message>
        <source>Le document de préparation n'est pas encore rédigé.</source>
        <translation>The briefing document is not written yet.</translation>
    </message>
    <message>
        <source>Ville non précisée</source>
        <translation>City not specified</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>3 dernières années</source>
        <translation>Last 3 years</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>End of the period</translation>
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
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
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
        <source>%1 personnes sur %2 affichées (les plus reliées) — précisez la période ou le thème</source>
        <translation>%1 people of %2 shown (the most connected) — narrow the period or the theme</translation>
    </message>
    <message>
        <source>Période : 12 derniers mois — choisissez « Tout » pour voir tout le réseau</source>
        <translation>Period: last 12 months — choose “All” to see the whole network</translation>
    </message>
    <message>
        <source>Période : 3 dernières années — choisissez « Tout » pour voir tout le réseau</source>
        <translation>Period: last 3 years — choose “All” to see the whole network</translation>
    </message>
    <message>
        <source>Exporter le réseau en PNG</source>
        <translation>Export the network as PNG</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Thème : %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Produit le %1 ; %2</source>
        <translation>Produced on %1; %2</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>échange</source>
        <translation>exchange</translation>
    </message>
    <message>
        <source>thème choisi</source>
        <translation>chosen theme</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <source>lien direct au thème</source>
        <translation>direct link to the theme</translation>
    </message>
    <message>
        <source>Réseau exporté dans %1</source>
        <translation>Network exported to %1</translation>
    </message>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
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
        <source>&lt;span style='color:%1'&gt;■ France&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ Québec&lt;/span&gt; &amp;nbsp; ● personne &amp;nbsp; ■ organisation &amp;nbsp; ◆ échange &amp;nbsp; &lt;span style='color:%3'&gt;◆ thème&lt;/span&gt; &amp;nbsp; — journal &amp;nbsp; ┈ participation &amp;nbsp; (Ctrl + molette : zoom)</source>
        <translation>&lt;span style='color:%1'&gt;■ France&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ Quebec&lt;/span&gt; &amp;nbsp; ● person &amp;nbsp; ■ organization &amp;nbsp; ◆ exchange &amp;nbsp; &lt;span style='color:%3'&gt;◆ theme&lt;/span&gt; &amp;nbsp; — journal &amp;nbsp; ┈ participation &amp;nbsp; (Ctrl + wheel: zoom)</translation>
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
        <source>Tapez un nom ou un sigle…</source>
        <translation>Type a name or an acronym…</translation>
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
        <source>Coordonnées :</source>
        <translation>Contact details:</translation>
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
        <source>Aucune organisation pour l'instant. Ajoutez-en une, importez vos contacts ou chargez les données de démonstration de la mission 2005.</source>
        <translation>No organization yet. Add one, import your contacts or load the demo data of the 2005 mission.</translation>
    </message>
    <message>
        <source>Ajouter une organisation</source>
        <translation>Add an organization</translation>
    </message>
    <message>
        <source>Sélectionnez une organisation dans la liste pour voir sa fiche ici.</source>
        <translation>Select an organization in the list to see its record here.</translation>
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
        <source>%1, poste %2</source>
        <translation>%1, ext. %2</translation>
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
        <source>Modifier %s</source>
        <translation>Edit %s</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>Prochaine mission</source>
        <translation>Next mission</translation>
    </message>
    <message>
        <source>Rapports de stage en retard</source>
        <translation>Late internship reports</translation>
    </message>
    <message>
        <source>Thèmes sans vis-à-vis</source>
        <translation>Themes without a counterpart</translation>
    </message>
    <message>
        <source>Le réseau</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Aucune mission à venir. Créez-en une dans Échanges et stages.</source>
        <translation>No mission to come. Create one in Exchanges and internships.</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>J-%1</source>
        <translation>D-%1</translation>
    </message>
    <message>
        <source>Avertissements à l'agenda : %1</source>
        <translation>Agenda warnings: %1</translation>
    </message>
    <message>
        <source>Agenda sans avertissement</source>
        <translation>Agenda without warnings</translation>
    </message>
    <message>
        <source>créneaux : %1</source>
        <translation>slots: %1</translation>
    </message>
    <message>
        <source>Aucun rapport de stage en retard.</source>
        <translation>No internship report is late.</translation>
    </message>
    <message>
        <source>retard : %1 j</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>Chaque thème ouvert a quelqu'un en France et au Québec.</source>
        <translation>Every open theme has someone in France and in Québec.</translation>
    </message>
    <message>
        <source>personne des deux côtés</source>
        <translation>nobody on either side</translation>
    </message>
    <message>
        <source>personne en France</source>
        <translation>nobody in France</translation>
    </message>
    <message>
        <source>personne au Québec</source>
        <translation>nobody in Québec</translation>
    </message>
    <message>
        <source>%1 au Québec</source>
        <translation>%1 in Québec</translation>
    </message>
    <message>
        <source>%1 en France</source>
        <translation>%1 in France</translation>
    </message>
    <message>
        <source>%1 ailleurs</source>
        <translation>%1 elsewhere</translation>
    </message>
    <message>
        <source>Personnes : %1</source>
        <translation>Persons: %1</translation>
    </message>
    <message>
        <source>Organisations : %1</source>
        <translation>Organizations: %1</translation>
    </message>
    <message>
        <source>Voir les %1</source>
        <translation>See all %1</translation>
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
        <source>Tapez un nom ou un sigle…</source>
        <translation>Type a name or an acronym…</translation>
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
        <source>No&amp;m de famille* :</source>
        <translation>Last na&amp;me*:</translation>
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
        <source>Servi&amp;ce :</source>
        <translation>Departm&amp;ent:</translation>
    </message>
    <message>
        <source>direction, service ou département</source>
        <translation>division, service or department</translation>
    </message>
    <message>
        <source>Coordonnées :</source>
        <translation>Contact details:</translation>
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
    <name>PersonReport</name>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Provenance des données</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Motif de conservation</source>
        <translation>Reason for keeping</translation>
    </message>
    <message>
        <source>Ne pas contacter</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Cadence de relance (jours)</source>
        <translation>Follow-up interval (days)</translation>
    </message>
    <message>
        <source>Fiche créée le</source>
        <translation>Record created on</translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Thèmes suivis</source>
        <translation>Themes followed</translation>
    </message>
    <message>
        <source>Thèmes sous sa responsabilité</source>
        <translation>Themes in their charge</translation>
    </message>
    <message>
        <source>Participation aux échanges</source>
        <translation>Participation in exchanges</translation>
    </message>
    <message>
        <source>Journal des échanges</source>
        <translation>Exchange journal</translation>
    </message>
    <message>
        <source>Agenda de mission</source>
        <translation>Mission agenda</translation>
    </message>
    <message>
        <source>Nom enregistré comme intervenante</source>
        <translation>Name saved as a speaker</translation>
    </message>
    <message>
        <source>Relance (faite, reportée)</source>
        <translation>Follow-up (done, snoozed)</translation>
    </message>
    <message>
        <source>Fiches marquées « pas un doublon »</source>
        <translation>Records marked “not a duplicate”</translation>
    </message>
    <message>
        <source>État avant un import</source>
        <translation>State before an import</translation>
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
        <source>Aucune personne pour l'instant. Ajoutez-en une, importez vos contacts (CSV, vCard, Excel) ou chargez les données de démonstration de la mission 2005.</source>
        <translation>No person yet. Add one, import your contacts (CSV, vCard, Excel) or load the demo data of the 2005 mission.</translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Sélectionnez une personne dans la liste pour voir sa fiche ici.</source>
        <translation>Select a person in the list to see their record here.</translation>
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
        <source>%1, poste %2</source>
        <translation>%1, ext. %2</translation>
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
        <source>Modifier %s</source>
        <translation>Edit %s</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Doublons</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Une ligne est la même personne qu'une fiche si elle a le même courriel, ou le même nom avec la même organisation, le même téléphone ou le même domaine de courriel. Un nom seul ou un téléphone seul (un standard) ne suffit pas : la ligne est créée et signalée comme doublon possible, à vérifier dans Outils › Doublons.</source>
        <translation>A line is the same person as a record if it has the same e-mail, or the same name with the same organization, the same phone or the same e-mail domain. A name alone or a phone alone (a switchboard) is not enough: the line is created and flagged as a possible duplicate, to review in Tools › Duplicates.</translation>
    </message>
    <message>
        <source>&amp;Ignorer la ligne : la fiche existante reste telle quelle</source>
        <translation>&amp;Skip the row: the existing record stays as it is</translation>
    </message>
    <message>
        <source>&amp;Compléter les champs vides de la fiche existante</source>
        <translation>&amp;Fill the empty fields of the existing record</translation>
    </message>
    <message>
        <source>&amp;Remplacer par les valeurs du fichier</source>
        <translation>&amp;Replace with the values of the file</translation>
    </message>
    <message>
        <source>Créer &amp;quand même une nouvelle fiche</source>
        <translation>Create a new record &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Tout ou rien : n'importer rien si une ligne est rejetée</source>
        <translation>&amp;All or nothing: import nothing if a row is rejected</translation>
    </message>
    <message>
        <source>&amp;Essai à blanc : tout vérifier sans rien enregistrer</source>
        <translation>&amp;Dry run: check everything, save nothing</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Aperçu des premières fiches</source>
        <translation>Preview of the first records</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
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
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Le pays de chaque fiche vient de ses indices (colonne Pays, indicatif +33 ou +1, code postal, domaine .fr ou .qc.ca) ; ce choix vaut pour les fiches sans indice.</source>
        <translation>Each contact's country comes from its clues (Country column, +33 or +1 prefix, postal code, .fr or .qc.ca domain); this choice applies to contacts without any clue.</translation>
    </message>
    <message>
        <source>Pays des fiches sans indice :</source>
        <translation>Country of contacts without any clue:</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (organization)</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Cette base de données a été écrite par une version plus récente de Réseau. Elle est ouverte en lecture seule : vous pouvez la consulter, mais pas la modifier. Mettez Réseau à jour pour la modifier.</source>
        <translation>This database was written by a newer version of Réseau. It is open read-only: you can look at it but not change it. Update Réseau to change it.</translation>
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
        <source>Aucune fiche pour l'instant.</source>
        <translation>No record yet.</translation>
    </message>
    <message>
        <source>Sélectionnez une ligne de la liste pour en voir le détail ici.</source>
        <translation>Select a row of the list to see its details here.</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %s ».</source>
        <translation>No result for “%s”.</translation>
    </message>
    <message>
        <source>Effacer le filtre</source>
        <translation>Clear the filter</translation>
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
    <name>Reports</name>
    <message>
        <source>page %1 sur %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Arrêter l'import</source>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Arrêt demandé : annulation de ce qui a été lu…</source>
        <translation>Stop requested: undoing what was read…</translation>
    </message>
    <message>
        <source>Import en cours… %s lignes lues</source>
        <translation>Importing… %s rows read</translation>
    </message>
    <message>
        <source>%1 créées, %2 mises à jour, %3 ignorées, %4 rejetées.</source>
        <translation>%1 created, %2 updated, %3 skipped, %4 rejected.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) créée(s).</source>
        <translation>
            <numerusform>%n organization created.</numerusform>
            <numerusform>%n organizations created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import terminé (n° %1) : </source>
        <translation>Import done (no. %1): </translation>
    </message>
    <message>
        <source> Fichier &gt; Annuler le dernier import le défait en entier.</source>
        <translation> File &gt; Undo the last import takes it back entirely.</translation>
    </message>
    <message>
        <source>Résultat prévu : </source>
        <translation>Expected result: </translation>
    </message>
    <message>
        <source>Lignes créées : %s</source>
        <translation>Rows created: %s</translation>
    </message>
    <message>
        <source>Doublons possibles (même nom seulement ou même téléphone seulement) : %1, créés à part et listés ci-dessous, à vérifier dans Outils › Doublons.</source>
        <translation>Possible duplicates (same name only or same phone only): %1, created separately and listed below, to review in Tools › Duplicates.</translation>
    </message>
    <message>
        <source>Pays des fiches créées, d'après :</source>
        <translation>Country of the contacts created, based on:</translation>
    </message>
    <message>
        <source>Colonnes non reconnues :</source>
        <translation>Unrecognised columns:</translation>
    </message>
    <message>
        <source>L'import a échoué ; rien n'a été enregistré : %s</source>
        <translation>The import failed; nothing was saved: %s</translation>
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
        <source>%1 heure de %2</source>
        <translation>%1 %2 time</translation>
    </message>
    <message>
        <source>Glissez pour déplacer ; double-clic pour modifier.</source>
        <translation>Drag to move; double-click to edit.</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Le fuseau horaire des heures de début et de fin.</source>
        <translation>The time zone of the start and end times.</translation>
    </message>
    <message>
        <source>&amp;Fuseau :</source>
        <translation>Time &amp;zone:</translation>
    </message>
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
        <source>Tapez un nom ou un sigle…</source>
        <translation>Type a name or an acronym…</translation>
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
        <source>Tapez un nom pour chercher…</source>
        <translation>Type a name to search…</translation>
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
        <source>Aucun thème pour l'instant. Les 16 thèmes de suivi et les 8 recommandations du rapport de 2005 viennent avec les données de démonstration ; ajoutez aussi les vôtres.</source>
        <translation>No theme yet. The 16 follow-up themes and the 8 recommendations of the 2005 report come with the demo data; add your own too.</translation>
    </message>
    <message>
        <source>Sélectionnez un thème dans la liste pour voir qui le porte : personnes, organisations, échanges et entrées du journal qui lui sont liés.</source>
        <translation>Select a theme in the list to see who carries it: the persons, organizations, exchanges and journal entries linked to it.</translation>
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
    <name>TimelinePage</name>
    <message>
        <source>◀ Année précédente</source>
        <translation>◀ Previous year</translation>
    </message>
    <message>
        <source>Année suivante ▶</source>
        <translation>Next year ▶</translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Première année affichée</source>
        <translation>First year shown</translation>
    </message>
    <message>
        <source>&amp;Aller à l'année :</source>
        <translation>&amp;Go to year:</translation>
    </message>
    <message>
        <source>&lt;br&gt;Maj + molette : changer d'année ; cliquez une barre pour ouvrir l'échange.</source>
        <translation>&lt;br&gt;Shift + wheel: change year; click a bar to open the exchange.</translation>
    </message>
    <message>
        <source>%s échange(s) sans date n'apparaissent pas sur la chronologie.</source>
        <translation>%s exchange(s) without a date do not show on the timeline.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>Celui de la mission (%1)</source>
        <translation>The mission's (%1)</translation>
    </message>
    <message>
        <source>Paris (Europe/Paris)</source>
        <translation>Paris (Europe/Paris)</translation>
    </message>
    <message>
        <source>Montréal (America/Toronto)</source>
        <translation>Montréal (America/Toronto)</translation>
    </message>
    <message>
        <source>Îles-de-la-Madeleine (America/Halifax)</source>
        <translation>Magdalen Islands (America/Halifax)</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Exporter les données de %s</source>
        <translation>Export the data of %s</translation>
    </message>
    <message>
        <source>Écriture des données de %s…</source>
        <translation>Writing the data of %s…</translation>
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
        <source>Effacement incomplet</source>
        <translation>Erasure incomplete</translation>
    </message>
    <message>
        <source>Effacement impossible</source>
        <translation>Cannot erase</translation>
    </message>
    <message>
        <source>%1 n° %2 (%3)</source>
        <translation>%1 no. %2 (%3)</translation>
    </message>
    <message>
        <source>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</source>
        <translation>The person was erased (%1 rows touched).
Erasure reference: %2</translation>
    </message>
    <message>
        <source>Sauvegardes interrompues supprimées : %1</source>
        <translation>Interrupted backups deleted: %1</translation>
    </message>
    <message>
        <source>… et %1 autres (voir les détails)</source>
        <translation>… and %1 more (see the details)</translation>
    </message>
    <message>
        <source>Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la concerne :
</source>
        <translation>These records still mention her; review them and remove what concerns her:
</translation>
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
    <message>
        <source>&amp;Importer des contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>E&amp;xporter des contacts…</source>
        <translation>E&amp;xport contacts…</translation>
    </message>
    <message>
        <source>Annuler le &amp;dernier import…</source>
        <translation>Undo the &amp;last import…</translation>
    </message>
    <message>
        <source>&amp;Doublons…</source>
        <translation>&amp;Duplicates…</translation>
    </message>
    <message>
        <source>Annuler un import</source>
        <translation>Undo an import</translation>
    </message>
    <message>
        <source>Aucun import à annuler.</source>
        <translation>No import to undo.</translation>
    </message>
    <message>
        <source>Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?</source>
        <translation>Undo import no. %1 of “%2” (%3 records created, %4 updated)?</translation>
    </message>
    <message>
        <source>Import n° %s annulé.</source>
        <translation>Import no. %s undone.</translation>
    </message>
</context>
</TS>
