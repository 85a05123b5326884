<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttributeLabels</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Honorific prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Honorific suffix</source>
        <translation>Sufijo honorífico</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL del perfil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Mensajería instantánea</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>X.509 certificates</source>
        <translation>Certificados X.509</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de costes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16; save it as UTF-8 and try again.</source>
        <translation>El archivo está en UTF-16; guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>El archivo no es UTF-8 válido; guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>Línea %1: «%2» sigue a unas comillas de cierre; unas comillas dentro de un campo entrecomillado deben duplicarse.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Línea %1: un campo entrecomillado no se cierra antes del final del archivo.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>El archivo está vacío: necesita una línea de encabezado con los nombres de las columnas.</translation>
    </message>
</context>
<context>
    <name>CsvUserConverter</name>
    <message>
        <source>The row has %1 fields, the header only %2.</source>
        <translation>La fila tiene %1 campos y el encabezado solo %2.</translation>
    </message>
    <message>
        <source>active: &quot;%1&quot; is neither yes nor no.</source>
        <translation>active: «%1» no es ni yes ni no.</translation>
    </message>
</context>
<context>
    <name>CsvUserFields</name>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Email (work, primary)</source>
        <translation>Correo (trabajo, principal)</translation>
    </message>
    <message>
        <source>Phone (work, primary)</source>
        <translation>Teléfono (trabajo, principal)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>Activo (yes/no)</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Groups (separated by ;)</source>
        <translation>Grupos (separados por ;)</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>Create user %1</source>
        <translation>Crear el usuario %1</translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation>Crear el grupo %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Crear %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>Eliminar %n recurso</numerusform>
            <numerusform>Eliminar %n recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n resource(s)</source>
        <translation>
            <numerusform>Restaurar %n recurso</numerusform>
            <numerusform>Restaurar %n recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else after &quot;%2&quot;. Undoing it now would overwrite their change, so it stays as it is and leaves the undo history.</source>
        <translation>Otra persona modificó %1 después de «%2». Deshacerlo ahora sobrescribiría su cambio, así que se queda como está y sale del historial de deshacer.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since &quot;%2&quot; was undone. Redoing it now would overwrite their change, so it leaves the undo history.</source>
        <translation>Otra persona modificó %1 desde que se deshizo «%2». Rehacerlo ahora sobrescribiría su cambio, así que sale del historial de deshacer.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be undone.</source>
        <translation>%1 ya no existe, así que «%2» no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be redone.</source>
        <translation>%1 ya no existe, así que «%2» no se puede rehacer.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2</source>
        <translation>%1 no puede volver: %2</translation>
    </message>
    <message>
        <source>Undoing &quot;%1&quot; failed: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>Redoing &quot;%1&quot; failed: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1 is of a resource type the directory no longer has.</source>
        <translation>%1 es de un tipo de recurso que el directorio ya no tiene.</translation>
    </message>
    <message>
        <source>Change members of %1</source>
        <translation>Cambiar los miembros de %1</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Habilitar %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Deshabilitar %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>Habilitar %n usuario</numerusform>
            <numerusform>Habilitar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>Deshabilitar %n usuario</numerusform>
            <numerusform>Deshabilitar %n usuarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message>
        <source>Would create group &quot;%1&quot; and add the user to it.</source>
        <translation>Se crearía el grupo «%1» y se añadiría el usuario.</translation>
    </message>
    <message>
        <source>Created group &quot;%1&quot; and added the user to it.</source>
        <translation>Se creó el grupo «%1» y se añadió el usuario.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; does not exist: not added (tick &quot;Create missing groups&quot; to create it).</source>
        <translation>El grupo «%1» no existe: no se ha añadido (marque «Crear los grupos que faltan» para crearlo).</translation>
    </message>
    <message>
        <source>Would add the user to the new group &quot;%1&quot;.</source>
        <translation>Se añadiría el usuario al nuevo grupo «%1».</translation>
    </message>
    <message>
        <source>Would add the user to group &quot;%1&quot;.</source>
        <translation>Se añadiría el usuario al grupo «%1».</translation>
    </message>
    <message>
        <source>Added the user to group &quot;%1&quot;.</source>
        <translation>Se añadió el usuario al grupo «%1».</translation>
    </message>
    <message>
        <source>Member %1 is neither in the directory nor in the file: left out.</source>
        <translation>El miembro %1 no está ni en el directorio ni en el archivo: se omite.</translation>
    </message>
    <message numerus="yes">
        <source>%n member group(s) later in the file added at the end.</source>
        <translation>
            <numerusform>%n grupo miembro que aparece más adelante en el archivo se añadió al final.</numerusform>
            <numerusform>%n grupos miembros que aparecen más adelante en el archivo se añadieron al final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources of type &quot;%1&quot; cannot be imported.</source>
        <translation>Los recursos de tipo «%1» no se pueden importar.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same %2.</source>
        <translation>Duplicado: la línea %1 tiene el mismo %2.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same externalId.</source>
        <translation>Duplicado: la línea %1 tiene el mismo externalId.</translation>
    </message>
    <message>
        <source>externalId &quot;%1&quot; belongs to %2, but %3 &quot;%4&quot; to another resource.</source>
        <translation>El externalId «%1» pertenece a %2, pero %3 «%4» a otro recurso.</translation>
    </message>
    <message>
        <source>Duplicate: line %1 matched the same resource.</source>
        <translation>Duplicado: la línea %1 coincidió con el mismo recurso.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; could not be created: %2</source>
        <translation>No se pudo crear el grupo «%1»: %2</translation>
    </message>
    <message>
        <source>Not added to group %1: %2</source>
        <translation>No se añadió al grupo %1: %2</translation>
    </message>
    <message>
        <source>Member group &quot;%1&quot; of the file was not imported: left out.</source>
        <translation>El grupo miembro «%1» del archivo no se importó: se omite.</translation>
    </message>
    <message>
        <source>Member group %1 not added: %2</source>
        <translation>No se añadió el grupo miembro %1: %2</translation>
    </message>
