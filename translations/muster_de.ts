<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttributeLabels</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Honorific prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>Honorific suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Instant Messaging</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>X.509 certificates</source>
        <translation>X.509-Zertifikate</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16; save it as UTF-8 and try again.</source>
        <translation>Die Datei ist in UTF-16 kodiert; speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>Die Datei ist kein gültiges UTF-8; speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>Zeile %1: „%2“ folgt auf ein schließendes Anführungszeichen; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
</context>
<context>
    <name>CsvUserConverter</name>
    <message>
        <source>The row has %1 fields, the header only %2.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile nur %2.</translation>
    </message>
    <message>
        <source>active: &quot;%1&quot; is neither yes nor no.</source>
        <translation>active: „%1“ ist weder yes noch no.</translation>
    </message>
</context>
<context>
    <name>CsvUserFields</name>
    <message>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Email (work, primary)</source>
        <translation>E-Mail (geschäftlich, primär)</translation>
    </message>
    <message>
        <source>Phone (work, primary)</source>
        <translation>Telefon (geschäftlich, primär)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>Aktiv (yes/no)</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Groups (separated by ;)</source>
        <translation>Gruppen (getrennt durch ;)</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>Create user %1</source>
        <translation>Benutzer %1 anlegen</translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation>Gruppe %1 anlegen</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource löschen</numerusform>
            <numerusform>%n Ressourcen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource wiederherstellen</numerusform>
            <numerusform>%n Ressourcen wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else after &quot;%2&quot;. Undoing it now would overwrite their change, so it stays as it is and leaves the undo history.</source>
        <translation>%1 wurde nach „%2“ von jemand anderem geändert. Ein Rückgängigmachen würde diese Änderung überschreiben; daher bleibt es, wie es ist, und wird aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since &quot;%2&quot; was undone. Redoing it now would overwrite their change, so it leaves the undo history.</source>
        <translation>%1 wurde von jemand anderem geändert, seit „%2“ rückgängig gemacht wurde. Ein Wiederherstellen würde diese Änderung überschreiben; daher wird es aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be undone.</source>
        <translation>%1 existiert nicht mehr; „%2“ kann daher nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be redone.</source>
        <translation>%1 existiert nicht mehr; „%2“ kann daher nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2</source>
        <translation>%1 kann nicht zurückkommen: %2</translation>
    </message>
    <message>
        <source>Undoing &quot;%1&quot; failed: %2</source>
        <translation>„%1“ rückgängig machen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Redoing &quot;%1&quot; failed: %2</source>
        <translation>„%1“ wiederholen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 is of a resource type the directory no longer has.</source>
        <translation>%1 hat einen Ressourcentyp, den das Verzeichnis nicht mehr kennt.</translation>
    </message>
    <message>
        <source>Change members of %1</source>
        <translation>Mitglieder von %1 ändern</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer aktivieren</numerusform>
            <numerusform>%n Benutzer aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren</numerusform>
            <numerusform>%n Benutzer deaktivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message>
        <source>Would create group &quot;%1&quot; and add the user to it.</source>
        <translation>Würde die Gruppe „%1“ anlegen und den Benutzer hinzufügen.</translation>
    </message>
    <message>
        <source>Created group &quot;%1&quot; and added the user to it.</source>
        <translation>Gruppe „%1“ angelegt und den Benutzer hinzugefügt.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; does not exist: not added (tick &quot;Create missing groups&quot; to create it).</source>
        <translation>Die Gruppe „%1“ existiert nicht: nicht hinzugefügt („Fehlende Gruppen anlegen“ ankreuzen, um sie anzulegen).</translation>
    </message>
    <message>
        <source>Would add the user to the new group &quot;%1&quot;.</source>
        <translation>Würde den Benutzer der neuen Gruppe „%1“ hinzufügen.</translation>
    </message>
    <message>
        <source>Would add the user to group &quot;%1&quot;.</source>
        <translation>Würde den Benutzer der Gruppe „%1“ hinzufügen.</translation>
    </message>
    <message>
        <source>Added the user to group &quot;%1&quot;.</source>
        <translation>Benutzer der Gruppe „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Member %1 is neither in the directory nor in the file: left out.</source>
        <translation>Das Mitglied %1 ist weder im Verzeichnis noch in der Datei: ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n member group(s) later in the file added at the end.</source>
        <translation>
            <numerusform>%n Mitgliedsgruppe, die später in der Datei steht, am Ende hinzugefügt.</numerusform>
            <numerusform>%n Mitgliedsgruppen, die später in der Datei stehen, am Ende hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources of type &quot;%1&quot; cannot be imported.</source>
        <translation>Ressourcen des Typs „%1“ können nicht importiert werden.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same %2.</source>
        <translation>Duplikat: Zeile %1 hat denselben Wert für %2.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same externalId.</source>
        <translation>Duplikat: Zeile %1 hat dieselbe externalId.</translation>
    </message>
    <message>
        <source>externalId &quot;%1&quot; belongs to %2, but %3 &quot;%4&quot; to another resource.</source>
        <translation>Die externalId „%1“ gehört zu %2, aber %3 „%4“ zu einer anderen Ressource.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 matched the same resource.</source>
        <translation>Duplikat: Zeile %1 hat dieselbe Ressource getroffen.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; could not be created: %2</source>
        <translation>Die Gruppe „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Not added to group %1: %2</source>
        <translation>Nicht zur Gruppe %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Member group &quot;%1&quot; of the file was not imported: left out.</source>
        <translation>Die Mitgliedsgruppe „%1“ aus der Datei wurde nicht importiert: ausgelassen.</translation>
    </message>
    <message>
        <source>Member group %1 not added: %2</source>
        <translation>Mitgliedsgruppe %1 nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>HarExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>Would create</source>
        <translation>Würde anlegen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Würde aktualisieren</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Would skip</source>
        <translation>Würde überspringen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RequestDetailsText</name>
    <message>
        <source>(body cut)</source>
        <translation>(Inhalt gekürzt)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Byte Binärdaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... (cut after %n byte(s))</source>
        <translation>
            <numerusform>... (nach %n Byte gekürzt)</numerusform>
            <numerusform>... (nach %n Byte gekürzt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceColumn</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>ResourceDetailsHtml</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
</context>
<context>
    <name>ScimJsonReader</name>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation>Die Datei ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The file holds no SCIM resources: expected a ListResponse, an array of resources, or one User or Group.</source>
        <translation>Die Datei enthält keine SCIM-Ressourcen: erwartet wird eine ListResponse, ein Array von Ressourcen oder ein einzelner User oder eine Group.</translation>
    </message>
    <message>
        <source>Resource %1 is not a JSON object.</source>
        <translation>Ressource %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Resource %1 is neither a User nor a Group (see its &quot;schemas&quot;).</source>
        <translation>Ressource %1 ist weder ein User noch eine Group (siehe ihre „schemas“).</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Folder for tokens and the default SQLite file.</source>
        <translation>Ordner für die Tokens und die Standard-SQLite-Datei.</translation>
    </message>
    <message>
        <source>Where the directory lives: memory, sqlite:&lt;file&gt; or postgres://user@host/db.</source>
        <translation>Wo das Verzeichnis liegt: memory, sqlite:&lt;Datei&gt; oder postgres://user@host/db.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Standard 8080; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>PEM-Zertifikat (-kette) für HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Privater PEM-Schlüssel für HTTPS.</translation>
    </message>
    <message>
        <source>HTTP worker threads (default: one per core).</source>
        <translation>HTTP-Arbeitsthreads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>URL clients reach the server at, for resource locations.</source>
        <translation>URL, unter der Clients den Server erreichen, für die Adressen der Ressourcen.</translation>
    </message>
    <message>
        <source>Accept a token as the password of HTTP Basic.</source>
        <translation>Ein Token als Passwort von HTTP Basic annehmen.</translation>
    </message>
    <message>
        <source>Serve /metrics without a token.</source>
        <translation>/metrics ohne Token ausliefern.</translation>
    </message>
    <message>
        <source>Accept only RFC 7644 as written, not the dialects identity providers send.</source>
        <translation>Nur RFC 7644 wie geschrieben annehmen, nicht die Dialekte der Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Load custom schemas and extensions from this folder (repeatable).</source>
        <translation>Eigene Schemas und Erweiterungen aus diesem Ordner laden (wiederholbar).</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 1048576).</source>
        <translation>Größter angenommener Anfragerumpf (Standard 1048576).</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default 1024).</source>
        <translation>Höchstzahl offener HTTP-Verbindungen; weitere erhalten 503 (Standard 1024).</translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default 60).</source>
        <translation>Eine Keep-alive-Verbindung nach so langer Untätigkeit schließen (Standard 60).</translation>
    </message>
    <message>
        <source>Database connections this server keeps at most (default 64).</source>
        <translation>Höchstzahl der Datenbankverbindungen dieses Servers (Standard 64).</translation>
    </message>
    <message>
        <source>How long a request waits for the database (a connection, a lock) before 503 (default 5000).</source>
        <translation>Wie lange eine Anfrage vor 503 auf die Datenbank wartet (eine Verbindung, eine Sperre) (Standard 5000).</translation>
    </message>
    <message>
        <source>Memory for serialized resources kept to answer reads faster (default 64; 0: off).</source>
        <translation>Speicher für serialisierte Ressourcen, die Lesezugriffe beschleunigen (Standard 64; 0: aus).</translation>
    </message>
    <message>
        <source>Largest page of resources a list answers (default 1000).</source>
        <translation>Größte Seite von Ressourcen, die eine Liste liefert (Standard 1000).</translation>
    </message>
    <message>
        <source>Bulk requests that run at once; more get 429 (default: half the workers).</source>
        <translation>Gleichzeitig laufende Bulk-Anfragen; weitere erhalten 429 (Standard: die Hälfte der Arbeitsthreads).</translation>
    </message>
    <message>
        <source>Operations one Bulk request may carry; more get 413 (default 1000).</source>
        <translation>Operationen, die eine Bulk-Anfrage enthalten darf; mehr erhalten 413 (Standard 1000).</translation>
    </message>
    <message>
        <source>Largest Bulk request body accepted (default 1048576).</source>
        <translation>Größter angenommener Rumpf einer Bulk-Anfrage (Standard 1048576).</translation>
    </message>
    <message>
        <source>At start, read the most recently modified resources of each type, up to this many per tenant, into the caches, off the request path (default 0: none).</source>
        <translation>Beim Start die zuletzt geänderten Ressourcen jedes Typs, bis zu so vielen je Mandant, abseits der Anfragen in die Caches lesen (Standard 0: keine).</translation>
    </message>
    <message>
        <source>Log and count requests that take longer than this (default 100).</source>
        <translation>Anfragen, die länger dauern, protokollieren und zählen (Standard 100).</translation>
    </message>
    <message>
        <source>When a SQLite commit reaches the disk (default normal; see README).</source>
        <translation>Wann ein SQLite-Commit die Festplatte erreicht (Standard normal; siehe README).</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Einstellungen aus dieser INI-Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
