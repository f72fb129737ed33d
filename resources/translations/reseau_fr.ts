<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="fr_CA">
<context>
    <name />
    <message>
        <source>Tableau de bord</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>dates à préciser</source>
        <translation>dates à préciser</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Aucune activité enregistrée pour %1 : aucun échange, aucune entrée de journal et aucun nouveau contact. Les sections qui suivent sont vides.</source>
        <translation>Aucune activité enregistrée pour %1 : aucun échange, aucune entrée de journal et aucun nouveau contact. Les sections qui suivent sont vides.</translation>
    </message>
    <message>
        <source>%1 échange(s) dans l'année : %2</source>
        <translation>%1 échange(s) dans l'année : %2</translation>
    </message>
    <message>
        <source>%1 échange(s) dans l'année</source>
        <translation>%1 échange(s) dans l'année</translation>
    </message>
    <message>
        <source>%1 objectif(s) suivis, dont %2 pleinement ou grandement atteint(s)</source>
        <translation>%1 objectif(s) suivis, dont %2 pleinement ou grandement atteint(s)</translation>
    </message>
    <message>
        <source>%1 entrée(s) au journal ; %2 relance(s) en retard</source>
        <translation>%1 entrée(s) au journal ; %2 relance(s) en retard</translation>
    </message>
    <message>
        <source>%1 thème(s) actifs sur %2</source>
        <translation>%1 thème(s) actifs sur %2</translation>
    </message>
    <message>
        <source>Nouveaux contacts, %1 : %2 personne(s), %3 organisation(s)</source>
        <translation>Nouveaux contacts, %1 : %2 personne(s), %3 organisation(s)</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Demi-journée</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Hôte</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>toute la délégation</source>
        <translation>toute la délégation</translation>
    </message>
    <message>
        <source>Vérifications</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Règle</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Accepté</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Pourquoi</translation>
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
        <translation>Québec p./o.</translation>
    </message>
    <message>
        <source>Écarts</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Éléments probants</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Aucun objectif enregistré.</source>
        <translation>Aucun objectif enregistré.</translation>
    </message>
    <message>
        <source>Bilan annuel %1</source>
        <translation>Bilan annuel %1</translation>
    </message>
    <message>
        <source>Réseau — échanges France-Québec en développement social · produit le %1</source>
        <translation>Réseau — échanges France-Québec en développement social · produit le %1</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Indicateurs de l'année %1</source>
        <translation>Indicateurs de l'année %1</translation>
    </message>
    <message>
        <source>Les échanges de l'année, leurs objectifs et leur évaluation</source>
        <translation>Les échanges de l'année, leurs objectifs et leur évaluation</translation>
    </message>
    <message>
        <source>Aucun échange n'a eu lieu en %1.</source>
        <translation>Aucun échange n'a eu lieu en %1.</translation>
    </message>
    <message>
        <source>Les thèmes : activité et écarts</source>
        <translation>Les thèmes : activité et écarts</translation>
    </message>
    <message>
        <source>Thème et statut</source>
        <translation>Thème et statut</translation>
    </message>
    <message>
        <source>Éch. / Jour. / Agenda</source>
        <translation>Éch. / Jour. / Agenda</translation>
    </message>
    <message>
        <source>Éch. : échanges de l'année ; Jour. : entrées du journal ; Agenda : activités de programme ; p./o. : personnes / organisations liées au thème de chaque côté.</source>
        <translation>Éch. : échanges de l'année ; Jour. : entrées du journal ; Agenda : activités de programme ; p./o. : personnes / organisations liées au thème de chaque côté.</translation>
    </message>
    <message>
        <source>Aucun thème n'est enregistré.</source>
        <translation>Aucun thème n'est enregistré.</translation>
    </message>
    <message>
        <source>Nouveaux contacts de l'année</source>
        <translation>Nouveaux contacts de l'année</translation>
    </message>
    <message>
        <source>Aucun nouveau contact en %1.</source>
        <translation>Aucun nouveau contact en %1.</translation>
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
        <source>%1 (%2) :</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <source>Échanges et stages</source>
        <translation>Échanges et stages</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Agenda de mission</source>
        <translation>Agenda de mission</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau.</source>
        <translation>La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau.</translation>
    </message>
    <message>
        <source>La langue et la base de données choisies demandent de rouvrir la fenêtre. Tout est enregistré : la rouvrir maintenant ?</source>
        <translation>La langue et la base de données choisies demandent de rouvrir la fenêtre. Tout est enregistré : la rouvrir maintenant ?</translation>
    </message>
    <message>
        <source>Rouvrir maintenant</source>
        <translation>Rouvrir maintenant</translation>
    </message>
    <message>
        <source>Au prochain démarrage</source>
        <translation>Au prochain démarrage</translation>
    </message>
    <message>
        <source>Carnet PDF (*.pdf)</source>
        <translation>Carnet PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calendrier (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporter l'agenda</source>
        <translation>Exporter l'agenda</translation>
    </message>
    <message>
        <source>Écriture du carnet de mission…</source>
        <translation>Écriture du carnet de mission…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Bilan annuel</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Année du bilan :</source>
        <translation>Année du bilan :</translation>
    </message>
    <message>
        <source>Choisir une mission</source>
        <translation>Choisir une mission</translation>
    </message>
    <message>
        <source>Mission :</source>
        <translation>Mission :</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier des fiches des délégués</source>
        <translation>Dossier des fiches des délégués</translation>
    </message>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Écriture de « %1 »…</translation>
    </message>
    <message>
        <source>Bilan annuel %1 écrit dans %2</source>
        <translation>Bilan annuel %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Aucune mission n'est enregistrée : il n'y a pas de bilan de mission à produire.</source>
        <translation>Aucune mission n'est enregistrée : il n'y a pas de bilan de mission à produire.</translation>
    </message>
    <message>
        <source>Bilan de mission</source>
        <translation>Bilan de mission</translation>
    </message>
    <message>
        <source>Bilan de mission écrit dans %1</source>
        <translation>Bilan de mission écrit dans %1</translation>
    </message>
    <message>
        <source>Cette mission n'a aucun délégué : aucune fiche écrite.</source>
        <translation>Cette mission n'a aucun délégué : aucune fiche écrite.</translation>
    </message>
    <message>
        <source>Fiches des délégués</source>
        <translation>Fiches des délégués</translation>
    </message>
    <message>
        <source>%1 fiche(s) de délégué écrite(s) dans %2</source>
        <translation>%1 fiche(s) de délégué écrite(s) dans %2</translation>
    </message>
    <message>
        <source>Consigner un échange</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Modifier l'entrée du journal</source>
        <translation>Modifier l'entrée du journal</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>n° %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Entrées du journal</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>dates à fixer</source>
        <translation>dates à fixer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Personne pour l'instant.</source>
        <translation>Personne pour l'instant.</translation>
    </message>
    <message>
        <source>Objectifs et bilan</source>
        <translation>Objectifs et bilan</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Objectifs d'apprentissage</source>
        <translation>Objectifs d'apprentissage</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Rapport attendu le</source>
        <translation>Rapport attendu le</translation>
    </message>
    <message>
        <source>retirer</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>Aucun document joint.</source>
        <translation>Aucun document joint.</translation>
    </message>
    <message>
        <source>Les documents joints demandent un dossier de données local (indisponible en mode équipe).</source>
        <translation>Les documents joints demandent un dossier de données local (indisponible en mode équipe).</translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Aucun changement enregistré.</source>
        <translation>Aucun changement enregistré.</translation>
    </message>
    <message>
        <source>Fiche introuvable : {what} n° {ident}.</source>
        <translation>Fiche introuvable : {what} n° {ident}.</translation>
    </message>
    <message>
        <source>{what} n° {ident} : la fiche a été modifiée par quelqu'un d'autre (version {expected} attendue, {actual} trouvée).</source>
        <translation>{what} n° {ident} : la fiche a été modifiée par quelqu'un d'autre (version {expected} attendue, {actual} trouvée).</translation>
    </message>
    <message>
        <source>Impossible d'écrire le fichier {path}.</source>
        <translation>Impossible d'écrire le fichier {path}.</translation>
    </message>
    <message>
        <source>{file} est un dossier et non un fichier : choisissez le fichier de contacts (.csv, .vcf) qu'il contient</source>
        <translation>{file} est un dossier et non un fichier : choisissez le fichier de contacts (.csv, .vcf) qu'il contient</translation>
    </message>
    <message>
        <source>fichier introuvable : {path}</source>
        <translation>fichier introuvable : {path}</translation>
    </message>
    <message>
        <source>{file} : {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>{file} : lecture impossible ({reason})</source>
        <translation>{file} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nom complet</source>
        <translation>Nom complet</translation>
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
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Courriel (travail)</source>
        <translation>Courriel (travail)</translation>
    </message>
    <message>
        <source>Courriel (domicile)</source>
        <translation>Courriel (domicile)</translation>
    </message>
    <message>
        <source>Courriel (autre)</source>
        <translation>Courriel (autre)</translation>
    </message>
    <message>
        <source>Téléphone (travail)</source>
        <translation>Téléphone (travail)</translation>
    </message>
    <message>
        <source>Téléphone (domicile)</source>
        <translation>Téléphone (domicile)</translation>
    </message>
    <message>
        <source>Cellulaire</source>
        <translation>Cellulaire</translation>
    </message>
    <message>
        <source>Télécopieur</source>
        <translation>Télécopieur</translation>
    </message>
    <message>
        <source>Téléphone (autre)</source>
        <translation>Téléphone (autre)</translation>
    </message>
    <message>
        <source>Poste (téléphone au travail)</source>
        <translation>Poste (téléphone au travail)</translation>
    </message>
    <message>
        <source>Adresse (travail)</source>
        <translation>Adresse (travail)</translation>
    </message>
    <message>
        <source>Adresse (domicile)</source>
        <translation>Adresse (domicile)</translation>
    </message>
    <message>
        <source>Adresse (autre)</source>
        <translation>Adresse (autre)</translation>
    </message>
    <message>
        <source>Garder dans les notes</source>
        <translation>Garder dans les notes</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Outlook (français)</source>
        <translation>Outlook (français)</translation>
    </message>
    <message>
        <source>Outlook (anglais)</source>
        <translation>Outlook (anglais)</translation>
    </message>
    <message>
        <source>Google Contacts (nouveau format)</source>
        <translation>Google Contacts (nouveau format)</translation>
    </message>
    <message>
        <source>Google Contacts (ancien format)</source>
        <translation>Google Contacts (ancien format)</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>CSV générique</source>
        <translation>CSV générique</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>valeur par défaut du programme, sans information</source>
        <translation>valeur par défaut du programme, sans information</translation>
    </message>
    <message>
        <source>type de la valeur de la colonne voisine</source>
        <translation>type de la valeur de la colonne voisine</translation>
    </message>
    <message>
        <source>répète une autre colonne</source>
        <translation>répète une autre colonne</translation>
    </message>
    <message>
        <source>« {header} » : {fate}</source>
        <translation>« {header} » : {fate}</translation>
    </message>
    <message>
        <source>gardée dans les notes</source>
        <translation>gardée dans les notes</translation>
    </message>
    <message>
        <source>ignorée ({why})</source>
        <translation>ignorée ({why})</translation>
    </message>
    <message>
        <source>ignorée à votre demande</source>
        <translation>ignorée à votre demande</translation>
    </message>
    <message>
        <source>Adresse {usage} : {part}</source>
        <translation>Adresse {usage} : {part}</translation>
    </message>
    <message>
        <source>{field} n° {number} : type</source>
        <translation>{field} n° {number} : type</translation>
    </message>
    <message>
        <source>{field} n° {number}</source>
        <translation>{field} n° {number}</translation>
    </message>
    <message>
        <source>{field}</source>
        <translation>{field}</translation>
    </message>
    <message>
        <source>aucune ligne d'en-tête : la première ligne du fichier est vide</source>
        <translation>aucune ligne d'en-tête : la première ligne du fichier est vide</translation>
    </message>
    <message>
        <source>une seule colonne trouvée : ce n'est pas un fichier de contacts séparé par , ; ou tabulation</source>
        <translation>une seule colonne trouvée : ce n'est pas un fichier de contacts séparé par , ; ou tabulation</translation>
    </message>
    <message>
        <source>poste « {extension} » sans numéro de téléphone : gardé dans les notes</source>
        <translation>poste « {extension} » sans numéro de téléphone : gardé dans les notes</translation>
    </message>
    <message>
        <source>Poste : {extension}</source>
        <translation>Poste : {extension}</translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} (ligne décalée ?)</source>
        <translation>{found} colonnes au lieu de {expected} (ligne décalée ?)</translation>
    </message>
    <message>
        <source>cellule démesurée : un guillemet n'est sans doute pas fermé</source>
        <translation>cellule démesurée : un guillemet n'est sans doute pas fermé</translation>
    </message>
    <message>
        <source>{found} colonnes au lieu de {expected} ; les autres sont vides</source>
        <translation>{found} colonnes au lieu de {expected} ; les autres sont vides</translation>
    </message>
    <message>
        <source>caractères illisibles pour l'encodage {encoding}</source>
        <translation>caractères illisibles pour l'encodage {encoding}</translation>
    </message>
    <message>
        <source>guillemet ouvert à la ligne {line} jamais fermé ({detail}) ; la suite du fichier est ignorée</source>
        <translation>guillemet ouvert à la ligne {line} jamais fermé ({detail}) ; la suite du fichier est ignorée</translation>
    </message>
    <message>
        <source>le fichier est vide</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>ce fichier contient des données binaires et non du texte</source>
        <translation>ce fichier contient des données binaires et non du texte</translation>
    </message>
    <message>
        <source>encodage inconnu : ni UTF-8, ni UTF-16, ni Windows-1252 ; enregistrez le fichier en UTF-8 depuis le tableur</source>
        <translation>encodage inconnu : ni UTF-8, ni UTF-16, ni Windows-1252 ; enregistrez le fichier en UTF-8 depuis le tableur</translation>
    </message>
    <message>
        <source>c'est un classeur Excel (.xlsx) et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>c'est un classeur Excel (.xlsx) et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</translation>
    </message>
    <message>
        <source>c'est un classeur OpenDocument (.ods) et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>c'est un classeur OpenDocument (.ods) et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</translation>
    </message>
    <message>
        <source>c'est un document de traitement de texte et non un fichier de contacts</source>
        <translation>c'est un document de traitement de texte et non un fichier de contacts</translation>
    </message>
    <message>
        <source>c'est une archive compressée (.zip) : extrayez-en d'abord le fichier de contacts</source>
        <translation>c'est une archive compressée (.zip) : extrayez-en d'abord le fichier de contacts</translation>
    </message>
    <message>
        <source>c'est un ancien classeur Excel (.xls) ou document Office et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>c'est un ancien classeur Excel (.xls) ou document Office et non un fichier CSV : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</translation>
    </message>
    <message>
        <source>c'est un document PDF et non un fichier de contacts</source>
        <translation>c'est un document PDF et non un fichier de contacts</translation>
    </message>
    <message>
        <source>c'est une image et non un fichier de contacts</source>
        <translation>c'est une image et non un fichier de contacts</translation>
    </message>
    <message>
        <source>c'est un calendrier (iCalendar, .ics) et non un carnet de contacts</source>
        <translation>c'est un calendrier (iCalendar, .ics) et non un carnet de contacts</translation>
    </message>
    <message>
        <source>ligne {line} : CHARSET « {charset} » inconnu, valeur lue en UTF-8</source>
        <translation>ligne {line} : CHARSET « {charset} » inconnu, valeur lue en UTF-8</translation>
    </message>
    <message>
        <source>ligne {line} : texte sans CHARSET lu en {encoding} (« {reading} ») ; en {other} ce serait « {other_text} » : vérifiez la fiche</source>
        <translation>ligne {line} : texte sans CHARSET lu en {encoding} (« {reading} ») ; en {other} ce serait « {other_text} » : vérifiez la fiche</translation>
    </message>
    <message>
        <source>fiche n° {card} : END:VCARD manquant ; fiche importée telle quelle, vérifiez-la</source>
        <translation>fiche n° {card} : END:VCARD manquant ; fiche importée telle quelle, vérifiez-la</translation>
    </message>
    <message>
        <source>fiche n° {card} : ni nom, ni courriel, ni téléphone</source>
        <translation>fiche n° {card} : ni nom, ni courriel, ni téléphone</translation>
    </message>
    <message>
        <source>aucune fiche BEGIN:VCARD : ce n'est pas un fichier vCard</source>
        <translation>aucune fiche BEGIN:VCARD : ce n'est pas un fichier vCard</translation>
    </message>
    <message>
        <source>version vCard non prise en charge : {version}</source>
        <translation>version vCard non prise en charge : {version}</translation>
    </message>
    <message>
        <source>même courriel</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>même nom et même organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>même nom et même téléphone</source>
        <translation>même nom et même téléphone</translation>
    </message>
    <message>
        <source>même nom et même domaine de courriel</source>
        <translation>même nom et même domaine de courriel</translation>
    </message>
    <message>
        <source>même nom seulement</source>
        <translation>même nom seulement</translation>
    </message>
    <message>
        <source>même téléphone seulement</source>
        <translation>même téléphone seulement</translation>
    </message>
    <message>
        <source>« {name} » ({organization})</source>
        <translation>« {name} » ({organization})</translation>
    </message>
    <message>
        <source>« {name} »</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>Une personne ne peut pas être son propre doublon.</source>
        <translation>Une personne ne peut pas être son propre doublon.</translation>
    </message>
    <message>
        <source>Choisissez deux personnes différentes.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Export annulé : {path} n'a pas été écrit.</source>
        <translation>Export annulé : {path} n'a pas été écrit.</translation>
    </message>
    <message>
        <source>format d'export inconnu : {format} (csv, xlsx, vcf, vcf3)</source>
        <translation>format d'export inconnu : {format} (csv, xlsx, vcf, vcf3)</translation>
    </message>
    <message>
        <source>doublon de {who} : {why}</source>
        <translation>doublon de {who} : {why}</translation>
    </message>
    <message>
        <source>fiche de {who} mise à jour : {why}</source>
        <translation>fiche de {who} mise à jour : {why}</translation>
    </message>
    <message>
        <source>fusionnée avec {who} : {why}</source>
        <translation>fusionnée avec {who} : {why}</translation>
    </message>
    <message>
        <source>nouvelle fiche, à comparer avec {who} : {why} (Outils › Doublons)</source>
        <translation>nouvelle fiche, à comparer avec {who} : {why} (Outils › Doublons)</translation>
    </message>
    <message>
        <source>la fiche n° {person_id}</source>
        <translation>la fiche n° {person_id}</translation>
    </message>
    <message>
        <source>la ligne {line} (« {name} »)</source>
        <translation>la ligne {line} (« {name} »)</translation>
    </message>
    <message>
        <source>Import annulé : rien n'a été enregistré</source>
        <translation>Import annulé : rien n'a été enregistré</translation>
    </message>
    <message>
        <source>Tout ou rien : des lignes sont rejetées, rien n'a été importé</source>
        <translation>Tout ou rien : des lignes sont rejetées, rien n'a été importé</translation>
    </message>
    <message>
        <source>Essai à blanc : rien n'a été enregistré</source>
        <translation>Essai à blanc : rien n'a été enregistré</translation>
    </message>
    <message>
        <source>ni nom, ni organisation, ni courriel ou téléphone valide</source>
        <translation>ni nom, ni organisation, ni courriel ou téléphone valide</translation>
    </message>
    <message>
        <source>fiche sans nom : nommée « {name} »</source>
        <translation>fiche sans nom : nommée « {name} »</translation>
    </message>
    <message>
        <source>champ {field} : « {value} » invalide : gardé dans les notes</source>
        <translation>champ {field} : « {value} » invalide : gardé dans les notes</translation>
    </message>
    <message>
        <source>Courriel non reconnu : {value}</source>
        <translation>Courriel non reconnu : {value}</translation>
    </message>
    <message>
        <source>Téléphone non reconnu : {value}</source>
        <translation>Téléphone non reconnu : {value}</translation>
    </message>
    <message>
        <source>créée</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>mise à jour</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>ignorée</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>rejetée</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>avertissement</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>doublon possible</source>
        <translation>doublon possible</translation>
    </message>
    <message>
        <source>{basis} : {count}</source>
        <translation>{basis} : {count}</translation>
    </message>
    <message>
        <source>{before}, {basis} : {count}</source>
        <translation>{before}, {basis} : {count}</translation>
    </message>
    <message>
        <source>{country} : {count} ({details})</source>
        <translation>{country} : {count} ({details})</translation>
    </message>
    <message>
        <source>{count} sans indice de pays, classées {country} (pays par défaut choisi)</source>
        <translation>{count} sans indice de pays, classées {country} (pays par défaut choisi)</translation>
    </message>
    <message>
        <source>{persons}, 1 organisation créée</source>
        <translation>{persons}, 1 organisation créée</translation>
    </message>
    <message>
        <source>{persons}, {count} organisations créées</source>
        <translation>{persons}, {count} organisations créées</translation>
    </message>
    <message>
        <source>{created} créées (dont {possible} doublons possibles à vérifier), {updated} mises à jour, {skipped} ignorées, {rejected} rejetées</source>
        <translation>{created} créées (dont {possible} doublons possibles à vérifier), {updated} mises à jour, {skipped} ignorées, {rejected} rejetées</translation>
    </message>
    <message>
        <source>{created} créées, {updated} mises à jour, {skipped} ignorées, {rejected} rejetées</source>
        <translation>{created} créées, {updated} mises à jour, {skipped} ignorées, {rejected} rejetées</translation>
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
        <translation>L'import n° {batch_id} a déjà été annulé.</translation>
    </message>
    <message>
        <source>Donnez un nom à la correspondance de colonnes.</source>
        <translation>Donnez un nom à la correspondance de colonnes.</translation>
    </message>
    <message>
        <source>Correspondance « {name} » inconnue (aucune n'est enregistrée).</source>
        <translation>Correspondance « {name} » inconnue (aucune n'est enregistrée).</translation>
    </message>
    <message>
        <source>Correspondance « {name} » inconnue (enregistrées : {known}).</source>
        <translation>Correspondance « {name} » inconnue (enregistrées : {known}).</translation>
    </message>
    <message>
        <source>Liste des participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Sans organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <source>%1 participant(s), %2 groupe(s)</source>
        <translation>%1 participant(s), %2 groupe(s)</translation>
    </message>
    <message>
        <source>Données détenues sur %1</source>
        <translation>Données détenues sur %1</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Document produit par Réseau le %1, en réponse à une demande d'accès (Loi 25, RGPD).</source>
        <translation>Document produit par Réseau le %1, en réponse à une demande d'accès (Loi 25, RGPD).</translation>
    </message>
    <message>
        <source>Demande d'accès</source>
        <translation>Demande d'accès</translation>
    </message>
    <message>
        <source>Aucune donnée.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>aucune activité dans l'année</source>
        <translation>aucune activité dans l'année</translation>
    </message>
    <message>
        <source>aucun contact en France</source>
        <translation>aucun contact en France</translation>
    </message>
    <message>
        <source>aucun contact au Québec</source>
        <translation>aucun contact au Québec</translation>
    </message>
    <message>
        <source>A1 · document de préparation</source>
        <translation>A1 · document de préparation</translation>
    </message>
    <message>
        <source>A2 · temps d'échange</source>
        <translation>A2 · temps d'échange</translation>
    </message>
    <message>
        <source>A3 · un lieu par demi-journée</source>
        <translation>A3 · un lieu par demi-journée</translation>
    </message>
    <message>
        <source>A4 · secteurs rencontrés</source>
        <translation>A4 · secteurs rencontrés</translation>
    </message>
    <message>
        <source>A5 · temps entre participants</source>
        <translation>A5 · temps entre participants</translation>
    </message>
    <message>
        <source>Conflit · personne</source>
        <translation>Conflit · personne</translation>
    </message>
    <message>
        <source>Conflit · chevauchement</source>
        <translation>Conflit · chevauchement</translation>
    </message>
    <message>
        <source>Conflit · hors des dates</source>
        <translation>Conflit · hors des dates</translation>
    </message>
    <message>
        <source>Conflit · trajet</source>
        <translation>Conflit · trajet</translation>
    </message>
    <message>
        <source>Lieu sans ville</source>
        <translation>Lieu sans ville</translation>
    </message>
    <message>
        <source>Ville inconnue</source>
        <translation>Ville inconnue</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Conférencier supprimé</source>
        <translation>Conférencier supprimé</translation>
    </message>
    <message>
        <source>Horaire invalide</source>
        <translation>Horaire invalide</translation>
    </message>
    <message>
        <source>Fournir à chaque participant un document présentant l'organisation politique française, une synthèse des grandes politiques sociales et les différences entre les rôles des villes et municipalités en France et au Québec.</source>
        <translation>Fournir à chaque participant un document présentant l'organisation politique française, une synthèse des grandes politiques sociales et les différences entre les rôles des villes et municipalités en France et au Québec.</translation>
    </message>
    <message>
        <source>Équilibrer le temps consacré aux présentations et le temps consacré aux questions et aux échanges avec les intervenants.</source>
        <translation>Équilibrer le temps consacré aux présentations et le temps consacré aux questions et aux échanges avec les intervenants.</translation>
    </message>
    <message>
        <source>Limiter les visites à un lieu par demi-journée, de façon à permettre les échanges avec les intervenants et les citoyens.</source>
        <translation>Limiter les visites à un lieu par demi-journée, de façon à permettre les échanges avec les intervenants et les citoyens.</translation>
    </message>
    <message>
        <source>S'assurer que pourront aussi être rencontrés d'autres acteurs intervenant dans les mêmes milieux (santé, éducation, emploi, etc.).</source>
        <translation>S'assurer que pourront aussi être rencontrés d'autres acteurs intervenant dans les mêmes milieux (santé, éducation, emploi, etc.).</translation>
    </message>
    <message>
        <source>Laisser du temps, à l'intérieur même du programme de la mission, pour que les participants puissent échanger entre eux.</source>
        <translation>Laisser du temps, à l'intérieur même du programme de la mission, pour que les participants puissent échanger entre eux.</translation>
    </message>
    <message>
        <source>Une personne ne peut pas être à deux endroits en même temps.</source>
        <translation>Une personne ne peut pas être à deux endroits en même temps.</translation>
    </message>
    <message>
        <source>La délégation entière ne peut pas suivre deux activités à la fois.</source>
        <translation>La délégation entière ne peut pas suivre deux activités à la fois.</translation>
    </message>
    <message>
        <source>Un créneau hors des dates de la mission n'aura pas lieu avec la délégation.</source>
        <translation>Un créneau hors des dates de la mission n'aura pas lieu avec la délégation.</translation>
    </message>
    <message>
        <source>Un trajet plus long que l'écart entre deux créneaux fait arriver en retard : il écourte les échanges avec les intervenants que le rapport de 2005 demande de préserver (A2, A3).</source>
        <translation>Un trajet plus long que l'écart entre deux créneaux fait arriver en retard : il écourte les échanges avec les intervenants que le rapport de 2005 demande de préserver (A2, A3).</translation>
    </message>
    <message>
        <source>Sans ville, Réseau ne peut pas calculer le temps de trajet vers ce lieu ni depuis ce lieu.</source>
        <translation>Sans ville, Réseau ne peut pas calculer le temps de trajet vers ce lieu ni depuis ce lieu.</translation>
    </message>
    <message>
        <source>Réseau ne connaît que les villes de France et du Québec de plus de 15 000 habitants (GeoNames) ; pour une autre, indiquez le temps de trajet dans les paramètres de la mission.</source>
        <translation>Réseau ne connaît que les villes de France et du Québec de plus de 15 000 habitants (GeoNames) ; pour une autre, indiquez le temps de trajet dans les paramètres de la mission.</translation>
    </message>
    <message>
        <source>Une heure écrite au fuseau d'une autre ville décale le créneau dans le calendrier de chacun (18 h à Montréal, c'est minuit à Paris).</source>
        <translation>Une heure écrite au fuseau d'une autre ville décale le créneau dans le calendrier de chacun (18 h à Montréal, c'est minuit à Paris).</translation>
    </message>
    <message>
        <source>Un conférencier supprimé des contacts ne recevra ni programme ni invitation.</source>
        <translation>Un conférencier supprimé des contacts ne recevra ni programme ni invitation.</translation>
    </message>
    <message>
        <source>Un créneau qui finit avant son début ne peut être ni affiché ni exporté correctement.</source>
        <translation>Un créneau qui finit avant son début ne peut être ni affiché ni exporté correctement.</translation>
    </message>
    <message>
        <source>Rapport de 2005 ({code}) : « {words} »</source>
        <translation>Rapport de 2005 ({code}) : « {words} »</translation>
    </message>
    <message>
        <source>Règle de Réseau : {words}</source>
        <translation>Règle de Réseau : {words}</translation>
    </message>
    <message>
        <source>{rule}</source>
        <translation>{rule}</translation>
    </message>
    <message>
        <source>« {what} » ({day}, {when})</source>
        <translation>« {what} » ({day}, {when})</translation>
    </message>
    <message>
        <source>Le document de préparation ne contient que le plan A1 : remplacez les phrases du modèle par le contenu remis aux participants.</source>
        <translation>Le document de préparation ne contient que le plan A1 : remplacez les phrases du modèle par le contenu remis aux participants.</translation>
    </message>
    <message>
        <source>Aucun document de préparation : rédigez l'organisation politique, les grandes politiques sociales et le rôle des villes (onglet Document de préparation).</source>
        <translation>Aucun document de préparation : rédigez l'organisation politique, les grandes politiques sociales et le rôle des villes (onglet Document de préparation).</translation>
    </message>
    <message>
        <source>{day} : {talk} min d'échanges pour {present} min de présentations (attendu : au moins {ratio} × le temps de présentation).</source>
        <translation>{day} : {talk} min d'échanges pour {present} min de présentations (attendu : au moins {ratio} × le temps de présentation).</translation>
    </message>
    <message>
        <source>Sur la mission : {talk} min d'échanges pour {present} min de présentations (attendu : au moins {ratio} × le temps de présentation).</source>
        <translation>Sur la mission : {talk} min d'échanges pour {present} min de présentations (attendu : au moins {ratio} × le temps de présentation).</translation>
    </message>
    <message>
        <source>{day}, {half} : {count} lieux visités ({names}) ; un seul lieu par demi-journée laisse le temps d'échanger.</source>
        <translation>{day}, {half} : {count} lieux visités ({names}) ; un seul lieu par demi-journée laisse le temps d'échanger.</translation>
    </message>
    <message>
        <source>Aucun hôte ni conférencier du secteur « {sector} » au programme.</source>
        <translation>Aucun hôte ni conférencier du secteur « {sector} » au programme.</translation>
    </message>
    <message>
        <source>Pas de rencontre entre participants le {day}.</source>
        <translation>Pas de rencontre entre participants le {day}.</translation>
    </message>
    <message>
        <source>Pas de rencontre entre participants du {first} au {last}.</source>
        <translation>Pas de rencontre entre participants du {first} au {last}.</translation>
    </message>
    <message>
        <source>{first} et {second} se chevauchent pour toute la délégation.</source>
        <translation>{first} et {second} se chevauchent pour toute la délégation.</translation>
    </message>
    <message>
        <source>{name} est prévu(e) à deux endroits en même temps : {first} et {second}.</source>
        <translation>{name} est prévu(e) à deux endroits en même temps : {first} et {second}.</translation>
    </message>
    <message>
        <source>{slot} tombe en dehors des dates de la mission.</source>
        <translation>{slot} tombe en dehors des dates de la mission.</translation>
    </message>
    <message>
        <source>{slot} finit à {end}, avant son début.</source>
        <translation>{slot} finit à {end}, avant son début.</translation>
    </message>
    <message>
        <source>à pied</source>
        <translation>à pied</translation>
    </message>
    <message>
        <source>en voiture</source>
        <translation>en voiture</translation>
    </message>
    <message>
        <source>en train</source>
        <translation>en train</translation>
    </message>
    <message>
        <source>en avion</source>
        <translation>en avion</translation>
    </message>
    <message>
        <source>{mode}, temps connu de la mission</source>
        <translation>{mode}, temps connu de la mission</translation>
    </message>
    <message>
        <source>{mode}, environ {km} km</source>
        <translation>{mode}, environ {km} km</translation>
    </message>
    <message>
        <source>La délégation</source>
        <translation>La délégation</translation>
    </message>
    <message>
        <source>{names}</source>
        <translation>{names}</translation>
    </message>
    <message>
        <source>{who} : {first} à {origin}, puis {second} à {destination} ; {gap} entre les deux pour un trajet d'environ {trip} ({how}).</source>
        <translation>{who} : {first} à {origin}, puis {second} à {destination} ; {gap} entre les deux pour un trajet d'environ {trip} ({how}).</translation>
    </message>
    <message>
        <source>« {city} » ({slot}) n'est pas dans la table des villes : indiquez le temps de trajet (Paramètres…) ou corrigez la ville.</source>
        <translation>« {city} » ({slot}) n'est pas dans la table des villes : indiquez le temps de trajet (Paramètres…) ou corrigez la ville.</translation>
    </message>
    <message>
        <source>{slot} a lieu à « {place} » sans ville : indiquez la ville (ou celle de l'organisation hôte).</source>
        <translation>{slot} a lieu à « {place} » sans ville : indiquez la ville (ou celle de l'organisation hôte).</translation>
    </message>
    <message>
        <source>{slot} a lieu à {city} ({city_zone}) mais ses heures sont au fuseau {zone} : choisissez le fuseau du lieu dans le créneau.</source>
        <translation>{slot} a lieu à {city} ({city_zone}) mais ses heures sont au fuseau {zone} : choisissez le fuseau du lieu dans le créneau.</translation>
    </message>
    <message>
        <source>{name}, conférencier de {slot}, a été supprimé(e) des contacts ; le créneau est conservé.</source>
        <translation>{name}, conférencier de {slot}, a été supprimé(e) des contacts ; le créneau est conservé.</translation>
    </message>
    <message>
        <source>Hôte : {name}</source>
        <translation>Hôte : {name}</translation>
    </message>
    <message>
        <source>Intervenants : {names}</source>
        <translation>Intervenants : {names}</translation>
    </message>
    <message>
        <source>Thèmes : {names}</source>
        <translation>Thèmes : {names}</translation>
    </message>
    <message>
        <source>Participants : {names}</source>
        <translation>Participants : {names}</translation>
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
        <translation>« {wanted} » désigne plusieurs missions ({names}) ; précisez ou donnez l'id.</translation>
    </message>
    <message>
        <source>{kind} : {value}</source>
        <translation>{kind} : {value}</translation>
    </message>
    <message>
        <source>{when}{activity}{title}{where}</source>
        <translation>{when}{activity}{title}{where}</translation>
    </message>
    <message>
        <source>intervenant</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>hôte</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>« {zone} » n'est pas un fuseau horaire connu (ex. America/Toronto).</source>
        <translation>« {zone} » n'est pas un fuseau horaire connu (ex. America/Toronto).</translation>
    </message>
    <message>
        <source>Le {day} est en dehors de la mission (du {start} au {end}).</source>
        <translation>Le {day} est en dehors de la mission (du {start} au {end}).</translation>
    </message>
    <message>
        <source>Le créneau finit à {end}, avant son début à {start}.</source>
        <translation>Le créneau finit à {end}, avant son début à {start}.</translation>
    </message>
    <message>
        <source>L'organisation hôte n'existe plus.</source>
        <translation>L'organisation hôte n'existe plus.</translation>
    </message>
    <message>
        <source>Un conférencier choisi n'existe plus ; rouvrez la fiche.</source>
        <translation>Un conférencier choisi n'existe plus ; rouvrez la fiche.</translation>
    </message>
    <message>
        <source>Un participant choisi n'existe plus ; rouvrez la fiche.</source>
        <translation>Un participant choisi n'existe plus ; rouvrez la fiche.</translation>
    </message>
    <message>
        <source>Un thème choisi n'existe plus ; rouvrez la fiche.</source>
        <translation>Un thème choisi n'existe plus ; rouvrez la fiche.</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Choisissez une autre journée que celle à copier.</source>
        <translation>Choisissez une autre journée que celle à copier.</translation>
    </message>
    <message>
        <source>Le ratio doit être entre 0 et 10.</source>
        <translation>Le ratio doit être entre 0 et 10.</translation>
    </message>
    <message>
        <source>La fréquence des rencontres doit être de 1 à 30 jours.</source>
        <translation>La fréquence des rencontres doit être de 1 à 30 jours.</translation>
    </message>
    <message>
        <source>Trajet {first} – {second} : indiquez deux villes et une durée de moins de 24 h.</source>
        <translation>Trajet {first} – {second} : indiquez deux villes et une durée de moins de 24 h.</translation>
    </message>
    <message>
        <source>Indiquez pourquoi cet avertissement est accepté.</source>
        <translation>Indiquez pourquoi cet avertissement est accepté.</translation>
    </message>
    <message>
        <source>La base est ouverte en lecture seule (écrite par une version plus récente de Réseau) : aucune modification n'est possible.</source>
        <translation>La base est ouverte en lecture seule (écrite par une version plus récente de Réseau) : aucune modification n'est possible.</translation>
    </message>
    <message>
        <source>numéro vide</source>
        <translation>numéro vide</translation>
    </message>
    <message>
        <source>« {value} » n'est pas un numéro de téléphone</source>
        <translation>« {value} » n'est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>« {value} » n'est pas un numéro valide pour {region}</source>
        <translation>« {value} » n'est pas un numéro valide pour {region}</translation>
    </message>
    <message>
        <source>il manque le @</source>
        <translation>il manque le @</translation>
    </message>
    <message>
        <source>il manque le domaine après le @</source>
        <translation>il manque le domaine après le @</translation>
    </message>
    <message>
        <source>il manque le nom avant le @</source>
        <translation>il manque le nom avant le @</translation>
    </message>
    <message>
        <source>le domaine doit contenir un point</source>
        <translation>le domaine doit contenir un point</translation>
    </message>
    <message>
        <source>l'adresse contient des caractères non permis</source>
        <translation>l'adresse contient des caractères non permis</translation>
    </message>
    <message>
        <source>l'adresse est trop longue</source>
        <translation>l'adresse est trop longue</translation>
    </message>
    <message>
        <source>format non valide</source>
        <translation>format non valide</translation>
    </message>
    <message>
        <source>adresse vide</source>
        <translation>adresse vide</translation>
    </message>
    <message>
        <source>« {value} » n'est pas une adresse valide : {reason}</source>
        <translation>« {value} » n'est pas une adresse valide : {reason}</translation>
    </message>
    <message>
        <source>« {name} » : valeur {value} ignorée</source>
        <translation>« {name} » : valeur {value} ignorée</translation>
    </message>
    <message>
        <source>« {name} » : une section était attendue</source>
        <translation>« {name} » : une section était attendue</translation>
    </message>
    <message>
        <source>le fichier ne contient pas un objet JSON</source>
        <translation>le fichier ne contient pas un objet JSON</translation>
    </message>
    <message>
        <source>ligne {line}, colonne {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>Les préférences {path} sont illisibles ({detail}) : les valeurs par défaut sont utilisées et le fichier ne sera remplacé que lorsque vous enregistrerez vos préférences.</source>
        <translation>Les préférences {path} sont illisibles ({detail}) : les valeurs par défaut sont utilisées et le fichier ne sera remplacé que lorsque vous enregistrerez vos préférences.</translation>
    </message>
    <message>
        <source>Préférences {path} : {problems} (valeurs par défaut utilisées).</source>
        <translation>Préférences {path} : {problems} (valeurs par défaut utilisées).</translation>
    </message>
    <message>
        <source>La sauvegarde {file} est endommagée : {problem}</source>
        <translation>La sauvegarde {file} est endommagée : {problem}</translation>
    </message>
    <message>
        <source>Sauvegarde impossible dans {folder} : {reason}. La base de données n'a pas été modifiée.</source>
        <translation>Sauvegarde impossible dans {folder} : {reason}. La base de données n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>le dossier est en lecture seule</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>le dossier est inaccessible ou en lecture seule</source>
        <translation>le dossier est inaccessible ou en lecture seule</translation>
    </message>
    <message>
        <source>Impossible de lire {path} : {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données Réseau (ce n'est pas un fichier SQLite).</source>
        <translation>{path} n'est pas une base de données Réseau (ce n'est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} est endommagé ({problem}) : restauration refusée.</source>
        <translation>{path} est endommagé ({problem}) : restauration refusée.</translation>
    </message>
    <message>
        <source>{path} est une base SQLite, mais pas une base de données Réseau.</source>
        <translation>{path} est une base SQLite, mais pas une base de données Réseau.</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données Réseau lisible : {reason}.</source>
        <translation>{path} n'est pas une base de données Réseau lisible : {reason}.</translation>
    </message>
    <message>
        <source>{path} n'a pas de version de schéma : ce n'est pas une base Réseau.</source>
        <translation>{path} n'a pas de version de schéma : ce n'est pas une base Réseau.</translation>
    </message>
    <message>
        <source>{path} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour.</source>
        <translation>{path} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour.</translation>
    </message>
    <message>
        <source>La copie préparée ne passe pas la vérification : {problem}</source>
        <translation>La copie préparée ne passe pas la vérification : {problem}</translation>
    </message>
    <message>
        <source>Restauration impossible : {reason}.</source>
        <translation>Restauration impossible : {reason}.</translation>
    </message>
    <message>
        <source>La base restaurée ne passe pas la vérification : {problem}</source>
        <translation>La base restaurée ne passe pas la vérification : {problem}</translation>
    </message>
    <message>
        <source>{path} est occupée par un autre programme depuis {seconds} s : l'opération a été abandonnée et rien n'a été modifié ; fermez l'autre programme, puis recommencez.</source>
        <translation>{path} est occupée par un autre programme depuis {seconds} s : l'opération a été abandonnée et rien n'a été modifié ; fermez l'autre programme, puis recommencez.</translation>
    </message>
    <message>
        <source>{path} est un dossier, pas une base de données Réseau.</source>
        <translation>{path} est un dossier, pas une base de données Réseau.</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données SQLite ; le fichier n'a pas été modifié.</source>
        <translation>{path} n'est pas une base de données SQLite ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier {folder} : {reason}.</source>
        <translation>Impossible de créer le dossier {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Le dossier {folder} n'est pas accessible en écriture : {reason}.</source>
        <translation>Le dossier {folder} n'est pas accessible en écriture : {reason}.</translation>
    </message>
    <message>
        <source>Impossible d'ouvrir {path} : {reason}.</source>
        <translation>Impossible d'ouvrir {path} : {reason}.</translation>
    </message>
    <message>
        <source>Adresse de base de données invalide : {reason}</source>
        <translation>Adresse de base de données invalide : {reason}</translation>
    </message>
    <message>
        <source>{database} est déjà ouverte par un autre Réseau (verrou {lock}). Fermez l'autre fenêtre, ou ouvrez une autre base.</source>
        <translation>{database} est déjà ouverte par un autre Réseau (verrou {lock}). Fermez l'autre fenêtre, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>Impossible de préparer {where} : {reason}</source>
        <translation>Impossible de préparer {where} : {reason}</translation>
    </message>
    <message>
        <source>lignes qui renvoient à une ligne absente : {count} (la première : {table} n° {rowid} → {parent}) ; rien n'a été enregistré</source>
        <translation>lignes qui renvoient à une ligne absente : {count} (la première : {table} n° {rowid} → {parent}) ; rien n'a été enregistré</translation>
    </message>
    <message>
        <source>le journal d'écriture n'a pas pu être vidé dans le fichier</source>
        <translation>le journal d'écriture n'a pas pu être vidé dans le fichier</translation>
    </message>
    <message>
        <source>{path} a été créée par un autre programme pendant l'import : elle a été laissée telle quelle et rien n'y a été importé ; recommencez l'import.</source>
        <translation>{path} a été créée par un autre programme pendant l'import : elle a été laissée telle quelle et rien n'y a été importé ; recommencez l'import.</translation>
    </message>
    <message>
        <source>Dernière sauvegarde saine de cette base : {file} (pour la restaurer : reseau restore {path} --db {database}).</source>
        <translation>Dernière sauvegarde saine de cette base : {file} (pour la restaurer : reseau restore {path} --db {database}).</translation>
    </message>
    <message>
        <source>Aucune sauvegarde n'a été trouvée pour cette base ; {count} sauvegarde(s) d'une version antérieure de Réseau, qui ne disent pas de quelle base elles viennent, sont dans {folder} (à choisir vous-même : reseau restore FICHIER).</source>
        <translation>Aucune sauvegarde n'a été trouvée pour cette base ; {count} sauvegarde(s) d'une version antérieure de Réseau, qui ne disent pas de quelle base elles viennent, sont dans {folder} (à choisir vous-même : reseau restore FICHIER).</translation>
    </message>
    <message>
        <source>{path} est occupée par un autre programme : {reason}.</source>
        <translation>{path} est occupée par un autre programme : {reason}.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde n'a été trouvée.</source>
        <translation>Aucune sauvegarde n'a été trouvée.</translation>
    </message>
    <message>
        <source>{path} a été mise de côté le {date}, endommagée, sous le nom {aside} : Réseau ne crée pas de base vide à sa place. {offer} Pour repartir d'une base vide, supprimez {marker}.</source>
        <translation>{path} a été mise de côté le {date}, endommagée, sous le nom {aside} : Réseau ne crée pas de base vide à sa place. {offer} Pour repartir d'une base vide, supprimez {marker}.</translation>
    </message>
    <message>
        <source>{path} est vide (0 octet) : ce n'est pas une base Réseau utilisable, et Réseau ne la remplace pas par une base vide ; le fichier a été laissé tel quel. {offer}</source>
        <translation>{path} est vide (0 octet) : ce n'est pas une base Réseau utilisable, et Réseau ne la remplace pas par une base vide ; le fichier a été laissé tel quel. {offer}</translation>
    </message>
    <message>
        <source>{path} n'est pas une base de données SQLite (en-tête détruit, ou autre fichier) ; le fichier n'a pas été modifié. {offer}</source>
        <translation>{path} n'est pas une base de données SQLite (en-tête détruit, ou autre fichier) ; le fichier n'a pas été modifié. {offer}</translation>
    </message>
    <message>
        <source>{path} est endommagée ({problem}). Elle a été mise de côté sous le nom {aside}, sans être modifiée. {offer}</source>
        <translation>{path} est endommagée ({problem}). Elle a été mise de côté sous le nom {aside}, sans être modifiée. {offer}</translation>
    </message>
    <message>
        <source>La mise à jour du schéma de {path} ({old} → {new}) a échoué ({reason}) ; le fichier n'a pas été modifié. {offer}</source>
        <translation>La mise à jour du schéma de {path} ({old} → {new}) a échoué ({reason}) ; le fichier n'a pas été modifié. {offer}</translation>
    </message>
    <message>
        <source>Connexion impossible à {where} : {reason}</source>
        <translation>Connexion impossible à {where} : {reason}</translation>
    </message>
    <message>
        <source>le serveur refuse l'identifiant ou le mot de passe.</source>
        <translation>le serveur refuse l'identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <source>le serveur ne répond pas (arrêté, ou adresse ou port erroné).</source>
        <translation>le serveur ne répond pas (arrêté, ou adresse ou port erroné).</translation>
    </message>
    <message>
        <source>{where} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour pour l'ouvrir.</source>
        <translation>{where} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>la personne n° {ident}</source>
        <translation>la personne n° {ident}</translation>
    </message>
    <message>
        <source>l'organisation n° {ident}</source>
        <translation>l'organisation n° {ident}</translation>
    </message>
    <message>
        <source>l'échange n° {ident}</source>
        <translation>l'échange n° {ident}</translation>
    </message>
    <message>
        <source>le créneau d'agenda n° {ident}</source>
        <translation>le créneau d'agenda n° {ident}</translation>
    </message>
    <message>
        <source>l'entrée de journal n° {ident}</source>
        <translation>l'entrée de journal n° {ident}</translation>
    </message>
    <message>
        <source>le thème n° {ident}</source>
        <translation>le thème n° {ident}</translation>
    </message>
    <message>
        <source>une coordonnée (n° {ident})</source>
        <translation>une coordonnée (n° {ident})</translation>
    </message>
    <message>
        <source>une étiquette (n° {ident})</source>
        <translation>une étiquette (n° {ident})</translation>
    </message>
    <message>
        <source>une ligne de « {table} » (n° {ident})</source>
        <translation>une ligne de « {table} » (n° {ident})</translation>
    </message>
    <message>
        <source>« {action} » ne peut pas être annulé automatiquement.</source>
        <translation>« {action} » ne peut pas être annulé automatiquement.</translation>
    </message>
    <message>
        <source>Impossible d'annuler « {action} » : {what} a changé depuis. Rien n'a été changé.</source>
        <translation>Impossible d'annuler « {action} » : {what} a changé depuis. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Impossible de rétablir « {action} » : {what} a changé depuis. Rien n'a été changé.</source>
        <translation>Impossible de rétablir « {action} » : {what} a changé depuis. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Impossible d'annuler « {action} » : des données ajoutées depuis ({added}) dépendent de {what}. Rien n'a été changé.</source>
        <translation>Impossible d'annuler « {action} » : des données ajoutées depuis ({added}) dépendent de {what}. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Impossible de rétablir « {action} » : des données ajoutées depuis ({added}) dépendent de {what}. Rien n'a été changé.</source>
        <translation>Impossible de rétablir « {action} » : des données ajoutées depuis ({added}) dépendent de {what}. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>La restauration ne concerne que les bases locales (fichier SQLite).</source>
        <translation>La restauration ne concerne que les bases locales (fichier SQLite).</translation>
    </message>
    <message>
        <source>La base est ouverte en lecture seule : restauration impossible.</source>
        <translation>La base est ouverte en lecture seule : restauration impossible.</translation>
    </message>
    <message>
        <source>Poste trop long (20 caractères au plus)</source>
        <translation>Poste trop long (20 caractères au plus)</translation>
    </message>
    <message>
        <source>Courriel invalide : {reason}</source>
        <translation>Courriel invalide : {reason}</translation>
    </message>
    <message>
        <source>Téléphone invalide : {reason}</source>
        <translation>Téléphone invalide : {reason}</translation>
    </message>
    <message>
        <source>Création de la fiche</source>
        <translation>Création de la fiche</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>La date de fin ({end}) précède la date de début ({start}).</source>
        <translation>La date de fin ({end}) précède la date de début ({start}).</translation>
    </message>
    <message>
        <source>Une date de fin demande une date de début.</source>
        <translation>Une date de fin demande une date de début.</translation>
    </message>
    <message>
        <source>La personne n° {person_id} n'existe plus.</source>
        <translation>La personne n° {person_id} n'existe plus.</translation>
    </message>
    <message>
        <source>{name} figure deux fois comme « {role} ».</source>
        <translation>{name} figure deux fois comme « {role} ».</translation>
    </message>
    <message>
        <source>L'organisation n° {organization_id} n'existe plus.</source>
        <translation>L'organisation n° {organization_id} n'existe plus.</translation>
    </message>
    <message>
        <source>{name} figure deux fois avec le même rôle.</source>
        <translation>{name} figure deux fois avec le même rôle.</translation>
    </message>
    <message>
        <source>L'objectif n° {number} n'a pas de texte.</source>
        <translation>L'objectif n° {number} n'a pas de texte.</translation>
    </message>
    <message>
        <source>Le thème n° {theme_id} n'existe plus.</source>
        <translation>Le thème n° {theme_id} n'existe plus.</translation>
    </message>
    <message>
        <source>La date du changement de statut est dans le futur.</source>
        <translation>La date du changement de statut est dans le futur.</translation>
    </message>
    <message>
        <source>Le fichier « {file} » est introuvable.</source>
        <translation>Le fichier « {file} » est introuvable.</translation>
    </message>
    <message>
        <source>Le fichier « {file} » ne peut pas être lu : {reason}.</source>
        <translation>Le fichier « {file} » ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>Impossible de copier « {file} » dans {folder} : {reason}.</source>
        <translation>Impossible de copier « {file} » dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <source>Suite de « {kind} » du {day} : {summary}</source>
        <translation>Suite de « {kind} » du {day} : {summary}</translation>
    </message>
    <message>
        <source>Suite de « {kind} » du {day}</source>
        <translation>Suite de « {kind} » du {day}</translation>
    </message>
    <message>
        <source>Relance tous les {days} jours ; dernier échange le {day}</source>
        <translation>Relance tous les {days} jours ; dernier échange le {day}</translation>
    </message>
    <message>
        <source>Relance tous les {days} jours ; aucun échange consigné</source>
        <translation>Relance tous les {days} jours ; aucun échange consigné</translation>
    </message>
    <message>
        <source>Entrée du journal</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Reportez la relance à une date postérieure à aujourd'hui.</source>
        <translation>Reportez la relance à une date postérieure à aujourd'hui.</translation>
    </message>
    <message>
        <source>{name} : prochaine relance le {day}</source>
        <translation>{name} : prochaine relance le {day}</translation>
    </message>
    <message>
        <source>Indiquez au moins une personne ou une organisation pour cette entrée.</source>
        <translation>Indiquez au moins une personne ou une organisation pour cette entrée.</translation>
    </message>
    <message>
        <source>La date de relance ({day}) est passée : la relance serait aussitôt en retard.</source>
        <translation>La date de relance ({day}) est passée : la relance serait aussitôt en retard.</translation>
    </message>
    <message>
        <source>Une personne choisie n'existe plus.</source>
        <translation>Une personne choisie n'existe plus.</translation>
    </message>
    <message>
        <source>Une organisation choisie n'existe plus.</source>
        <translation>Une organisation choisie n'existe plus.</translation>
    </message>
    <message>
        <source>Un thème choisi n'existe plus.</source>
        <translation>Un thème choisi n'existe plus.</translation>
    </message>
    <message>
        <source>L'échange choisi n'existe plus.</source>
        <translation>L'échange choisi n'existe plus.</translation>
    </message>
    <message>
        <source>« {ref} » désigne plusieurs missions : {missions}</source>
        <translation>« {ref} » désigne plusieurs missions : {missions}</translation>
    </message>
    <message>
        <source>Le nom de l'organisation est obligatoire.</source>
        <translation>Le nom de l'organisation est obligatoire.</translation>
    </message>
    <message>
        <source>L'organisation mère n'existe plus.</source>
        <translation>L'organisation mère n'existe plus.</translation>
    </message>
    <message>
        <source>Une organisation ne peut pas dépendre d'elle-même ou d'une de ses filiales.</source>
        <translation>Une organisation ne peut pas dépendre d'elle-même ou d'une de ses filiales.</translation>
    </message>
    <message>
        <source>Le nom de famille est obligatoire.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>Cette organisation n'existe plus.</source>
        <translation>Cette organisation n'existe plus.</translation>
    </message>
    <message>
        <source>La cadence de relance doit être positive.</source>
        <translation>La cadence de relance doit être positive.</translation>
    </message>
    <message>
        <source>Le titre du thème est obligatoire.</source>
        <translation>Le titre du thème est obligatoire.</translation>
    </message>
    <message>
        <source>La personne responsable n'existe plus.</source>
        <translation>La personne responsable n'existe plus.</translation>
    </message>
    <message>
        <source>« {title} » est un thème du rapport de 2005 : il ne peut pas être supprimé. Passez son statut à « clos » pour le retirer du suivi.</source>
        <translation>« {title} » est un thème du rapport de 2005 : il ne peut pas être supprimé. Passez son statut à « clos » pour le retirer du suivi.</translation>
    </message>
    <message>
        <source>aucune personne ne correspond à « {person} ».</source>
        <translation>aucune personne ne correspond à « {person} ».</translation>
    </message>
    <message>
        <source>« {person} » désigne {count} personnes ; précisez son numéro :
{listing}</source>
        <translation>« {person} » désigne {count} personnes ; précisez son numéro :
{listing}</translation>
    </message>
    <message>
        <source>effacement de {name} (n° {id}) refusé : pas de terminal pour confirmer ; ajoutez --yes pour effacer sans question.</source>
        <translation>effacement de {name} (n° {id}) refusé : pas de terminal pour confirmer ; ajoutez --yes pour effacer sans question.</translation>
    </message>
    <message>
        <source>pays ou province indiqué</source>
        <translation>pays ou province indiqué</translation>
    </message>
    <message>
        <source>indicatif téléphonique</source>
        <translation>indicatif téléphonique</translation>
    </message>
    <message>
        <source>code postal</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>domaine du courriel</source>
        <translation>domaine du courriel</translation>
    </message>
    <message>
        <source>format du numéro de téléphone</source>
        <translation>format du numéro de téléphone</translation>
    </message>
    <message>
        <source>ville</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>aucun indice : pays par défaut</source>
        <translation>aucun indice : pays par défaut</translation>
    </message>
    <message>
        <source>pays « {value} »</source>
        <translation>pays « {value} »</translation>
    </message>
    <message>
        <source>pays « {value} » (province non précisée)</source>
        <translation>pays « {value} » (province non précisée)</translation>
    </message>
    <message>
        <source>province « {value} »</source>
        <translation>province « {value} »</translation>
    </message>
    <message>
        <source>région « {value} »</source>
        <translation>région « {value} »</translation>
    </message>
    <message>
        <source>État « {value} »</source>
        <translation>État « {value} »</translation>
    </message>
    <message>
        <source>numéro au format français {number}</source>
        <translation>numéro au format français {number}</translation>
    </message>
    <message>
        <source>indicatif régional {area}</source>
        <translation>indicatif régional {area}</translation>
    </message>
    <message>
        <source>indicatif +1 {area} (Québec)</source>
        <translation>indicatif +1 {area} (Québec)</translation>
    </message>
    <message>
        <source>indicatif +1 {area}</source>
        <translation>indicatif +1 {area}</translation>
    </message>
    <message>
        <source>indicatif +{code}</source>
        <translation>indicatif +{code}</translation>
    </message>
    <message>
        <source>code postal {code}</source>
        <translation>code postal {code}</translation>
    </message>
    <message>
        <source>code postal {code} (hors Québec)</source>
        <translation>code postal {code} (hors Québec)</translation>
    </message>
    <message>
        <source>domaine {domain}</source>
        <translation>domaine {domain}</translation>
    </message>
    <message>
        <source>ville « {city} »</source>
        <translation>ville « {city} »</translation>
    </message>
    <message>
        <source>classeur Excel (.xlsx) illisible ({reason}) : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</source>
        <translation>classeur Excel (.xlsx) illisible ({reason}) : enregistrez-le en CSV depuis le tableur (Fichier &gt; Enregistrer sous &gt; CSV)</translation>
    </message>
    <message>
        <source>le classeur est vide</source>
        <translation>le classeur est vide</translation>
    </message>
    <message>
        <source>une seule colonne dans la première feuille du classeur</source>
        <translation>une seule colonne dans la première feuille du classeur</translation>
    </message>
    <message>
        <source>{found} colonnes remplies au lieu de {expected}</source>
        <translation>{found} colonnes remplies au lieu de {expected}</translation>
    </message>
    <message>
        <source>organisation « {name} » introuvable</source>
        <translation>organisation « {name} » introuvable</translation>
    </message>
    <message>
        <source>thème « {code} » introuvable</source>
        <translation>thème « {code} » introuvable</translation>
    </message>
    <message>
        <source>organisation « {name} » créée</source>
        <translation>organisation « {name} » créée</translation>
    </message>
    <message>
        <source>organisation « {name} » déjà là (n° {org_id}) : fiche ignorée</source>
        <translation>organisation « {name} » déjà là (n° {org_id}) : fiche ignorée</translation>
    </message>
    <message>
        <source>organisation « {name} » (n° {org_id}) : {count} coordonnées ajoutées</source>
        <translation>organisation « {name} » (n° {org_id}) : {count} coordonnées ajoutées</translation>
    </message>
    <message>
        <source>Fiche de personne</source>
        <translation>Fiche de personne</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Objectif d'échange</source>
        <translation>Objectif d'échange</translation>
    </message>
    <message>
        <source>Historique d'un échange</source>
        <translation>Historique d'un échange</translation>
    </message>
    <message>
        <source>Activité de l'agenda</source>
        <translation>Activité de l'agenda</translation>
    </message>
    <message>
        <source>Avertissement accepté de l'agenda</source>
        <translation>Avertissement accepté de l'agenda</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Ajouter le créneau %s</source>
        <translation>Ajouter le créneau %s</translation>
    </message>
    <message>
        <source>Modifier le créneau %s</source>
        <translation>Modifier le créneau %s</translation>
    </message>
    <message>
        <source>Supprimer le créneau %s</source>
        <translation>Supprimer le créneau %s</translation>
    </message>
    <message>
        <source>Déplacer un créneau</source>
        <translation>Déplacer un créneau</translation>
    </message>
    <message>
        <source>Copier une journée</source>
        <translation>Copier une journée</translation>
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
        <source>Changer le statut de %s</source>
        <translation>Changer le statut de %s</translation>
    </message>
    <message>
        <source>Nouveau thème</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Modifier le thème</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>Trajet {number} (« {line} ») : écrivez « Ville – Ville 1 h 30 ».</source>
        <translation>Trajet {number} (« {line} ») : écrivez « Ville – Ville 1 h 30 ».</translation>
    </message>
    <message>
        <source>relance le</source>
        <translation>relance le</translation>
    </message>
    <message>
        <source>modifier</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>Journal des échanges</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>Consigner un échange…</source>
        <translation>Consigner un échange…</translation>
    </message>
    <message>
        <source>Aucun échange consigné.</source>
        <translation>Aucun échange consigné.</translation>
    </message>
    <message>
        <source>Charger les données de démonstration</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Importer des contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>{path} est endommagée ({problem}) : rien n'y sera écrit. Réseau la met de côté, sans la modifier, et propose sa dernière sauvegarde saine.</source>
        <translation>{path} est endommagée ({problem}) : rien n'y sera écrit. Réseau la met de côté, sans la modifier, et propose sa dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>Export XLSX impossible : XlsxWriter {version} écrit la feuille autrement que prévu ; exportez en CSV.</source>
        <translation>Export XLSX impossible : XlsxWriter {version} écrit la feuille autrement que prévu ; exportez en CSV.</translation>
    </message>
    <message>
        <source>la lecture du fichier s'est arrêtée avant la fin : rien n'a été importé</source>
        <translation>la lecture du fichier s'est arrêtée avant la fin : rien n'a été importé</translation>
    </message>
<message>
        <source>Exporter les données de %s</source>
        <translation>Exporter les données de %s</translation>
    </message><message>
        <source>Écriture des données de %s…</source>
        <translation>Écriture des données de %s…</translation>
    </message><message>
        <source>Exportation impossible</source>
        <translation>Exportation impossible</translation>
    </message><message>
        <source>Données exportées : %1 et %2</source>
        <translation>Données exportées : %1 et %2</translation>
    </message><message>
        <source>Effacer cette personne</source>
        <translation>Effacer cette personne</translation>
    </message><message>
        <source>Effacer définitivement %s ?

Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. Les entrées du journal et les activités de l'agenda restent, sans elle, avec la mention « personne effacée ». Une sauvegarde est faite avant l'effacement.</source>
        <translation>Effacer définitivement %s ?

Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. Les entrées du journal et les activités de l'agenda restent, sans elle, avec la mention « personne effacée ». Une sauvegarde est faite avant l'effacement.</translation>
    </message><message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message><message>
        <source>Effacement incomplet</source>
        <translation>Effacement incomplet</translation>
    </message><message>
        <source>Effacement impossible</source>
        <translation>Effacement impossible</translation>
    </message><message>
        <source>%1 n° %2 (%3)</source>
        <translation>%1 n° %2 (%3)</translation>
    </message><message>
        <source>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</source>
        <translation>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</translation>
    </message><message>
        <source>Sauvegardes interrompues supprimées : %1</source>
        <translation>Sauvegardes interrompues supprimées : %1</translation>
    </message><message>
        <source>… et %1 autres (voir les détails)</source>
        <translation>… et %1 autres (voir les détails)</translation>
    </message><message>
        <source>Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la concerne :
</source>
        <translation>Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la concerne :
</translation>
    </message><message>
        <source>Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de conservation, ou vous pouvez les supprimer maintenant :
</source>
        <translation>Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de conservation, ou vous pouvez les supprimer maintenant :
</translation>
    </message><message>
        <source>Effacement terminé</source>
        <translation>Effacement terminé</translation>
    </message><message>
        <source>Supprimer ces sauvegardes</source>
        <translation>Supprimer ces sauvegardes</translation>
    </message><message>
        <source>Suppression impossible</source>
        <translation>Suppression impossible</translation>
    </message><message>
        <source>&amp;Exporter les données de cette personne…</source>
        <translation>&amp;Exporter les données de cette personne…</translation>
    </message><message>
        <source>E&amp;ffacer cette personne…</source>
        <translation>E&amp;ffacer cette personne…</translation>
    </message><message>
        <source>&amp;Revue de conservation…</source>
        <translation>&amp;Revue de conservation…</translation>
    </message><message>
        <source>&amp;Vie privée</source>
        <translation>&amp;Vie privée</translation>
    </message><message>
        <source>Lecture seule</source>
        <translation>Lecture seule</translation>
    </message><message>
        <source>&amp;Importer des contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message><message>
        <source>E&amp;xporter des contacts…</source>
        <translation>E&amp;xporter des contacts…</translation>
    </message><message>
        <source>Annuler le &amp;dernier import…</source>
        <translation>Annuler le &amp;dernier import…</translation>
    </message><message>
        <source>&amp;Doublons…</source>
        <translation>&amp;Doublons…</translation>
    </message><message>
        <source>Annuler un import</source>
        <translation>Annuler un import</translation>
    </message><message>
        <source>Aucun import à annuler.</source>
        <translation>Aucun import à annuler.</translation>
    </message><message>
        <source>Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?</source>
        <translation>Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?</translation>
    </message><message>
        <source>Import n° %s annulé.</source>
        <translation>Import n° %s annulé.</translation>
    </message></context>
<context>
    <name>AgendaGrid</name>
    <message>
        <source>Choisissez une mission.</source>
        <translation>Choisissez une mission.</translation>
    </message>
    <message>
        <source>hors mission</source>
        <translation>hors mission</translation>
    </message>
    <message>
        <source>Aucun créneau pour cette mission : double-cliquez une demi-journée ou choisissez « Nouveau créneau… » pour commencer le programme.</source>
        <translation>Aucun créneau pour cette mission : double-cliquez une demi-journée ou choisissez « Nouveau créneau… » pour commencer le programme.</translation>
    </message>
</context>
<context>
    <name>AgendaSettingsDialog</name>
    <message>
        <source>Paramètres des vérifications</source>
        <translation>Paramètres des vérifications</translation>
    </message>
    <message>
        <source> jour(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>Un trajet par ligne : « Paris – Rennes 1 h 30 » (train par défaut ; ajoutez voiture, avion ou à pied). Durée du trajet seul : Réseau ajoute le temps pour rejoindre les gares.</source>
        <translation>Un trajet par ligne : « Paris – Rennes 1 h 30 » (train par défaut ; ajoutez voiture, avion ou à pied). Durée du trajet seul : Réseau ajoute le temps pour rejoindre les gares.</translation>
    </message>
    <message>
        <source>A2 · temps d'échange ≥ présentations ×</source>
        <translation>A2 · temps d'échange ≥ présentations ×</translation>
    </message>
    <message>
        <source>A4 · secteurs à rencontrer (séparés par ;)</source>
        <translation>A4 · secteurs à rencontrer (séparés par ;)</translation>
    </message>
    <message>
        <source>A5 · une rencontre entre participants tous les</source>
        <translation>A5 · une rencontre entre participants tous les</translation>
    </message>
    <message>
        <source>Fuseau horaire de la mission</source>
        <translation>Fuseau horaire de la mission</translation>
    </message>
    <message>
        <source>Temps de trajet connus</source>
        <translation>Temps de trajet connus</translation>
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
        <source>Indiquez au moins un secteur, p. ex. santé; emploi.</source>
        <translation>Indiquez au moins un secteur, p. ex. santé; emploi.</translation>
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
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>&amp;Nouveau créneau…</source>
        <translation>&amp;Nouveau créneau…</translation>
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
        <source>&amp;Copier une journée…</source>
        <translation>&amp;Copier une journée…</translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Exporter</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Carnet de mission (PDF)…</source>
        <translation>Carnet de mission (PDF)…</translation>
    </message>
    <message>
        <source>Calendrier (ICS)…</source>
        <translation>Calendrier (ICS)…</translation>
    </message>
    <message>
        <source>Tableur (XLSX)…</source>
        <translation>Tableur (XLSX)…</translation>
    </message>
    <message>
        <source>Semaine &amp;entière</source>
        <translation>Semaine &amp;entière</translation>
    </message>
    <message>
        <source>Toute la mission dans la largeur ; décochez pour des créneaux plus larges.</source>
        <translation>Toute la mission dans la largeur ; décochez pour des créneaux plus larges.</translation>
    </message>
    <message>
        <source>Avertissements des vérifications</source>
        <translation>Avertissements des vérifications</translation>
    </message>
    <message>
        <source>&amp;Accepter avec une raison…</source>
        <translation>&amp;Accepter avec une raison…</translation>
    </message>
    <message>
        <source>&amp;Retirer l'acceptation</source>
        <translation>&amp;Retirer l'acceptation</translation>
    </message>
    <message>
        <source>Vérifications</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Document de préparation</source>
        <translation>Document de préparation</translation>
    </message>
    <message>
        <source>Règle</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>✔ %1 — accepté : %2</source>
        <translation>✔ %1 — accepté : %2</translation>
    </message>
    <message>
        <source>Aucune mission : créez un échange de type mission (ou chargez la démonstration).</source>
        <translation>Aucune mission : créez un échange de type mission (ou chargez la démonstration).</translation>
    </message>
    <message>
        <source>Ouvrir Échanges et stages</source>
        <translation>Ouvrir Échanges et stages</translation>
    </message>
    <message>
        <source>%1 créneau(x) ; %2 avertissement(s) à revoir, %3 accepté(s).</source>
        <translation>%1 créneau(x) ; %2 avertissement(s) à revoir, %3 accepté(s).</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Modifier le créneau %s</source>
        <translation>Modifier le créneau %s</translation>
    </message>
    <message>
        <source>Supprimer le créneau</source>
        <translation>Supprimer le créneau</translation>
    </message>
    <message>
        <source>Supprimer « %1 » ?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Déplacement</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Copie</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Accepter l'avertissement</source>
        <translation>Accepter l'avertissement</translation>
    </message>
    <message>
        <source>Pourquoi cet avertissement est-il acceptable ?
%1</source>
        <translation>Pourquoi cet avertissement est-il acceptable ?
%1</translation>
    </message>
    <message>
        <source>Acceptation</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Exporté : %1</source>
        <translation>Exporté : %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Base occupée par un autre programme, attente…</source>
        <translation>Base occupée par un autre programme, attente…</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde et continuer ?</source>
        <translation>Restaurer cette sauvegarde et continuer ?</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Commencer avec une base vide</source>
        <translation>Commencer avec une base vide</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
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
        <translation>Motif</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>cette base</source>
        <translation>cette base</translation>
    </message>
    <message>
        <source>ancienne, non identifiée</source>
        <translation>ancienne, non identifiée</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Base partagée sur un serveur : les sauvegardes relèvent de son administrateur (pg_dump).</source>
        <translation>Base partagée sur un serveur : les sauvegardes relèvent de son administrateur (pg_dump).</translation>
    </message>
    <message>
        <source>Dossier : %s</source>
        <translation>Dossier : %s</translation>
    </message>
    <message>
        <source>Base occupée par un autre programme, attente…</source>
        <translation>Base occupée par un autre programme, attente…</translation>
    </message>
    <message>
        <source>Sauvegarde créée et vérifiée : %s</source>
        <translation>Sauvegarde créée et vérifiée : %s</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Sauvegarde impossible</source>
        <translation>Sauvegarde impossible</translation>
    </message>
    <message>
        <source>Restaurer une base Réseau</source>
        <translation>Restaurer une base Réseau</translation>
    </message>
    <message>
        <source>Bases Réseau (*.sqlite3 *.db);;Tous (*)</source>
        <translation>Bases Réseau (*.sqlite3 *.db);;Tous (*)</translation>
    </message>
    <message>
        <source>Confirmer la restauration</source>
        <translation>Confirmer la restauration</translation>
    </message>
    <message>
        <source>Remplacer toutes les données actuelles par la sauvegarde « %s » ?

Les données actuelles seront d'abord sauvegardées.</source>
        <translation>Remplacer toutes les données actuelles par la sauvegarde « %s » ?

Les données actuelles seront d'abord sauvegardées.</translation>
    </message>
    <message>
        <source>Attention : ce fichier est la sauvegarde d'une AUTRE base de données que celle-ci.</source>
        <translation>Attention : ce fichier est la sauvegarde d'une AUTRE base de données que celle-ci.</translation>
    </message>
    <message>
        <source>Attention : rien n'indique que ce fichier soit une sauvegarde de cette base-ci.</source>
        <translation>Attention : rien n'indique que ce fichier soit une sauvegarde de cette base-ci.</translation>
    </message>
    <message>
        <source>Base restaurée. Les données remplacées sont dans %s.</source>
        <translation>Base restaurée. Les données remplacées sont dans %s.</translation>
    </message>
    <message>
        <source>Base restaurée.</source>
        <translation>Base restaurée.</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Politique de conservation enregistrée.</source>
        <translation>Politique de conservation enregistrée.</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Réseau sauvegarde votre base au démarrage (si la dernière sauvegarde date de plus de 24 heures) et avant chaque migration, importation, fusion, restauration et effacement. Chaque sauvegarde est vérifiée (integrity_check) et lisible par vous seul.</source>
        <translation>Réseau sauvegarde votre base au démarrage (si la dernière sauvegarde date de plus de 24 heures) et avant chaque migration, importation, fusion, restauration et effacement. Chaque sauvegarde est vérifiée (integrity_check) et lisible par vous seul.</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Restaurer un &amp;fichier…</source>
        <translation>Restaurer un &amp;fichier…</translation>
    </message>
    <message>
        <source>Conservation des sauvegardes</source>
        <translation>Conservation des sauvegardes</translation>
    </message>
    <message>
        <source>Ré&amp;centes :</source>
        <translation>Ré&amp;centes :</translation>
    </message>
    <message>
        <source>&amp;Quotidiennes :</source>
        <translation>&amp;Quotidiennes :</translation>
    </message>
    <message>
        <source>&amp;Hebdomadaires :</source>
        <translation>&amp;Hebdomadaires :</translation>
    </message>
    <message>
        <source>&amp;Mensuelles :</source>
        <translation>&amp;Mensuelles :</translation>
    </message>
    <message>
        <source>&amp;Appliquer</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>BriefingEditor</name>
    <message>
        <source>Document de préparation</source>
        <translation>Document de préparation</translation>
    </message>
    <message>
        <source>Rédigez ici le document remis à chaque participant : l'organisation politique française, les grandes politiques sociales, le rôle des villes en France et au Québec.</source>
        <translation>Rédigez ici le document remis à chaque participant : l'organisation politique française, les grandes politiques sociales, le rôle des villes en France et au Québec.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Gras (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italique (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Titre de section</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <source>• Liste</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Liste à puces</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Insérer le plan A1</source>
        <translation>Insérer le plan A1</translation>
    </message>
    <message>
        <source>Ajoute à la fin les trois parties que recommande le rapport de 2005 ; remplacez leurs phrases par votre texte (un plan non rédigé ne satisfait pas A1).</source>
        <translation>Ajoute à la fin les trois parties que recommande le rapport de 2005 ; remplacez leurs phrases par votre texte (un plan non rédigé ne satisfait pas A1).</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le document</source>
        <translation>&amp;Enregistrer le document</translation>
    </message>
    <message>
        <source>Modifications non enregistrées.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>Carnet</name>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Carnet de mission</source>
        <translation>Carnet de mission</translation>
    </message>
    <message>
        <source>Délégation (%1)</source>
        <translation>Délégation (%1)</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Hôte : %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>Intervenants : %1</source>
        <translation>Intervenants : %1</translation>
    </message>
    <message>
        <source>Participants : %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <source>Thèmes : %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>Programme jour par jour</source>
        <translation>Programme jour par jour</translation>
    </message>
    <message>
        <source>Journée libre : rien de prévu.</source>
        <translation>Journée libre : rien de prévu.</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Organisations hôtes</source>
        <translation>Organisations hôtes</translation>
    </message>
    <message>
        <source>Aucune organisation hôte au programme.</source>
        <translation>Aucune organisation hôte au programme.</translation>
    </message>
    <message>
        <source>pas de coordonnées</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <source>Aucun thème.</source>
        <translation>Aucun thème.</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Points à revoir (%1)</source>
        <translation>Points à revoir (%1)</translation>
    </message>
    <message>
        <source>Document de préparation</source>
        <translation>Document de préparation</translation>
    </message>
    <message>
        <source>Le document de préparation reste à rédiger.</source>
        <translation>Le document de préparation reste à rédiger.</translation>
    </message>
    <message>
        <source>Carnet de mission — %1</source>
        <translation>Carnet de mission — %1</translation>
    </message>
</context>
<context>
    <name>CellListDialog</name>
    <message>
        <source>Personne : c'est un écart à combler.</source>
        <translation>Personne : c'est un écart à combler.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Exporter les chiffres</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>Exporter les chiffres de « %s »</source>
        <translation>Exporter les chiffres de « %s »</translation>
    </message>
    <message>
        <source>En CSV (tableur)…</source>
        <translation>En CSV (tableur)…</translation>
    </message>
    <message>
        <source>En XLSX (Excel)…</source>
        <translation>En XLSX (Excel)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export des chiffres</source>
        <translation>Export des chiffres</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Aucune donnée ne correspond à ces filtres.</source>
        <translation>Aucune donnée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>La période choisie est vide : la date de début suit la date de fin.</source>
        <translation>La période choisie est vide : la date de début suit la date de fin.</translation>
    </message>
    <message>
        <source>Échanges par année et par type</source>
        <translation>Échanges par année et par type</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Échanges par année et par statut</source>
        <translation>Échanges par année et par statut</translation>
    </message>
    <message>
        <source>Personnes et organisations par pays</source>
        <translation>Personnes et organisations par pays</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Personnes et organisations par secteur</source>
        <translation>Personnes et organisations par secteur</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Personnes et organisations par palier</source>
        <translation>Personnes et organisations par palier</translation>
    </message>
    <message>
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Entrées du journal par mois</source>
        <translation>Entrées du journal par mois</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Entrées du journal par thème</source>
        <translation>Entrées du journal par thème</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Équilibre France–Québec des thèmes</source>
        <translation>Équilibre France–Québec des thèmes</translation>
    </message>
    <message>
        <source>Relances : à temps ou en retard</source>
        <translation>Relances : à temps ou en retard</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Objectifs par évaluation</source>
        <translation>Objectifs par évaluation</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>← France    Québec →</source>
        <translation>← France    Québec →</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tapez un nom pour chercher…</source>
        <translation>Tapez un nom pour chercher…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sigle</source>
        <translation>Sigle</translation>
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
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Secteur</translation>
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
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
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
        <source>Site Web</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Ne pas contacter</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Relance (jours)</source>
        <translation>Relance (jours)</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Objectifs d'apprentissage</source>
        <translation>Objectifs d'apprentissage</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Rapport attendu le</source>
        <translation>Rapport attendu le</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Relance le</source>
        <translation>Relance le</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisation hôte</source>
        <translation>Organisation hôte</translation>
    </message>
    <message>
        <source>Conférenciers</source>
        <translation>Conférenciers</translation>
    </message>
    <message>
        <source>Toute la délégation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>Modification concurrente</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <source>La fiche « %1 » a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.</source>
        <translation>La fiche « %1 » a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.</translation>
    </message>
    <message>
        <source>Garder ma version : enregistrer vos modifications par-dessus les siennes.
Prendre sa version : rouvrir la fiche telle qu'elle est maintenant (vos modifications sont abandonnées).
Comparer : voir les deux versions, champ par champ.</source>
        <translation>Garder ma version : enregistrer vos modifications par-dessus les siennes.
Prendre sa version : rouvrir la fiche telle qu'elle est maintenant (vos modifications sont abandonnées).
Comparer : voir les deux versions, champ par champ.</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Ma version</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Sa version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Les champs de la fiche sont identiques dans les deux versions.</source>
        <translation>Les champs de la fiche sont identiques dans les deux versions.</translation>
    </message>
    <message>
        <source>&amp;Garder ma version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Prendre sa version</source>
        <translation>&amp;Prendre sa version</translation>
    </message>
    <message>
        <source>&amp;Comparer</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Masquer la &amp;comparaison</source>
        <translation>Masquer la &amp;comparaison</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <source>+ Courriel</source>
        <translation>+ Courriel</translation>
    </message>
    <message>
        <source>+ Téléphone</source>
        <translation>+ Téléphone</translation>
    </message>
    <message>
        <source>+ Adresse</source>
        <translation>+ Adresse</translation>
    </message>
    <message>
        <source>+ Site Web</source>
        <translation>+ Site Web</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Type de coordonnée</source>
        <translation>Type de coordonnée</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>poste</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Rue (une ou plusieurs lignes)</source>
        <translation>Rue (une ou plusieurs lignes)</translation>
    </message>
    <message>
        <source>Rue</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Province ou région</source>
        <translation>Province ou région</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>CopyDayDialog</name>
    <message>
        <source>Copier une journée</source>
        <translation>Copier une journée</translation>
    </message>
    <message>
        <source>Copier les créneaux du</source>
        <translation>Copier les créneaux du</translation>
    </message>
    <message>
        <source>vers le</source>
        <translation>vers le</translation>
    </message>
    <message>
        <source>&amp;Copier</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Une personne ou une organisation couvre un thème si elle lui est liée ou figure dans une entrée du journal sur ce thème. En rouge : aucun contact de ce côté-là. Cliquez sur un nombre pour voir la liste.</source>
        <translation>Une personne ou une organisation couvre un thème si elle lui est liée ou figure dans une entrée du journal sur ce thème. En rouge : aucun contact de ce côté-là. Cliquez sur un nombre pour voir la liste.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Thème</translation>
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
        <translation>Journal 12 mois</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>⚠ aucun contact</source>
        <translation>⚠ aucun contact</translation>
    </message>
    <message>
        <source>⚠ côté France</source>
        <translation>⚠ côté France</translation>
    </message>
    <message>
        <source>⚠ côté Québec</source>
        <translation>⚠ côté Québec</translation>
    </message>
    <message>
        <source>%1 thèmes, dont %2 avec un écart.</source>
        <translation>%1 thèmes, dont %2 avec un écart.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Dans</source>
        <translation>Dans</translation>
    </message>
    <message numerus="yes">
        <source>%n jour(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Aucun échange prévu dans les 60 prochains jours.</source>
        <translation>Aucun échange prévu dans les 60 prochains jours.</translation>
    </message>
    <message>
        <source>À relancer</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Échanges des 60 prochains jours</source>
        <translation>Échanges des 60 prochains jours</translation>
    </message>
    <message>
        <source>Aujourd'hui, %s</source>
        <translation>Aujourd'hui, %s</translation>
    </message>
    <message numerus="yes">
        <source>%n relance(s) plus tard : voir Journal › À relancer.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Bienvenue dans Réseau. La base est vide : chargez les données de démonstration de la mission 2005 pour découvrir l'outil, importez vos contacts ou ajoutez une première personne.</source>
        <translation>Bienvenue dans Réseau. La base est vide : chargez les données de démonstration de la mission 2005 pour découvrir l'outil, importez vos contacts ou ajoutez une première personne.</translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation>Ajouter une personne</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(aucune date)</source>
        <translation>(aucune date)</translation>
    </message>
    <message>
        <source>aaaa-mm-jj</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Choisir dans le calendrier (Alt+Bas)</source>
        <translation>Choisir dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Indiquez une date (par exemple 2027-03-15).</source>
        <translation>Indiquez une date (par exemple 2027-03-15).</translation>
    </message>
    <message>
        <source>« %s » n'est pas une date : écrivez par exemple 2027-03-15, 15/03/2027 ou 15 mars 2027.</source>
        <translation>« %s » n'est pas une date : écrivez par exemple 2027-03-15, 15/03/2027 ou 15 mars 2027.</translation>
    </message>
    <message>
        <source>La date %s est après le %s.</source>
        <translation>La date %s est après le %s.</translation>
    </message>
</context>
<context>
    <name>DetectedPage</name>
    <message>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel français)</source>
        <translation>Windows-1252 (Excel français)</translation>
    </message>
    <message>
        <source>virgule ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <source>point-virgule ( ; )</source>
        <translation>point-virgule ( ; )</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Ce que Réseau a reconnu</source>
        <translation>Ce que Réseau a reconnu</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Encodage :</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Séparateur :</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Colonnes :</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Première fiche :</source>
        <translation>Première fiche :</translation>
    </message>
    <message>
        <source>fiches vCard (chacune selon son CHARSET) : nom, organisation, fonction, courriels…</source>
        <translation>fiches vCard (chacune selon son CHARSET) : nom, organisation, fonction, courriels…</translation>
    </message>
    <message>
        <source>%1 colonnes, dont %2 reconnues</source>
        <translation>%1 colonnes, dont %2 reconnues</translation>
    </message>
    <message>
        <source>⚠ L'aperçu contient des caractères du genre « Ã© » : le fichier semble avoir été converti deux fois. Vérifiez les accents dans l'aperçu avant d'importer.</source>
        <translation>⚠ L'aperçu contient des caractères du genre « Ã© » : le fichier semble avoir été converti deux fois. Vérifiez les accents dans l'aperçu avant d'importer.</translation>
    </message>
    <message>
        <source>Lecture impossible ainsi : %s</source>
        <translation>Lecture impossible ainsi : %s</translation>
    </message>
    <message>
        <source>⚠ Texte sans CHARSET en 8 bits : encodage deviné sans certitude (en %1, ce serait « %2 »). Choisissez l'encodage qui donne les bons accents.</source>
        <translation>⚠ Texte sans CHARSET en 8 bits : encodage deviné sans certitude (en %1, ce serait « %2 »). Choisissez l'encodage qui donne les bons accents.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>même personne</source>
        <translation>même personne</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Même personne : même courriel, ou même nom avec la même organisation, le même téléphone ou le même domaine de courriel. À vérifier : seulement le même nom, ou seulement le même téléphone (un standard partagé) ; l'import les crée à part.</source>
        <translation>Même personne : même courriel, ou même nom avec la même organisation, le même téléphone ou le même domaine de courriel. À vérifier : seulement le même nom, ou seulement le même téléphone (un standard partagé) ; l'import les crée à part.</translation>
    </message>
    <message>
        <source>&amp;Fusionner…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Pas un doublon</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>F&amp;ermer</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>Même personne : %1 ; à vérifier : %2</source>
        <translation>Même personne : %1 ; à vérifier : %2</translation>
    </message>
    <message>
        <source>Aucun doublon.</source>
        <translation>Aucun doublon.</translation>
    </message>
    <message>
        <source>Aucun doublon : aucune paire de fiches ne partage un courriel, ni un nom avec la même organisation, le même téléphone ou le même domaine de courriel.</source>
        <translation>Aucun doublon : aucune paire de fiches ne partage un courriel, ni un nom avec la même organisation, le même téléphone ou le même domaine de courriel.</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Doublons</source>
        <translation>Doublons</translation>
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
    <name>ErrorDialogs</name>
    <message>
        <source>Le fichier « %1 » n'a pas pu être lu ou écrit : %2.</source>
        <translation>Le fichier « %1 » n'a pas pu être lu ou écrit : %2.</translation>
    </message>
    <message>
        <source>Erreur inattendue : %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <source>Opération impossible</source>
        <translation>Opération impossible</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Modifier l'échange</source>
        <translation>Modifier l'échange</translation>
    </message>
    <message>
        <source>Nouvel échange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>(sans objet)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Tapez un nom…</source>
        <translation>Tapez un nom…</translation>
    </message>
    <message>
        <source>Tapez un nom ou un sigle…</source>
        <translation>Tapez un nom ou un sigle…</translation>
    </message>
    <message>
        <source>Personne à ajouter</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Organisation à ajouter</source>
        <translation>Organisation à ajouter</translation>
    </message>
    <message>
        <source>Participants de l'échange</source>
        <translation>Participants de l'échange</translation>
    </message>
    <message>
        <source>Organisations de l'échange</source>
        <translation>Organisations de l'échange</translation>
    </message>
    <message>
        <source>Objectifs de l'échange</source>
        <translation>Objectifs de l'échange</translation>
    </message>
    <message>
        <source>Thèmes de l'échange</source>
        <translation>Thèmes de l'échange</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Preuves</source>
        <translation>Preuves</translation>
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
        <source>Choisissez une personne de la liste.</source>
        <translation>Choisissez une personne de la liste.</translation>
    </message>
    <message>
        <source>%1 est déjà « %2 » de cet échange.</source>
        <translation>%1 est déjà « %2 » de cet échange.</translation>
    </message>
    <message>
        <source>Choisissez une organisation de la liste.</source>
        <translation>Choisissez une organisation de la liste.</translation>
    </message>
    <message>
        <source>Cette organisation y est déjà avec ce rôle.</source>
        <translation>Cette organisation y est déjà avec ce rôle.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>La date de fin (%1) précède la date de début (%2).</source>
        <translation>La date de fin (%1) précède la date de début (%2).</translation>
    </message>
    <message>
        <source>Une date de fin demande une date de début.</source>
        <translation>Une date de fin demande une date de début.</translation>
    </message>
    <message>
        <source>L'objectif n° %s n'a pas de texte.</source>
        <translation>L'objectif n° %s n'a pas de texte.</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>&amp;Général</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>T&amp;itre* :</source>
        <translation>T&amp;itre* :</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Début :</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Fin :</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>S&amp;ens :</source>
        <translation>S&amp;ens :</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Retombées :</source>
        <translation>&amp;Retombées :</translation>
    </message>
    <message>
        <source>Ce que l'échange a permis, les suites données…</source>
        <translation>Ce que l'échange a permis, les suites données…</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;jouter</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Ajou&amp;ter</source>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <source>Reti&amp;rer</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>O&amp;bjectifs</source>
        <translation>O&amp;bjectifs</translation>
    </message>
    <message>
        <source>Double-cliquez une cellule pour la modifier. L'évaluation se choisit dans la liste ; notez les preuves qui la justifient.</source>
        <translation>Double-cliquez une cellule pour la modifier. L'évaluation se choisit dans la liste ; notez les preuves qui la justifient.</translation>
    </message>
    <message>
        <source>&amp;Nouvel objectif</source>
        <translation>&amp;Nouvel objectif</translation>
    </message>
    <message>
        <source>Retirer l'objecti&amp;f</source>
        <translation>Retirer l'objecti&amp;f</translation>
    </message>
    <message>
        <source>T&amp;hèmes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>Ces choix remplissent aussi les onglets Participants (rôles « stagiaire » et « tuteur ») et Organisations.</source>
        <translation>Ces choix remplissent aussi les onglets Participants (rôles « stagiaire » et « tuteur ») et Organisations.</translation>
    </message>
    <message>
        <source>Stag&amp;iaire :</source>
        <translation>Stag&amp;iaire :</translation>
    </message>
    <message>
        <source>Organisation d'o&amp;rigine :</source>
        <translation>Organisation d'o&amp;rigine :</translation>
    </message>
    <message>
        <source>Organisation &amp;d'accueil :</source>
        <translation>Organisation &amp;d'accueil :</translation>
    </message>
    <message>
        <source>T&amp;uteur à l'accueil :</source>
        <translation>T&amp;uteur à l'accueil :</translation>
    </message>
    <message>
        <source>Objectifs d'&amp;apprentissage :</source>
        <translation>Objectifs d'&amp;apprentissage :</translation>
    </message>
    <message>
        <source>&amp;Convention de stage :</source>
        <translation>&amp;Convention de stage :</translation>
    </message>
    <message>
        <source>Rapport attendu &amp;le :</source>
        <translation>Rapport attendu &amp;le :</translation>
    </message>
</context>
<context>
    <name>ExchangeFilterBar</name>
    <message>
        <source>(tous)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>(toutes)</source>
        <translation>(toutes)</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>St&amp;atut :</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Sen&amp;s :</source>
        <translation>Sen&amp;s :</translation>
    </message>
    <message>
        <source>T&amp;hème :</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Or&amp;ganisation :</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
</context>
<context>
    <name>ExchangeSections</name>
    <message>
        <source>Échanges et stages</source>
        <translation>Échanges et stages</translation>
    </message>
</context>
<context>
    <name>ExchangeStagesView</name>
    <message>
        <source>rapport en retard</source>
        <translation>rapport en retard</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>à venir</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>sans dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Situation des stages</source>
        <translation>Situation des stages</translation>
    </message>
    <message>
        <source>Tous les stages</source>
        <translation>Tous les stages</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Stagiaire</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Tuteur</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Rapport dû</source>
        <translation>Rapport dû</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Afficher :</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Double-cliquez un stage pour ouvrir sa fiche.</source>
        <translation>Double-cliquez un stage pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source> — %s stage(s) en tout</source>
        <translation> — %s stage(s) en tout</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <source>Changer le statut</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Statut actuel : %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Statut actuel : %2</translation>
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
        <source>Choisissez un autre statut, ou notez pourquoi vous le confirmez.</source>
        <translation>Choisissez un autre statut, ou notez pourquoi vous le confirmez.</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut :</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <source>&amp;Date du changement :</source>
        <translation>&amp;Date du changement :</translation>
    </message>
    <message>
        <source>&amp;Remarque :</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Pourquoi ce changement (facultatif)</source>
        <translation>Pourquoi ce changement (facultatif)</translation>
    </message>
</context>
<context>
    <name>ExchangeTimeline</name>
    <message>
        <source>Chronologie des échanges</source>
        <translation>Chronologie des échanges</translation>
    </message>
    <message>
        <source>Aucun échange daté en %1 – %2.</source>
        <translation>Aucun échange daté en %1 – %2.</translation>
    </message>
</context>
<context>
    <name>ExchangesListView</name>
    <message>
        <source>&amp;Nouvel échange…</source>
        <translation>&amp;Nouvel échange…</translation>
    </message>
    <message>
        <source>Nouveau s&amp;tage…</source>
        <translation>Nouveau s&amp;tage…</translation>
    </message>
    <message>
        <source>Changer le stat&amp;ut…</source>
        <translation>Changer le stat&amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Joindre un document…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <source>Les documents joints demandent un dossier de données local (indisponible en mode équipe).</source>
        <translation>Les documents joints demandent un dossier de données local (indisponible en mode équipe).</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>%1 échange(s)</source>
        <translation>%1 échange(s)</translation>
    </message>
    <message>
        <source>%1 sur %2 échanges</source>
        <translation>%1 sur %2 échanges</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %s ».</source>
        <translation>Aucun résultat pour « %s ».</translation>
    </message>
    <message>
        <source>Aucun échange ne correspond à ces filtres.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Aucun échange pour l'instant : missions, stages, visites et séminaires se notent ici.</source>
        <translation>Aucun échange pour l'instant : missions, stages, visites et séminaires se notent ici.</translation>
    </message>
    <message>
        <source>Nouvel échange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Nouveau stage</source>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <source>Sélectionnez un échange dans la liste pour voir son détail ici.</source>
        <translation>Sélectionnez un échange dans la liste pour voir son détail ici.</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Modifier %s</translation>
    </message>
    <message>
        <source>Changement de statut impossible</source>
        <translation>Changement de statut impossible</translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>Les documents joints demandent un dossier de données local : ils ne sont pas disponibles quand la base est sur un serveur (mode équipe).</source>
        <translation>Les documents joints demandent un dossier de données local : ils ne sont pas disponibles quand la base est sur un serveur (mode équipe).</translation>
    </message>
    <message>
        <source>Joindre un document à « %s »</source>
        <translation>Joindre un document à « %s »</translation>
    </message>
    <message>
        <source>Document non joint</source>
        <translation>Document non joint</translation>
    </message>
    <message>
        <source>Document introuvable</source>
        <translation>Document introuvable</translation>
    </message>
    <message>
        <source>La copie du document n'est plus dans le dossier de données :
%s</source>
        <translation>La copie du document n'est plus dans le dossier de données :
%s</translation>
    </message>
    <message>
        <source>Document modifié</source>
        <translation>Document modifié</translation>
    </message>
    <message>
        <source>Le document a changé depuis qu'il a été joint (empreinte SHA-256 différente). L'ouvrir quand même ?</source>
        <translation>Le document a changé depuis qu'il a été joint (empreinte SHA-256 différente). L'ouvrir quand même ?</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Aucun programme ne peut ouvrir :
%s</source>
        <translation>Aucun programme ne peut ouvrir :
%s</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <source>Retirer le document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Retirer ce document de l'échange ?</source>
        <translation>Retirer ce document de l'échange ?</translation>
    </message>
</context>
<context>
    <name>ExchangesView</name>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Chronologie</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Sta&amp;ges</source>
        <translation>Sta&amp;ges</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (tableur, publipostage)</source>
        <translation>CSV (tableur, publipostage)</translation>
    </message>
    <message>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 4.0 (carnet d'adresses)</source>
        <translation>vCard 4.0 (carnet d'adresses)</translation>
    </message>
    <message>
        <source>vCard 3.0 (anciens carnets)</source>
        <translation>vCard 3.0 (anciens carnets)</translation>
    </message>
    <message>
        <source>Liste des participants (PDF)</source>
        <translation>Liste des participants (PDF)</translation>
    </message>
    <message>
        <source>Exporter des contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>point-virgule ( ; ) — Excel en français</source>
        <translation>point-virgule ( ; ) — Excel en français</translation>
    </message>
    <message>
        <source>virgule ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pays</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Inclure les personnes qui ne veulent pas être contactées</source>
        <translation>Inclure les personnes qui ne veulent pas être contactées</translation>
    </message>
    <message>
        <source>&amp;Format :</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Pays :</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>É&amp;change (participants) :</source>
        <translation>É&amp;change (participants) :</translation>
    </message>
    <message>
        <source>É&amp;tiquette :</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>&amp;Secteur :</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>Sé&amp;parateur CSV :</source>
        <translation>Sé&amp;parateur CSV :</translation>
    </message>
    <message>
        <source>&amp;Regrouper le PDF par :</source>
        <translation>&amp;Regrouper le PDF par :</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Arrêter</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Copier les adresses &amp;courriel</source>
        <translation>Copier les adresses &amp;courriel</translation>
    </message>
    <message>
        <source>E&amp;xporter</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>(toutes)</source>
        <translation>(toutes)</translation>
    </message>
    <message>
        <source>(tous)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Exporter vers</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choisissez d'abord le fichier à écrire.</source>
        <translation>Choisissez d'abord le fichier à écrire.</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>%1 personnes exportées dans %2.</source>
        <translation>%1 personnes exportées dans %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export en cours… %s personnes écrites</source>
        <translation>Export en cours… %s personnes écrites</translation>
    </message>
    <message>
        <source>%s adresses copiées (sans les personnes à ne pas contacter) : collez-les dans le champ À ou Cci.</source>
        <translation>%s adresses copiées (sans les personnes à ne pas contacter) : collez-les dans le champ À ou Cci.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Fichier à importer</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Un fichier CSV (Excel, Outlook, Google Contacts, Thunderbird, Réseau), un classeur Excel (.xlsx) ou vCard (.vcf).</source>
        <translation>Un fichier CSV (Excel, Outlook, Google Contacts, Thunderbird, Réseau), un classeur Excel (.xlsx) ou vCard (.vcf).</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Importer des contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;Tous (*)</source>
        <translation>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;Tous (*)</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être importé : %s</source>
        <translation>Ce fichier ne peut pas être importé : %s</translation>
    </message>
</context>
<context>
    <name>FileProgress</name>
    <message>
        <source>Fichier écrit : %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>%1 fichiers écrits dans %2</source>
        <translation>%1 fichiers écrits dans %2</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>En retard</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cette semaine (7 prochains jours)</source>
        <translation>Cette semaine (7 prochains jours)</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>&amp;Fait</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>d'une semaine</source>
        <translation>d'une semaine</translation>
    </message>
    <message>
        <source>de deux semaines</source>
        <translation>de deux semaines</translation>
    </message>
    <message>
        <source>d'un mois</source>
        <translation>d'un mois</translation>
    </message>
    <message>
        <source>Consi&amp;gner un échange…</source>
        <translation>Consi&amp;gner un échange…</translation>
    </message>
    <message>
        <source>Aucune relance dans les 7 prochains jours.</source>
        <translation>Aucune relance dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Aucune relance plus tard.</source>
        <translation>Aucune relance plus tard.</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>%n relance(s) en retard</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Aucune relance en retard.</source>
        <translation>Aucune relance en retard.</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Rechercher personnes, organisations, journal…</source>
        <translation>Rechercher personnes, organisations, journal…</translation>
    </message>
    <message>
        <source>Recherche globale</source>
        <translation>Recherche globale</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %s »</source>
        <translation>Aucun résultat pour « %s »</translation>
    </message>
</context>
<context>
    <name>HalfDayCell</name>
    <message>
        <source>Double-cliquez pour ajouter un créneau ici.</source>
        <translation>Double-cliquez pour ajouter un créneau ici.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer des contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>sans date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>sans thème</source>
        <translation>sans thème</translation>
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
        <source>Entrées</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Personnes France</source>
        <translation>Personnes France</translation>
    </message>
    <message>
        <source>Personnes Québec</source>
        <translation>Personnes Québec</translation>
    </message>
    <message>
        <source>Organisations France</source>
        <translation>Organisations France</translation>
    </message>
    <message>
        <source>Organisations Québec</source>
        <translation>Organisations Québec</translation>
    </message>
    <message>
        <source>Faites à temps</source>
        <translation>Faites à temps</translation>
    </message>
    <message>
        <source>Faites en retard</source>
        <translation>Faites en retard</translation>
    </message>
    <message>
        <source>En retard (à faire)</source>
        <translation>En retard (à faire)</translation>
    </message>
    <message>
        <source>À venir</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Tous les pays</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Tous les thèmes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>La période est vide : la date de début (%1) suit la date de fin (%2).</source>
        <translation>La période est vide : la date de début (%1) suit la date de fin (%2).</translation>
    </message>
    <message>
        <source>Aucune donnée ne correspond à ces filtres : élargissez-les.</source>
        <translation>Aucune donnée ne correspond à ces filtres : élargissez-les.</translation>
    </message>
    <message>
        <source>Exporter tous les chiffres</source>
        <translation>Exporter tous les chiffres</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export des chiffres</source>
        <translation>Export des chiffres</translation>
    </message>
    <message>
        <source>%1 tableau(x) exporté(s) dans %2</source>
        <translation>%1 tableau(x) exporté(s) dans %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Indicateurs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Indicateurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Période du</source>
        <translation>&amp;Période du</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Pa&amp;ys :</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>T&amp;ype d'échange :</source>
        <translation>T&amp;ype d'échange :</translation>
    </message>
    <message>
        <source>&amp;Tout afficher</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Bilan &amp;annuel (PDF)…</source>
        <translation>Bilan &amp;annuel (PDF)…</translation>
    </message>
    <message>
        <source>Bilan de &amp;mission (PDF)…</source>
        <translation>Bilan de &amp;mission (PDF)…</translation>
    </message>
    <message>
        <source>Fiches des &amp;délégués (PDF)…</source>
        <translation>Fiches des &amp;délégués (PDF)…</translation>
    </message>
    <message>
        <source>E&amp;xporter tous les chiffres (XLSX)…</source>
        <translation>E&amp;xporter tous les chiffres (XLSX)…</translation>
    </message>
</context>
<context>
    <name>JournalEntriesView</name>
    <message>
        <source>Consi&amp;gner un échange…</source>
        <translation>Consi&amp;gner un échange…</translation>
    </message>
    <message>
        <source>Consigner un échange</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Le journal est vide. Consignez ici chaque rencontre, appel ou courriel, avec la date à laquelle relancer.</source>
        <translation>Le journal est vide. Consignez ici chaque rencontre, appel ou courriel, avec la date à laquelle relancer.</translation>
    </message>
    <message>
        <source>Sélectionnez une entrée du journal pour en voir le détail ici.</source>
        <translation>Sélectionnez une entrée du journal pour en voir le détail ici.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source> (fait)</source>
        <translation> (fait)</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>l'entrée du %s (%s)</source>
        <translation>l'entrée du %s (%s)</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Modifier l'entrée du journal</source>
        <translation>Modifier l'entrée du journal</translation>
    </message>
    <message>
        <source>Consigner un échange</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(aucun)</translation>
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
        <source>Date de relance passée</source>
        <translation>Date de relance passée</translation>
    </message>
    <message>
        <source>La date de relance (%s) est déjà passée.

Si vous enregistrez, la relance apparaîtra aussitôt « En retard » dans la liste À relancer. Enregistrer quand même ?</source>
        <translation>La date de relance (%s) est déjà passée.

Si vous enregistrez, la relance apparaîtra aussitôt « En retard » dans la liste À relancer. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Entrée du journal</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>É&amp;change lié :</source>
        <translation>É&amp;change lié :</translation>
    </message>
    <message>
        <source>&amp;Relancer le :</source>
        <translation>&amp;Relancer le :</translation>
    </message>
    <message>
        <source>Date de relance</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>&amp;Personnes :</source>
        <translation>&amp;Personnes :</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Personnes liées</source>
        <translation>Personnes liées</translation>
    </message>
    <message>
        <source>&amp;Organisations :</source>
        <translation>&amp;Organisations :</translation>
    </message>
    <message>
        <source>Organisations liées</source>
        <translation>Organisations liées</translation>
    </message>
    <message>
        <source>T&amp;hèmes :</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>Thèmes liés</source>
        <translation>Thèmes liés</translation>
    </message>
    <message>
        <source>Ré&amp;sumé :</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Entrées</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>À relancer</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Réseau</translation>
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
        <source>Recherche</source>
        <translation>Recherche</translation>
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
        <source>&amp;Charger les données de démonstration (mission 2005)</source>
        <translation>&amp;Charger les données de démonstration (mission 2005)</translation>
    </message>
    <message>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Sauvegardes…</translation>
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
        <source>&amp;Outils</source>
        <translation>&amp;Outils</translation>
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
        <source>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;L'outil des coordonnateurs des échanges France-Québec en développement social local.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Réseau %s&lt;/h3&gt;&lt;p&gt;L'outil des coordonnateurs des échanges France-Québec en développement social local.&lt;/p&gt;</translation>
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
    <name>MappingPage</name>
    <message>
        <source>rue</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>rue, 2e ligne</source>
        <translation>rue, 2e ligne</translation>
    </message>
    <message>
        <source>rue, 3e ligne</source>
        <translation>rue, 3e ligne</translation>
    </message>
    <message>
        <source>case postale</source>
        <translation>case postale</translation>
    </message>
    <message>
        <source>ville</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>province ou région</source>
        <translation>province ou région</translation>
    </message>
    <message>
        <source>code postal</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>pays</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>adresse entière</source>
        <translation>adresse entière</translation>
    </message>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Pour chaque colonne du fichier, le champ de Réseau qu'elle remplit.</source>
        <translation>Pour chaque colonne du fichier, le champ de Réseau qu'elle remplit.</translation>
    </message>
    <message>
        <source>Le programme qui a écrit le fichier : il décide du sens de quelques en-têtes et des colonnes sans information.</source>
        <translation>Le programme qui a écrit le fichier : il décide du sens de quelques en-têtes et des colonnes sans information.</translation>
    </message>
    <message>
        <source>Nom de la correspondance</source>
        <translation>Nom de la correspondance</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Correspondance enregistrée :</source>
        <translation>Correspondance enregistrée :</translation>
    </message>
    <message>
        <source>Programme (préréglage) :</source>
        <translation>Programme (préréglage) :</translation>
    </message>
    <message>
        <source>(ignorer)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Adresse (partie : %s)</source>
        <translation>Adresse (partie : %s)</translation>
    </message>
    <message>
        <source>(sans titre)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Colonnes non reconnues : %s</source>
        <translation>Colonnes non reconnues : %s</translation>
    </message>
    <message>
        <source>Toutes les colonnes remplissent un champ de Réseau.</source>
        <translation>Toutes les colonnes remplissent un champ de Réseau.</translation>
    </message>
    <message>
        <source>(selon les en-têtes)</source>
        <translation>(selon les en-têtes)</translation>
    </message>
    <message>
        <source>« %s » enregistrée</source>
        <translation>« %s » enregistrée</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Base du consentement</source>
        <translation>Base du consentement</translation>
    </message>
    <message>
        <source>Fusionner deux fiches</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Courriels</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Téléphones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Les courriels, téléphones, adresses, étiquettes et thèmes des deux fiches sont réunis ; les participations aux échanges, le journal et l'agenda passent à la fiche de « %1 » (la première colonne). L'autre fiche est supprimée.</source>
        <translation>Les courriels, téléphones, adresses, étiquettes et thèmes des deux fiches sont réunis ; les participations aux échanges, le journal et l'agenda passent à la fiche de « %1 » (la première colonne). L'autre fiche est supprimée.</translation>
    </message>
    <message>
        <source>&amp;Fusionner</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>MissionPdf</name>
    <message>
        <source>Bilan de mission</source>
        <translation>Bilan de mission</translation>
    </message>
    <message>
        <source>Retour sur les objectifs de la mission</source>
        <translation>Retour sur les objectifs de la mission</translation>
    </message>
    <message>
        <source>Aucun objectif n'a été enregistré pour cette mission.</source>
        <translation>Aucun objectif n'a été enregistré pour cette mission.</translation>
    </message>
    <message>
        <source>non documentés</source>
        <translation>non documentés</translation>
    </message>
    <message>
        <source>Résultats d'ensemble</source>
        <translation>Résultats d'ensemble</translation>
    </message>
    <message>
        <source>Personnes et organisations rencontrées</source>
        <translation>Personnes et organisations rencontrées</translation>
    </message>
    <message>
        <source>Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes).</source>
        <translation>Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes).</translation>
    </message>
    <message>
        <source>Organisations :</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <source>Personnes :</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <source>L'agenda tel qu'il s'est déroulé</source>
        <translation>L'agenda tel qu'il s'est déroulé</translation>
    </message>
    <message>
        <source>L'agenda de cette mission est vide.</source>
        <translation>L'agenda de cette mission est vide.</translation>
    </message>
    <message>
        <source>Suivis ouverts depuis la mission</source>
        <translation>Suivis ouverts depuis la mission</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Activité et lieu</source>
        <translation>Activité et lieu</translation>
    </message>
    <message>
        <source>Hôte et intervenants</source>
        <translation>Hôte et intervenants</translation>
    </message>
    <message>
        <source>Hôte : %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>Intervenants : %1</source>
        <translation>Intervenants : %1</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Délégation (%1) :</source>
        <translation>Délégation (%1) :</translation>
    </message>
    <message>
        <source>Évaluation : %1</source>
        <translation>Évaluation : %1</translation>
    </message>
    <message>
        <source>Éléments probants : %1</source>
        <translation>Éléments probants : %1</translation>
    </message>
    <message>
        <source>Date et type</source>
        <translation>Date et type</translation>
    </message>
    <message>
        <source>Relance et état</source>
        <translation>Relance et état</translation>
    </message>
    <message>
        <source>Aucun suivi n'a été ouvert depuis la mission.</source>
        <translation>Aucun suivi n'a été ouvert depuis la mission.</translation>
    </message>
    <message>
        <source>Bilan de mission — %1</source>
        <translation>Bilan de mission — %1</translation>
    </message>
    <message>
        <source>Votre programme</source>
        <translation>Votre programme</translation>
    </message>
    <message>
        <source>Aucune activité du programme ne vous est encore attribuée.</source>
        <translation>Aucune activité du programme ne vous est encore attribuée.</translation>
    </message>
    <message>
        <source>Les hôtes et conférenciers que vous rencontrerez</source>
        <translation>Les hôtes et conférenciers que vous rencontrerez</translation>
    </message>
    <message>
        <source>Aucun hôte ni conférencier n'est encore inscrit à vos activités.</source>
        <translation>Aucun hôte ni conférencier n'est encore inscrit à vos activités.</translation>
    </message>
    <message>
        <source>coordonnées non enregistrées</source>
        <translation>coordonnées non enregistrées</translation>
    </message>
    <message>
        <source>Document de préparation</source>
        <translation>Document de préparation</translation>
    </message>
    <message>
        <source>Le document de préparation n'est pas encore rédigé.</source>
        <translation>Le document de préparation n'est pas encore rédigé.</translation>
    </message>
    <message>
        <source>Ville non précisée</source>
        <translation>Ville non précisée</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Thème</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>3 dernières années</source>
        <translation>3 dernières années</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Exporter &amp;PNG…</source>
        <translation>Exporter &amp;PNG…</translation>
    </message>
    <message>
        <source>Exporter &amp;SVG…</source>
        <translation>Exporter &amp;SVG…</translation>
    </message>
    <message>
        <source>T&amp;hème :</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Période :</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Tous les thèmes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>%1 nœuds, %2 liens</source>
        <translation>%1 nœuds, %2 liens</translation>
    </message>
    <message>
        <source>Aucun lien pour ces filtres.</source>
        <translation>Aucun lien pour ces filtres.</translation>
    </message>
    <message>
        <source>%1 personnes sur %2 affichées (les plus reliées) — précisez la période ou le thème</source>
        <translation>%1 personnes sur %2 affichées (les plus reliées) — précisez la période ou le thème</translation>
    </message>
    <message>
        <source>Période : 12 derniers mois — choisissez « Tout » pour voir tout le réseau</source>
        <translation>Période : 12 derniers mois — choisissez « Tout » pour voir tout le réseau</translation>
    </message>
    <message>
        <source>Période : 3 dernières années — choisissez « Tout » pour voir tout le réseau</source>
        <translation>Période : 3 dernières années — choisissez « Tout » pour voir tout le réseau</translation>
    </message>
    <message>
        <source>Exporter le réseau en PNG</source>
        <translation>Exporter le réseau en PNG</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Thème : %1</source>
        <translation>Thème : %1</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Produit le %1 ; %2</source>
        <translation>Produit le %1 ; %2</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>échange</source>
        <translation>échange</translation>
    </message>
    <message>
        <source>thème choisi</source>
        <translation>thème choisi</translation>
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
        <translation>lien direct au thème</translation>
    </message>
    <message>
        <source>Réseau exporté dans %1</source>
        <translation>Réseau exporté dans %1</translation>
    </message>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Écriture de « %1 »…</translation>
    </message>
    <message>
        <source>Exportation impossible</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exporter le réseau en SVG</source>
        <translation>Exporter le réseau en SVG</translation>
    </message>
    <message>
        <source>&lt;span style='color:%1'&gt;■ France&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ Québec&lt;/span&gt; &amp;nbsp; ● personne &amp;nbsp; ■ organisation &amp;nbsp; ◆ échange &amp;nbsp; &lt;span style='color:%3'&gt;◆ thème&lt;/span&gt; &amp;nbsp; — journal &amp;nbsp; ┈ participation &amp;nbsp; (Ctrl + molette : zoom)</source>
        <translation>&lt;span style='color:%1'&gt;■ France&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ Québec&lt;/span&gt; &amp;nbsp; ● personne &amp;nbsp; ■ organisation &amp;nbsp; ◆ échange &amp;nbsp; &lt;span style='color:%3'&gt;◆ thème&lt;/span&gt; &amp;nbsp; — journal &amp;nbsp; ┈ participation &amp;nbsp; (Ctrl + molette : zoom)</translation>
    </message>
    <message>
        <source>Réseau France-Québec</source>
        <translation>Réseau France-Québec</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Modifier l'organisation</source>
        <translation>Modifier l'organisation</translation>
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
        <source>Tapez un nom ou un sigle…</source>
        <translation>Tapez un nom ou un sigle…</translation>
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
        <source>Le nom de l'organisation est obligatoire.</source>
        <translation>Le nom de l'organisation est obligatoire.</translation>
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
        <source>Nivea&amp;u :</source>
        <translation>Nivea&amp;u :</translation>
    </message>
    <message>
        <source>Organisation &amp;mère :</source>
        <translation>Organisation &amp;mère :</translation>
    </message>
    <message>
        <source>Dé&amp;partement :</source>
        <translation>Dé&amp;partement :</translation>
    </message>
    <message>
        <source>Coordonnées :</source>
        <translation>Coordonnées :</translation>
    </message>
    <message>
        <source>Sec&amp;teur :</source>
        <translation>Sec&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;Région :</source>
        <translation>&amp;Région :</translation>
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
        <source>Aucune organisation pour l'instant. Ajoutez-en une, importez vos contacts ou chargez les données de démonstration de la mission 2005.</source>
        <translation>Aucune organisation pour l'instant. Ajoutez-en une, importez vos contacts ou chargez les données de démonstration de la mission 2005.</translation>
    </message>
    <message>
        <source>Ajouter une organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Sélectionnez une organisation dans la liste pour voir sa fiche ici.</source>
        <translation>Sélectionnez une organisation dans la liste pour voir sa fiche ici.</translation>
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
        <source>%1, poste %2</source>
        <translation>%1, poste %2</translation>
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
        <source>Aucune personne n'est rattachée à cette organisation.</source>
        <translation>Aucune personne n'est rattachée à cette organisation.</translation>
    </message>
    <message>
        <source>Modifier %s</source>
        <translation>Modifier %s</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <source>Prochaine mission</source>
        <translation>Prochaine mission</translation>
    </message>
    <message>
        <source>Rapports de stage en retard</source>
        <translation>Rapports de stage en retard</translation>
    </message>
    <message>
        <source>Thèmes sans vis-à-vis</source>
        <translation>Thèmes sans vis-à-vis</translation>
    </message>
    <message>
        <source>Le réseau</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Aucune mission à venir. Créez-en une dans Échanges et stages.</source>
        <translation>Aucune mission à venir. Créez-en une dans Échanges et stages.</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>J-%1</source>
        <translation>J-%1</translation>
    </message>
    <message>
        <source>Avertissements à l'agenda : %1</source>
        <translation>Avertissements à l'agenda : %1</translation>
    </message>
    <message>
        <source>Agenda sans avertissement</source>
        <translation>Agenda sans avertissement</translation>
    </message>
    <message>
        <source>créneaux : %1</source>
        <translation>créneaux : %1</translation>
    </message>
    <message>
        <source>Aucun rapport de stage en retard.</source>
        <translation>Aucun rapport de stage en retard.</translation>
    </message>
    <message>
        <source>retard : %1 j</source>
        <translation>retard : %1 j</translation>
    </message>
    <message>
        <source>Chaque thème ouvert a quelqu'un en France et au Québec.</source>
        <translation>Chaque thème ouvert a quelqu'un en France et au Québec.</translation>
    </message>
    <message>
        <source>personne des deux côtés</source>
        <translation>personne des deux côtés</translation>
    </message>
    <message>
        <source>personne en France</source>
        <translation>personne en France</translation>
    </message>
    <message>
        <source>personne au Québec</source>
        <translation>personne au Québec</translation>
    </message>
    <message>
        <source>%1 au Québec</source>
        <translation>%1 au Québec</translation>
    </message>
    <message>
        <source>%1 en France</source>
        <translation>%1 en France</translation>
    </message>
    <message>
        <source>%1 ailleurs</source>
        <translation>%1 ailleurs</translation>
    </message>
    <message>
        <source>Personnes : %1</source>
        <translation>Personnes : %1</translation>
    </message>
    <message>
        <source>Organisations : %1</source>
        <translation>Organisations : %1</translation>
    </message>
    <message>
        <source>Voir les %1</source>
        <translation>Voir les %1</translation>
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
        <source>Tapez un nom ou un sigle…</source>
        <translation>Tapez un nom ou un sigle…</translation>
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
        <source>No&amp;m de famille* :</source>
        <translation>No&amp;m de famille* :</translation>
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
        <source>Éti&amp;quettes :</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>Cadence de relance (&amp;jours) :</source>
        <translation>Cadence de relance (&amp;jours) :</translation>
    </message>
    <message>
        <source>Pro&amp;venance des données :</source>
        <translation>Pro&amp;venance des données :</translation>
    </message>
    <message>
        <source>Mot&amp;if de conservation :</source>
        <translation>Mot&amp;if de conservation :</translation>
    </message>
    <message>
        <source>&amp;Notes :</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Servi&amp;ce :</source>
        <translation>Servi&amp;ce :</translation>
    </message>
    <message>
        <source>direction, service ou département</source>
        <translation>direction, service ou département</translation>
    </message>
    <message>
        <source>Coordonnées :</source>
        <translation>Coordonnées :</translation>
    </message>
    <message>
        <source>carte d'affaires, rencontre du…</source>
        <translation>carte d'affaires, rencontre du…</translation>
    </message>
    <message>
        <source>consentement, intérêt légitime…</source>
        <translation>consentement, intérêt légitime…</translation>
    </message>
    <message>
        <source>Ne pas contacter</source>
        <translation>Ne pas contacter</translation>
    </message>
</context>
<context>
    <name>PersonReport</name>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Provenance des données</source>
        <translation>Provenance des données</translation>
    </message>
    <message>
        <source>Motif de conservation</source>
        <translation>Motif de conservation</translation>
    </message>
    <message>
        <source>Ne pas contacter</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Cadence de relance (jours)</source>
        <translation>Cadence de relance (jours)</translation>
    </message>
    <message>
        <source>Fiche créée le</source>
        <translation>Fiche créée le</translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Thèmes suivis</source>
        <translation>Thèmes suivis</translation>
    </message>
    <message>
        <source>Thèmes sous sa responsabilité</source>
        <translation>Thèmes sous sa responsabilité</translation>
    </message>
    <message>
        <source>Participation aux échanges</source>
        <translation>Participation aux échanges</translation>
    </message>
    <message>
        <source>Journal des échanges</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>Agenda de mission</source>
        <translation>Agenda de mission</translation>
    </message>
    <message>
        <source>Nom enregistré comme intervenante</source>
        <translation>Nom enregistré comme intervenante</translation>
    </message>
    <message>
        <source>Relance (faite, reportée)</source>
        <translation>Relance (faite, reportée)</translation>
    </message>
    <message>
        <source>Fiches marquées « pas un doublon »</source>
        <translation>Fiches marquées « pas un doublon »</translation>
    </message>
    <message>
        <source>État avant un import</source>
        <translation>État avant un import</translation>
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
        <source>Consi&amp;gner un échange…</source>
        <translation>Consi&amp;gner un échange…</translation>
    </message>
    <message>
        <source>Aucune personne pour l'instant. Ajoutez-en une, importez vos contacts (CSV, vCard, Excel) ou chargez les données de démonstration de la mission 2005.</source>
        <translation>Aucune personne pour l'instant. Ajoutez-en une, importez vos contacts (CSV, vCard, Excel) ou chargez les données de démonstration de la mission 2005.</translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Sélectionnez une personne dans la liste pour voir sa fiche ici.</source>
        <translation>Sélectionnez une personne dans la liste pour voir sa fiche ici.</translation>
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
        <source>%1, poste %2</source>
        <translation>%1, poste %2</translation>
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
        <source>Modifier %s</source>
        <translation>Modifier %s</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Doublons</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Une ligne est la même personne qu'une fiche si elle a le même courriel, ou le même nom avec la même organisation, le même téléphone ou le même domaine de courriel. Un nom seul ou un téléphone seul (un standard) ne suffit pas : la ligne est créée et signalée comme doublon possible, à vérifier dans Outils › Doublons.</source>
        <translation>Une ligne est la même personne qu'une fiche si elle a le même courriel, ou le même nom avec la même organisation, le même téléphone ou le même domaine de courriel. Un nom seul ou un téléphone seul (un standard) ne suffit pas : la ligne est créée et signalée comme doublon possible, à vérifier dans Outils › Doublons.</translation>
    </message>
    <message>
        <source>&amp;Ignorer la ligne : la fiche existante reste telle quelle</source>
        <translation>&amp;Ignorer la ligne : la fiche existante reste telle quelle</translation>
    </message>
    <message>
        <source>&amp;Compléter les champs vides de la fiche existante</source>
        <translation>&amp;Compléter les champs vides de la fiche existante</translation>
    </message>
    <message>
        <source>&amp;Remplacer par les valeurs du fichier</source>
        <translation>&amp;Remplacer par les valeurs du fichier</translation>
    </message>
    <message>
        <source>Créer &amp;quand même une nouvelle fiche</source>
        <translation>Créer &amp;quand même une nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Tout ou rien : n'importer rien si une ligne est rejetée</source>
        <translation>&amp;Tout ou rien : n'importer rien si une ligne est rejetée</translation>
    </message>
    <message>
        <source>&amp;Essai à blanc : tout vérifier sans rien enregistrer</source>
        <translation>&amp;Essai à blanc : tout vérifier sans rien enregistrer</translation>
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
        <source>dossier de données de l'utilisateur</source>
        <translation>dossier de données de l'utilisateur</translation>
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
        <source>Choisir le fichier de base de données ou, pour travailler en équipe, l'adresse d'un serveur PostgreSQL. Les changements de langue et de base de données prennent effet au prochain démarrage.</source>
        <translation>Choisir le fichier de base de données ou, pour travailler en équipe, l'adresse d'un serveur PostgreSQL. Les changements de langue et de base de données prennent effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Réseau sauvegarde la base au démarrage et avant chaque opération risquée. Le calendrier de conservation est enregistré dans la base elle-même, pour tous ceux qui l'utilisent : il se règle dans Fichier › Sauvegardes.</source>
        <translation>Réseau sauvegarde la base au démarrage et avant chaque opération risquée. Le calendrier de conservation est enregistré dans la base elle-même, pour tous ceux qui l'utilisent : il se règle dans Fichier › Sauvegardes.</translation>
    </message>
    <message>
        <source>Ouvrir les &amp;sauvegardes…</source>
        <translation>Ouvrir les &amp;sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Rencontre entre participants au moins tous les (A5) :</source>
        <translation>&amp;Rencontre entre participants au moins tous les (A5) :</translation>
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
        <source>&amp;Temps d'échanges ÷ temps de présentation, au moins (A2) :</source>
        <translation>&amp;Temps d'échanges ÷ temps de présentation, au moins (A2) :</translation>
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
        <source>Seuils des vérifications de l'agenda de mission.</source>
        <translation>Seuils des vérifications de l'agenda de mission.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Aperçu des premières fiches</source>
        <translation>Aperçu des premières fiches</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
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
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Le pays de chaque fiche vient de ses indices (colonne Pays, indicatif +33 ou +1, code postal, domaine .fr ou .qc.ca) ; ce choix vaut pour les fiches sans indice.</source>
        <translation>Le pays de chaque fiche vient de ses indices (colonne Pays, indicatif +33 ou +1, code postal, domaine .fr ou .qc.ca) ; ce choix vaut pour les fiches sans indice.</translation>
    </message>
    <message>
        <source>Pays des fiches sans indice :</source>
        <translation>Pays des fiches sans indice :</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (organisation)</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Cette base de données a été écrite par une version plus récente de Réseau. Elle est ouverte en lecture seule : vous pouvez la consulter, mais pas la modifier. Mettez Réseau à jour pour la modifier.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Réseau. Elle est ouverte en lecture seule : vous pouvez la consulter, mais pas la modifier. Mettez Réseau à jour pour la modifier.</translation>
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
        <source>Aucune fiche pour l'instant.</source>
        <translation>Aucune fiche pour l'instant.</translation>
    </message>
    <message>
        <source>Sélectionnez une ligne de la liste pour en voir le détail ici.</source>
        <translation>Sélectionnez une ligne de la liste pour en voir le détail ici.</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %s ».</source>
        <translation>Aucun résultat pour « %s ».</translation>
    </message>
    <message>
        <source>Effacer le filtre</source>
        <translation>Effacer le filtre</translation>
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
<context>
    <name>Reports</name>
    <message>
        <source>page %1 sur %2</source>
        <translation>page %1 sur %2</translation>
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
        <translation>&amp;Arrêter l'import</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Arrêt demandé : annulation de ce qui a été lu…</source>
        <translation>Arrêt demandé : annulation de ce qui a été lu…</translation>
    </message>
    <message>
        <source>Import en cours… %s lignes lues</source>
        <translation>Import en cours… %s lignes lues</translation>
    </message>
    <message>
        <source>%1 créées, %2 mises à jour, %3 ignorées, %4 rejetées.</source>
        <translation>%1 créées, %2 mises à jour, %3 ignorées, %4 rejetées.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) créée(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Import terminé (n° %1) : </source>
        <translation>Import terminé (n° %1) : </translation>
    </message>
    <message>
        <source> Fichier &gt; Annuler le dernier import le défait en entier.</source>
        <translation> Fichier &gt; Annuler le dernier import le défait en entier.</translation>
    </message>
    <message>
        <source>Résultat prévu : </source>
        <translation>Résultat prévu : </translation>
    </message>
    <message>
        <source>Lignes créées : %s</source>
        <translation>Lignes créées : %s</translation>
    </message>
    <message>
        <source>Doublons possibles (même nom seulement ou même téléphone seulement) : %1, créés à part et listés ci-dessous, à vérifier dans Outils › Doublons.</source>
        <translation>Doublons possibles (même nom seulement ou même téléphone seulement) : %1, créés à part et listés ci-dessous, à vérifier dans Outils › Doublons.</translation>
    </message>
    <message>
        <source>Pays des fiches créées, d'après :</source>
        <translation>Pays des fiches créées, d'après :</translation>
    </message>
    <message>
        <source>Colonnes non reconnues :</source>
        <translation>Colonnes non reconnues :</translation>
    </message>
    <message>
        <source>L'import a échoué ; rien n'a été enregistré : %s</source>
        <translation>L'import a échoué ; rien n'a été enregistré : %s</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Revue de conservation</source>
        <translation>Revue de conservation</translation>
    </message>
    <message>
        <source> ans</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Années sans échange</source>
        <translation>Années sans échange</translation>
    </message>
    <message>
        <source>Personnes sans aucune entrée au journal depuis le nombre d'années choisi (ou, sans entrée, dont la fiche est aussi ancienne). La loi demande de ne garder les renseignements personnels que le temps nécessaire : mettez à jour, ou effacez.</source>
        <translation>Personnes sans aucune entrée au journal depuis le nombre d'années choisi (ou, sans entrée, dont la fiche est aussi ancienne). La loi demande de ne garder les renseignements personnels que le temps nécessaire : mettez à jour, ou effacez.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Dernière entrée au journal</source>
        <translation>Dernière entrée au journal</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Fiche créée le</source>
        <translation>Fiche créée le</translation>
    </message>
    <message>
        <source>&amp;Afficher la fiche</source>
        <translation>&amp;Afficher la fiche</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Sans entrée au journal depuis :</source>
        <translation>Sans entrée au journal depuis :</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) à revoir</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>%1 heure de %2</source>
        <translation>%1 heure de %2</translation>
    </message>
    <message>
        <source>Glissez pour déplacer ; double-clic pour modifier.</source>
        <translation>Glissez pour déplacer ; double-clic pour modifier.</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>Le fuseau horaire des heures de début et de fin.</source>
        <translation>Le fuseau horaire des heures de début et de fin.</translation>
    </message>
    <message>
        <source>&amp;Fuseau :</source>
        <translation>&amp;Fuseau :</translation>
    </message>
    <message>
        <source>Modifier le créneau</source>
        <translation>Modifier le créneau</translation>
    </message>
    <message>
        <source>Nouveau créneau</source>
        <translation>Nouveau créneau</translation>
    </message>
    <message>
        <source>Supprimé(s) des contacts : %1. Choisissez un autre intervenant ; enregistrer retire ce nom.</source>
        <translation>Supprimé(s) des contacts : %1. Choisissez un autre intervenant ; enregistrer retire ce nom.</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Tapez un nom ou un sigle…</source>
        <translation>Tapez un nom ou un sigle…</translation>
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
        <source>Tapez un nom pour chercher…</source>
        <translation>Tapez un nom pour chercher…</translation>
    </message>
    <message>
        <source>Le créneau finit à %1, avant son début à %2.</source>
        <translation>Le créneau finit à %1, avant son début à %2.</translation>
    </message>
    <message>
        <source>Ce jour est en dehors de la mission (du %1 au %2).</source>
        <translation>Ce jour est en dehors de la mission (du %1 au %2).</translation>
    </message>
    <message>
        <source>Cochez au moins un participant.</source>
        <translation>Cochez au moins un participant.</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>&amp;Jour* :</source>
        <translation>&amp;Jour* :</translation>
    </message>
    <message>
        <source>&amp;Début* :</source>
        <translation>&amp;Début* :</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Fin* :</source>
        <translation>&amp;Fin* :</translation>
    </message>
    <message>
        <source>&amp;Activité* :</source>
        <translation>&amp;Activité* :</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Hôte :</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Filtrer les personnes…</source>
        <translation>Filtrer les personnes…</translation>
    </message>
    <message>
        <source>Filtrer les intervenants</source>
        <translation>Filtrer les intervenants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Toute la &amp;délégation</source>
        <translation>Toute la &amp;délégation</translation>
    </message>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Thèmes du créneau</source>
        <translation>Thèmes du créneau</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Nouveau thème</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Thème %s</source>
        <translation>Thème %s</translation>
    </message>
    <message>
        <source>Modifier le thème</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Le titre d'un thème du rapport de 2005 ne se modifie pas.</source>
        <translation>Le titre d'un thème du rapport de 2005 ne se modifie pas.</translation>
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
        <source>Le titre du thème est obligatoire.</source>
        <translation>Le titre du thème est obligatoire.</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Titre* :</source>
        <translation>&amp;Titre* :</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Personnes :</source>
        <translation>&amp;Personnes :</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Personnes liées</source>
        <translation>Personnes liées</translation>
    </message>
    <message>
        <source>Or&amp;ganisations :</source>
        <translation>Or&amp;ganisations :</translation>
    </message>
    <message>
        <source>Organisations liées</source>
        <translation>Organisations liées</translation>
    </message>
    <message>
        <source>É&amp;changes :</source>
        <translation>É&amp;changes :</translation>
    </message>
    <message>
        <source>Échanges liés</source>
        <translation>Échanges liés</translation>
    </message>
    <message>
        <source>Les entrées du journal se lient à un thème depuis le Journal.</source>
        <translation>Les entrées du journal se lient à un thème depuis le Journal.</translation>
    </message>
</context>
<context>
    <name>ThemesListView</name>
    <message>
        <source>&amp;Nouveau thème…</source>
        <translation>&amp;Nouveau thème…</translation>
    </message>
    <message>
        <source>Nouveau thème</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Aucun thème pour l'instant. Les 16 thèmes de suivi et les 8 recommandations du rapport de 2005 viennent avec les données de démonstration ; ajoutez aussi les vôtres.</source>
        <translation>Aucun thème pour l'instant. Les 16 thèmes de suivi et les 8 recommandations du rapport de 2005 viennent avec les données de démonstration ; ajoutez aussi les vôtres.</translation>
    </message>
    <message>
        <source>Sélectionnez un thème dans la liste pour voir qui le porte : personnes, organisations, échanges et entrées du journal qui lui sont liés.</source>
        <translation>Sélectionnez un thème dans la liste pour voir qui le porte : personnes, organisations, échanges et entrées du journal qui lui sont liés.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
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
        <translation>Échanges</translation>
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
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Aucune personne liée.</source>
        <translation>Aucune personne liée.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Aucune organisation liée.</source>
        <translation>Aucune organisation liée.</translation>
    </message>
    <message>
        <source>Modifier le thème</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>Thème du rapport</source>
        <translation>Thème du rapport</translation>
    </message>
    <message>
        <source>« %s » est un thème du rapport de 2005 : il ne peut pas être supprimé.

Passez son statut à « clos » pour le retirer du suivi.</source>
        <translation>« %s » est un thème du rapport de 2005 : il ne peut pas être supprimé.

Passez son statut à « clos » pour le retirer du suivi.</translation>
    </message>
    <message>
        <source>Supprimer le thème « %s » ?

Il est lié à %d fiche(s). Ces fiches sont conservées ; seul leur lien avec ce thème disparaîtra :

</source>
        <translation>Supprimer le thème « %s » ?

Il est lié à %d fiche(s). Ces fiches sont conservées ; seul leur lien avec ce thème disparaîtra :

</translation>
    </message>
    <message>
        <source>Supprimer le thème « %s » ? Il n'est lié à aucune fiche.</source>
        <translation>Supprimer le thème « %s » ? Il n'est lié à aucune fiche.</translation>
    </message>
    <message>
        <source>Confirmer la suppression</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <source>Thèmes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Couverture France–Québec</source>
        <translation>Couverture France–Québec</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>◀ Année précédente</source>
        <translation>◀ Année précédente</translation>
    </message>
    <message>
        <source>Année suivante ▶</source>
        <translation>Année suivante ▶</translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Première année affichée</source>
        <translation>Première année affichée</translation>
    </message>
    <message>
        <source>&amp;Aller à l'année :</source>
        <translation>&amp;Aller à l'année :</translation>
    </message>
    <message>
        <source>&lt;br&gt;Maj + molette : changer d'année ; cliquez une barre pour ouvrir l'échange.</source>
        <translation>&lt;br&gt;Maj + molette : changer d'année ; cliquez une barre pour ouvrir l'échange.</translation>
    </message>
    <message>
        <source>%s échange(s) sans date n'apparaissent pas sur la chronologie.</source>
        <translation>%s échange(s) sans date n'apparaissent pas sur la chronologie.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>Celui de la mission (%1)</source>
        <translation>Celui de la mission (%1)</translation>
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
        <translation>Îles-de-la-Madeleine (America/Halifax)</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Exporter les données de %s</source>
        <translation>Exporter les données de %s</translation>
    </message>
    <message>
        <source>Écriture des données de %s…</source>
        <translation>Écriture des données de %s…</translation>
    </message>
    <message>
        <source>Exportation impossible</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Données exportées : %1 et %2</source>
        <translation>Données exportées : %1 et %2</translation>
    </message>
    <message>
        <source>Effacer cette personne</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Effacer définitivement %s ?

Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. Les entrées du journal et les activités de l'agenda restent, sans elle, avec la mention « personne effacée ». Une sauvegarde est faite avant l'effacement.</source>
        <translation>Effacer définitivement %s ?

Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. Les entrées du journal et les activités de l'agenda restent, sans elle, avec la mention « personne effacée ». Une sauvegarde est faite avant l'effacement.</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Effacement incomplet</source>
        <translation>Effacement incomplet</translation>
    </message>
    <message>
        <source>Effacement impossible</source>
        <translation>Effacement impossible</translation>
    </message>
    <message>
        <source>%1 n° %2 (%3)</source>
        <translation>%1 n° %2 (%3)</translation>
    </message>
    <message>
        <source>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</source>
        <translation>La personne a été effacée (%1 lignes touchées).
Référence de l'effacement : %2</translation>
    </message>
    <message>
        <source>Sauvegardes interrompues supprimées : %1</source>
        <translation>Sauvegardes interrompues supprimées : %1</translation>
    </message>
    <message>
        <source>… et %1 autres (voir les détails)</source>
        <translation>… et %1 autres (voir les détails)</translation>
    </message>
    <message>
        <source>Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la concerne :
</source>
        <translation>Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la concerne :
</translation>
    </message>
    <message>
        <source>Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de conservation, ou vous pouvez les supprimer maintenant :
</source>
        <translation>Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de conservation, ou vous pouvez les supprimer maintenant :
</translation>
    </message>
    <message>
        <source>Effacement terminé</source>
        <translation>Effacement terminé</translation>
    </message>
    <message>
        <source>Supprimer ces sauvegardes</source>
        <translation>Supprimer ces sauvegardes</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>&amp;Exporter les données de cette personne…</source>
        <translation>&amp;Exporter les données de cette personne…</translation>
    </message>
    <message>
        <source>E&amp;ffacer cette personne…</source>
        <translation>E&amp;ffacer cette personne…</translation>
    </message>
    <message>
        <source>&amp;Revue de conservation…</source>
        <translation>&amp;Revue de conservation…</translation>
    </message>
    <message>
        <source>&amp;Vie privée</source>
        <translation>&amp;Vie privée</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Lecture seule</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;Importer des contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>E&amp;xporter des contacts…</source>
        <translation>E&amp;xporter des contacts…</translation>
    </message>
    <message>
        <source>Annuler le &amp;dernier import…</source>
        <translation>Annuler le &amp;dernier import…</translation>
    </message>
    <message>
        <source>&amp;Doublons…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Annuler un import</source>
        <translation>Annuler un import</translation>
    </message>
    <message>
        <source>Aucun import à annuler.</source>
        <translation>Aucun import à annuler.</translation>
    </message>
    <message>
        <source>Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?</source>
        <translation>Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?</translation>
    </message>
    <message>
        <source>Import n° %s annulé.</source>
        <translation>Import n° %s annulé.</translation>
    </message>
</context>
</TS>