</context>
<context>
    <name>HarExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>Would create</source>
        <translation>Se crearía</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Se actualizaría</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Would skip</source>
        <translation>Se omitiría</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>RequestDetailsText</name>
    <message>
        <source>(body cut)</source>
        <translation>(contenido recortado)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n byte de datos binarios)</numerusform>
            <numerusform>(%n bytes de datos binarios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... (cut after %n byte(s))</source>
        <translation>
            <numerusform>... (recortado tras %n byte)</numerusform>
            <numerusform>... (recortado tras %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceColumn</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>ResourceDetailsHtml</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>El archivo no es JSON: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The file holds no SCIM resources: expected a ListResponse, an array of resources, or one User or Group.</source>
        <translation>El archivo no contiene recursos SCIM: se esperaba una ListResponse, un array de recursos o un solo User o Group.</translation>
    </message>
    <message>
        <source>Resource %1 is not a JSON object.</source>
        <translation>El recurso %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Resource %1 is neither a User nor a Group (see its &quot;schemas&quot;).</source>
        <translation>El recurso %1 no es ni un User ni un Group (vea sus «schemas»).</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Folder for tokens and the default SQLite file.</source>
        <translation>Carpeta de los tokens y del archivo SQLite predeterminado.</translation>
    </message>
    <message>
        <source>Where the directory lives: memory, sqlite:&lt;file&gt; or postgres://user@host/db.</source>
        <translation>Dónde está el directorio: memory, sqlite:&lt;archivo&gt; o postgres://user@host/db.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Puerto en el que escuchar (por defecto 8080; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>Certificado PEM (o cadena) para HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Clave privada PEM para HTTPS.</translation>
    </message>
    <message>
        <source>HTTP worker threads (default: one per core).</source>
        <translation>Hilos de trabajo HTTP (por defecto: uno por núcleo).</translation>
    </message>
    <message>
        <source>URL clients reach the server at, for resource locations.</source>
        <translation>URL por la que los clientes llegan al servidor, para la ubicación de los recursos.</translation>
    </message>
    <message>
        <source>Accept a token as the password of HTTP Basic.</source>
        <translation>Aceptar un token como contraseña de HTTP Basic.</translation>
    </message>
    <message>
        <source>Serve /metrics without a token.</source>
        <translation>Servir /metrics sin token.</translation>
    </message>
    <message>
        <source>Accept only RFC 7644 as written, not the dialects identity providers send.</source>
        <translation>Aceptar solo el RFC 7644 tal como está escrito, no los dialectos que envían los proveedores de identidad.</translation>
    </message>
    <message>
        <source>Load custom schemas and extensions from this folder (repeatable).</source>
        <translation>Cargar esquemas y extensiones personalizados de esta carpeta (repetible).</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 1048576).</source>
        <translation>Cuerpo de petición más grande aceptado (por defecto 1048576).</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default 1024).</source>
        <translation>Conexiones HTTP abiertas como máximo; las demás reciben 503 (por defecto 1024).</translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default 60).</source>
        <translation>Cerrar una conexión keep-alive inactiva durante este tiempo (por defecto 60).</translation>
    </message>
    <message>
        <source>Database connections this server keeps at most (default 64).</source>
        <translation>Conexiones a la base de datos que mantiene este servidor como máximo (por defecto 64).</translation>
    </message>
    <message>
        <source>How long a request waits for the database (a connection, a lock) before 503 (default 5000).</source>
        <translation>Cuánto espera una petición a la base de datos (una conexión, un bloqueo) antes de 503 (por defecto 5000).</translation>
    </message>
    <message>
        <source>Memory for serialized resources kept to answer reads faster (default 64; 0: off).</source>
        <translation>Memoria para recursos serializados que aceleran las lecturas (por defecto 64; 0: desactivado).</translation>
    </message>
    <message>
        <source>Largest page of resources a list answers (default 1000).</source>
        <translation>Página de recursos más grande que devuelve una lista (por defecto 1000).</translation>
    </message>
    <message>
        <source>Bulk requests that run at once; more get 429 (default: half the workers).</source>
        <translation>Peticiones Bulk que se ejecutan a la vez; las demás reciben 429 (por defecto: la mitad de los hilos de trabajo).</translation>
    </message>
    <message>
        <source>Operations one Bulk request may carry; more get 413 (default 1000).</source>
        <translation>Operaciones que puede llevar una solicitud Bulk; más reciben 413 (predeterminado 1000).</translation>
    </message>
    <message>
        <source>Largest Bulk request body accepted (default 1048576).</source>
        <translation>Cuerpo de solicitud Bulk más grande aceptado (predeterminado 1048576).</translation>
    </message>
    <message>
        <source>At start, read the most recently modified resources of each type, up to this many per tenant, into the caches, off the request path (default 0: none).</source>
        <translation>Al iniciar, leer en las cachés los recursos modificados más recientemente de cada tipo, hasta esta cantidad por inquilino, fuera del camino de las solicitudes (predeterminado 0: ninguno).</translation>
    </message>
    <message>
        <source>Log and count requests that take longer than this (default 100).</source>
        <translation>Registrar y contar las peticiones que tarden más que esto (por defecto 100).</translation>
    </message>
    <message>
        <source>When a SQLite commit reaches the disk (default normal; see README).</source>
        <translation>Cuándo llega al disco un commit de SQLite (por defecto normal; véase el README).</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Leer la configuración de este archivo INI.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>S&amp;ettings...</source>
        <translation>C&amp;onfiguración...</translation>
    </message>
</context>
<context>
    <name>StoreConnectionTest</name>
    <message>
        <source>kept in memory: nothing is saved</source>
        <translation>se guarda en memoria: no se conserva nada</translation>
    </message>
    <message>
        <source>the file exists and can be written</source>
        <translation>el archivo existe y se puede escribir</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>el archivo no se puede escribir</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>la carpeta %1 no se puede escribir</translation>
    </message>
    <message>
        <source>a new directory will be created there</source>
        <translation>allí se creará un directorio nuevo</translation>
    </message>
</context>
<context>
    <name>TenantContents</name>
    <message>
        <source>1 user</source>
        <translation>1 usuario</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 usuarios</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 grupo</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 grupos</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Usage: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
       muster-server token list [--tenant &lt;tenant&gt;]
       muster-server token revoke &lt;id&gt;</source>
        <translation>Uso: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
     muster-server token list [--tenant &lt;tenant&gt;]
     muster-server token revoke &lt;id&gt;</translation>
    </message>
    <message>
        <source>A token needs a name: --name &quot;Entra ID&quot;</source>
        <translation>Un token necesita un nombre: --name &quot;Entra ID&quot;</translation>
    </message>
    <message>
        <source>--expires takes a number of days like 90d, or a date like 2027-01-31</source>
        <translation>--expires admite un número de días como 90d, o una fecha como 2027-01-31</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; for tenant &quot;%2&quot; (id %3):</source>
        <translation>Token «%1» para el inquilino «%2» (id %3):</translation>
    </message>
    <message>
        <source>It is shown only now: store it in your identity provider.</source>
        <translation>Solo se muestra ahora: guárdelo en su proveedor de identidades.</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>No hay tokens.</translation>
    </message>
    <message>
        <source>id	name	tenant	created	expires	last used</source>
        <translation>id	nombre	inquilino	creado	caduca	último uso</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (caducado)</translation>
    </message>
    <message>
        <source>Which token? muster-server token revoke &lt;id&gt; (see token list)</source>
        <translation>¿Qué token? muster-server token revoke &lt;id&gt; (vea token list)</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 revocado.</translation>
    </message>
</context>
<context>
    <name>WindowsService</name>
    <message>
        <source>&quot;service run&quot; is for the Windows service manager. Run muster-server without it to serve from this console, or &quot;muster-server service install&quot; to install the service.</source>
        <translation>«service run» es para el administrador de servicios de Windows. Ejecute muster-server sin esa orden para servir desde esta consola, o «muster-server service install» para instalar el servicio.</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager: %1</source>
        <translation>No se puede conectar con el administrador de servicios de Windows: %1</translation>
    </message>