</context>
<context>
    <name>StoreConnectionTest</name>
    <message>
        <source>kept in memory: nothing is saved</source>
        <translation>im Speicher gehalten: nichts wird gespeichert</translation>
    </message>
    <message>
        <source>the file exists and can be written</source>
        <translation>die Datei existiert und ist beschreibbar</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>a new directory will be created there</source>
        <translation>dort wird ein neues Verzeichnis angelegt</translation>
    </message>
</context>
<context>
    <name>TenantContents</name>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Usage: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
       muster-server token list [--tenant &lt;tenant&gt;]
       muster-server token revoke &lt;id&gt;</source>
        <translation>Aufruf: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
        muster-server token list [--tenant &lt;tenant&gt;]
        muster-server token revoke &lt;id&gt;</translation>
    </message>
    <message>
        <source>A token needs a name: --name &quot;Entra ID&quot;</source>
        <translation>Ein Token braucht einen Namen: --name &quot;Entra ID&quot;</translation>
    </message>
    <message>
        <source>--expires takes a number of days like 90d, or a date like 2027-01-31</source>
        <translation>--expires erwartet eine Anzahl Tage wie 90d oder ein Datum wie 2027-01-31</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; for tenant &quot;%2&quot; (id %3):</source>
        <translation>Token „%1“ für Mandant „%2“ (ID %3):</translation>
    </message>
    <message>
        <source>It is shown only now: store it in your identity provider.</source>
        <translation>Es wird nur jetzt angezeigt: Hinterlegen Sie es in Ihrem Identitätsanbieter.</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Keine Tokens.</translation>
    </message>
    <message>
        <source>id	name	tenant	created	expires	last used</source>
        <translation>ID	Name	Mandant	Erstellt	Läuft ab	Zuletzt verwendet</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <source>Which token? muster-server token revoke &lt;id&gt; (see token list)</source>
        <translation>Welches Token? muster-server token revoke &lt;id&gt; (siehe token list)</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>WindowsService</name>
    <message>
        <source>&quot;service run&quot; is for the Windows service manager. Run muster-server without it to serve from this console, or &quot;muster-server service install&quot; to install the service.</source>
        <translation>„service run“ ist für die Windows-Dienstverwaltung. Starten Sie muster-server ohne diesen Befehl, um aus dieser Konsole zu dienen, oder „muster-server service install“, um den Dienst zu installieren.</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager: %1</source>
        <translation>Keine Verbindung zur Windows-Dienstverwaltung: %1</translation>
    </message>
