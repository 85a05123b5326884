<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttributeLabels</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Honorific prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Honorific suffix</source>
        <translation>Suffixe honorifique</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL du profil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Actif (peut se connecter)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>X.509 certificates</source>
        <translation>Certificats X.509</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16; save it as UTF-8 and try again.</source>
        <translation>Le fichier est en UTF-16&#xa0;; enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 valide&#xa0;; enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» suit un guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>Le fichier est vide&#xa0;: il faut une ligne d&apos;en-tête qui nomme les colonnes.</translation>
    </message>
</context>
<context>
    <name>CsvUserConverter</name>
    <message>
        <source>The row has %1 fields, the header only %2.</source>
        <translation>La ligne a %1 champs, l&apos;en-tête seulement %2.</translation>
    </message>
    <message>
        <source>active: &quot;%1&quot; is neither yes nor no.</source>
        <translation>active&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni yes ni no.</translation>
    </message>
</context>
<context>
    <name>CsvUserFields</name>
    <message>
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Email (work, primary)</source>
        <translation>E-mail (professionnel, principal)</translation>
    </message>
    <message>
        <source>Phone (work, primary)</source>
        <translation>Téléphone (professionnel, principal)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>Actif (yes/no)</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Groups (separated by ;)</source>
        <translation>Groupes (séparés par&#xa0;;)</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>Create user %1</source>
        <translation>Créer l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation>Créer le groupe %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>Supprimer %n ressource</numerusform>
            <numerusform>Supprimer %n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n resource(s)</source>
        <translation>
            <numerusform>Restaurer %n ressource</numerusform>
            <numerusform>Restaurer %n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else after &quot;%2&quot;. Undoing it now would overwrite their change, so it stays as it is and leaves the undo history.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre après «&#xa0;%2&#xa0;». L&apos;annuler maintenant écraserait cette modification&#xa0;: il reste donc tel quel et quitte l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since &quot;%2&quot; was undone. Redoing it now would overwrite their change, so it leaves the undo history.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre depuis l&apos;annulation de «&#xa0;%2&#xa0;». Le rétablir maintenant écraserait cette modification&#xa0;: il quitte donc l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be undone.</source>
        <translation>%1 n&apos;existe plus&#xa0;: «&#xa0;%2&#xa0;» ne peut donc pas être annulé.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be redone.</source>
        <translation>%1 n&apos;existe plus&#xa0;: «&#xa0;%2&#xa0;» ne peut donc pas être rétabli.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2</source>
        <translation>%1 ne peut pas revenir&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undoing &quot;%1&quot; failed: %2</source>
        <translation>L&apos;annulation de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Redoing &quot;%1&quot; failed: %2</source>
        <translation>Le rétablissement de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 is of a resource type the directory no longer has.</source>
        <translation>%1 est d&apos;un type de ressource que l&apos;annuaire ne connaît plus.</translation>
    </message>
    <message>
        <source>Change members of %1</source>
        <translation>Modifier les membres de %1</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>Activer %n utilisateur</numerusform>
            <numerusform>Activer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>Désactiver %n utilisateur</numerusform>
            <numerusform>Désactiver %n utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message>
        <source>Would create group &quot;%1&quot; and add the user to it.</source>
        <translation>Créerait le groupe «&#xa0;%1&#xa0;» et y ajouterait l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Created group &quot;%1&quot; and added the user to it.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» créé et utilisateur ajouté.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; does not exist: not added (tick &quot;Create missing groups&quot; to create it).</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;: non ajouté (cochez «&#xa0;Créer les groupes manquants&#xa0;» pour le créer).</translation>
    </message>
    <message>
        <source>Would add the user to the new group &quot;%1&quot;.</source>
        <translation>Ajouterait l&apos;utilisateur au nouveau groupe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Would add the user to group &quot;%1&quot;.</source>
        <translation>Ajouterait l&apos;utilisateur au groupe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added the user to group &quot;%1&quot;.</source>
        <translation>Utilisateur ajouté au groupe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Member %1 is neither in the directory nor in the file: left out.</source>
        <translation>Le membre %1 n&apos;est ni dans l&apos;annuaire ni dans le fichier&#xa0;: ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>%n member group(s) later in the file added at the end.</source>
        <translation>
            <numerusform>%n groupe membre placé plus loin dans le fichier, ajouté à la fin.</numerusform>
            <numerusform>%n groupes membres placés plus loin dans le fichier, ajoutés à la fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources of type &quot;%1&quot; cannot be imported.</source>
        <translation>Les ressources de type «&#xa0;%1&#xa0;» ne peuvent pas être importées.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same %2.</source>
        <translation>Doublon&#xa0;: la ligne %1 a la même valeur de %2.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same externalId.</source>
        <translation>Doublon&#xa0;: la ligne %1 a le même externalId.</translation>
    </message>
    <message>
        <source>externalId &quot;%1&quot; belongs to %2, but %3 &quot;%4&quot; to another resource.</source>
        <translation>L&apos;externalId «&#xa0;%1&#xa0;» appartient à %2, mais %3 «&#xa0;%4&#xa0;» à une autre ressource.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 matched the same resource.</source>
        <translation>Doublon&#xa0;: la ligne %1 correspond à la même ressource.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; could not be created: %2</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not added to group %1: %2</source>
        <translation>Non ajouté au groupe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Member group &quot;%1&quot; of the file was not imported: left out.</source>
        <translation>Le groupe membre «&#xa0;%1&#xa0;» du fichier n&apos;a pas été importé&#xa0;: ignoré.</translation>
    </message>
    <message>
        <source>Member group %1 not added: %2</source>
        <translation>Groupe membre %1 non ajouté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HarExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>Would create</source>
        <translation>Serait créé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Serait mis à jour</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Would skip</source>
        <translation>Serait ignoré</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>RequestDetailsText</name>
    <message>
        <source>(body cut)</source>
        <translation>(contenu tronqué)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n octet de données binaires)</numerusform>
            <numerusform>(%n octets de données binaires)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... (cut after %n byte(s))</source>
        <translation>
            <numerusform>... (tronqué après %n octet)</numerusform>
            <numerusform>... (tronqué après %n octets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceColumn</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>ResourceDetailsHtml</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
</context>
<context>
    <name>ScimJsonReader</name>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation>Le fichier n&apos;est pas du JSON&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>The file holds no SCIM resources: expected a ListResponse, an array of resources, or one User or Group.</source>
        <translation>Le fichier ne contient aucune ressource SCIM&#xa0;: une ListResponse, un tableau de ressources ou un seul User ou Group est attendu.</translation>
    </message>
    <message>
        <source>Resource %1 is not a JSON object.</source>
        <translation>La ressource %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Resource %1 is neither a User nor a Group (see its &quot;schemas&quot;).</source>
        <translation>La ressource %1 n&apos;est ni un User ni un Group (voir ses «&#xa0;schemas&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Folder for tokens and the default SQLite file.</source>
        <translation>Dossier des jetons et du fichier SQLite par défaut.</translation>
    </message>
    <message>
        <source>Where the directory lives: memory, sqlite:&lt;file&gt; or postgres://user@host/db.</source>
        <translation>Où se trouve l&apos;annuaire&#xa0;: memory, sqlite:&lt;fichier&gt; ou postgres://user@host/db.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Port d&apos;écoute (8080 par défaut&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>Certificat PEM (ou chaîne) pour HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Clé privée PEM pour HTTPS.</translation>
    </message>
    <message>
        <source>HTTP worker threads (default: one per core).</source>
        <translation>Threads de travail HTTP (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>URL clients reach the server at, for resource locations.</source>
        <translation>URL par laquelle les clients joignent le serveur, pour l&apos;emplacement des ressources.</translation>
    </message>
    <message>
        <source>Accept a token as the password of HTTP Basic.</source>
        <translation>Accepter un jeton comme mot de passe HTTP Basic.</translation>
    </message>
    <message>
        <source>Serve /metrics without a token.</source>
        <translation>Servir /metrics sans jeton.</translation>
    </message>
    <message>
        <source>Accept only RFC 7644 as written, not the dialects identity providers send.</source>
        <translation>N&apos;accepter que la RFC 7644 telle qu&apos;écrite, pas les dialectes des fournisseurs d&apos;identité.</translation>
    </message>
    <message>
        <source>Load custom schemas and extensions from this folder (repeatable).</source>
        <translation>Charger des schémas et extensions personnalisés depuis ce dossier (répétable).</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 1048576).</source>
        <translation>Plus grand corps de requête accepté (1048576 par défaut).</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default 1024).</source>
        <translation>Nombre maximal de connexions HTTP ouvertes&#xa0;; les suivantes reçoivent 503 (1024 par défaut).</translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default 60).</source>
        <translation>Fermer une connexion keep-alive inactive depuis ce délai (60 par défaut).</translation>
    </message>
    <message>
        <source>Database connections this server keeps at most (default 64).</source>
        <translation>Nombre maximal de connexions à la base de données de ce serveur (64 par défaut).</translation>
    </message>
    <message>
        <source>How long a request waits for the database (a connection, a lock) before 503 (default 5000).</source>
        <translation>Durée d&apos;attente d&apos;une requête pour la base de données (une connexion, un verrou) avant 503 (5000 par défaut).</translation>
    </message>
    <message>
        <source>Memory for serialized resources kept to answer reads faster (default 64; 0: off).</source>
        <translation>Mémoire pour les ressources sérialisées gardées afin de répondre plus vite aux lectures (64 par défaut&#xa0;; 0&#xa0;: désactivé).</translation>
    </message>
    <message>
        <source>Largest page of resources a list answers (default 1000).</source>
        <translation>Plus grande page de ressources renvoyée par une liste (1000 par défaut).</translation>
    </message>
    <message>
        <source>Bulk requests that run at once; more get 429 (default: half the workers).</source>
        <translation>Requêtes Bulk exécutées en même temps&#xa0;; les suivantes reçoivent 429 (par défaut&#xa0;: la moitié des threads de travail).</translation>
    </message>
    <message>
        <source>Operations one Bulk request may carry; more get 413 (default 1000).</source>
        <translation>Opérations qu&apos;une requête Bulk peut contenir ; au-delà, 413 (par défaut 1000).</translation>
    </message>
    <message>
        <source>Largest Bulk request body accepted (default 1048576).</source>
        <translation>Plus grand corps de requête Bulk accepté (par défaut 1048576).</translation>
    </message>
    <message>
        <source>At start, read the most recently modified resources of each type, up to this many per tenant, into the caches, off the request path (default 0: none).</source>
        <translation>Au démarrage, lire dans les caches les ressources modifiées le plus récemment de chaque type, jusqu&apos;à ce nombre par locataire, hors du chemin des requêtes (par défaut 0 : aucune).</translation>
    </message>
    <message>
        <source>Log and count requests that take longer than this (default 100).</source>
        <translation>Journaliser et compter les requêtes plus longues que ce délai (100 par défaut).</translation>
    </message>
    <message>
        <source>When a SQLite commit reaches the disk (default normal; see README).</source>
        <translation>Quand une validation SQLite atteint le disque (normal par défaut&#xa0;; voir le README).</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Lire les réglages depuis ce fichier INI.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
</context>
<context>
    <name>StoreConnectionTest</name>
    <message>
        <source>kept in memory: nothing is saved</source>
        <translation>conservé en mémoire&#xa0;: rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>the file exists and can be written</source>
        <translation>le fichier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>a new directory will be created there</source>
        <translation>un nouvel annuaire y sera créé</translation>
    </message>
</context>
<context>
    <name>TenantContents</name>
    <message>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 groupe</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 groupes</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Usage: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
       muster-server token list [--tenant &lt;tenant&gt;]
       muster-server token revoke &lt;id&gt;</source>
        <translation>Usage&#xa0;: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
        muster-server token list [--tenant &lt;tenant&gt;]
        muster-server token revoke &lt;id&gt;</translation>
    </message>
    <message>
        <source>A token needs a name: --name &quot;Entra ID&quot;</source>
        <translation>Un jeton doit avoir un nom&#xa0;: --name &quot;Entra ID&quot;</translation>
    </message>
    <message>
        <source>--expires takes a number of days like 90d, or a date like 2027-01-31</source>
        <translation>--expires attend un nombre de jours comme 90d, ou une date comme 2027-01-31</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; for tenant &quot;%2&quot; (id %3):</source>
        <translation>Jeton «&#xa0;%1&#xa0;» pour le locataire «&#xa0;%2&#xa0;» (id %3)&#xa0;:</translation>
    </message>
    <message>
        <source>It is shown only now: store it in your identity provider.</source>
        <translation>Il n&apos;est affiché que maintenant&#xa0;: enregistrez-le dans votre fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Aucun jeton.</translation>
    </message>
    <message>
        <source>id	name	tenant	created	expires	last used</source>
        <translation>id	nom	locataire	créé	expire	dernière utilisation</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <source>Which token? muster-server token revoke &lt;id&gt; (see token list)</source>
        <translation>Quel jeton&#xa0;? muster-server token revoke &lt;id&gt; (voir token list)</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Jeton %1 révoqué.</translation>
    </message>
</context>
<context>
    <name>WindowsService</name>
    <message>
        <source>&quot;service run&quot; is for the Windows service manager. Run muster-server without it to serve from this console, or &quot;muster-server service install&quot; to install the service.</source>
        <translation>«&#xa0;service run&#xa0;» est réservé au gestionnaire de services Windows. Lancez muster-server sans cette commande pour servir depuis cette console, ou «&#xa0;muster-server service install&#xa0;» pour installer le service.</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager: %1</source>
        <translation>Impossible de joindre le gestionnaire de services Windows&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowsServiceInstaller</name>
    <message>
        <source>Run it in a terminal opened as administrator.</source>
        <translation>Lancez-la dans un terminal ouvert en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot describe the folder&apos;s permissions</source>
        <translation>Impossible de décrire les autorisations du dossier</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1</source>
        <translation>Impossible de définir les autorisations de %1</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager</source>
        <translation>Impossible d&apos;ouvrir le gestionnaire de services Windows</translation>
    </message>
    <message>
        <source>Cannot update the service %1</source>
        <translation>Impossible de mettre à jour le service %1</translation>
    </message>
    <message>
        <source>Cannot create the service %1</source>
        <translation>Impossible de créer le service %1</translation>
    </message>
    <message>
        <source>Muster&apos;s SCIM 2.0 directory server. Data: %1</source>
        <translation>Le serveur d&apos;annuaire SCIM 2.0 de Muster. Données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not start</source>
        <translation>Le service %1 est installé, mais n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not report running; see %2</source>
        <translation>Le service %1 est installé, mais ne s&apos;est pas signalé en cours d&apos;exécution&#xa0;; voir %2</translation>
    </message>
    <message>
        <source>Cannot open the service %1</source>
        <translation>Impossible d&apos;ouvrir le service %1</translation>
    </message>
    <message>
        <source>The service %1 did not stop within a minute</source>
        <translation>Le service %1 ne s&apos;est pas arrêté en une minute</translation>
    </message>
    <message>
        <source>Cannot delete the service %1</source>
        <translation>Impossible de supprimer le service %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Muster: manage a local identity directory.</source>
        <translation>Muster&#xa0;: gérer un annuaire d&apos;identités local.</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The directory at %1 cannot be opened:
%2</source>
        <translation>L&apos;annuaire situé à %1 ne peut pas être ouvert&#xa0;:
%2</translation>
    </message>
    <message>
        <source>built-in schemas</source>
        <translation>schémas intégrés</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>créer un utilisateur</translation>
    </message>
    <message>
        <source>create a group with the user</source>
        <translation>créer un groupe avec l&apos;utilisateur</translation>
    </message>
    <message>
        <source>filter users</source>
        <translation>filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>computed group membership</source>
        <translation>appartenance aux groupes calculée</translation>
    </message>
    <message>
        <source>password stored as a hash</source>
        <translation>mot de passe stocké sous forme de hachage</translation>
    </message>
    <message>
        <source>Cannot open the directory at %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;annuaire situé à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: muster-server %1 &lt;file&gt;</source>
        <translation>Usage&#xa0;: muster-server %1 &lt;fichier&gt;</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 sauvegardé dans %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 restauré depuis %2</translation>
    </message>
    <message>
        <source>Cannot start the server: %1</source>
        <translation>Impossible de démarrer le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Muster %1 serves %2</source>
        <translation>Muster %1 sert %2</translation>
    </message>
    <message>
        <source>First start: created the token &quot;%1&quot; for the default tenant. It is shown once:</source>
        <translation>Premier démarrage&#xa0;: le jeton «&#xa0;%1&#xa0;» a été créé pour le locataire par défaut. Il n&apos;est affiché qu&apos;une fois&#xa0;:</translation>
    </message>
    <message>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;; manage tokens with &quot;muster-server token&quot;.</source>
        <translation>Envoyez-le sous la forme &quot;Authorization: Bearer &lt;token&gt;&quot;&#xa0;; gérez les jetons avec &quot;muster-server token&quot;.</translation>
    </message>
    <message>
        <source>SCIM base URL: %1</source>
        <translation>URL de base SCIM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping: finishing requests in flight</source>
        <translation>Arrêt&#xa0;: fin des requêtes en cours</translation>
    </message>
    <message>
        <source>Muster: a local identity directory with a SCIM 2.0 server.</source>
        <translation>Muster&#xa0;: un annuaire d&apos;identités local avec un serveur SCIM 2.0.</translation>
    </message>
    <message>
        <source>Check that the directory works, then exit.</source>
        <translation>Vérifier que l&apos;annuaire fonctionne, puis quitter.</translation>
    </message>
    <message>
        <source>Load the custom schema files of &lt;directory&gt;, report errors, then exit.</source>
        <translation>Charger les fichiers de schémas personnalisés de &lt;dossier&gt;, signaler les erreurs, puis quitter.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>token create: the token&apos;s name.</source>
        <translation>token create&#xa0;: le nom du jeton.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>token create/list: the tenant (default: default).</source>
        <translation>token create/list&#xa0;: le locataire (par défaut&#xa0;: default).</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <source>token create: expiry, as days (90d) or a date (2027-01-31).</source>
        <translation>token create&#xa0;: expiration, en jours (90d) ou sous forme de date (2027-01-31).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>token create: the user id that /Me serves.</source>
        <translation>token create&#xa0;: l&apos;id de l&apos;utilisateur que sert /Me.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;.</source>
        <translation>Sans commande&#xa0;: servir l&apos;annuaire&#xa0;; sinon&#xa0;: token create|list|revoke &lt;id&gt;, backup &lt;fichier&gt;, restore &lt;fichier&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) and </source>
        <translation>
            <numerusform>%n schéma et </numerusform>
            <numerusform>%n schémas et </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource type(s) loaded</source>
        <translation>
            <numerusform>%n type de ressource chargé</numerusform>
            <numerusform>%n types de ressources chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>The service %1 runs as LOCAL SERVICE and starts with Windows; its data is in %2. A new directory&apos;s first token is written to %3. More tokens:</source>
        <translation>Le service %1 s&apos;exécute en tant que LOCAL SERVICE et démarre avec Windows&#xa0;; ses données sont dans %2. Le premier jeton d&apos;un nouvel annuaire est écrit dans %3. D&apos;autres jetons&#xa0;:</translation>
    </message>
    <message>
        <source>The service %1 is removed; its data folder stays.</source>
        <translation>Le service %1 est supprimé&#xa0;; son dossier de données est conservé.</translation>
    </message>
    <message>
        <source>Usage: muster-server [options] service install|uninstall</source>
        <translation>Utilisation&#xa0;: muster-server [options] service install|uninstall</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;, service install|uninstall (as administrator: the Windows service, with the options given here).</source>
        <translation>Rien pour servir l&apos;annuaire, ou&#xa0;: token create|list|revoke &lt;id&gt;, backup &lt;fichier&gt;, restore &lt;fichier&gt;, service install|uninstall (en administrateur&#xa0;: le service Windows, avec les options données ici).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
</context>
<context>
    <name>muster::AuditLogModel</name>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC&#xa0;: %2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name now</source>
        <translation>Nom actuel</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>muster::AuditLogPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Load &amp;older entries</source>
        <translation>Charger des entrées plus &amp;anciennes</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xporter en CSV...</translation>
    </message>
    <message>
        <source>Search the log: actor, action, type, resource ID, attribute</source>
        <translation>Rechercher dans le journal&#xa0;: acteur, action, type, ID de ressource, attribut</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Show only what this actor did (part of the name is enough)</source>
        <translation>N&apos;afficher que ce qu&apos;a fait cet acteur (une partie du nom suffit)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>N&apos;afficher que cette action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>Only entries from a day on</source>
        <translation>Seulement les entrées à partir d&apos;un jour</translation>
    </message>
    <message>
        <source>Only entries up to a day</source>
        <translation>Seulement les entrées jusqu&apos;à un jour</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Read further back in the log</source>
        <translation>Remonter plus loin dans le journal</translation>
    </message>
    <message>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>Enregistrer toutes les entrées retenues par le filtre dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Journal d&apos;&amp;audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n entrée affichée</numerusform>
            <numerusform>%n entrées affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(s) shown</source>
        <translation>
            <numerusform>%n entrée correspondante affichée</numerusform>
            <numerusform>%n entrées correspondantes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>read back to %1</source>
        <translation>lu jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>that is the whole log</source>
        <translation>c&apos;est tout le journal</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit exportée vers %1.</numerusform>
            <numerusform>%n entrées d&apos;audit exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L&apos;exportation vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::BackupFeature</name>
    <message>
        <source>Back &amp;Up Directory...</source>
        <translation>&amp;Sauvegarder l&apos;annuaire...</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup...</source>
        <translation>&amp;Restaurer depuis une sauvegarde...</translation>
    </message>
    <message>
        <source>Save a copy of the whole directory, every tenant, while it keeps serving</source>
        <translation>Enregistrer une copie de tout l&apos;annuaire, tous les locataires compris, sans interrompre le service</translation>
    </message>
    <message>
        <source>Replace the whole directory with a backup</source>
        <translation>Remplacer tout l&apos;annuaire par une sauvegarde</translation>
    </message>
    <message>
        <source>Back Up Directory</source>
        <translation>Sauvegarder l&apos;annuaire</translation>
    </message>
    <message>
        <source>Muster backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes Muster (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the whole directory with the backup &quot;%1&quot;?</source>
        <translation>Remplacer tout l&apos;annuaire par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The backup was saved %1. Every tenant, with its users, groups and audit log, becomes what it was then; whatever changed since is lost. Back up the directory first to keep it.</source>
        <translation>La sauvegarde date du %1. Chaque locataire, avec ses utilisateurs, ses groupes et son journal d&apos;audit, redevient tel qu&apos;il était alors&#xa0;; tout ce qui a changé depuis est perdu. Sauvegardez d&apos;abord l&apos;annuaire pour le conserver.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>A backup or restore is running; try again when it is done.</source>
        <translation>Une sauvegarde ou une restauration est en cours&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Backing up the directory to %1...</source>
        <translation>Sauvegarde de l&apos;annuaire dans %1...</translation>
    </message>
    <message>
        <source>Restoring the directory from %1...</source>
        <translation>Restauration de l&apos;annuaire depuis %1...</translation>
    </message>
    <message>
        <source>Backed up the directory to %1</source>
        <translation>Annuaire sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restored the directory from %1</source>
        <translation>Annuaire restauré depuis %1</translation>
    </message>
    <message>
        <source>The directory could not be backed up to %1.</source>
        <translation>L&apos;annuaire n&apos;a pas pu être sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>The directory could not be restored from %1. Nothing was changed.</source>
        <translation>L&apos;annuaire n&apos;a pas pu être restauré depuis %1. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>muster::CandidateListModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>muster::ColumnMappingPage</name>
    <message>
        <source>&amp;Create missing groups</source>
        <translation>&amp;Créer les groupes manquants</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the attribute each column fills. The guesses come from the column names.</source>
        <translation>Choisissez l&apos;attribut que remplit chaque colonne. Les suggestions viennent des noms de colonnes.</translation>
    </message>
    <message>
        <source>Groups named in the groups column that do not exist are created; otherwise they are left out with a warning</source>
        <translation>Les groupes nommés dans la colonne des groupes qui n&apos;existent pas sont créés&#xa0;; sinon ils sont ignorés avec un avertissement</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>Attribute for column %1</source>
        <translation>Attribut de la colonne %1</translation>
    </message>
    <message>
        <source>Map a column to User name (or External ID) so that rows can be matched.</source>
        <translation>Associez une colonne au nom d&apos;utilisateur (ou à l&apos;ID externe) pour que les lignes puissent être rapprochées.</translation>
    </message>
    <message>
        <source>Without a User name column, rows can only update users found by External ID.</source>
        <translation>Sans colonne de nom d&apos;utilisateur, les lignes ne peuvent mettre à jour que les utilisateurs trouvés par ID externe.</translation>
    </message>
</context>
<context>
    <name>muster::CreateTokenDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation>E&amp;xpire</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>e.g. Entra ID production</source>
        <translation>p. ex. Entra ID production</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>The only tenant the token opens</source>
        <translation>Le seul locataire que le jeton ouvre</translation>
    </message>
    <message>
        <source>The token expires</source>
        <translation>Le jeton expire</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Date et heure d&apos;expiration</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>muster::DateTimeField</name>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 a une valeur</translation>
    </message>
</context>
<context>
    <name>muster::EditingFeature</name>
    <message>
        <source>%1 was changed by someone else since you opened it. Cancel, then open it again to see their change.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Annulez, puis rouvrez-le pour voir cette modification.</translation>
    </message>
    <message>
        <source>Recently &amp;Deleted</source>
        <translation>Supprimés ré&amp;cemment</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>New &amp;User...</source>
        <translation>Nouvel &amp;utilisateur...</translation>
    </message>
    <message>
        <source>New &amp;Group...</source>
        <translation>Nouveau &amp;groupe...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Edit the selected user or group (Enter or F2)</source>
        <translation>Modifier l&apos;utilisateur ou le groupe sélectionné (Entrée ou F2)</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>M&amp;embres...</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>Définir le mot de &amp;passe...</translation>
    </message>
    <message>
        <source>Enable/Disa&amp;ble</source>
        <translation>Activer/Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Disable the selected users if all are active, else enable them (Ctrl+E)</source>
        <translation>Désactiver les utilisateurs sélectionnés s&apos;ils sont tous actifs, sinon les activer (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Unknown resource type %1</source>
        <translation>Type de ressource inconnu %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saved %1; its new password is set.</source>
        <translation>%1 enregistré&#xa0;; son nouveau mot de passe est défini.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Saved the members of %1.</source>
        <translation>Membres de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>The new password of %1 is set.</source>
        <translation>Le nouveau mot de passe de %1 est défini.</translation>
    </message>
    <message>
        <source>Delete the user &quot;%1&quot;?</source>
        <translation>Supprimer l&apos;utilisateur «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users?</source>
        <translation>
            <numerusform>Supprimer %n utilisateur&#xa0;?</numerusform>
            <numerusform>Supprimer %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n groups?</source>
        <translation>
            <numerusform>Supprimer %n groupe&#xa0;?</numerusform>
            <numerusform>Supprimer %n groupes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Identity providers will see them as gone, and they leave their groups. Undo (Ctrl+Z) or Recently Deleted brings them back with their groups, but without their passwords.</source>
        <translation>Les fournisseurs d&apos;identité les verront comme disparus, et ils quittent leurs groupes. Annuler (Ctrl+Z) ou Supprimés récemment les ramène avec leurs groupes, mais sans leurs mots de passe.</translation>
    </message>
    <message>
        <source>Their members are not deleted. Undo (Ctrl+Z) or Recently Deleted brings them back with the members that still exist.</source>
        <translation>Leurs membres ne sont pas supprimés. Annuler (Ctrl+Z) ou Supprimés récemment les ramène avec les membres qui existent encore.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>%n ressource supprimée.</numerusform>
            <numerusform>%n ressources supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur activé.</numerusform>
            <numerusform>%n utilisateurs activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur désactivé.</numerusform>
            <numerusform>%n utilisateurs désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>%1 is back, with its ID and groups.</source>
        <translation>%1 est de retour, avec son ID et ses groupes.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) are back, with their IDs and groups.</source>
        <translation>
            <numerusform>%n ressource est de retour, avec son ID et ses groupes.</numerusform>
            <numerusform>%n ressources sont de retour, avec leurs ID et leurs groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A restored user has no password: choose the user on the Users page and set a new one with Edit &gt; Set Password (Ctrl+Shift+P).</source>
        <translation>Un utilisateur restauré n&apos;a pas de mot de passe&#xa0;: choisissez-le sur la page Utilisateurs et définissez-en un nouveau avec Édition &gt; Définir le mot de passe (Ctrl+Maj+P).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>muster::ExportDialog</name>
    <message>
        <source>&amp;CSV (opens in spreadsheets; imports again)</source>
        <translation>&amp;CSV (s&apos;ouvre dans les tableurs&#xa0;; se réimporte)</translation>
    </message>
    <message>
        <source>SCIM &amp;JSON (a ListResponse of the resources)</source>
        <translation>SCIM &amp;JSON (une ListResponse des ressources)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>Export Groups</source>
        <translation>Exporter les groupes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>&amp;Every user the page shows (%L1)</source>
        <translation>&amp;Tous les utilisateurs affichés par la page (%L1)</translation>
    </message>
    <message>
        <source>&amp;Every group the page shows (%L1)</source>
        <translation>&amp;Tous les groupes affichés par la page (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected users (%L1)</source>
        <translation>Seulement les utilisateurs &amp;sélectionnés (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected groups (%L1)</source>
        <translation>Seulement les groupes &amp;sélectionnés (%L1)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>groups.csv</source>
        <translation>groups.csv</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Browse for the file to export to</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::ImportDryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>What the import will do with every row. Nothing has been written yet.</source>
        <translation>Ce que l&apos;importation fera de chaque ligne. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Vérification de %n ligne...</numerusform>
            <numerusform>Vérification de %n lignes...</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Choose Import to write these changes.</source>
        <translation>Choisissez Importer pour écrire ces modifications.</translation>
    </message>
</context>
<context>
    <name>muster::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file with a header line, in UTF-8, separated by commas or semicolons. Rows match existing users by externalId or userName; matched users get the values of the non-empty cells, others are created.</source>
        <translation>Un fichier CSV avec une ligne d&apos;en-tête, en UTF-8, séparé par des virgules ou des points-virgules. Les lignes sont rapprochées des utilisateurs existants par externalId ou userName&#xa0;; les utilisateurs rapprochés reçoivent les valeurs des cellules non vides, les autres sont créés.</translation>
    </message>
    <message>
        <source>A SCIM ListResponse, or an array of Users and Groups. Resources match existing ones by externalId, userName or displayName and replace them; others are created.</source>
        <translation>Une ListResponse SCIM, ou un tableau de Users et de Groups. Les ressources sont rapprochées des ressources existantes par externalId, userName ou displayName et les remplacent&#xa0;; les autres sont créées.</translation>
    </message>
    <message>
        <source>Nothing is written before the next steps show what the import will do.</source>
        <translation>Rien n&apos;est écrit avant que les étapes suivantes montrent ce que fera l&apos;importation.</translation>
    </message>
    <message>
        <source>Members of groups may refer to users and groups of the same file by their &quot;id&quot; there. Nothing is written before the next steps show what the import will do.</source>
        <translation>Les membres des groupes peuvent désigner des utilisateurs et des groupes du même fichier par leur «&#xa0;id&#xa0;» dans ce fichier. Rien n&apos;est écrit avant que les étapes suivantes montrent ce que fera l&apos;importation.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Browse for the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>Save &amp;template...</source>
        <translation>Enregistrer le &amp;modèle...</translation>
    </message>
    <message>
        <source>Save a CSV file with the columns the import knows, to fill in</source>
        <translation>Enregistrer un fichier CSV avec les colonnes que l&apos;importation connaît, à remplir</translation>
    </message>
    <message>
        <source>Starting from scratch?</source>
        <translation>Vous partez de zéro&#xa0;?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Le fichier a un en-tête mais aucune ligne à importer.</translation>
    </message>
    <message>
        <source>The file holds no resources to import.</source>
        <translation>Le fichier ne contient aucune ressource à importer.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Enregistrer le modèle CSV</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportModel</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n à ignorer</numerusform>
            <numerusform>%n à ignorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Modifications&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (with warnings)</source>
        <translation>%1 (avec avertissements)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportView</name>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Afficher seulement les &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Enregistrer le rapport...</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Outcome of every row</source>
        <translation>Résultat de chaque ligne</translation>
    </message>
    <message>
        <source>Rows that are skipped, failed or have warnings; the saved report follows this choice</source>
        <translation>Lignes ignorées, en échec ou avec avertissements&#xa0;; le rapport enregistré suit ce choix</translation>
    </message>
    <message>
        <source>Save the outcome of every row (or only the problems) as a CSV file</source>
        <translation>Enregistrer le résultat de chaque ligne (ou seulement les problèmes) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportRunPage</name>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Arrêter l&apos;importation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The rows are written to the directory. Stopping keeps what was imported so far.</source>
        <translation>Les lignes sont écrites dans l&apos;annuaire. L&apos;arrêt conserve ce qui a déjà été importé.</translation>
    </message>
    <message>
        <source>Stop after the row being written; what was imported stays (Escape)</source>
        <translation>Arrêter après la ligne en cours d&apos;écriture&#xa0;; ce qui a été importé reste (Échap)</translation>
    </message>
    <message>
        <source>Stopping after the current row...</source>
        <translation>Arrêt après la ligne en cours...</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)...</source>
        <translation>
            <numerusform>Importation de %n ligne...</numerusform>
            <numerusform>Importation de %n lignes...</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows: %3. The rest was not imported.</source>
        <translation>Arrêté après %1 lignes sur %2&#xa0;: %3. Le reste n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>muster::ImportWizard</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>Importer des utilisateurs depuis un CSV</translation>
    </message>
    <message>
        <source>Import SCIM JSON</source>
        <translation>Importer du SCIM JSON</translation>
    </message>
</context>
<context>
    <name>muster::MainWindow</name>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>The tenant shown (Ctrl+T)</source>
        <translation>Le locataire affiché (Ctrl+T)</translation>
    </message>
    <message>
        <source>Where the directory is kept</source>
        <translation>Emplacement de l&apos;annuaire</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Choose the &amp;tenant</source>
        <translation>Choisir le &amp;locataire</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation>À &amp;propos de Muster</translation>
    </message>
    <message>
        <source>About Muster</source>
        <translation>À propos de Muster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;A local identity directory with a SCIM 2.0 server.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;Un annuaire d&apos;identités local avec un serveur SCIM 2.0.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2&#xa0;; fonctionne avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Muster is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Muster est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;a href=&quot;%1&quot;&gt;Licence publique générale GNU&lt;/a&gt;, version 3 ou (à votre choix) toute version ultérieure. Il est fourni SANS AUCUNE GARANTIE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Annuaire</translation>
    </message>
    <message numerus="yes">
        <source>%n+ user(s), counting…</source>
        <translation>
            <numerusform>%n+ utilisateur, comptage…</numerusform>
            <numerusform>%n+ utilisateurs, comptage…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ group(s), counting…</source>
        <translation>
            <numerusform>%n+ groupe, comptage…</numerusform>
            <numerusform>%n+ groupes, comptage…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MemberListModel</name>
    <message>
        <source>Added: joins when you save</source>
        <translation>Ajouté&#xa0;: rejoint le groupe à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>muster::MembershipEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Users and groups found</source>
        <translation>Utilisateurs et groupes trouvés</translation>
    </message>
    <message>
        <source>Find users and groups to add</source>
        <translation>Rechercher des utilisateurs et des groupes à ajouter</translation>
    </message>
    <message>
        <source>Add the selected users and groups (Enter in the list)</source>
        <translation>Ajouter les utilisateurs et groupes sélectionnés (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Retirer les membres sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Mem&amp;bres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Enregistrer les modifications (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n à retirer</numerusform>
            <numerusform>%n à retirer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedField</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Retirer les lignes sélectionnées (Suppr)</translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>muster::NewTenantDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>e.g. acme or eu.acme-2</source>
        <translation>p. ex. acme ou eu.acme-2</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;: the name is part of the tenant&apos;s SCIM URL</source>
        <translation>1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»&#xa0;: le nom fait partie de l&apos;URL SCIM du locataire</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problème avec le nom</translation>
    </message>
    <message>
        <source>A tenant is a separate directory with its own users, groups, tokens and audit log, served by the SCIM server below &lt;tt&gt;/tenants/&amp;lt;name&amp;gt;/&lt;/tt&gt;.</source>
        <translation>Un locataire est un annuaire distinct, avec ses propres utilisateurs, groupes, jetons et journal d&apos;audit, servi par le serveur SCIM sous &lt;tt&gt;/tenants/&amp;lt;nom&amp;gt;/&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; exists already.</source>
        <translation>Un locataire nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>muster::PasswordDialog</name>
    <message>
        <source>Set password of %1</source>
        <translation>Définir le mot de passe de %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>Définir le mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The directory keeps only a hash of the password.</source>
        <translation>L&apos;annuaire ne conserve qu&apos;un hachage du mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>muster::RecentlyDeletedModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>muster::RecentlyDeletedPage</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Nothing was deleted recently.</source>
        <translation>Rien n&apos;a été supprimé récemment.</translation>
    </message>
    <message>
        <source>Restoring brings a user or group back with the same ID, so that identity providers find it again, and puts it back in the groups that still exist. A restored user has no password: set a new one.</source>
        <translation>La restauration ramène un utilisateur ou un groupe avec le même ID, pour que les fournisseurs d&apos;identité le retrouvent, et le remet dans les groupes qui existent encore. Un utilisateur restauré n&apos;a pas de mot de passe&#xa0;: définissez-en un nouveau.</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Supprimés récemment</translation>
    </message>
    <message>
        <source>Bring the selected users and groups back (Enter)</source>
        <translation>Ramener les utilisateurs et groupes sélectionnés (Entrée)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
</context>
<context>
    <name>muster::ReferenceIdField</name>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation>ID de %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>(no such user)</source>
        <translation>(utilisateur inexistant)</translation>
    </message>
    <message>
        <source>(no such group)</source>
        <translation>(groupe inexistant)</translation>
    </message>
</context>
<context>
    <name>muster::RequestInspector</name>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>E&amp;xport HAR...</source>
        <translation>E&amp;xporter en HAR...</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx succès</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx redirection</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx erreur client</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx erreur serveur</translation>
    </message>
    <message>
        <source>4xx or 5xx: any error</source>
        <translation>4xx ou 5xx&#xa0;: toute erreur</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Toutes les méthodes</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtre de méthode</translation>
    </message>
    <message>
        <source>Text in the path, e.g. /Users</source>
        <translation>Texte dans le chemin, p. ex. /Users</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Filtre de chemin</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Suspendre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>While paused, the server does not record requests for this list</source>
        <translation>Pendant la pause, le serveur n&apos;enregistre pas les requêtes pour cette liste</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Export the requests shown as HAR</source>
        <translation>Exporter les requêtes affichées en HAR</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Select a request to see it here</source>
        <translation>Sélectionnez une requête pour l&apos;afficher ici</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>C&amp;hemin&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 sur %n requête affichée</numerusform>
            <numerusform>%1 sur %n requêtes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>The requests could not be exported.</source>
        <translation>Les requêtes n&apos;ont pas pu être exportées.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n requête exportée vers %1</numerusform>
            <numerusform>%n requêtes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>Archive HTTP (*.har);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>muster::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>muster::ResourceBrowser</name>
    <message>
        <source>Search users: words, or a SCIM filter such as department eq &quot;Sales&quot;</source>
        <translation>Rechercher des utilisateurs&#xa0;: des mots, ou un filtre SCIM comme department eq &quot;Sales&quot;</translation>
    </message>
    <message>
        <source>Search groups: words, or a SCIM filter</source>
        <translation>Rechercher des groupes&#xa0;: des mots, ou un filtre SCIM</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Preparing the search: %1 of %2 read…</source>
        <translation>Préparation de la recherche : %1 sur %2 lus…</translation>
    </message>
</context>
<context>
    <name>muster::ResourceEditorDialog</name>
    <message>
        <source>New User</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Modifier l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation>Modifier le groupe %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Dernière modification le %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Membre de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept by the directory</source>
        <translation>Géré par l&apos;annuaire</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>Définir le mot de &amp;passe...</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Enregistrer (Entrée ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The new password is set when you save.</source>
        <translation>Le nouveau mot de passe est défini à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>No password: the user cannot sign in with one until it is set.</source>
        <translation>Pas de mot de passe&#xa0;: l&apos;utilisateur ne peut pas se connecter avec un mot de passe tant qu&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>The password stays as it is.</source>
        <translation>Le mot de passe reste inchangé.</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>le nouvel utilisateur</translation>
    </message>
</context>
<context>
    <name>muster::ResourcePickerDialog</name>
    <message>
        <source>Choose a user</source>
        <translation>Choisir un utilisateur</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Choisir un groupe</translation>
    </message>
    <message>
        <source>Type part of a user name or display name</source>
        <translation>Saisissez une partie d&apos;un nom d&apos;utilisateur ou d&apos;un nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Type part of a display name</source>
        <translation>Saisissez une partie d&apos;un nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>C&amp;hoisir</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>muster::ResourceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>muster::SchemaForm</name>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Contact and access</source>
        <translation>Contact et accès</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>muster::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Server &amp;Settings</source>
        <translation>&amp;Paramètres du serveur</translation>
    </message>
    <message>
        <source>&amp;Request Inspector</source>
        <translation>Inspecteur de &amp;requêtes</translation>
    </message>
</context>
<context>
    <name>muster::ServerPanel</name>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Keep the server running when the &amp;window closes</source>
        <translation>Laisser le serveur tourner quand la &amp;fenêtre se ferme</translation>
    </message>
    <message>
        <source>Create &amp;Token...</source>
        <translation>Créer un &amp;jeton...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Révoquer...</translation>
    </message>
    <message>
        <source>&amp;Copy Base URL</source>
        <translation>&amp;Copier l&apos;URL de base</translation>
    </message>
    <message>
        <source>&amp;Revoke Token...</source>
        <translation>&amp;Révoquer le jeton...</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this machine only. Any other address lets other machines reach the directory.</source>
        <translation>127.0.0.1 ne sert que cette machine. Toute autre adresse permet à d&apos;autres machines d&apos;accéder à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>aucun&#xa0;: HTTP simple</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Fichier du certificat TLS</translation>
    </message>
    <message>
        <source>A PEM certificate chain, leaf first</source>
        <translation>Une chaîne de certificats PEM, certificat final en premier</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Fichier de la clé privée TLS</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key</source>
        <translation>La clé privée PEM du certificat</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Choose the TLS certificate file</source>
        <translation>Choisir le fichier du certificat TLS</translation>
    </message>
    <message>
        <source>Choose the TLS private key file</source>
        <translation>Choisir le fichier de la clé privée TLS</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>TLS Private Key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>Démarrer ou arrêter le serveur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>le serveur est arrêté</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copier l&apos;URL de base</translation>
    </message>
    <message>
        <source>Keep the server running when the window closes</source>
        <translation>Laisser le serveur tourner quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Closing the window then leaves Muster in the system tray while the server runs.</source>
        <translation>Fermer la fenêtre laisse alors Muster dans la zone de notification tant que le serveur tourne.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Bind a&amp;ddress:</source>
        <translation>A&amp;dresse d&apos;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificat TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>Clé pri&amp;vée TLS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Révoquer le jeton sélectionné</translation>
    </message>
    <message>
        <source>Identity providers authenticate with a bearer token. Each token opens one tenant; revoke it when a provider no longer needs it.</source>
        <translation>Les fournisseurs d&apos;identité s&apos;authentifient avec un jeton Bearer. Chaque jeton ouvre un locataire&#xa0;; révoquez-le quand un fournisseur n&apos;en a plus besoin.</translation>
    </message>
    <message>
        <source>No system tray is available: closing the window quits Muster.</source>
        <translation>Aucune zone de notification n&apos;est disponible&#xa0;: fermer la fenêtre quitte Muster.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve this machine only, or one of this machine&apos;s addresses.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP. Utilisez 127.0.0.1 pour ne servir que cette machine, ou l&apos;une des adresses de cette machine.</translation>
    </message>
    <message>
        <source>A TLS certificate needs its private key: choose the key file too.</source>
        <translation>Un certificat TLS a besoin de sa clé privée&#xa0;: choisissez aussi le fichier de clé.</translation>
    </message>
    <message>
        <source>A TLS private key needs its certificate: choose the certificate file too.</source>
        <translation>Une clé privée TLS a besoin de son certificat&#xa0;: choisissez aussi le fichier de certificat.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Serve the Network?</source>
        <translation>Servir sur le réseau&#xa0;?</translation>
    </message>
    <message>
        <source>Listen on %1, which other machines can reach?</source>
        <translation>Écouter sur %1, joignable par d&apos;autres machines&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone on the network who holds a token can then read and change the users and groups of its tenant. Make sure the firewall lets in only your identity provider.</source>
        <translation>Quiconque sur le réseau détient un jeton pourra alors lire et modifier les utilisateurs et groupes de son locataire. Assurez-vous que le pare-feu ne laisse passer que votre fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Without TLS, tokens and passwords cross the network in clear text.</source>
        <translation>Sans TLS, les jetons et les mots de passe traversent le réseau en clair.</translation>
    </message>
    <message>
        <source>&amp;Listen on %1</source>
        <translation>É&amp;couter sur %1</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>Le serveur n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Serveur à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message>
        <source>Base URL copied: %1</source>
        <translation>URL de base copiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>The token could not be created.</source>
        <translation>Le jeton n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot; of tenant %2?</source>
        <translation>Révoquer le jeton «&#xa0;%1&#xa0;» du locataire %2&#xa0;?</translation>
    </message>
    <message>
        <source>Clients that use it are refused from their next request on. This cannot be undone.</source>
        <translation>Les clients qui l&apos;utilisent sont refusés dès leur prochaine requête. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>The token could not be revoked.</source>
        <translation>Le jeton n&apos;a pas pu être révoqué.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; revoked</source>
        <translation>Jeton «&#xa0;%1&#xa0;» révoqué</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stop Server</source>
        <translation>Arrêter le serveur</translation>
    </message>
    <message>
        <source>Start Server</source>
        <translation>Démarrer le serveur</translation>
    </message>
    <message>
        <source>St&amp;op Server</source>
        <translation>Arrê&amp;ter le serveur</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
</context>
<context>
    <name>muster::ServerStatusFields</name>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Requests per second answered by the server</source>
        <translation>Requêtes par seconde traitées par le serveur</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>URL de base du serveur</translation>
    </message>
    <message>
        <source>The base URL to give identity providers (Ctrl+Shift+C copies it)</source>
        <translation>L&apos;URL de base à donner aux fournisseurs d&apos;identité (Ctrl+Maj+C la copie)</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Serveur à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
</context>
<context>
    <name>muster::SettingsDialog</name>
    <message>
        <source>&amp;SQLite file</source>
        <translation>Fichier &amp;SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Start the SCIM server when Muster starts</source>
        <translation>Démarrer le serveur SCIM au lancement de Muster</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Default: muster.db in your data folder</source>
        <translation>Par défaut&#xa0;: muster.db dans votre dossier de données</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL PostgreSQL</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>A new location is used when Muster starts again.</source>
        <translation>Un nouvel emplacement est pris en compte au prochain lancement de Muster.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used when Muster starts again.</source>
        <translation>Une nouvelle langue est prise en compte au prochain lancement de Muster.</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The default location: nothing to test.</source>
        <translation>L&apos;emplacement par défaut&#xa0;: rien à tester.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test en cours...</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>muster::TenantsDialog</name>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>&amp;Nouveau locataire...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Retirer...</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>Create a tenant (Insert)</source>
        <translation>Créer un locataire (Inser)</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Retirer le locataire sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected tenant with its users, groups and audit log (Delete)</source>
        <translation>Retirer le locataire sélectionné avec ses utilisateurs, ses groupes et son journal d&apos;audit (Suppr)</translation>
    </message>
    <message>
        <source>Show the selected tenant</source>
        <translation>Afficher le locataire sélectionné</translation>
    </message>
    <message>
        <source>Show the selected tenant in the window (Enter)</source>
        <translation>Afficher le locataire sélectionné dans la fenêtre (Entrée)</translation>
    </message>
    <message>
        <source>Each tenant is a separate directory with its own users, groups, tokens and audit log. The default tenant cannot be removed.</source>
        <translation>Chaque locataire est un annuaire distinct, avec ses propres utilisateurs, groupes, jetons et journal d&apos;audit. Le locataire par défaut ne peut pas être retiré.</translation>
    </message>
</context>
<context>
    <name>muster::TenantsFeature</name>
    <message>
        <source>&amp;Tenants...</source>
        <translation>&amp;Locataires...</translation>
    </message>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>&amp;Nouveau locataire...</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant...</source>
        <translation>&amp;Retirer le locataire...</translation>
    </message>
    <message>
        <source>List the tenants with their sizes; create and remove tenants</source>
        <translation>Lister les locataires avec leur taille&#xa0;; créer et retirer des locataires</translation>
    </message>
    <message>
        <source>Create a tenant: a separate directory with its own users and groups</source>
        <translation>Créer un locataire&#xa0;: un annuaire distinct avec ses propres utilisateurs et groupes</translation>
    </message>
    <message>
        <source>Remove the tenant shown, with its users, groups and audit log</source>
        <translation>Retirer le locataire affiché, avec ses utilisateurs, ses groupes et son journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant &quot;%1&quot;...</source>
        <translation>&amp;Retirer le locataire «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be created.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Created the tenant &quot;%1&quot;</source>
        <translation>Locataire «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>Remove Tenant</source>
        <translation>Retirer le locataire</translation>
    </message>
    <message>
        <source>The default tenant cannot be removed.</source>
        <translation>Le locataire par défaut ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>It is the directory that identity providers reach without a tenant in the URL.</source>
        <translation>C&apos;est l&apos;annuaire que les fournisseurs d&apos;identité atteignent sans locataire dans l&apos;URL.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; any more.</source>
        <translation>Il n&apos;y a plus de locataire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot;?</source>
        <translation>Retirer le locataire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This deletes its %1, and its audit log. It cannot be undone: back up the directory first (File &gt; Back Up Directory...) to keep a copy. Identity providers that provision into it get &quot;not found&quot; from then on.</source>
        <translation>Cela supprime ses %1, ainsi que son journal d&apos;audit. C&apos;est irréversible&#xa0;: sauvegardez d&apos;abord l&apos;annuaire (Fichier &gt; Sauvegarder l&apos;annuaire...) pour en garder une copie. Les fournisseurs d&apos;identité qui y provisionnent recevront ensuite «&#xa0;introuvable&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant</source>
        <translation>&amp;Retirer le locataire</translation>
    </message>
    <message>
        <source>Another tenant is being removed; try again when it is done.</source>
        <translation>Un autre locataire est en cours de retrait&#xa0;; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>Removing the tenant &quot;%1&quot;...</source>
        <translation>Retrait du locataire «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be removed.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n&apos;a pas pu être retiré.</translation>
    </message>
    <message>
        <source>Removed the tenant &quot;%1&quot; with its %2</source>
        <translation>Locataire «&#xa0;%1&#xa0;» retiré avec ses %2</translation>
    </message>
</context>
<context>
    <name>muster::TextField</name>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Base64-encoded data</source>
        <translation>Données encodées en Base64</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
</context>
<context>
    <name>muster::TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot;</source>
        <translation>Jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy the token now and paste it into your identity provider as the bearer token (Authorization: Bearer ...). Muster keeps only its hash: it will not be shown again.</source>
        <translation>Copiez le jeton maintenant et collez-le dans votre fournisseur d&apos;identité comme jeton Bearer (Authorization: Bearer ...). Muster n&apos;en conserve que le hachage&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>muster::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>muster::TransferFeature</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importer un CSV...</translation>
    </message>
    <message>
        <source>Import SCIM &amp;JSON...</source>
        <translation>Importer du SCIM &amp;JSON...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Save CSV &amp;template...</source>
        <translation>Enregistrer le &amp;modèle CSV...</translation>
    </message>
    <message>
        <source>Create and update users from a CSV file, after a dry run</source>
        <translation>Créer et mettre à jour des utilisateurs depuis un fichier CSV, après une simulation</translation>
    </message>
    <message>
        <source>Create and update users and groups from a SCIM ListResponse</source>
        <translation>Créer et mettre à jour des utilisateurs et des groupes depuis une ListResponse SCIM</translation>
    </message>
    <message>
        <source>Save the users or groups of the page in front as CSV or SCIM JSON</source>
        <translation>Enregistrer les utilisateurs ou les groupes de la page affichée en CSV ou en SCIM JSON</translation>
    </message>
    <message>
        <source>Save an empty users CSV file with the columns the import knows</source>
        <translation>Enregistrer un fichier CSV d&apos;utilisateurs vide avec les colonnes que l&apos;importation connaît</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Enregistrer le modèle CSV</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Saved the CSV template to %1</source>
        <translation>Modèle CSV enregistré dans %1</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportation vers %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1</source>
        <translation>
            <numerusform>%n utilisateur exporté vers %1</numerusform>
            <numerusform>%n utilisateurs exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n group(s) to %1</source>
        <translation>
            <numerusform>%n groupe exporté vers %1</numerusform>
            <numerusform>%n groupes exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Exportation annulée&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L&apos;exportation vers %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>muster::TrayController</name>
    <message>
        <source>Muster: listening on %1</source>
        <translation>Muster&#xa0;: à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Muster: the server is stopped</source>
        <translation>Muster&#xa0;: le serveur est arrêté</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The server keeps running. Use the tray icon to show Muster or quit.</source>
        <translation>Le serveur continue de tourner. Utilisez l&apos;icône de la zone de notification pour afficher Muster ou le quitter.</translation>
    </message>
    <message>
        <source>&amp;Show Muster</source>
        <translation>&amp;Afficher Muster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
</TS>