</context>
<context>
    <name>WindowsServiceInstaller</name>
    <message>
        <source>Run it in a terminal opened as administrator.</source>
        <translation>Ejecútelo en un terminal abierto como administrador.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot describe the folder&apos;s permissions</source>
        <translation>No se pueden describir los permisos de la carpeta</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1</source>
        <translation>No se pueden establecer los permisos de %1</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager</source>
        <translation>No se puede abrir el administrador de servicios de Windows</translation>
    </message>
    <message>
        <source>Cannot update the service %1</source>
        <translation>No se puede actualizar el servicio %1</translation>
    </message>
    <message>
        <source>Cannot create the service %1</source>
        <translation>No se puede crear el servicio %1</translation>
    </message>
    <message>
        <source>Muster&apos;s SCIM 2.0 directory server. Data: %1</source>
        <translation>El servidor de directorio SCIM 2.0 de Muster. Datos: %1</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not start</source>
        <translation>El servicio %1 está instalado, pero no se inició</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not report running; see %2</source>
        <translation>El servicio %1 está instalado, pero no informó de que se estuviera ejecutando; véase %2</translation>
    </message>
    <message>
        <source>Cannot open the service %1</source>
        <translation>No se puede abrir el servicio %1</translation>
    </message>
    <message>
        <source>The service %1 did not stop within a minute</source>
        <translation>El servicio %1 no se detuvo en un minuto</translation>
    </message>
    <message>
        <source>Cannot delete the service %1</source>
        <translation>No se puede eliminar el servicio %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Muster: manage a local identity directory.</source>
        <translation>Muster: gestione un directorio de identidades local.</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The directory at %1 cannot be opened:
%2</source>
        <translation>No se puede abrir el directorio en %1:
%2</translation>
    </message>
    <message>
        <source>built-in schemas</source>
        <translation>esquemas integrados</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>crear un usuario</translation>
    </message>
    <message>
        <source>create a group with the user</source>
        <translation>crear un grupo con el usuario</translation>
    </message>
    <message>
        <source>filter users</source>
        <translation>filtrar usuarios</translation>
    </message>
    <message>
        <source>computed group membership</source>
        <translation>pertenencia a grupos calculada</translation>
    </message>
    <message>
        <source>password stored as a hash</source>
        <translation>contraseña guardada como hash</translation>
    </message>
    <message>
        <source>Cannot open the directory at %1: %2</source>
        <translation>No se puede abrir el directorio en %1: %2</translation>
    </message>
    <message>
        <source>Usage: muster-server %1 &lt;file&gt;</source>
        <translation>Uso: muster-server %1 &lt;archivo&gt;</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>Copia de seguridad de %1 en %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 restaurado desde %2</translation>
    </message>
    <message>
        <source>Cannot start the server: %1</source>
        <translation>No se puede iniciar el servidor: %1</translation>
    </message>
    <message>
        <source>Muster %1 serves %2</source>
        <translation>Muster %1 sirve %2</translation>
    </message>
    <message>
        <source>First start: created the token &quot;%1&quot; for the default tenant. It is shown once:</source>
        <translation>Primer inicio: se creó el token «%1» para el inquilino predeterminado. Solo se muestra una vez:</translation>
    </message>
    <message>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;; manage tokens with &quot;muster-server token&quot;.</source>
        <translation>Envíelo como &quot;Authorization: Bearer &lt;token&gt;&quot;; gestione los tokens con &quot;muster-server token&quot;.</translation>
    </message>
    <message>
        <source>SCIM base URL: %1</source>
        <translation>URL base de SCIM: %1</translation>
    </message>
    <message>
        <source>Stopping: finishing requests in flight</source>
        <translation>Deteniendo: terminando las solicitudes en curso</translation>
    </message>
    <message>
        <source>Muster: a local identity directory with a SCIM 2.0 server.</source>
        <translation>Muster: un directorio de identidades local con un servidor SCIM 2.0.</translation>
    </message>
    <message>
        <source>Check that the directory works, then exit.</source>
        <translation>Comprobar que el directorio funciona y salir.</translation>
    </message>
    <message>
        <source>Load the custom schema files of &lt;directory&gt;, report errors, then exit.</source>
        <translation>Cargar los archivos de esquemas personalizados de &lt;carpeta&gt;, informar de los errores y salir.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>token create: the token&apos;s name.</source>
        <translation>token create: el nombre del token.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>token create/list: the tenant (default: default).</source>
        <translation>token create/list: el inquilino (predeterminado: default).</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <source>token create: expiry, as days (90d) or a date (2027-01-31).</source>
        <translation>token create: caducidad, en días (90d) o como fecha (2027-01-31).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>token create: the user id that /Me serves.</source>
        <translation>token create: el id de usuario que sirve /Me.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;.</source>
        <translation>Sin orden: servir el directorio; o bien: token create|list|revoke &lt;id&gt;, backup &lt;archivo&gt;, restore &lt;archivo&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) and </source>
        <translation>
            <numerusform>%n esquema y </numerusform>
            <numerusform>%n esquemas y </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource type(s) loaded</source>
        <translation>
            <numerusform>%n tipo de recurso cargado</numerusform>
            <numerusform>%n tipos de recurso cargados</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Orden desconocida «%1»; vea --help.</translation>
    </message>
    <message>
        <source>The service %1 runs as LOCAL SERVICE and starts with Windows; its data is in %2. A new directory&apos;s first token is written to %3. More tokens:</source>
        <translation>El servicio %1 se ejecuta como LOCAL SERVICE y se inicia con Windows; sus datos están en %2. El primer token de un directorio nuevo se escribe en %3. Más tokens:</translation>
    </message>
    <message>
        <source>The service %1 is removed; its data folder stays.</source>
        <translation>El servicio %1 se ha eliminado; su carpeta de datos se conserva.</translation>
    </message>
    <message>
        <source>Usage: muster-server [options] service install|uninstall</source>
        <translation>Uso: muster-server [opciones] service install|uninstall</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;, service install|uninstall (as administrator: the Windows service, with the options given here).</source>
        <translation>Nada para servir el directorio, o: token create|list|revoke &lt;id&gt;, backup &lt;archivo&gt;, restore &lt;archivo&gt;, service install|uninstall (como administrador: el servicio de Windows, con las opciones dadas aquí).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLO</translation>
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
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name now</source>
        <translation>Nombre actual</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID del recurso</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