</context>
<context>
    <name>WindowsServiceInstaller</name>
    <message>
        <source>Run it in a terminal opened as administrator.</source>
        <translation>Führen Sie den Befehl in einem als Administrator geöffneten Terminal aus.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot describe the folder&apos;s permissions</source>
        <translation>Die Berechtigungen des Ordners können nicht beschrieben werden</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager</source>
        <translation>Die Windows-Dienstverwaltung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot update the service %1</source>
        <translation>Der Dienst %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot create the service %1</source>
        <translation>Der Dienst %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Muster&apos;s SCIM 2.0 directory server. Data: %1</source>
        <translation>Der SCIM-2.0-Verzeichnisserver von Muster. Daten: %1</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not start</source>
        <translation>Der Dienst %1 ist installiert, startete aber nicht</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not report running; see %2</source>
        <translation>Der Dienst %1 ist installiert, meldete aber nicht, dass er läuft; siehe %2</translation>
    </message>
    <message>
        <source>Cannot open the service %1</source>
        <translation>Der Dienst %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The service %1 did not stop within a minute</source>
        <translation>Der Dienst %1 hielt nicht innerhalb einer Minute an</translation>
    </message>
    <message>
        <source>Cannot delete the service %1</source>
        <translation>Der Dienst %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Muster: manage a local identity directory.</source>
        <translation>Muster: ein lokales Identitätsverzeichnis verwalten.</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The directory at %1 cannot be opened:
%2</source>
        <translation>Das Verzeichnis unter %1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>built-in schemas</source>
        <translation>integrierte Schemas</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>einen Benutzer anlegen</translation>
    </message>
    <message>
        <source>create a group with the user</source>
        <translation>eine Gruppe mit dem Benutzer anlegen</translation>
    </message>
    <message>
        <source>filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>computed group membership</source>
        <translation>berechnete Gruppenmitgliedschaft</translation>
    </message>
    <message>
        <source>password stored as a hash</source>
        <translation>Passwort als Hash gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the directory at %1: %2</source>
        <translation>Das Verzeichnis unter %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Usage: muster-server %1 &lt;file&gt;</source>
        <translation>Aufruf: muster-server %1 &lt;Datei&gt;</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Cannot start the server: %1</source>
        <translation>Der Server kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Muster %1 serves %2</source>
        <translation>Muster %1 stellt %2 bereit</translation>
    </message>
    <message>
        <source>First start: created the token &quot;%1&quot; for the default tenant. It is shown once:</source>
        <translation>Erster Start: Das Token „%1“ für den Standardmandanten wurde erstellt. Es wird nur einmal angezeigt:</translation>
    </message>
    <message>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;; manage tokens with &quot;muster-server token&quot;.</source>
        <translation>Senden Sie es als &quot;Authorization: Bearer &lt;token&gt;&quot;; Tokens verwalten Sie mit &quot;muster-server token&quot;.</translation>
    </message>
    <message>
        <source>SCIM base URL: %1</source>
        <translation>SCIM-Basis-URL: %1</translation>
    </message>
    <message>
        <source>Stopping: finishing requests in flight</source>
        <translation>Wird beendet: laufende Anfragen werden abgeschlossen</translation>
    </message>
    <message>
        <source>Muster: a local identity directory with a SCIM 2.0 server.</source>
        <translation>Muster: ein lokales Identitätsverzeichnis mit SCIM-2.0-Server.</translation>
    </message>
    <message>
        <source>Check that the directory works, then exit.</source>
        <translation>Prüfen, ob das Verzeichnis funktioniert, dann beenden.</translation>
    </message>
    <message>
        <source>Load the custom schema files of &lt;directory&gt;, report errors, then exit.</source>
        <translation>Die eigenen Schemadateien aus &lt;Ordner&gt; laden, Fehler melden, dann beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>token create: the token&apos;s name.</source>
        <translation>token create: der Name des Tokens.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>token create/list: the tenant (default: default).</source>
        <translation>token create/list: der Mandant (Standard: default).</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>token create: expiry, as days (90d) or a date (2027-01-31).</source>
        <translation>token create: Ablauf, als Tage (90d) oder als Datum (2027-01-31).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>token create: the user id that /Me serves.</source>
        <translation>token create: die Benutzer-ID, die /Me liefert.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;.</source>
        <translation>Ohne Befehl: das Verzeichnis bereitstellen; oder: token create|list|revoke &lt;id&gt;, backup &lt;Datei&gt;, restore &lt;Datei&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) and </source>
        <translation>
            <numerusform>%n Schema und </numerusform>
            <numerusform>%n Schemas und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource type(s) loaded</source>
        <translation>
            <numerusform>%n Ressourcentyp geladen</numerusform>
            <numerusform>%n Ressourcentypen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>The service %1 runs as LOCAL SERVICE and starts with Windows; its data is in %2. A new directory&apos;s first token is written to %3. More tokens:</source>
        <translation>Der Dienst %1 läuft als LOCAL SERVICE und startet mit Windows; seine Daten liegen in %2. Das erste Token eines neuen Verzeichnisses wird in %3 geschrieben. Weitere Tokens:</translation>
    </message>
    <message>
        <source>The service %1 is removed; its data folder stays.</source>
        <translation>Der Dienst %1 ist entfernt; sein Datenordner bleibt erhalten.</translation>
    </message>
    <message>
        <source>Usage: muster-server [options] service install|uninstall</source>
        <translation>Aufruf: muster-server [Optionen] service install|uninstall</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;, service install|uninstall (as administrator: the Windows service, with the options given here).</source>
        <translation>Nichts, um das Verzeichnis bereitzustellen, oder: token create|list|revoke &lt;ID&gt;, backup &lt;Datei&gt;, restore &lt;Datei&gt;, service install|uninstall (als Administrator: der Windows-Dienst, mit den hier angegebenen Optionen).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>muster::AuditLogModel</name>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC: %2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name now</source>
        <translation>Aktueller Name</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