</context>
<context>
    <name>muster::AuditLogPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Load &amp;older entries</source>
        <translation>Cargar entradas más &amp;antiguas</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Search the log: actor, action, type, resource ID, attribute</source>
        <translation>Buscar en el registro: actor, acción, tipo, ID del recurso, atributo</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Cualquier actor</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Show only what this actor did (part of the name is enough)</source>
        <translation>Mostrar solo lo que hizo este actor (basta con parte del nombre)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>Mostrar solo esta acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Only entries from a day on</source>
        <translation>Solo entradas desde un día</translation>
    </message>
    <message>
        <source>Only entries up to a day</source>
        <translation>Solo entradas hasta un día</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Read further back in the log</source>
        <translation>Leer más atrás en el registro</translation>
    </message>
    <message>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>Guardar cada entrada que coincide con el filtro en un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n entrada mostrada</numerusform>
            <numerusform>%n entradas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(s) shown</source>
        <translation>
            <numerusform>%n entrada coincidente mostrada</numerusform>
            <numerusform>%n entradas coincidentes mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>read back to %1</source>
        <translation>leído hasta %1</translation>
    </message>
    <message>
        <source>that is the whole log</source>
        <translation>es el registro completo</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>%n entrada de auditoría exportada a %1.</numerusform>
            <numerusform>%n entradas de auditoría exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>La exportación a %1 falló: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::BackupFeature</name>
    <message>
        <source>Back &amp;Up Directory...</source>
        <translation>&amp;Hacer copia de seguridad del directorio...</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup...</source>
        <translation>&amp;Restaurar desde una copia de seguridad...</translation>
    </message>
    <message>
        <source>Save a copy of the whole directory, every tenant, while it keeps serving</source>
        <translation>Guardar una copia de todo el directorio, con todos los inquilinos, sin dejar de atender</translation>
    </message>
    <message>
        <source>Replace the whole directory with a backup</source>
        <translation>Sustituir todo el directorio por una copia de seguridad</translation>
    </message>
    <message>
        <source>Back Up Directory</source>
        <translation>Copia de seguridad del directorio</translation>
    </message>
    <message>
        <source>Muster backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de Muster (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the whole directory with the backup &quot;%1&quot;?</source>
        <translation>¿Sustituir todo el directorio por la copia de seguridad «%1»?</translation>
    </message>
    <message>
        <source>The backup was saved %1. Every tenant, with its users, groups and audit log, becomes what it was then; whatever changed since is lost. Back up the directory first to keep it.</source>
        <translation>La copia de seguridad se guardó el %1. Cada inquilino, con sus usuarios, grupos y registro de auditoría, vuelve a como estaba entonces; lo que haya cambiado desde entonces se pierde. Haga antes una copia de seguridad del directorio para conservarlo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>A backup or restore is running; try again when it is done.</source>
        <translation>Hay una copia de seguridad o una restauración en curso; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Backing up the directory to %1...</source>
        <translation>Haciendo copia de seguridad del directorio en %1...</translation>
    </message>
    <message>
        <source>Restoring the directory from %1...</source>
        <translation>Restaurando el directorio desde %1...</translation>
    </message>
    <message>
        <source>Backed up the directory to %1</source>
        <translation>Copia de seguridad del directorio guardada en %1</translation>
    </message>
    <message>
        <source>Restored the directory from %1</source>
        <translation>Directorio restaurado desde %1</translation>
    </message>
    <message>
        <source>The directory could not be backed up to %1.</source>
        <translation>No se pudo hacer la copia de seguridad del directorio en %1.</translation>
    </message>
    <message>
        <source>The directory could not be restored from %1. Nothing was changed.</source>
        <translation>No se pudo restaurar el directorio desde %1. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>muster::CandidateListModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
</context>
<context>
    <name>muster::ColumnMappingPage</name>
    <message>
        <source>&amp;Create missing groups</source>
        <translation>&amp;Crear los grupos que faltan</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose the attribute each column fills. The guesses come from the column names.</source>
        <translation>Elija el atributo que rellena cada columna. Las sugerencias salen de los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Groups named in the groups column that do not exist are created; otherwise they are left out with a warning</source>
        <translation>Los grupos nombrados en la columna de grupos que no existen se crean; si no, se omiten con un aviso</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importado como</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>Attribute for column %1</source>
        <translation>Atributo de la columna %1</translation>
    </message>
    <message>
        <source>Map a column to User name (or External ID) so that rows can be matched.</source>
        <translation>Asigne una columna al nombre de usuario (o al ID externo) para que las filas se puedan emparejar.</translation>
    </message>
    <message>
        <source>Without a User name column, rows can only update users found by External ID.</source>
        <translation>Sin una columna de nombre de usuario, las filas solo pueden actualizar usuarios encontrados por ID externo.</translation>
    </message>
</context>
<context>
    <name>muster::CreateTokenDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation>Ca&amp;duca</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <source>e.g. Entra ID production</source>
        <translation>p. ej. Entra ID producción</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>The only tenant the token opens</source>
        <translation>El único inquilino que abre el token</translation>
    </message>
    <message>
        <source>The token expires</source>
        <translation>El token caduca</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Fecha y hora de caducidad</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
</context>
<context>
    <name>muster::DateTimeField</name>
    <message>
        <source>Set</source>
        <translation>Definido</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 tiene un valor</translation>
    </message>
</context>
<context>
    <name>muster::EditingFeature</name>
    <message>
        <source>%1 was changed by someone else since you opened it. Cancel, then open it again to see their change.</source>
        <translation>Otra persona modificó %1 desde que lo abrió. Cancele y vuelva a abrirlo para ver su cambio.</translation>
    </message>
    <message>
        <source>Recently &amp;Deleted</source>
        <translation>Eliminados &amp;recientemente</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>New &amp;User...</source>
        <translation>Nuevo &amp;usuario...</translation>
    </message>
    <message>
        <source>New &amp;Group...</source>
        <translation>Nuevo &amp;grupo...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Edit the selected user or group (Enter or F2)</source>
        <translation>Editar el usuario o grupo seleccionado (Intro o F2)</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>&amp;Miembros...</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>Establecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>Enable/Disa&amp;ble</source>
        <translation>Ha&amp;bilitar/Deshabilitar</translation>
    </message>
    <message>
        <source>Disable the selected users if all are active, else enable them (Ctrl+E)</source>
        <translation>Deshabilitar los usuarios seleccionados si todos están activos; si no, habilitarlos (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 creado.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Unknown resource type %1</source>
        <translation>Tipo de recurso desconocido %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Saved %1; its new password is set.</source>
        <translation>%1 guardado; su nueva contraseña está establecida.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Saved the members of %1.</source>
        <translation>Se guardaron los miembros de %1.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>The new password of %1 is set.</source>
        <translation>La nueva contraseña de %1 está establecida.</translation>
    </message>
    <message>
        <source>Delete the user &quot;%1&quot;?</source>
        <translation>¿Eliminar el usuario «%1»?</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>¿Eliminar el grupo «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users?</source>
        <translation>
            <numerusform>¿Eliminar %n usuario?</numerusform>
            <numerusform>¿Eliminar %n usuarios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n groups?</source>
        <translation>
            <numerusform>¿Eliminar %n grupo?</numerusform>
            <numerusform>¿Eliminar %n grupos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Identity providers will see them as gone, and they leave their groups. Undo (Ctrl+Z) or Recently Deleted brings them back with their groups, but without their passwords.</source>
        <translation>Los proveedores de identidades los verán como desaparecidos y saldrán de sus grupos. Deshacer (Ctrl+Z) o Eliminados recientemente los recupera con sus grupos, pero sin sus contraseñas.</translation>
    </message>
    <message>
        <source>Their members are not deleted. Undo (Ctrl+Z) or Recently Deleted brings them back with the members that still exist.</source>
        <translation>Sus miembros no se eliminan. Deshacer (Ctrl+Z) o Eliminados recientemente los recupera con los miembros que aún existen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>%n recurso eliminado.</numerusform>
            <numerusform>%n recursos eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n usuario habilitado.</numerusform>
            <numerusform>%n usuarios habilitados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n usuario deshabilitado.</numerusform>
            <numerusform>%n usuarios deshabilitados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>%1 is back, with its ID and groups.</source>
        <translation>%1 ha vuelto, con su ID y sus grupos.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) are back, with their IDs and groups.</source>
        <translation>
            <numerusform>%n recurso ha vuelto, con su ID y sus grupos.</numerusform>
            <numerusform>%n recursos han vuelto, con sus ID y sus grupos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A restored user has no password: choose the user on the Users page and set a new one with Edit &gt; Set Password (Ctrl+Shift+P).</source>
        <translation>Un usuario restaurado no tiene contraseña: elija el usuario en la página Usuarios y establezca una nueva con Editar &gt; Establecer contraseña (Ctrl+Mayús+P).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>muster::ExportDialog</name>
    <message>
        <source>&amp;CSV (opens in spreadsheets; imports again)</source>
        <translation>&amp;CSV (se abre en hojas de cálculo; se puede volver a importar)</translation>
    </message>
    <message>
        <source>SCIM &amp;JSON (a ListResponse of the resources)</source>
        <translation>SCIM &amp;JSON (una ListResponse de los recursos)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>Export Groups</source>
        <translation>Exportar grupos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>&amp;Every user the page shows (%L1)</source>
        <translation>&amp;Todos los usuarios que muestra la página (%L1)</translation>
    </message>
    <message>
        <source>&amp;Every group the page shows (%L1)</source>
        <translation>&amp;Todos los grupos que muestra la página (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected users (%L1)</source>
        <translation>Solo los usuarios &amp;seleccionados (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected groups (%L1)</source>
        <translation>Solo los grupos &amp;seleccionados (%L1)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Archivo de destino</translation>
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
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Browse for the file to export to</source>
        <translation>Buscar el archivo de destino</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::ImportDryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>What the import will do with every row. Nothing has been written yet.</source>
        <translation>Lo que hará la importación con cada fila. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Comprobando %n fila...</numerusform>
            <numerusform>Comprobando %n filas...</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Choose Import to write these changes.</source>
        <translation>Elija Importar para escribir estos cambios.</translation>
    </message>
</context>
<context>
    <name>muster::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV file with a header line, in UTF-8, separated by commas or semicolons. Rows match existing users by externalId or userName; matched users get the values of the non-empty cells, others are created.</source>
        <translation>Un archivo CSV con una línea de encabezado, en UTF-8, separado por comas o por punto y coma. Las filas se emparejan con usuarios existentes por externalId o userName; los usuarios emparejados reciben los valores de las celdas no vacías y los demás se crean.</translation>
    </message>
    <message>
        <source>A SCIM ListResponse, or an array of Users and Groups. Resources match existing ones by externalId, userName or displayName and replace them; others are created.</source>
        <translation>Una ListResponse de SCIM, o un array de Users y Groups. Los recursos se emparejan con los existentes por externalId, userName o displayName y los sustituyen; los demás se crean.</translation>
    </message>
    <message>
        <source>Nothing is written before the next steps show what the import will do.</source>
        <translation>No se escribe nada antes de que los pasos siguientes muestren lo que hará la importación.</translation>
    </message>
    <message>
        <source>Members of groups may refer to users and groups of the same file by their &quot;id&quot; there. Nothing is written before the next steps show what the import will do.</source>
        <translation>Los miembros de los grupos pueden referirse a usuarios y grupos del mismo archivo por su «id» en él. No se escribe nada antes de que los pasos siguientes muestren lo que hará la importación.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Browse for the file to import</source>
        <translation>Buscar el archivo que importar</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Save &amp;template...</source>
        <translation>Guardar &amp;plantilla...</translation>
    </message>
    <message>
        <source>Save a CSV file with the columns the import knows, to fill in</source>
        <translation>Guardar un archivo CSV con las columnas que conoce la importación, para rellenarlo</translation>
    </message>
    <message>
        <source>Starting from scratch?</source>
        <translation>¿Empieza desde cero?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>El archivo tiene encabezado pero ninguna fila que importar.</translation>
    </message>
    <message>
        <source>The file holds no resources to import.</source>
        <translation>El archivo no contiene recursos que importar.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Guardar la plantilla CSV</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>No se pudo guardar la plantilla:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportModel</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n por crear</numerusform>
            <numerusform>%n por crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n por omitir</numerusform>
            <numerusform>%n por omitir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creado</numerusform>
            <numerusform>%n creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n con avisos</numerusform>
            <numerusform>%n con avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Cambios: %1.</translation>
    </message>
    <message>
        <source>%1 (with warnings)</source>
        <translation>%1 (con avisos)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportView</name>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Mostrar solo los &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Guardar informe...</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Outcome of every row</source>
        <translation>Resultado de cada fila</translation>
    </message>
    <message>
        <source>Rows that are skipped, failed or have warnings; the saved report follows this choice</source>
        <translation>Filas omitidas, con error o con avisos; el informe guardado sigue esta elección</translation>
    </message>
    <message>
        <source>Save the outcome of every row (or only the problems) as a CSV file</source>
        <translation>Guardar el resultado de cada fila (o solo los problemas) como archivo CSV</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>No se pudo guardar el informe:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportRunPage</name>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The rows are written to the directory. Stopping keeps what was imported so far.</source>
        <translation>Las filas se escriben en el directorio. Al detener se conserva lo importado hasta ese momento.</translation>
    </message>
    <message>
        <source>Stop after the row being written; what was imported stays (Escape)</source>
        <translation>Detener tras la fila que se está escribiendo; lo importado se conserva (Escape)</translation>
    </message>
    <message>
        <source>Stopping after the current row...</source>
        <translation>Deteniendo tras la fila actual...</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)...</source>
        <translation>
            <numerusform>Importando %n fila...</numerusform>
            <numerusform>Importando %n filas...</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows: %3. The rest was not imported.</source>
        <translation>Detenido tras %1 de %2 filas: %3. El resto no se importó.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
</context>
<context>
    <name>muster::ImportWizard</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>Importar usuarios desde CSV</translation>
    </message>
    <message>
        <source>Import SCIM JSON</source>
        <translation>Importar SCIM JSON</translation>
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
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>The tenant shown (Ctrl+T)</source>
        <translation>El inquilino mostrado (Ctrl+T)</translation>
    </message>
    <message>
        <source>Where the directory is kept</source>
        <translation>Dónde se guarda el directorio</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>Choose the &amp;tenant</source>
        <translation>Elegir el &amp;inquilino</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Páginas</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation>&amp;Acerca de Muster</translation>
    </message>
    <message>
        <source>About Muster</source>
        <translation>Acerca de Muster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;A local identity directory with a SCIM 2.0 server.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;Un directorio de identidades local con un servidor SCIM 2.0.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2; se ejecuta con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Muster is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Muster es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;%1&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o (a su elección) cualquier versión posterior. Se ofrece SIN NINGUNA GARANTÍA.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message numerus="yes">
        <source>%n+ user(s), counting…</source>
        <translation>
            <numerusform>%n+ usuario, contando…</numerusform>
            <numerusform>%n+ usuarios, contando…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ group(s), counting…</source>
        <translation>
            <numerusform>%n+ grupo, contando…</numerusform>
            <numerusform>%n+ grupos, contando…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MemberListModel</name>
    <message>
        <source>Added: joins when you save</source>
        <translation>Añadido: se une al guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Miembros de %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Users and groups found</source>
        <translation>Usuarios y grupos encontrados</translation>
    </message>
    <message>
        <source>Find users and groups to add</source>
        <translation>Buscar usuarios y grupos para añadir</translation>
    </message>
    <message>
        <source>Add the selected users and groups (Enter in the list)</source>
        <translation>Añadir los usuarios y grupos seleccionados (Intro en la lista)</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Quitar los miembros seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Miem&amp;bros:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Guardar los cambios (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n por añadir</numerusform>
            <numerusform>%n por añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n por quitar</numerusform>
            <numerusform>%n por quitar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedField</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Añadir una fila (Insert)</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Quitar las filas seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>muster::NewTenantDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Nuevo inquilino</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nombre del inquilino</translation>
    </message>
    <message>
        <source>e.g. acme or eu.acme-2</source>
        <translation>p. ej. acme o eu.acme-2</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;: the name is part of the tenant&apos;s SCIM URL</source>
        <translation>1-64 letras, dígitos, «.», «_» o «-»: el nombre forma parte de la URL SCIM del inquilino</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>A tenant is a separate directory with its own users, groups, tokens and audit log, served by the SCIM server below &lt;tt&gt;/tenants/&amp;lt;name&amp;gt;/&lt;/tt&gt;.</source>
        <translation>Un inquilino es un directorio aparte con sus propios usuarios, grupos, tokens y registro de auditoría, que el servidor SCIM sirve bajo &lt;tt&gt;/tenants/&amp;lt;nombre&amp;gt;/&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un inquilino llamado «%1».</translation>
    </message>
</context>
<context>
    <name>muster::PasswordDialog</name>
    <message>
        <source>Set password of %1</source>
        <translation>Establecer la contraseña de %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>Establecer &amp;contraseña</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The directory keeps only a hash of the password.</source>
        <translation>El directorio solo guarda un hash de la contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>muster::RecentlyDeletedModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Eliminado por</translation>
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
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Nothing was deleted recently.</source>
        <translation>No se ha eliminado nada recientemente.</translation>
    </message>
    <message>
        <source>Restoring brings a user or group back with the same ID, so that identity providers find it again, and puts it back in the groups that still exist. A restored user has no password: set a new one.</source>
        <translation>Restaurar recupera un usuario o grupo con el mismo ID, para que los proveedores de identidades lo vuelvan a encontrar, y lo devuelve a los grupos que aún existen. Un usuario restaurado no tiene contraseña: establezca una nueva.</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Eliminados recientemente</translation>
    </message>
    <message>
        <source>Bring the selected users and groups back (Enter)</source>
        <translation>Recuperar los usuarios y grupos seleccionados (Intro)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
</context>
<context>
    <name>muster::ReferenceIdField</name>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
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
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>(no such user)</source>
        <translation>(no existe ese usuario)</translation>
    </message>
    <message>
        <source>(no such group)</source>
        <translation>(no existe ese grupo)</translation>
    </message>
</context>
<context>
    <name>muster::RequestInspector</name>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>E&amp;xport HAR...</source>
        <translation>E&amp;xportar HAR...</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx éxito</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx redirección</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx error del cliente</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx error del servidor</translation>
    </message>
    <message>
        <source>4xx or 5xx: any error</source>
        <translation>4xx o 5xx: cualquier error</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Cualquier método</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtro de método</translation>
    </message>
    <message>
        <source>Text in the path, e.g. /Users</source>
        <translation>Texto en la ruta, p. ej. /Users</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Filtro de ruta</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pausar la grabación</translation>
    </message>
    <message>
        <source>While paused, the server does not record requests for this list</source>
        <translation>Mientras está en pausa, el servidor no registra solicitudes para esta lista</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Export the requests shown as HAR</source>
        <translation>Exportar las solicitudes mostradas como HAR</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Número de solicitudes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Select a request to see it here</source>
        <translation>Seleccione una solicitud para verla aquí</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>Ru&amp;ta:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 de %n solicitud mostrada</numerusform>
            <numerusform>%1 de %n solicitudes mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>The requests could not be exported.</source>
        <translation>No se pudieron exportar las solicitudes.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n solicitud exportada a %1</numerusform>
            <numerusform>%n solicitudes exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>Archivo HTTP (*.har);;Todos los archivos (*)</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>muster::ResourceBrowser</name>
    <message>
        <source>Search users: words, or a SCIM filter such as department eq &quot;Sales&quot;</source>
        <translation>Buscar usuarios: palabras, o un filtro SCIM como department eq &quot;Sales&quot;</translation>
    </message>
    <message>
        <source>Search groups: words, or a SCIM filter</source>
        <translation>Buscar grupos: palabras, o un filtro SCIM</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Buscar grupos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Preparing the search: %1 of %2 read…</source>
        <translation>Preparando la búsqueda: %1 de %2 leídos…</translation>
    </message>
</context>
<context>
    <name>muster::ResourceEditorDialog</name>
    <message>
        <source>New User</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Editar el usuario %1</translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation>Editar el grupo %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Editar %1 %2</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Última modificación el %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Miembro de: %1</translation>
    </message>
    <message>
        <source>Kept by the directory</source>
        <translation>Gestionado por el directorio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>Establecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Guardar (Intro o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The new password is set when you save.</source>
        <translation>La nueva contraseña se establece al guardar.</translation>
    </message>
    <message>
        <source>No password: the user cannot sign in with one until it is set.</source>
        <translation>Sin contraseña: el usuario no puede iniciar sesión con una hasta que se establezca.</translation>
    </message>
    <message>
        <source>The password stays as it is.</source>
        <translation>La contraseña se queda como está.</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>el nuevo usuario</translation>
    </message>
</context>
<context>
    <name>muster::ResourcePickerDialog</name>
    <message>
        <source>Choose a user</source>
        <translation>Elegir un usuario</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Elegir un grupo</translation>
    </message>
    <message>
        <source>Type part of a user name or display name</source>
        <translation>Escriba parte de un nombre de usuario o nombre para mostrar</translation>
    </message>
    <message>
        <source>Type part of a display name</source>
        <translation>Escriba parte de un nombre para mostrar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>muster::ResourceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>muster::SchemaForm</name>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Contact and access</source>
        <translation>Contacto y acceso</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>muster::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Server &amp;Settings</source>
        <translation>&amp;Configuración del servidor</translation>
    </message>
    <message>
        <source>&amp;Request Inspector</source>
        <translation>Inspector de &amp;solicitudes</translation>
    </message>
</context>
<context>
    <name>muster::ServerPanel</name>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Keep the server running when the &amp;window closes</source>
        <translation>Mantener el servidor en marcha al cerrar la &amp;ventana</translation>
    </message>
    <message>
        <source>Create &amp;Token...</source>
        <translation>Crear &amp;token...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Revocar...</translation>
    </message>
    <message>
        <source>&amp;Copy Base URL</source>
        <translation>&amp;Copiar la URL base</translation>
    </message>
    <message>
        <source>&amp;Revoke Token...</source>
        <translation>&amp;Revocar token...</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this machine only. Any other address lets other machines reach the directory.</source>
        <translation>127.0.0.1 solo da servicio a este equipo. Cualquier otra dirección permite que otros equipos accedan al directorio.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>ninguno: HTTP sin cifrar</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Archivo del certificado TLS</translation>
    </message>
    <message>
        <source>A PEM certificate chain, leaf first</source>
        <translation>Una cadena de certificados PEM, el certificado final primero</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Archivo de la clave privada TLS</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key</source>
        <translation>La clave privada PEM del certificado</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Choose the TLS certificate file</source>
        <translation>Elegir el archivo del certificado TLS</translation>
    </message>
    <message>
        <source>Choose the TLS private key file</source>
        <translation>Elegir el archivo de la clave privada TLS</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>TLS Private Key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>Iniciar o detener el servidor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>el servidor está detenido</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copiar la URL base</translation>
    </message>
    <message>
        <source>Keep the server running when the window closes</source>
        <translation>Mantener el servidor en marcha al cerrar la ventana</translation>
    </message>
    <message>
        <source>Closing the window then leaves Muster in the system tray while the server runs.</source>
        <translation>Entonces, al cerrar la ventana, Muster queda en la bandeja del sistema mientras el servidor funciona.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Bind a&amp;ddress:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>C&amp;ertificado TLS:</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>C&amp;lave privada TLS:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>Crear un token</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revocar el token seleccionado</translation>
    </message>
    <message>
        <source>Identity providers authenticate with a bearer token. Each token opens one tenant; revoke it when a provider no longer needs it.</source>
        <translation>Los proveedores de identidades se autentican con un token Bearer. Cada token abre un inquilino; revóquelo cuando un proveedor ya no lo necesite.</translation>
    </message>
    <message>
        <source>No system tray is available: closing the window quits Muster.</source>
        <translation>No hay bandeja del sistema: al cerrar la ventana se sale de Muster.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve this machine only, or one of this machine&apos;s addresses.</source>
        <translation>«%1» no es una dirección IP. Use 127.0.0.1 para dar servicio solo a este equipo, o una de las direcciones de este equipo.</translation>
    </message>
    <message>
        <source>A TLS certificate needs its private key: choose the key file too.</source>
        <translation>Un certificado TLS necesita su clave privada: elija también el archivo de la clave.</translation>
    </message>
    <message>
        <source>A TLS private key needs its certificate: choose the certificate file too.</source>
        <translation>Una clave privada TLS necesita su certificado: elija también el archivo del certificado.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>Serve the Network?</source>
        <translation>¿Servir en la red?</translation>
    </message>
    <message>
        <source>Listen on %1, which other machines can reach?</source>
        <translation>¿Escuchar en %1, accesible desde otros equipos?</translation>
    </message>
    <message>
        <source>Anyone on the network who holds a token can then read and change the users and groups of its tenant. Make sure the firewall lets in only your identity provider.</source>
        <translation>Cualquiera en la red que tenga un token podrá leer y modificar los usuarios y grupos de su inquilino. Asegúrese de que el cortafuegos solo deja pasar a su proveedor de identidades.</translation>
    </message>
    <message>
        <source>Without TLS, tokens and passwords cross the network in clear text.</source>
        <translation>Sin TLS, los tokens y las contraseñas viajan por la red en texto claro.</translation>
    </message>
    <message>
        <source>&amp;Listen on %1</source>
        <translation>&amp;Escuchar en %1</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>No se pudo iniciar el servidor.</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Servidor escuchando en %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor detenido</translation>
    </message>
    <message>
        <source>Base URL copied: %1</source>
        <translation>URL base copiada: %1</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <source>The token could not be created.</source>
        <translation>No se pudo crear el token.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot; of tenant %2?</source>
        <translation>¿Revocar el token «%1» del inquilino %2?</translation>
    </message>
    <message>
        <source>Clients that use it are refused from their next request on. This cannot be undone.</source>
        <translation>Los clientes que lo usan se rechazan a partir de su siguiente solicitud. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>The token could not be revoked.</source>
        <translation>No se pudo revocar el token.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; revoked</source>
        <translation>Token «%1» revocado</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stop Server</source>
        <translation>Detener el servidor</translation>
    </message>
    <message>
        <source>Start Server</source>
        <translation>Iniciar el servidor</translation>
    </message>
    <message>
        <source>St&amp;op Server</source>
        <translation>&amp;Detener el servidor</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Iniciar el servidor</translation>
    </message>
</context>
<context>
    <name>muster::ServerStatusFields</name>
    <message>
        <source>Server state</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>Requests per second answered by the server</source>
        <translation>Solicitudes por segundo respondidas por el servidor</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>URL base del servidor</translation>
    </message>
    <message>
        <source>The base URL to give identity providers (Ctrl+Shift+C copies it)</source>
        <translation>La URL base que hay que dar a los proveedores de identidades (Ctrl+Mayús+C la copia)</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>Servidor escuchando en %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor detenido</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 sol./s</translation>
    </message>
</context>
<context>
    <name>muster::SettingsDialog</name>
    <message>
        <source>&amp;SQLite file</source>
        <translation>Archivo &amp;SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Start the SCIM server when Muster starts</source>
        <translation>Iniciar el servidor SCIM al iniciar Muster</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Default: muster.db in your data folder</source>
        <translation>Predeterminado: muster.db en su carpeta de datos</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Archivo SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL de PostgreSQL</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>A new location is used when Muster starts again.</source>
        <translation>Una ubicación nueva se usa la próxima vez que se inicie Muster.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used when Muster starts again.</source>
        <translation>Un idioma nuevo se usa la próxima vez que se inicie Muster.</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos SQLite (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The default location: nothing to test.</source>
        <translation>La ubicación predeterminada: no hay nada que probar.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Probando...</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
</context>
<context>
    <name>muster::TenantsDialog</name>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>&amp;Nuevo inquilino...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Quitar...</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nuevo inquilino</translation>
    </message>
    <message>
        <source>Create a tenant (Insert)</source>
        <translation>Crear un inquilino (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Quitar el inquilino seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected tenant with its users, groups and audit log (Delete)</source>
        <translation>Quitar el inquilino seleccionado con sus usuarios, grupos y registro de auditoría (Supr)</translation>
    </message>
    <message>
        <source>Show the selected tenant</source>
        <translation>Mostrar el inquilino seleccionado</translation>
    </message>
    <message>
        <source>Show the selected tenant in the window (Enter)</source>
        <translation>Mostrar el inquilino seleccionado en la ventana (Intro)</translation>
    </message>
    <message>
        <source>Each tenant is a separate directory with its own users, groups, tokens and audit log. The default tenant cannot be removed.</source>
        <translation>Cada inquilino es un directorio aparte con sus propios usuarios, grupos, tokens y registro de auditoría. El inquilino predeterminado no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>muster::TenantsFeature</name>
    <message>
        <source>&amp;Tenants...</source>
        <translation>&amp;Inquilinos...</translation>
    </message>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>&amp;Nuevo inquilino...</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant...</source>
        <translation>&amp;Quitar inquilino...</translation>
    </message>
    <message>
        <source>List the tenants with their sizes; create and remove tenants</source>
        <translation>Listar los inquilinos con su tamaño; crear y quitar inquilinos</translation>
    </message>
    <message>
        <source>Create a tenant: a separate directory with its own users and groups</source>
        <translation>Crear un inquilino: un directorio aparte con sus propios usuarios y grupos</translation>
    </message>
    <message>
        <source>Remove the tenant shown, with its users, groups and audit log</source>
        <translation>Quitar el inquilino mostrado, con sus usuarios, grupos y registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant &quot;%1&quot;...</source>
        <translation>&amp;Quitar el inquilino «%1»...</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Nuevo inquilino</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear el inquilino «%1».</translation>
    </message>
    <message>
        <source>Created the tenant &quot;%1&quot;</source>
        <translation>Inquilino «%1» creado</translation>
    </message>
    <message>
        <source>Remove Tenant</source>
        <translation>Quitar inquilino</translation>
    </message>
    <message>
        <source>The default tenant cannot be removed.</source>
        <translation>El inquilino predeterminado no se puede quitar.</translation>
    </message>
    <message>
        <source>It is the directory that identity providers reach without a tenant in the URL.</source>
        <translation>Es el directorio al que llegan los proveedores de identidad sin un inquilino en la URL.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; any more.</source>
        <translation>Ya no existe el inquilino «%1».</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot;?</source>
        <translation>¿Quitar el inquilino «%1»?</translation>
    </message>
    <message>
        <source>This deletes its %1, and its audit log. It cannot be undone: back up the directory first (File &gt; Back Up Directory...) to keep a copy. Identity providers that provision into it get &quot;not found&quot; from then on.</source>
        <translation>Esto elimina sus %1 y su registro de auditoría. No se puede deshacer: haga antes una copia de seguridad del directorio (Archivo &gt; Hacer copia de seguridad del directorio...) para conservar una copia. Los proveedores de identidad que aprovisionan en él recibirán «no encontrado» a partir de entonces.</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant</source>
        <translation>&amp;Quitar inquilino</translation>
    </message>
    <message>
        <source>Another tenant is being removed; try again when it is done.</source>
        <translation>Se está quitando otro inquilino; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Removing the tenant &quot;%1&quot;...</source>
        <translation>Quitando el inquilino «%1»...</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be removed.</source>
        <translation>No se pudo quitar el inquilino «%1».</translation>
    </message>
    <message>
        <source>Removed the tenant &quot;%1&quot; with its %2</source>
        <translation>Inquilino «%1» quitado con sus %2</translation>
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
        <translation>Datos codificados en Base64</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Un número entero</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
</context>
<context>
    <name>muster::TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot;</source>
        <translation>Token «%1»</translation>
    </message>
    <message>
        <source>Copy the token now and paste it into your identity provider as the bearer token (Authorization: Bearer ...). Muster keeps only its hash: it will not be shown again.</source>
        <translation>Copie el token ahora y péguelo en su proveedor de identidades como token Bearer (Authorization: Bearer ...). Muster solo guarda su hash: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar el token</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>muster::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (caducado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>muster::TransferFeature</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importar CSV...</translation>
    </message>
    <message>
        <source>Import SCIM &amp;JSON...</source>
        <translation>Importar SCIM &amp;JSON...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Save CSV &amp;template...</source>
        <translation>Guardar &amp;plantilla CSV...</translation>
    </message>
    <message>
        <source>Create and update users from a CSV file, after a dry run</source>
        <translation>Crear y actualizar usuarios desde un archivo CSV, tras una simulación</translation>
    </message>
    <message>
        <source>Create and update users and groups from a SCIM ListResponse</source>
        <translation>Crear y actualizar usuarios y grupos desde una ListResponse de SCIM</translation>
    </message>
    <message>
        <source>Save the users or groups of the page in front as CSV or SCIM JSON</source>
        <translation>Guardar los usuarios o grupos de la página visible como CSV o SCIM JSON</translation>
    </message>
    <message>
        <source>Save an empty users CSV file with the columns the import knows</source>
        <translation>Guardar un archivo CSV de usuarios vacío con las columnas que conoce la importación</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Guardar la plantilla CSV</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>No se pudo guardar la plantilla:
%1</translation>
    </message>
    <message>
        <source>Saved the CSV template to %1</source>
        <translation>Plantilla CSV guardada en %1</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportando a %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1</source>
        <translation>
            <numerusform>%n usuario exportado a %1</numerusform>
            <numerusform>%n usuarios exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n group(s) to %1</source>
        <translation>
            <numerusform>%n grupo exportado a %1</numerusform>
            <numerusform>%n grupos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Exportación cancelada; no se escribió %1.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>La exportación a %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>muster::TrayController</name>
    <message>
        <source>Muster: listening on %1</source>
        <translation>Muster: escuchando en %1</translation>
    </message>
    <message>
        <source>Muster: the server is stopped</source>
        <translation>Muster: el servidor está detenido</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The server keeps running. Use the tray icon to show Muster or quit.</source>
        <translation>El servidor sigue en marcha. Use el icono de la bandeja para mostrar Muster o salir.</translation>
    </message>
    <message>
        <source>&amp;Show Muster</source>
        <translation>&amp;Mostrar Muster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
</TS>