</context>
<context>
    <name>muster::AuditLogPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Load &amp;older entries</source>
        <translation>Ältere Einträge &amp;laden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Search the log: actor, action, type, resource ID, attribute</source>
        <translation>Log durchsuchen: Akteur, Aktion, Typ, Ressourcen-ID, Attribut</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Audit-Log durchsuchen</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Show only what this actor did (part of the name is enough)</source>
        <translation>Nur zeigen, was dieser Akteur getan hat (ein Teil des Namens genügt)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>Nur diese Aktion zeigen</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Only entries from a day on</source>
        <translation>Nur Einträge ab einem Tag</translation>
    </message>
    <message>
        <source>Only entries up to a day</source>
        <translation>Nur Einträge bis zu einem Tag</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Read further back in the log</source>
        <translation>Weiter zurück im Log lesen</translation>
    </message>
    <message>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>Jeden Eintrag, auf den der Filter passt, als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit-Log</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(s) shown</source>
        <translation>
            <numerusform>%n passender Eintrag angezeigt</numerusform>
            <numerusform>%n passende Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>read back to %1</source>
        <translation>zurückgelesen bis %1</translation>
    </message>
    <message>
        <source>that is the whole log</source>
        <translation>das ist das ganze Log</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>%n Audit-Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Audit-Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::BackupFeature</name>
    <message>
        <source>Back &amp;Up Directory...</source>
        <translation>Verzeichnis &amp;sichern...</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Save a copy of the whole directory, every tenant, while it keeps serving</source>
        <translation>Eine Kopie des ganzen Verzeichnisses mit allen Mandanten speichern, während es weiter bedient</translation>
    </message>
    <message>
        <source>Replace the whole directory with a backup</source>
        <translation>Das ganze Verzeichnis durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Back Up Directory</source>
        <translation>Verzeichnis sichern</translation>
    </message>
    <message>
        <source>Muster backups (*.sqlite);;All files (*)</source>
        <translation>Muster-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the whole directory with the backup &quot;%1&quot;?</source>
        <translation>Das ganze Verzeichnis durch die Sicherung „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>The backup was saved %1. Every tenant, with its users, groups and audit log, becomes what it was then; whatever changed since is lost. Back up the directory first to keep it.</source>
        <translation>Die Sicherung wurde am %1 gespeichert. Jeder Mandant wird mit seinen Benutzern, Gruppen und seinem Audit-Log auf den damaligen Stand gesetzt; alles, was sich seitdem geändert hat, geht verloren. Sichern Sie das Verzeichnis vorher, um es zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>A backup or restore is running; try again when it is done.</source>
        <translation>Eine Sicherung oder Wiederherstellung läuft; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Backing up the directory to %1...</source>
        <translation>Verzeichnis wird nach %1 gesichert...</translation>
    </message>
    <message>
        <source>Restoring the directory from %1...</source>
        <translation>Verzeichnis wird aus %1 wiederhergestellt...</translation>
    </message>
    <message>
        <source>Backed up the directory to %1</source>
        <translation>Verzeichnis nach %1 gesichert</translation>
    </message>
    <message>
        <source>Restored the directory from %1</source>
        <translation>Verzeichnis aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The directory could not be backed up to %1.</source>
        <translation>Das Verzeichnis konnte nicht nach %1 gesichert werden.</translation>
    </message>
    <message>
        <source>The directory could not be restored from %1. Nothing was changed.</source>
        <translation>Das Verzeichnis konnte nicht aus %1 wiederhergestellt werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>muster::CandidateListModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>muster::ColumnMappingPage</name>
    <message>
        <source>&amp;Create missing groups</source>
        <translation>Fehlende Gruppen &amp;anlegen</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the attribute each column fills. The guesses come from the column names.</source>
        <translation>Wählen Sie das Attribut, das jede Spalte füllt. Die Vorschläge stammen aus den Spaltennamen.</translation>
    </message>
    <message>
        <source>Groups named in the groups column that do not exist are created; otherwise they are left out with a warning</source>
        <translation>In der Gruppenspalte genannte Gruppen, die nicht existieren, werden angelegt; sonst werden sie mit einer Warnung ausgelassen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Attribute for column %1</source>
        <translation>Attribut für Spalte %1</translation>
    </message>
    <message>
        <source>Map a column to User name (or External ID) so that rows can be matched.</source>
        <translation>Ordnen Sie eine Spalte dem Benutzernamen (oder der externen ID) zu, damit Zeilen zugeordnet werden können.</translation>
    </message>
    <message>
        <source>Without a User name column, rows can only update users found by External ID.</source>
        <translation>Ohne Spalte für den Benutzernamen können Zeilen nur Benutzer aktualisieren, die über die externe ID gefunden werden.</translation>
    </message>
</context>
<context>
    <name>muster::CreateTokenDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>e.g. Entra ID production</source>
        <translation>z. B. Entra ID Produktion</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tokenname</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The only tenant the token opens</source>
        <translation>Der einzige Mandant, den das Token öffnet</translation>
    </message>
    <message>
        <source>The token expires</source>
        <translation>Das Token läuft ab</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
</context>
<context>
    <name>muster::DateTimeField</name>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 hat einen Wert</translation>
    </message>
</context>
<context>
    <name>muster::EditingFeature</name>
    <message>
        <source>%1 was changed by someone else since you opened it. Cancel, then open it again to see their change.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie es geöffnet haben. Brechen Sie ab und öffnen Sie es erneut, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Recently &amp;Deleted</source>
        <translation>Kürzlich &amp;gelöscht</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>New &amp;User...</source>
        <translation>Neuer &amp;Benutzer...</translation>
    </message>
    <message>
        <source>New &amp;Group...</source>
        <translation>Neue &amp;Gruppe...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the selected user or group (Enter or F2)</source>
        <translation>Den ausgewählten Benutzer oder die ausgewählte Gruppe bearbeiten (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>&amp;Mitglieder...</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>&amp;Passwort festlegen...</translation>
    </message>
    <message>
        <source>Enable/Disa&amp;ble</source>
        <translation>Akti&amp;vieren/Deaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected users if all are active, else enable them (Ctrl+E)</source>
        <translation>Die ausgewählten Benutzer deaktivieren, wenn alle aktiv sind, sonst aktivieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Unknown resource type %1</source>
        <translation>Unbekannter Ressourcentyp %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1; its new password is set.</source>
        <translation>%1 gespeichert; das neue Passwort ist festgelegt.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Saved the members of %1.</source>
        <translation>Mitglieder von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>The new password of %1 is set.</source>
        <translation>Das neue Passwort von %1 ist festgelegt.</translation>
    </message>
    <message>
        <source>Delete the user &quot;%1&quot;?</source>
        <translation>Den Benutzer „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>Die Gruppe „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users?</source>
        <translation>
            <numerusform>%n Benutzer löschen?</numerusform>
            <numerusform>%n Benutzer löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n groups?</source>
        <translation>
            <numerusform>%n Gruppe löschen?</numerusform>
            <numerusform>%n Gruppen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Identity providers will see them as gone, and they leave their groups. Undo (Ctrl+Z) or Recently Deleted brings them back with their groups, but without their passwords.</source>
        <translation>Identitätsanbieter sehen sie als entfernt, und sie verlassen ihre Gruppen. Rückgängig (Strg+Z) oder „Kürzlich gelöscht“ holt sie mit ihren Gruppen zurück, aber ohne ihre Passwörter.</translation>
    </message>
    <message>
        <source>Their members are not deleted. Undo (Ctrl+Z) or Recently Deleted brings them back with the members that still exist.</source>
        <translation>Ihre Mitglieder werden nicht gelöscht. Rückgängig (Strg+Z) oder „Kürzlich gelöscht“ holt sie mit den Mitgliedern zurück, die noch existieren.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>%n Ressource gelöscht.</numerusform>
            <numerusform>%n Ressourcen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer aktiviert.</numerusform>
            <numerusform>%n Benutzer aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer deaktiviert.</numerusform>
            <numerusform>%n Benutzer deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>%1 is back, with its ID and groups.</source>
        <translation>%1 ist wieder da, mit ID und Gruppen.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) are back, with their IDs and groups.</source>
        <translation>
            <numerusform>%n Ressource ist wieder da, mit ID und Gruppen.</numerusform>
            <numerusform>%n Ressourcen sind wieder da, mit ihren IDs und Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A restored user has no password: choose the user on the Users page and set a new one with Edit &gt; Set Password (Ctrl+Shift+P).</source>
        <translation>Ein wiederhergestellter Benutzer hat kein Passwort: Wählen Sie ihn auf der Seite „Benutzer“ und legen Sie mit Bearbeiten &gt; Passwort festlegen (Strg+Umschalt+P) ein neues fest.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>muster::ExportDialog</name>
    <message>
        <source>&amp;CSV (opens in spreadsheets; imports again)</source>
        <translation>&amp;CSV (öffnet sich in Tabellenkalkulationen; lässt sich wieder importieren)</translation>
    </message>
    <message>
        <source>SCIM &amp;JSON (a ListResponse of the resources)</source>
        <translation>SCIM-&amp;JSON (eine ListResponse der Ressourcen)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Export Groups</source>
        <translation>Gruppen exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;Every user the page shows (%L1)</source>
        <translation>&amp;Jeder Benutzer, den die Seite zeigt (%L1)</translation>
    </message>
    <message>
        <source>&amp;Every group the page shows (%L1)</source>
        <translation>&amp;Jede Gruppe, die die Seite zeigt (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected users (%L1)</source>
        <translation>Nur die au&amp;sgewählten Benutzer (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected groups (%L1)</source>
        <translation>Nur die au&amp;sgewählten Gruppen (%L1)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Zieldatei des Exports</translation>
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
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Browse for the file to export to</source>
        <translation>Nach der Zieldatei des Exports suchen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::ImportDryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>What the import will do with every row. Nothing has been written yet.</source>
        <translation>Was der Import mit jeder Zeile tun wird. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>%n Zeile wird geprüft...</numerusform>
            <numerusform>%n Zeilen werden geprüft...</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Choose Import to write these changes.</source>
        <translation>Wählen Sie „Importieren“, um diese Änderungen zu schreiben.</translation>
    </message>
</context>
<context>
    <name>muster::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file with a header line, in UTF-8, separated by commas or semicolons. Rows match existing users by externalId or userName; matched users get the values of the non-empty cells, others are created.</source>
        <translation>Eine CSV-Datei mit Kopfzeile, in UTF-8, getrennt durch Kommas oder Semikolons. Zeilen werden vorhandenen Benutzern über externalId oder userName zugeordnet; zugeordnete Benutzer erhalten die Werte der nicht leeren Zellen, die übrigen werden angelegt.</translation>
    </message>
    <message>
        <source>A SCIM ListResponse, or an array of Users and Groups. Resources match existing ones by externalId, userName or displayName and replace them; others are created.</source>
        <translation>Eine SCIM-ListResponse oder ein Array von Users und Groups. Ressourcen werden vorhandenen über externalId, userName oder displayName zugeordnet und ersetzen sie; die übrigen werden angelegt.</translation>
    </message>
    <message>
        <source>Nothing is written before the next steps show what the import will do.</source>
        <translation>Nichts wird geschrieben, bevor die nächsten Schritte zeigen, was der Import tun wird.</translation>
    </message>
    <message>
        <source>Members of groups may refer to users and groups of the same file by their &quot;id&quot; there. Nothing is written before the next steps show what the import will do.</source>
        <translation>Mitglieder von Gruppen dürfen auf Benutzer und Gruppen derselben Datei über deren dortige „id“ verweisen. Nichts wird geschrieben, bevor die nächsten Schritte zeigen, was der Import tun wird.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Browse for the file to import</source>
        <translation>Nach der zu importierenden Datei suchen</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Save &amp;template...</source>
        <translation>&amp;Vorlage speichern...</translation>
    </message>
    <message>
        <source>Save a CSV file with the columns the import knows, to fill in</source>
        <translation>Eine CSV-Datei mit den Spalten, die der Import kennt, zum Ausfüllen speichern</translation>
    </message>
    <message>
        <source>Starting from scratch?</source>
        <translation>Ganz von vorn?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>The file holds no resources to import.</source>
        <translation>Die Datei enthält keine Ressourcen zum Importieren.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>CSV-Vorlage speichern</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportModel</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n zu überspringen</numerusform>
            <numerusform>%n zu überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n angelegt</numerusform>
            <numerusform>%n angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Änderungen: %1.</translation>
    </message>
    <message>
        <source>%1 (with warnings)</source>
        <translation>%1 (mit Warnungen)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportView</name>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Nur &amp;Probleme zeigen</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>Bericht &amp;speichern...</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Outcome of every row</source>
        <translation>Ergebnis jeder Zeile</translation>
    </message>
    <message>
        <source>Rows that are skipped, failed or have warnings; the saved report follows this choice</source>
        <translation>Zeilen, die übersprungen wurden, fehlgeschlagen sind oder Warnungen haben; der gespeicherte Bericht folgt dieser Auswahl</translation>
    </message>
    <message>
        <source>Save the outcome of every row (or only the problems) as a CSV file</source>
        <translation>Das Ergebnis jeder Zeile (oder nur die Probleme) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>Der Bericht konnte nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportRunPage</name>
    <message>
        <source>&amp;Stop import</source>
        <translation>Import &amp;anhalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The rows are written to the directory. Stopping keeps what was imported so far.</source>
        <translation>Die Zeilen werden in das Verzeichnis geschrieben. Anhalten behält, was bis dahin importiert wurde.</translation>
    </message>
    <message>
        <source>Stop after the row being written; what was imported stays (Escape)</source>
        <translation>Nach der gerade geschriebenen Zeile anhalten; bereits Importiertes bleibt (Esc)</translation>
    </message>
    <message>
        <source>Stopping after the current row...</source>
        <translation>Wird nach der aktuellen Zeile angehalten...</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)...</source>
        <translation>
            <numerusform>%n Zeile wird importiert...</numerusform>
            <numerusform>%n Zeilen werden importiert...</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows: %3. The rest was not imported.</source>
        <translation>Nach %1 von %2 Zeilen angehalten: %3. Der Rest wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
</context>
<context>
    <name>muster::ImportWizard</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>Import SCIM JSON</source>
        <translation>SCIM-JSON importieren</translation>
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
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The tenant shown (Ctrl+T)</source>
        <translation>Der angezeigte Mandant (Strg+T)</translation>
    </message>
    <message>
        <source>Where the directory is kept</source>
        <translation>Wo das Verzeichnis gespeichert ist</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <source>Choose the &amp;tenant</source>
        <translation>&amp;Mandant wählen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation>&amp;Über Muster</translation>
    </message>
    <message>
        <source>About Muster</source>
        <translation>Über Muster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;A local identity directory with a SCIM 2.0 server.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;Ein lokales Identitätsverzeichnis mit SCIM-2.0-Server.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2; läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Muster is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Muster ist freie Software: Sie können sie unter den Bedingungen der &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern. Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message numerus="yes">
        <source>%n+ user(s), counting…</source>
        <translation>
            <numerusform>%n+ Benutzer, wird gezählt…</numerusform>
            <numerusform>%n+ Benutzer, wird gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ group(s), counting…</source>
        <translation>
            <numerusform>%n+ Gruppe, wird gezählt…</numerusform>
            <numerusform>%n+ Gruppen, wird gezählt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MemberListModel</name>
    <message>
        <source>Added: joins when you save</source>
        <translation>Hinzugefügt: tritt beim Speichern bei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Users and groups found</source>
        <translation>Gefundene Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Find users and groups to add</source>
        <translation>Benutzer und Gruppen zum Hinzufügen suchen</translation>
    </message>
    <message>
        <source>Add the selected users and groups (Enter in the list)</source>
        <translation>Die ausgewählten Benutzer und Gruppen hinzufügen (Eingabe in der Liste)</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Die ausgewählten Mitglieder entfernen (Entf)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Mit&amp;glieder:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Die Änderungen speichern (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Eine Zeile hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Die ausgewählten Zeilen entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>muster::NewTenantDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Name des Mandanten</translation>
    </message>
    <message>
        <source>e.g. acme or eu.acme-2</source>
        <translation>z. B. acme oder eu.acme-2</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;: the name is part of the tenant&apos;s SCIM URL</source>
        <translation>1–64 Buchstaben, Ziffern, „.“, „_“ oder „-“: der Name ist Teil der SCIM-URL des Mandanten</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>A tenant is a separate directory with its own users, groups, tokens and audit log, served by the SCIM server below &lt;tt&gt;/tenants/&amp;lt;name&amp;gt;/&lt;/tt&gt;.</source>
        <translation>Ein Mandant ist ein eigenes Verzeichnis mit eigenen Benutzern, Gruppen, Tokens und Audit-Log, das der SCIM-Server unter &lt;tt&gt;/tenants/&amp;lt;name&amp;gt;/&lt;/tt&gt; bereitstellt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; exists already.</source>
        <translation>Ein Mandant namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>muster::PasswordDialog</name>
    <message>
        <source>Set password of %1</source>
        <translation>Passwort von %1 festlegen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>&amp;Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The directory keeps only a hash of the password.</source>
        <translation>Das Verzeichnis speichert nur einen Hash des Passworts.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>muster::RecentlyDeletedModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
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
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was deleted recently.</source>
        <translation>Es wurde nichts kürzlich gelöscht.</translation>
    </message>
    <message>
        <source>Restoring brings a user or group back with the same ID, so that identity providers find it again, and puts it back in the groups that still exist. A restored user has no password: set a new one.</source>
        <translation>Wiederherstellen holt einen Benutzer oder eine Gruppe mit derselben ID zurück, damit Identitätsanbieter sie wiederfinden, und fügt sie wieder in die Gruppen ein, die noch existieren. Ein wiederhergestellter Benutzer hat kein Passwort: Legen Sie ein neues fest.</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Kürzlich gelöscht</translation>
    </message>
    <message>
        <source>Bring the selected users and groups back (Enter)</source>
        <translation>Die ausgewählten Benutzer und Gruppen zurückholen (Eingabe)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>muster::ReferenceIdField</name>
    <message>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation>%1-ID</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>(no such user)</source>
        <translation>(kein solcher Benutzer)</translation>
    </message>
    <message>
        <source>(no such group)</source>
        <translation>(keine solche Gruppe)</translation>
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
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>E&amp;xport HAR...</source>
        <translation>HAR e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>4xx or 5xx: any error</source>
        <translation>4xx oder 5xx: jeder Fehler</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Methodenfilter</translation>
    </message>
    <message>
        <source>Text in the path, e.g. /Users</source>
        <translation>Text im Pfad, z. B. /Users</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Pfadfilter</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Aufzeichnung anhalten</translation>
    </message>
    <message>
        <source>While paused, the server does not record requests for this list</source>
        <translation>Während der Pause zeichnet der Server keine Anfragen für diese Liste auf</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Die Liste leeren</translation>
    </message>
    <message>
        <source>Export the requests shown as HAR</source>
        <translation>Die angezeigten Anfragen als HAR exportieren</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see it here</source>
        <translation>Wählen Sie eine Anfrage, um sie hier zu sehen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 von %n Anfrage angezeigt</numerusform>
            <numerusform>%1 von %n Anfragen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>The requests could not be exported.</source>
        <translation>Die Anfragen konnten nicht exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>HTTP-Archiv (*.har);;Alle Dateien (*)</translation>
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
        <translation>Zeit</translation>
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
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>muster::ResourceBrowser</name>
    <message>
        <source>Search users: words, or a SCIM filter such as department eq &quot;Sales&quot;</source>
        <translation>Benutzer suchen: Wörter oder ein SCIM-Filter wie department eq &quot;Sales&quot;</translation>
    </message>
    <message>
        <source>Search groups: words, or a SCIM filter</source>
        <translation>Gruppen suchen: Wörter oder ein SCIM-Filter</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Preparing the search: %1 of %2 read…</source>
        <translation>Suche wird vorbereitet: %1 von %2 gelesen…</translation>
    </message>
</context>
<context>
    <name>muster::ResourceEditorDialog</name>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation>Gruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt %1</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Mitglied von: %1</translation>
    </message>
    <message>
        <source>Kept by the directory</source>
        <translation>Vom Verzeichnis verwaltet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>&amp;Passwort festlegen...</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Speichern (Eingabe oder Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The new password is set when you save.</source>
        <translation>Das neue Passwort wird beim Speichern festgelegt.</translation>
    </message>
    <message>
        <source>No password: the user cannot sign in with one until it is set.</source>
        <translation>Kein Passwort: Der Benutzer kann sich erst mit einem anmelden, wenn es festgelegt ist.</translation>
    </message>
    <message>
        <source>The password stays as it is.</source>
        <translation>Das Passwort bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>der neue Benutzer</translation>
    </message>
</context>
<context>
    <name>muster::ResourcePickerDialog</name>
    <message>
        <source>Choose a user</source>
        <translation>Benutzer wählen</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Gruppe wählen</translation>
    </message>
    <message>
        <source>Type part of a user name or display name</source>
        <translation>Teil eines Benutzer- oder Anzeigenamens eingeben</translation>
    </message>
    <message>
        <source>Type part of a display name</source>
        <translation>Teil eines Anzeigenamens eingeben</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Wählen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>muster::ResourceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>muster::SchemaForm</name>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Contact and access</source>
        <translation>Kontakt und Zugang</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>muster::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Server &amp;Settings</source>
        <translation>Server&amp;einstellungen</translation>
    </message>
    <message>
        <source>&amp;Request Inspector</source>
        <translation>&amp;Anfrage-Inspektor</translation>
    </message>
</context>
<context>
    <name>muster::ServerPanel</name>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Keep the server running when the &amp;window closes</source>
        <translation>Server weiterlaufen lassen, wenn das &amp;Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Create &amp;Token...</source>
        <translation>&amp;Token erstellen...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Widerrufen...</translation>
    </message>
    <message>
        <source>&amp;Copy Base URL</source>
        <translation>&amp;Basis-URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke Token...</source>
        <translation>Token &amp;widerrufen...</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this machine only. Any other address lets other machines reach the directory.</source>
        <translation>127.0.0.1 bedient nur diesen Rechner. Jede andere Adresse lässt andere Rechner auf das Verzeichnis zugreifen.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>keins: einfaches HTTP</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>A PEM certificate chain, leaf first</source>
        <translation>Eine PEM-Zertifikatskette, Blattzertifikat zuerst</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Datei mit dem privaten TLS-Schlüssel</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key</source>
        <translation>Der private PEM-Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose the TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Choose the TLS private key file</source>
        <translation>Datei mit dem privaten TLS-Schlüssel wählen</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TLS Private Key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>Server starten oder stoppen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>der Server ist gestoppt</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Die Basis-URL kopieren</translation>
    </message>
    <message>
        <source>Keep the server running when the window closes</source>
        <translation>Server weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Closing the window then leaves Muster in the system tray while the server runs.</source>
        <translation>Das Schließen des Fensters lässt Muster dann im Infobereich, solange der Server läuft.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Bind a&amp;ddress:</source>
        <translation>Bind-A&amp;dresse:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>Privater TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>Ein Token erstellen</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Das ausgewählte Token widerrufen</translation>
    </message>
    <message>
        <source>Identity providers authenticate with a bearer token. Each token opens one tenant; revoke it when a provider no longer needs it.</source>
        <translation>Identitätsanbieter authentifizieren sich mit einem Bearer-Token. Jedes Token öffnet einen Mandanten; widerrufen Sie es, wenn ein Anbieter es nicht mehr braucht.</translation>
    </message>
    <message>
        <source>No system tray is available: closing the window quits Muster.</source>
        <translation>Es ist kein Infobereich verfügbar: Das Schließen des Fensters beendet Muster.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve this machine only, or one of this machine&apos;s addresses.</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie 127.0.0.1, um nur diesen Rechner zu bedienen, oder eine der Adressen dieses Rechners.</translation>
    </message>
    <message>
        <source>A TLS certificate needs its private key: choose the key file too.</source>
        <translation>Ein TLS-Zertifikat braucht seinen privaten Schlüssel: Wählen Sie auch die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>A TLS private key needs its certificate: choose the certificate file too.</source>
        <translation>Ein privater TLS-Schlüssel braucht sein Zertifikat: Wählen Sie auch die Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Serve the Network?</source>
        <translation>Im Netzwerk bereitstellen?</translation>
    </message>
    <message>
        <source>Listen on %1, which other machines can reach?</source>
        <translation>Auf %1 lauschen, das andere Rechner erreichen können?</translation>
    </message>
    <message>
        <source>Anyone on the network who holds a token can then read and change the users and groups of its tenant. Make sure the firewall lets in only your identity provider.</source>
        <translation>Jeder im Netzwerk, der ein Token besitzt, kann dann die Benutzer und Gruppen seines Mandanten lesen und ändern. Stellen Sie sicher, dass die Firewall nur Ihren Identitätsanbieter durchlässt.</translation>
    </message>
    <message>
        <source>Without TLS, tokens and passwords cross the network in clear text.</source>
        <translation>Ohne TLS gehen Tokens und Passwörter im Klartext durch das Netzwerk.</translation>
    </message>
    <message>
        <source>&amp;Listen on %1</source>
        <translation>Auf %1 &amp;lauschen</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>Der Server konnte nicht starten.</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Server lauscht auf %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>Base URL copied: %1</source>
        <translation>Basis-URL kopiert: %1</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>The token could not be created.</source>
        <translation>Das Token konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot; of tenant %2?</source>
        <translation>Das Token „%1“ des Mandanten %2 widerrufen?</translation>
    </message>
    <message>
        <source>Clients that use it are refused from their next request on. This cannot be undone.</source>
        <translation>Clients, die es verwenden, werden ab ihrer nächsten Anfrage abgewiesen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>The token could not be revoked.</source>
        <translation>Das Token konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; revoked</source>
        <translation>Token „%1“ widerrufen</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stop Server</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <source>Start Server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <source>St&amp;op Server</source>
        <translation>Server st&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>Server &amp;starten</translation>
    </message>
</context>
<context>
    <name>muster::ServerStatusFields</name>
    <message>
        <source>Server state</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Requests per second answered by the server</source>
        <translation>Vom Server beantwortete Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>Basis-URL des Servers</translation>
    </message>
    <message>
        <source>The base URL to give identity providers (Ctrl+Shift+C copies it)</source>
        <translation>Die Basis-URL für Identitätsanbieter (Strg+Umschalt+C kopiert sie)</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Server lauscht auf %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
</context>
<context>
    <name>muster::SettingsDialog</name>
    <message>
        <source>&amp;SQLite file</source>
        <translation>&amp;SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Start the SCIM server when Muster starts</source>
        <translation>Den SCIM-Server beim Start von Muster starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default: muster.db in your data folder</source>
        <translation>Standard: muster.db in Ihrem Datenordner</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>A new location is used when Muster starts again.</source>
        <translation>Ein neuer Speicherort wird beim nächsten Start von Muster verwendet.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used when Muster starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Muster verwendet.</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The default location: nothing to test.</source>
        <translation>Der Standardspeicherort: nichts zu testen.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test läuft...</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>muster::TenantsDialog</name>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>&amp;Neuer Mandant...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Entfernen...</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Create a tenant (Insert)</source>
        <translation>Einen Mandanten erstellen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Den ausgewählten Mandanten entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tenant with its users, groups and audit log (Delete)</source>
        <translation>Den ausgewählten Mandanten mit seinen Benutzern, Gruppen und seinem Audit-Log entfernen (Entf)</translation>
    </message>
    <message>
        <source>Show the selected tenant</source>
        <translation>Den ausgewählten Mandanten anzeigen</translation>
    </message>
    <message>
        <source>Show the selected tenant in the window (Enter)</source>
        <translation>Den ausgewählten Mandanten im Fenster anzeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Each tenant is a separate directory with its own users, groups, tokens and audit log. The default tenant cannot be removed.</source>
        <translation>Jeder Mandant ist ein eigenes Verzeichnis mit eigenen Benutzern, Gruppen, Tokens und Audit-Log. Der Standardmandant kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>muster::TenantsFeature</name>
    <message>
        <source>&amp;Tenants...</source>
        <translation>&amp;Mandanten...</translation>
    </message>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>&amp;Neuer Mandant...</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant...</source>
        <translation>Mandanten &amp;entfernen...</translation>
    </message>
    <message>
        <source>List the tenants with their sizes; create and remove tenants</source>
        <translation>Die Mandanten mit ihrer Größe auflisten; Mandanten erstellen und entfernen</translation>
    </message>
    <message>
        <source>Create a tenant: a separate directory with its own users and groups</source>
        <translation>Einen Mandanten erstellen: ein eigenes Verzeichnis mit eigenen Benutzern und Gruppen</translation>
    </message>
    <message>
        <source>Remove the tenant shown, with its users, groups and audit log</source>
        <translation>Den angezeigten Mandanten mit seinen Benutzern, Gruppen und seinem Audit-Log entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant &quot;%1&quot;...</source>
        <translation>Mandanten „%1“ &amp;entfernen...</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be created.</source>
        <translation>Der Mandant „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Created the tenant &quot;%1&quot;</source>
        <translation>Mandant „%1“ erstellt</translation>
    </message>
    <message>
        <source>Remove Tenant</source>
        <translation>Mandanten entfernen</translation>
    </message>
    <message>
        <source>The default tenant cannot be removed.</source>
        <translation>Der Standardmandant kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>It is the directory that identity providers reach without a tenant in the URL.</source>
        <translation>Es ist das Verzeichnis, das Identitätsanbieter ohne Mandanten in der URL erreichen.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; any more.</source>
        <translation>Es gibt keinen Mandanten „%1“ mehr.</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot;?</source>
        <translation>Den Mandanten „%1“ entfernen?</translation>
    </message>
    <message>
        <source>This deletes its %1, and its audit log. It cannot be undone: back up the directory first (File &gt; Back Up Directory...) to keep a copy. Identity providers that provision into it get &quot;not found&quot; from then on.</source>
        <translation>Dabei werden seine %1 sowie sein Audit-Log gelöscht. Das lässt sich nicht rückgängig machen: Sichern Sie das Verzeichnis vorher (Datei &gt; Verzeichnis sichern...), um eine Kopie zu behalten. Identitätsanbieter, die in ihn provisionieren, erhalten danach „nicht gefunden“.</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant</source>
        <translation>Mandanten &amp;entfernen</translation>
    </message>
    <message>
        <source>Another tenant is being removed; try again when it is done.</source>
        <translation>Es wird gerade ein anderer Mandant entfernt; versuchen Sie es erneut, wenn das fertig ist.</translation>
    </message>
    <message>
        <source>Removing the tenant &quot;%1&quot;...</source>
        <translation>Mandant „%1“ wird entfernt...</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be removed.</source>
        <translation>Der Mandant „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed the tenant &quot;%1&quot; with its %2</source>
        <translation>Mandant „%1“ mit seinen %2 entfernt</translation>
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
        <translation>Base64-kodierte Daten</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Eine ganze Zahl</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
</context>
<context>
    <name>muster::TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot;</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <source>Copy the token now and paste it into your identity provider as the bearer token (Authorization: Bearer ...). Muster keeps only its hash: it will not be shown again.</source>
        <translation>Kopieren Sie das Token jetzt und fügen Sie es in Ihrem Identitätsanbieter als Bearer-Token ein (Authorization: Bearer ...). Muster speichert nur seinen Hash: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Das Token kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>muster::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>muster::TransferFeature</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;importieren...</translation>
    </message>
    <message>
        <source>Import SCIM &amp;JSON...</source>
        <translation>SCIM-&amp;JSON importieren...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Save CSV &amp;template...</source>
        <translation>CSV-&amp;Vorlage speichern...</translation>
    </message>
    <message>
        <source>Create and update users from a CSV file, after a dry run</source>
        <translation>Benutzer aus einer CSV-Datei anlegen und aktualisieren, nach einem Probelauf</translation>
    </message>
    <message>
        <source>Create and update users and groups from a SCIM ListResponse</source>
        <translation>Benutzer und Gruppen aus einer SCIM-ListResponse anlegen und aktualisieren</translation>
    </message>
    <message>
        <source>Save the users or groups of the page in front as CSV or SCIM JSON</source>
        <translation>Die Benutzer oder Gruppen der aktuellen Seite als CSV oder SCIM-JSON speichern</translation>
    </message>
    <message>
        <source>Save an empty users CSV file with the columns the import knows</source>
        <translation>Eine leere Benutzer-CSV-Datei mit den Spalten speichern, die der Import kennt</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>CSV-Vorlage speichern</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Saved the CSV template to %1</source>
        <translation>CSV-Vorlage nach %1 gespeichert</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportiere nach %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n group(s) to %1</source>
        <translation>
            <numerusform>%n Gruppe nach %1 exportiert</numerusform>
            <numerusform>%n Gruppen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>muster::TrayController</name>
    <message>
        <source>Muster: listening on %1</source>
        <translation>Muster: lauscht auf %1</translation>
    </message>
    <message>
        <source>Muster: the server is stopped</source>
        <translation>Muster: Der Server ist gestoppt</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The server keeps running. Use the tray icon to show Muster or quit.</source>
        <translation>Der Server läuft weiter. Über das Symbol im Infobereich zeigen Sie Muster an oder beenden es.</translation>
    </message>
    <message>
        <source>&amp;Show Muster</source>
        <translation>Muster &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
</TS>
