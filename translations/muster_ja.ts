<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AttributeLabels</name>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>表記名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>ミドルネーム</translation>
    </message>
    <message>
        <source>Honorific prefix</source>
        <translation>敬称(前)</translation>
    </message>
    <message>
        <source>Honorific suffix</source>
        <translation>敬称(後)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>プロフィールURL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>ユーザー種別</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>優先言語</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>有効 (サインイン可能)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>インスタントメッセージ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>エンタイトルメント</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>X.509 certificates</source>
        <translation>X.509 証明書</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>コストセンター</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>事業部</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>エンタープライズ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16; save it as UTF-8 and try again.</source>
        <translation>このファイルは UTF-16 です。UTF-8 で保存してからやり直してください。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>このファイルは有効な UTF-8 ではありません。UTF-8 で保存してからやり直してください。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>%1 行目: 閉じ引用符の後に「%2」があります。引用符で囲まれたフィールド内の引用符は二重にする必要があります。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>%1 行目: 引用符で囲まれたフィールドがファイルの終わりまでに閉じられていません。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>ファイルが空です。列名を並べたヘッダー行が必要です。</translation>
    </message>
</context>
<context>
    <name>CsvUserConverter</name>
    <message>
        <source>The row has %1 fields, the header only %2.</source>
        <translation>この行のフィールドは %1 個ですが、ヘッダーは %2 個しかありません。</translation>
    </message>
    <message>
        <source>active: &quot;%1&quot; is neither yes nor no.</source>
        <translation>active: 「%1」は yes でも no でもありません。</translation>
    </message>
</context>
<context>
    <name>CsvUserFields</name>
    <message>
        <source>(do not import)</source>
        <translation>(インポートしない)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Email (work, primary)</source>
        <translation>メール (勤務先、プライマリ)</translation>
    </message>
    <message>
        <source>Phone (work, primary)</source>
        <translation>電話 (勤務先、プライマリ)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>有効 (yes/no)</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Groups (separated by ;)</source>
        <translation>グループ (; 区切り)</translation>
    </message>
</context>
<context>
    <name>DirectoryCommand</name>
    <message>
        <source>Create user %1</source>
        <translation>ユーザー %1 の作成</translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation>グループ %1 の作成</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 の作成</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 の復元</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>%n 件のリソースの削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n resource(s)</source>
        <translation>
            <numerusform>%n 件のリソースの復元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else after &quot;%2&quot;. Undoing it now would overwrite their change, so it stays as it is and leaves the undo history.</source>
        <translation>「%2」の後に %1 が他の人によって変更されました。今元に戻すとその変更を上書きしてしまうため、現状のままとし、元に戻す履歴から外します。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since &quot;%2&quot; was undone. Redoing it now would overwrite their change, so it leaves the undo history.</source>
        <translation>「%2」を元に戻した後に %1 が他の人によって変更されました。今やり直すとその変更を上書きしてしまうため、元に戻す履歴から外します。</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be undone.</source>
        <translation>%1 はもう存在しないため、「%2」を元に戻せません。</translation>
    </message>
    <message>
        <source>%1 no longer exists, so &quot;%2&quot; cannot be redone.</source>
        <translation>%1 はもう存在しないため、「%2」をやり直せません。</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2</source>
        <translation>%1 を戻せません: %2</translation>
    </message>
    <message>
        <source>Undoing &quot;%1&quot; failed: %2</source>
        <translation>「%1」を元に戻せませんでした: %2</translation>
    </message>
    <message>
        <source>Redoing &quot;%1&quot; failed: %2</source>
        <translation>「%1」をやり直せませんでした: %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>%1 is of a resource type the directory no longer has.</source>
        <translation>%1 のリソース種別は、ディレクトリにもう存在しません。</translation>
    </message>
    <message>
        <source>Change members of %1</source>
        <translation>%1 のメンバーの変更</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 の有効化</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 の無効化</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーの有効化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーの無効化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message>
        <source>Would create group &quot;%1&quot; and add the user to it.</source>
        <translation>グループ「%1」を作成し、ユーザーを追加します。</translation>
    </message>
    <message>
        <source>Created group &quot;%1&quot; and added the user to it.</source>
        <translation>グループ「%1」を作成し、ユーザーを追加しました。</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; does not exist: not added (tick &quot;Create missing groups&quot; to create it).</source>
        <translation>グループ「%1」は存在しません。追加していません (作成するには「存在しないグループを作成」をオンにしてください)。</translation>
    </message>
    <message>
        <source>Would add the user to the new group &quot;%1&quot;.</source>
        <translation>ユーザーを新しいグループ「%1」に追加します。</translation>
    </message>
    <message>
        <source>Would add the user to group &quot;%1&quot;.</source>
        <translation>ユーザーをグループ「%1」に追加します。</translation>
    </message>
    <message>
        <source>Added the user to group &quot;%1&quot;.</source>
        <translation>ユーザーをグループ「%1」に追加しました。</translation>
    </message>
    <message>
        <source>Member %1 is neither in the directory nor in the file: left out.</source>
        <translation>メンバー %1 はディレクトリにもファイルにもありません。除外しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n member group(s) later in the file added at the end.</source>
        <translation>
            <numerusform>ファイルの後方にある %n 個のメンバーグループを最後に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources of type &quot;%1&quot; cannot be imported.</source>
        <translation>種別「%1」のリソースはインポートできません。</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same %2.</source>
        <translation>重複: %1 行目の %2 が同じです。</translation>
    </message>
    <message>
        <source>Duplicate: line %1 has the same externalId.</source>
        <translation>重複: %1 行目の externalId が同じです。</translation>
    </message>
    <message>
        <source>externalId &quot;%1&quot; belongs to %2, but %3 &quot;%4&quot; to another resource.</source>
        <translation>externalId「%1」は %2 のものですが、%3「%4」は別のリソースのものです。</translation>
    </message>
    <message>
        <source>Duplicate: line %1 matched the same resource.</source>
        <translation>重複: %1 行目が同じリソースに一致しました。</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; could not be created: %2</source>
        <translation>グループ「%1」を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Not added to group %1: %2</source>
        <translation>グループ %1 に追加されませんでした: %2</translation>
    </message>
    <message>
        <source>Member group &quot;%1&quot; of the file was not imported: left out.</source>
        <translation>ファイル内のメンバーグループ「%1」はインポートされなかったため、除外しました。</translation>
    </message>
    <message>
        <source>Member group %1 not added: %2</source>
        <translation>メンバーグループ %1 を追加できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>HarExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>Would create</source>
        <translation>作成予定</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>更新予定</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Would skip</source>
        <translation>スキップ予定</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>RequestDetailsText</name>
    <message>
        <source>(body cut)</source>
        <translation>(本文は省略)</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(バイナリデータ %n バイト)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... (cut after %n byte(s))</source>
        <translation>
            <numerusform>... (%n バイトで省略)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceColumn</name>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>ResourceDetailsHtml</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
</context>
<context>
    <name>ScimJsonReader</name>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation>ファイルは JSON ではありません: %2 文字目で %1。</translation>
    </message>
    <message>
        <source>The file holds no SCIM resources: expected a ListResponse, an array of resources, or one User or Group.</source>
        <translation>ファイルに SCIM リソースがありません。ListResponse、リソースの配列、または User か Group 1 件が必要です。</translation>
    </message>
    <message>
        <source>Resource %1 is not a JSON object.</source>
        <translation>リソース %1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Resource %1 is neither a User nor a Group (see its &quot;schemas&quot;).</source>
        <translation>リソース %1 は User でも Group でもありません (「schemas」を確認してください)。</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Folder for tokens and the default SQLite file.</source>
        <translation>トークンと既定の SQLite ファイルを置くフォルダー。</translation>
    </message>
    <message>
        <source>Where the directory lives: memory, sqlite:&lt;file&gt; or postgres://user@host/db.</source>
        <translation>ディレクトリの保存先: memory、sqlite:&lt;ファイル&gt;、または postgres://user@host/db。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>待ち受けるアドレス (既定は 127.0.0.1)。</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>待ち受けるポート (既定は 8080。0 なら空いているポートを選びます)。</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>HTTPS 用の PEM 証明書 (チェーン)。</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>HTTPS 用の PEM 秘密鍵。</translation>
    </message>
    <message>
        <source>HTTP worker threads (default: one per core).</source>
        <translation>HTTP ワーカースレッド数 (既定: コアごとに 1 つ)。</translation>
    </message>
    <message>
        <source>URL clients reach the server at, for resource locations.</source>
        <translation>クライアントがサーバーに到達する URL。リソースの場所に使います。</translation>
    </message>
    <message>
        <source>Accept a token as the password of HTTP Basic.</source>
        <translation>HTTP Basic のパスワードとしてトークンを受け付けます。</translation>
    </message>
    <message>
        <source>Serve /metrics without a token.</source>
        <translation>/metrics をトークンなしで提供します。</translation>
    </message>
    <message>
        <source>Accept only RFC 7644 as written, not the dialects identity providers send.</source>
        <translation>RFC 7644 の記述どおりのみを受け付け、ID プロバイダーが送る方言は受け付けません。</translation>
    </message>
    <message>
        <source>Load custom schemas and extensions from this folder (repeatable).</source>
        <translation>このフォルダーからカスタムスキーマと拡張を読み込みます (複数指定可)。</translation>
    </message>
    <message>
        <source>Largest request body accepted (default 1048576).</source>
        <translation>受け付けるリクエスト本文の最大サイズ (既定は 1048576)。</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default 1024).</source>
        <translation>開いておく HTTP 接続の上限。超えた分には 503 を返します (既定は 1024)。</translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default 60).</source>
        <translation>この時間アイドル状態の keep-alive 接続を閉じます (既定は 60)。</translation>
    </message>
    <message>
        <source>Database connections this server keeps at most (default 64).</source>
        <translation>このサーバーが保持するデータベース接続の上限 (既定は 64)。</translation>
    </message>
    <message>
        <source>How long a request waits for the database (a connection, a lock) before 503 (default 5000).</source>
        <translation>リクエストがデータベース (接続やロック) を待つ時間。超えると 503 (既定は 5000)。</translation>
    </message>
    <message>
        <source>Memory for serialized resources kept to answer reads faster (default 64; 0: off).</source>
        <translation>読み取りを速くするために保持するシリアライズ済みリソースのメモリ (既定は 64。0 で無効)。</translation>
    </message>
    <message>
        <source>Largest page of resources a list answers (default 1000).</source>
        <translation>一覧が返すリソースの 1 ページの最大件数 (既定は 1000)。</translation>
    </message>
    <message>
        <source>Bulk requests that run at once; more get 429 (default: half the workers).</source>
        <translation>同時に実行する Bulk リクエスト数。超えた分には 429 を返します (既定: ワーカー数の半分)。</translation>
    </message>
    <message>
        <source>Operations one Bulk request may carry; more get 413 (default 1000).</source>
        <translation>1 つの Bulk リクエストに含められる操作数。超えると 413（既定値 1000）。</translation>
    </message>
    <message>
        <source>Largest Bulk request body accepted (default 1048576).</source>
        <translation>受け付ける Bulk リクエスト本文の最大サイズ（既定値 1048576）。</translation>
    </message>
    <message>
        <source>At start, read the most recently modified resources of each type, up to this many per tenant, into the caches, off the request path (default 0: none).</source>
        <translation>起動時に、各タイプで最近変更されたリソースをテナントごとにこの数まで、リクエスト処理とは別にキャッシュへ読み込む（既定値 0: なし）。</translation>
    </message>
    <message>
        <source>Log and count requests that take longer than this (default 100).</source>
        <translation>これより時間のかかったリクエストをログに記録して数えます (既定は 100)。</translation>
    </message>
    <message>
        <source>When a SQLite commit reaches the disk (default normal; see README).</source>
        <translation>SQLite のコミットがディスクに届く時点 (既定は normal。README を参照)。</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>この INI ファイルから設定を読み込みます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>S&amp;ettings...</source>
        <translation>設定(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>StoreConnectionTest</name>
    <message>
        <source>kept in memory: nothing is saved</source>
        <translation>メモリ内に保持: 何も保存されません</translation>
    </message>
    <message>
        <source>the file exists and can be written</source>
        <translation>ファイルは存在し、書き込み可能です</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>ファイルに書き込めません</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>フォルダー %1 に書き込めません</translation>
    </message>
    <message>
        <source>a new directory will be created there</source>
        <translation>そこに新しいディレクトリが作成されます</translation>
    </message>
</context>
<context>
    <name>TenantContents</name>
    <message>
        <source>1 user</source>
        <translation>ユーザー 1 人</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>ユーザー %1 人</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>グループ 1 個</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>グループ %1 個</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Usage: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
       muster-server token list [--tenant &lt;tenant&gt;]
       muster-server token revoke &lt;id&gt;</source>
        <translation>使い方: muster-server token create --name &lt;name&gt; [--tenant &lt;tenant&gt;] [--expires &lt;90d|date&gt;]
        muster-server token list [--tenant &lt;tenant&gt;]
        muster-server token revoke &lt;id&gt;</translation>
    </message>
    <message>
        <source>A token needs a name: --name &quot;Entra ID&quot;</source>
        <translation>トークンには名前が必要です: --name &quot;Entra ID&quot;</translation>
    </message>
    <message>
        <source>--expires takes a number of days like 90d, or a date like 2027-01-31</source>
        <translation>--expires には 90d のような日数、または 2027-01-31 のような日付を指定します</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; for tenant &quot;%2&quot; (id %3):</source>
        <translation>テナント「%2」のトークン「%1」(ID %3):</translation>
    </message>
    <message>
        <source>It is shown only now: store it in your identity provider.</source>
        <translation>表示されるのは今だけです。ID プロバイダーに保存してください。</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>トークンはありません。</translation>
    </message>
    <message>
        <source>id	name	tenant	created	expires	last used</source>
        <translation>ID	名前	テナント	作成日時	有効期限	最終使用</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (期限切れ)</translation>
    </message>
    <message>
        <source>Which token? muster-server token revoke &lt;id&gt; (see token list)</source>
        <translation>どのトークンですか? muster-server token revoke &lt;id&gt; (token list を参照)</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>トークン %1 を失効させました。</translation>
    </message>
</context>
<context>
    <name>WindowsService</name>
    <message>
        <source>&quot;service run&quot; is for the Windows service manager. Run muster-server without it to serve from this console, or &quot;muster-server service install&quot; to install the service.</source>
        <translation>「service run」は Windows のサービス マネージャー用です。このコンソールから提供するには muster-server をこのコマンドなしで実行し、サービスをインストールするには「muster-server service install」を実行してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the Windows service manager: %1</source>
        <translation>Windows のサービス マネージャーに接続できません: %1</translation>
    </message>
</context>
<context>
    <name>WindowsServiceInstaller</name>
    <message>
        <source>Run it in a terminal opened as administrator.</source>
        <translation>管理者として開いたターミナルで実行してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot describe the folder&apos;s permissions</source>
        <translation>フォルダーのアクセス許可を記述できません</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1</source>
        <translation>%1 のアクセス許可を設定できません</translation>
    </message>
    <message>
        <source>Cannot open the Windows service manager</source>
        <translation>Windows のサービス マネージャーを開けません</translation>
    </message>
    <message>
        <source>Cannot update the service %1</source>
        <translation>サービス %1 を更新できません</translation>
    </message>
    <message>
        <source>Cannot create the service %1</source>
        <translation>サービス %1 を作成できません</translation>
    </message>
    <message>
        <source>Muster&apos;s SCIM 2.0 directory server. Data: %1</source>
        <translation>Muster の SCIM 2.0 ディレクトリ サーバー。データ: %1</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not start</source>
        <translation>サービス %1 をインストールしましたが、開始しませんでした</translation>
    </message>
    <message>
        <source>Installed the service %1, but it did not report running; see %2</source>
        <translation>サービス %1 をインストールしましたが、実行中になりませんでした。%2 を参照してください</translation>
    </message>
    <message>
        <source>Cannot open the service %1</source>
        <translation>サービス %1 を開けません</translation>
    </message>
    <message>
        <source>The service %1 did not stop within a minute</source>
        <translation>サービス %1 が 1 分以内に停止しませんでした</translation>
    </message>
    <message>
        <source>Cannot delete the service %1</source>
        <translation>サービス %1 を削除できません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Muster: manage a local identity directory.</source>
        <translation>Muster: ローカルの ID ディレクトリを管理します。</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The directory at %1 cannot be opened:
%2</source>
        <translation>%1 のディレクトリを開けません:
%2</translation>
    </message>
    <message>
        <source>built-in schemas</source>
        <translation>組み込みスキーマ</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>ユーザーの作成</translation>
    </message>
    <message>
        <source>create a group with the user</source>
        <translation>ユーザーを含むグループの作成</translation>
    </message>
    <message>
        <source>filter users</source>
        <translation>ユーザーの絞り込み</translation>
    </message>
    <message>
        <source>computed group membership</source>
        <translation>算出されたグループメンバーシップ</translation>
    </message>
    <message>
        <source>password stored as a hash</source>
        <translation>パスワードをハッシュで保存</translation>
    </message>
    <message>
        <source>Cannot open the directory at %1: %2</source>
        <translation>%1 のディレクトリを開けません: %2</translation>
    </message>
    <message>
        <source>Usage: muster-server %1 &lt;file&gt;</source>
        <translation>使い方: muster-server %1 &lt;ファイル&gt;</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 を %2 にバックアップしました</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 を %2 から復元しました</translation>
    </message>
    <message>
        <source>Cannot start the server: %1</source>
        <translation>サーバーを起動できません: %1</translation>
    </message>
    <message>
        <source>Muster %1 serves %2</source>
        <translation>Muster %1 が %2 を提供中</translation>
    </message>
    <message>
        <source>First start: created the token &quot;%1&quot; for the default tenant. It is shown once:</source>
        <translation>初回起動: 既定のテナント用にトークン「%1」を作成しました。表示は一度だけです:</translation>
    </message>
    <message>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;; manage tokens with &quot;muster-server token&quot;.</source>
        <translation>&quot;Authorization: Bearer &lt;token&gt;&quot; として送信してください。トークンは &quot;muster-server token&quot; で管理します。</translation>
    </message>
    <message>
        <source>SCIM base URL: %1</source>
        <translation>SCIM ベース URL: %1</translation>
    </message>
    <message>
        <source>Stopping: finishing requests in flight</source>
        <translation>停止中: 処理中のリクエストを完了しています</translation>
    </message>
    <message>
        <source>Muster: a local identity directory with a SCIM 2.0 server.</source>
        <translation>Muster: SCIM 2.0 サーバーを備えたローカルの ID ディレクトリ。</translation>
    </message>
    <message>
        <source>Check that the directory works, then exit.</source>
        <translation>ディレクトリが動作することを確認して終了します。</translation>
    </message>
    <message>
        <source>Load the custom schema files of &lt;directory&gt;, report errors, then exit.</source>
        <translation>&lt;フォルダー&gt; のカスタムスキーマファイルを読み込み、エラーを報告して終了します。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>token create: the token&apos;s name.</source>
        <translation>token create: トークンの名前。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>token create/list: the tenant (default: default).</source>
        <translation>token create/list: テナント (既定: default)。</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>token create: expiry, as days (90d) or a date (2027-01-31).</source>
        <translation>token create: 有効期限。日数 (90d) または日付 (2027-01-31)。</translation>
    </message>
    <message>
        <source>when</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>token create: the user id that /Me serves.</source>
        <translation>token create: /Me が返すユーザー ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;.</source>
        <translation>コマンドなし: ディレクトリを提供します。ほかに: token create|list|revoke &lt;id&gt;、backup &lt;ファイル&gt;、restore &lt;ファイル&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) and </source>
        <translation>
            <numerusform>%n 個のスキーマと </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource type(s) loaded</source>
        <translation>
            <numerusform>%n 個のリソース種別を読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
    <message>
        <source>The service %1 runs as LOCAL SERVICE and starts with Windows; its data is in %2. A new directory&apos;s first token is written to %3. More tokens:</source>
        <translation>サービス %1 は LOCAL SERVICE として実行され、Windows と共に起動します。データは %2 にあります。新しいディレクトリの最初のトークンは %3 に書き込まれます。トークンを追加するには:</translation>
    </message>
    <message>
        <source>The service %1 is removed; its data folder stays.</source>
        <translation>サービス %1 を削除しました。データ フォルダーは残っています。</translation>
    </message>
    <message>
        <source>Usage: muster-server [options] service install|uninstall</source>
        <translation>使い方: muster-server [オプション] service install|uninstall</translation>
    </message>
    <message>
        <source>Nothing to serve the directory, or: token create|list|revoke &lt;id&gt;, backup &lt;file&gt;, restore &lt;file&gt;, service install|uninstall (as administrator: the Windows service, with the options given here).</source>
        <translation>何も指定しなければディレクトリを提供します。または: token create|list|revoke &lt;ID&gt;、backup &lt;ファイル&gt;、restore &lt;ファイル&gt;、service install|uninstall (管理者として: Windows サービス。ここで指定したオプションを使います)。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
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
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name now</source>
        <translation>現在の名前</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>リソース ID</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>muster::AuditLogPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>Load &amp;older entries</source>
        <translation>さらに古いエントリを読み込む(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV にエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Search the log: actor, action, type, resource ID, attribute</source>
        <translation>ログを検索: 実行者、操作、種別、リソース ID、属性</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>監査ログを検索</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>すべての実行者</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Show only what this actor did (part of the name is enough)</source>
        <translation>この実行者の操作だけを表示 (名前の一部で可)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>この操作だけを表示</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>表示する最初の日</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>表示する最後の日</translation>
    </message>
    <message>
        <source>Only entries from a day on</source>
        <translation>指定日以降のエントリのみ</translation>
    </message>
    <message>
        <source>Only entries up to a day</source>
        <translation>指定日までのエントリのみ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Read further back in the log</source>
        <translation>ログをさらに遡って読む</translation>
    </message>
    <message>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>フィルターに一致するすべてのエントリを CSV ファイルに保存</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>監査ログ(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n 件のエントリを表示中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(s) shown</source>
        <translation>
            <numerusform>一致する %n 件のエントリを表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>read back to %1</source>
        <translation>%1 まで遡りました</translation>
    </message>
    <message>
        <source>that is the whole log</source>
        <translation>ログはこれですべてです</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to %1.</source>
        <translation>
            <numerusform>%n 件の監査エントリを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>%1 へのエクスポートに失敗しました: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::BackupFeature</name>
    <message>
        <source>Back &amp;Up Directory...</source>
        <translation>ディレクトリをバックアップ(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup...</source>
        <translation>バックアップから復元(&amp;R)...</translation>
    </message>
    <message>
        <source>Save a copy of the whole directory, every tenant, while it keeps serving</source>
        <translation>ディレクトリ全体 (すべてのテナント) のコピーを、サービスを止めずに保存します</translation>
    </message>
    <message>
        <source>Replace the whole directory with a backup</source>
        <translation>ディレクトリ全体をバックアップで置き換えます</translation>
    </message>
    <message>
        <source>Back Up Directory</source>
        <translation>ディレクトリのバックアップ</translation>
    </message>
    <message>
        <source>Muster backups (*.sqlite);;All files (*)</source>
        <translation>Muster のバックアップ (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace the whole directory with the backup &quot;%1&quot;?</source>
        <translation>ディレクトリ全体をバックアップ「%1」で置き換えますか?</translation>
    </message>
    <message>
        <source>The backup was saved %1. Every tenant, with its users, groups and audit log, becomes what it was then; whatever changed since is lost. Back up the directory first to keep it.</source>
        <translation>このバックアップは %1 に保存されました。すべてのテナントが、ユーザー・グループ・監査ログとともに当時の状態に戻り、それ以降の変更は失われます。残したい場合は先にディレクトリをバックアップしてください。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>A backup or restore is running; try again when it is done.</source>
        <translation>バックアップまたは復元の実行中です。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Backing up the directory to %1...</source>
        <translation>ディレクトリを %1 にバックアップしています...</translation>
    </message>
    <message>
        <source>Restoring the directory from %1...</source>
        <translation>%1 からディレクトリを復元しています...</translation>
    </message>
    <message>
        <source>Backed up the directory to %1</source>
        <translation>ディレクトリを %1 にバックアップしました</translation>
    </message>
    <message>
        <source>Restored the directory from %1</source>
        <translation>%1 からディレクトリを復元しました</translation>
    </message>
    <message>
        <source>The directory could not be backed up to %1.</source>
        <translation>ディレクトリを %1 にバックアップできませんでした。</translation>
    </message>
    <message>
        <source>The directory could not be restored from %1. Nothing was changed.</source>
        <translation>%1 からディレクトリを復元できませんでした。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>muster::CandidateListModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
</context>
<context>
    <name>muster::ColumnMappingPage</name>
    <message>
        <source>&amp;Create missing groups</source>
        <translation>存在しないグループを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Choose the attribute each column fills. The guesses come from the column names.</source>
        <translation>各列に入れる属性を選んでください。候補は列名から推測しています。</translation>
    </message>
    <message>
        <source>Groups named in the groups column that do not exist are created; otherwise they are left out with a warning</source>
        <translation>グループ列に書かれた存在しないグループは作成されます。オフにすると警告付きで除外されます</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>1 行目</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(%1 列目)</translation>
    </message>
    <message>
        <source>Attribute for column %1</source>
        <translation>%1 列目の属性</translation>
    </message>
    <message>
        <source>Map a column to User name (or External ID) so that rows can be matched.</source>
        <translation>行を照合できるよう、いずれかの列をユーザー名 (または外部ID) に対応付けてください。</translation>
    </message>
    <message>
        <source>Without a User name column, rows can only update users found by External ID.</source>
        <translation>ユーザー名の列がない場合、行は外部ID で見つかったユーザーしか更新できません。</translation>
    </message>
</context>
<context>
    <name>muster::CreateTokenDialog</name>
    <message>
        <source>E&amp;xpires</source>
        <translation>有効期限(&amp;X)</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>トークンの作成</translation>
    </message>
    <message>
        <source>e.g. Entra ID production</source>
        <translation>例: Entra ID 本番</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>The only tenant the token opens</source>
        <translation>このトークンで開ける唯一のテナント</translation>
    </message>
    <message>
        <source>The token expires</source>
        <translation>トークンに有効期限を設ける</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>有効期限の日時</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>有効期限:</translation>
    </message>
</context>
<context>
    <name>muster::DateTimeField</name>
    <message>
        <source>Set</source>
        <translation>設定する</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 に値を設定する</translation>
    </message>
</context>
<context>
    <name>muster::EditingFeature</name>
    <message>
        <source>%1 was changed by someone else since you opened it. Cancel, then open it again to see their change.</source>
        <translation>開いた後に %1 が他の人によって変更されました。キャンセルしてから開き直すと、その変更を確認できます。</translation>
    </message>
    <message>
        <source>Recently &amp;Deleted</source>
        <translation>最近削除した項目(&amp;D)</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;User...</source>
        <translation>新規ユーザー(&amp;U)...</translation>
    </message>
    <message>
        <source>New &amp;Group...</source>
        <translation>新規グループ(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Edit the selected user or group (Enter or F2)</source>
        <translation>選択したユーザーまたはグループを編集 (Enter または F2)</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>メンバー(&amp;M)...</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>パスワードを設定(&amp;P)...</translation>
    </message>
    <message>
        <source>Enable/Disa&amp;ble</source>
        <translation>有効化/無効化(&amp;B)</translation>
    </message>
    <message>
        <source>Disable the selected users if all are active, else enable them (Ctrl+E)</source>
        <translation>選択したユーザーがすべて有効なら無効化し、そうでなければ有効化 (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>削除(&amp;D)...</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Unknown resource type %1</source>
        <translation>不明なリソース種別 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Saved %1; its new password is set.</source>
        <translation>%1 を保存しました。新しいパスワードが設定されています。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Saved the members of %1.</source>
        <translation>%1 のメンバーを保存しました。</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message>
        <source>The new password of %1 is set.</source>
        <translation>%1 の新しいパスワードを設定しました。</translation>
    </message>
    <message>
        <source>Delete the user &quot;%1&quot;?</source>
        <translation>ユーザー「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>グループ「%1」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users?</source>
        <translation>
            <numerusform>%n 人のユーザーを削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n groups?</source>
        <translation>
            <numerusform>%n 個のグループを削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Identity providers will see them as gone, and they leave their groups. Undo (Ctrl+Z) or Recently Deleted brings them back with their groups, but without their passwords.</source>
        <translation>ID プロバイダーからは削除されたように見え、所属グループからも外れます。元に戻す (Ctrl+Z) または「最近削除した項目」でグループごと復元できますが、パスワードは戻りません。</translation>
    </message>
    <message>
        <source>Their members are not deleted. Undo (Ctrl+Z) or Recently Deleted brings them back with the members that still exist.</source>
        <translation>メンバーは削除されません。元に戻す (Ctrl+Z) または「最近削除した項目」で、まだ存在するメンバーごと復元できます。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>%n 件のリソースを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n 人のユーザーを有効にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n 人のユーザーを無効にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>%1 is back, with its ID and groups.</source>
        <translation>%1 を ID とグループごと復元しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) are back, with their IDs and groups.</source>
        <translation>
            <numerusform>%n 件のリソースを ID とグループごと復元しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A restored user has no password: choose the user on the Users page and set a new one with Edit &gt; Set Password (Ctrl+Shift+P).</source>
        <translation>復元したユーザーにはパスワードがありません。「ユーザー」ページでそのユーザーを選び、編集 &gt; パスワードを設定 (Ctrl+Shift+P) で新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
</context>
<context>
    <name>muster::ExportDialog</name>
    <message>
        <source>&amp;CSV (opens in spreadsheets; imports again)</source>
        <translation>CSV(&amp;C) (表計算ソフトで開け、再インポートも可能)</translation>
    </message>
    <message>
        <source>SCIM &amp;JSON (a ListResponse of the resources)</source>
        <translation>SCIM JSON(&amp;J) (リソースの ListResponse)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>ユーザーのエクスポート</translation>
    </message>
    <message>
        <source>Export Groups</source>
        <translation>グループのエクスポート</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>&amp;Every user the page shows (%L1)</source>
        <translation>ページに表示中のすべてのユーザー(&amp;E) (%L1)</translation>
    </message>
    <message>
        <source>&amp;Every group the page shows (%L1)</source>
        <translation>ページに表示中のすべてのグループ(&amp;E) (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected users (%L1)</source>
        <translation>選択したユーザーのみ(&amp;S) (%L1)</translation>
    </message>
    <message>
        <source>Only the &amp;selected groups (%L1)</source>
        <translation>選択したグループのみ(&amp;S) (%L1)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>エクスポート先のファイル</translation>
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
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>Browse for the file to export to</source>
        <translation>エクスポート先のファイルを参照</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>muster::ImportDryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>What the import will do with every row. Nothing has been written yet.</source>
        <translation>インポートで各行がどうなるかを示します。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>%n 行を確認しています...</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>インポートするものはありません。</translation>
    </message>
    <message>
        <source>Choose Import to write these changes.</source>
        <translation>これらの変更を書き込むには「インポート」を選んでください。</translation>
    </message>
</context>
<context>
    <name>muster::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV file with a header line, in UTF-8, separated by commas or semicolons. Rows match existing users by externalId or userName; matched users get the values of the non-empty cells, others are created.</source>
        <translation>ヘッダー行のある UTF-8 の CSV ファイル (カンマまたはセミコロン区切り)。各行は externalId または userName で既存ユーザーと照合され、一致したユーザーには空でないセルの値が入り、それ以外は新規作成されます。</translation>
    </message>
    <message>
        <source>A SCIM ListResponse, or an array of Users and Groups. Resources match existing ones by externalId, userName or displayName and replace them; others are created.</source>
        <translation>SCIM の ListResponse、または User と Group の配列。リソースは externalId、userName または displayName で既存のものと照合されて置き換えられ、それ以外は新規作成されます。</translation>
    </message>
    <message>
        <source>Nothing is written before the next steps show what the import will do.</source>
        <translation>次の手順でインポート内容を確認するまで、何も書き込まれません。</translation>
    </message>
    <message>
        <source>Members of groups may refer to users and groups of the same file by their &quot;id&quot; there. Nothing is written before the next steps show what the import will do.</source>
        <translation>グループのメンバーは、同じファイル内のユーザーやグループをそのファイルでの「id」で参照できます。次の手順でインポート内容を確認するまで、何も書き込まれません。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>Browse for the file to import</source>
        <translation>インポートするファイルを参照</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>ファイルの問題</translation>
    </message>
    <message>
        <source>Save &amp;template...</source>
        <translation>テンプレートを保存(&amp;T)...</translation>
    </message>
    <message>
        <source>Save a CSV file with the columns the import knows, to fill in</source>
        <translation>インポートが認識する列を備えた、記入用の CSV ファイルを保存</translation>
    </message>
    <message>
        <source>Starting from scratch?</source>
        <translation>一から始めますか?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>ファイルにヘッダーはありますが、インポートする行がありません。</translation>
    </message>
    <message>
        <source>The file holds no resources to import.</source>
        <translation>ファイルにインポートするリソースがありません。</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>インポートするファイルの選択</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>CSV テンプレートの保存</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>テンプレートを保存できませんでした:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportModel</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>作成予定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>更新予定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>変更なし %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>スキップ予定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>作成 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>スキップ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>警告あり %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>変更: %1。</translation>
    </message>
    <message>
        <source>%1 (with warnings)</source>
        <translation>%1 (警告あり)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>muster::ImportReportView</name>
    <message>
        <source>Show only &amp;problems</source>
        <translation>問題のみ表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>レポートを保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Outcome of every row</source>
        <translation>各行の結果</translation>
    </message>
    <message>
        <source>Rows that are skipped, failed or have warnings; the saved report follows this choice</source>
        <translation>スキップ、失敗、または警告のある行。保存するレポートもこの選択に従います</translation>
    </message>
    <message>
        <source>Save the outcome of every row (or only the problems) as a CSV file</source>
        <translation>各行の結果 (または問題のみ) を CSV ファイルに保存</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>レポートを保存できませんでした:
%1</translation>
    </message>
</context>
<context>
    <name>muster::ImportRunPage</name>
    <message>
        <source>&amp;Stop import</source>
        <translation>インポートを中止(&amp;S)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>The rows are written to the directory. Stopping keeps what was imported so far.</source>
        <translation>各行をディレクトリに書き込みます。中止しても、それまでにインポートした内容は残ります。</translation>
    </message>
    <message>
        <source>Stop after the row being written; what was imported stays (Escape)</source>
        <translation>書き込み中の行の後で中止します。インポート済みの内容は残ります (Esc)</translation>
    </message>
    <message>
        <source>Stopping after the current row...</source>
        <translation>現在の行の後で中止しています...</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)...</source>
        <translation>
            <numerusform>%n 行をインポートしています...</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows: %3. The rest was not imported.</source>
        <translation>%2 行中 %1 行で中止しました: %3。残りはインポートされていません。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了: %1。</translation>
    </message>
</context>
<context>
    <name>muster::ImportWizard</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>CSV からユーザーをインポート</translation>
    </message>
    <message>
        <source>Import SCIM JSON</source>
        <translation>SCIM JSON のインポート</translation>
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
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>The tenant shown (Ctrl+T)</source>
        <translation>表示中のテナント (Ctrl+T)</translation>
    </message>
    <message>
        <source>Where the directory is kept</source>
        <translation>ディレクトリの保存先</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 個のグループ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>表に移動(&amp;T)</translation>
    </message>
    <message>
        <source>Choose the &amp;tenant</source>
        <translation>テナントを選択(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>ページ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation>Muster について(&amp;A)</translation>
    </message>
    <message>
        <source>About Muster</source>
        <translation>Muster について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;A local identity directory with a SCIM 2.0 server.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Muster %1&lt;/h3&gt;&lt;p&gt;SCIM 2.0 サーバーを備えたローカルの ID ディレクトリ。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Muster is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Muster はフリーソフトウェアです。&lt;a href=&quot;%1&quot;&gt;GNU 一般公衆利用許諾書&lt;/a&gt;のバージョン 3、または (任意で) それ以降のバージョンの条件に従って、再配布および改変することができます。本ソフトウェアは完全に無保証です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>ディレクトリ(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n+ user(s), counting…</source>
        <translation>
            <numerusform>%n+ 人のユーザー、集計中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ group(s), counting…</source>
        <translation>
            <numerusform>%n+ 個のグループ、集計中…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MemberListModel</name>
    <message>
        <source>Added: joins when you save</source>
        <translation>追加: 保存時に参加します</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
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
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Users and groups found</source>
        <translation>見つかったユーザーとグループ</translation>
    </message>
    <message>
        <source>Find users and groups to add</source>
        <translation>追加するユーザーとグループを検索</translation>
    </message>
    <message>
        <source>Add the selected users and groups (Enter in the list)</source>
        <translation>選択したユーザーとグループを追加 (一覧で Enter)</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>選択したメンバーを削除 (Delete)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>メンバー(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>変更を保存 (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>メンバー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>追加予定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>削除予定 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedField</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>行を追加 (Insert)</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>%1 から削除</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>選択した行を削除 (Delete)</translation>
    </message>
</context>
<context>
    <name>muster::MultiValuedModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>muster::NewTenantDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>新しいテナント</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>テナント名</translation>
    </message>
    <message>
        <source>e.g. acme or eu.acme-2</source>
        <translation>例: acme、eu.acme-2</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;: the name is part of the tenant&apos;s SCIM URL</source>
        <translation>英字・数字・「.」「_」「-」の 1～64 文字。名前はテナントの SCIM URL の一部になります</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>名前の問題</translation>
    </message>
    <message>
        <source>A tenant is a separate directory with its own users, groups, tokens and audit log, served by the SCIM server below &lt;tt&gt;/tenants/&amp;lt;name&amp;gt;/&lt;/tt&gt;.</source>
        <translation>テナントは、独自のユーザー・グループ・トークン・監査ログを持つ別個のディレクトリで、SCIM サーバーが &lt;tt&gt;/tenants/&amp;lt;名前&amp;gt;/&lt;/tt&gt; の下で提供します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のテナントは既にあります。</translation>
    </message>
</context>
<context>
    <name>muster::PasswordDialog</name>
    <message>
        <source>Set password of %1</source>
        <translation>%1 のパスワードの設定</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>新しいパスワード (確認)</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>パスワードを設定(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message>
        <source>The directory keeps only a hash of the password.</source>
        <translation>ディレクトリにはパスワードのハッシュだけが保存されます。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>muster::RecentlyDeletedModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>削除した人</translation>
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
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was deleted recently.</source>
        <translation>最近削除されたものはありません。</translation>
    </message>
    <message>
        <source>Restoring brings a user or group back with the same ID, so that identity providers find it again, and puts it back in the groups that still exist. A restored user has no password: set a new one.</source>
        <translation>復元すると、ユーザーやグループが同じ ID で戻るため ID プロバイダーから再び見つけられ、まだ存在するグループにも戻されます。復元したユーザーにはパスワードがないため、新しく設定してください。</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>最近削除した項目</translation>
    </message>
    <message>
        <source>Bring the selected users and groups back (Enter)</source>
        <translation>選択したユーザーとグループを復元 (Enter)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元済み</translation>
    </message>
</context>
<context>
    <name>muster::ReferenceIdField</name>
    <message>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 ID</source>
        <translation>%1 の ID</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 の選択</translation>
    </message>
    <message>
        <source>(no such user)</source>
        <translation>(該当するユーザーなし)</translation>
    </message>
    <message>
        <source>(no such group)</source>
        <translation>(該当するグループなし)</translation>
    </message>
</context>
<context>
    <name>muster::RequestInspector</name>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport HAR...</source>
        <translation>HAR にエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx リダイレクト</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx クライアントエラー</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx サーバーエラー</translation>
    </message>
    <message>
        <source>4xx or 5xx: any error</source>
        <translation>4xx または 5xx: すべてのエラー</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスフィルター</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>すべてのメソッド</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>メソッドフィルター</translation>
    </message>
    <message>
        <source>Text in the path, e.g. /Users</source>
        <translation>パスに含まれる文字列 (例: /Users)</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>パスフィルター</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>記録を一時停止</translation>
    </message>
    <message>
        <source>While paused, the server does not record requests for this list</source>
        <translation>一時停止中、サーバーはこの一覧用にリクエストを記録しません</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>Export the requests shown as HAR</source>
        <translation>表示中のリクエストを HAR としてエクスポート</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Select a request to see it here</source>
        <translation>ここに表示するリクエストを選択してください</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>ステータス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件のリクエストを表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR のエクスポート</translation>
    </message>
    <message>
        <source>The requests could not be exported.</source>
        <translation>リクエストをエクスポートできませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n 件のリクエストを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>HTTP アーカイブ (*.har);;すべてのファイル (*)</translation>
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
        <translation>時刻</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>muster::ResourceBrowser</name>
    <message>
        <source>Search users: words, or a SCIM filter such as department eq &quot;Sales&quot;</source>
        <translation>ユーザーを検索: 単語、または department eq &quot;Sales&quot; のような SCIM フィルター</translation>
    </message>
    <message>
        <source>Search groups: words, or a SCIM filter</source>
        <translation>グループを検索: 単語、または SCIM フィルター</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>グループを検索</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Preparing the search: %1 of %2 read…</source>
        <translation>検索を準備中: %2 件中 %1 件を読み込み済み…</translation>
    </message>
</context>
<context>
    <name>muster::ResourceEditorDialog</name>
    <message>
        <source>New User</source>
        <translation>新規ユーザー</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新規グループ</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新規 %1</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>ユーザー %1 の編集</translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation>グループ %1 の編集</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 の編集</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成 %1</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>所属: %1</translation>
    </message>
    <message>
        <source>Kept by the directory</source>
        <translation>ディレクトリが管理</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>パスワードを設定(&amp;P)...</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>保存 (Enter または Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The new password is set when you save.</source>
        <translation>新しいパスワードは保存時に設定されます。</translation>
    </message>
    <message>
        <source>No password: the user cannot sign in with one until it is set.</source>
        <translation>パスワードなし: 設定されるまで、ユーザーはパスワードでサインインできません。</translation>
    </message>
    <message>
        <source>The password stays as it is.</source>
        <translation>パスワードは変更されません。</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>新しいユーザー</translation>
    </message>
</context>
<context>
    <name>muster::ResourcePickerDialog</name>
    <message>
        <source>Choose a user</source>
        <translation>ユーザーの選択</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>グループの選択</translation>
    </message>
    <message>
        <source>Type part of a user name or display name</source>
        <translation>ユーザー名または表示名の一部を入力</translation>
    </message>
    <message>
        <source>Type part of a display name</source>
        <translation>表示名の一部を入力</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>選択(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
</context>
<context>
    <name>muster::ResourceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>muster::SchemaForm</name>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Contact and access</source>
        <translation>連絡先とアクセス</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>muster::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Server &amp;Settings</source>
        <translation>サーバー設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Request Inspector</source>
        <translation>リクエストインスペクター(&amp;R)</translation>
    </message>
</context>
<context>
    <name>muster::ServerPanel</name>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the server running when the &amp;window closes</source>
        <translation>ウィンドウを閉じてもサーバーを実行し続ける(&amp;W)</translation>
    </message>
    <message>
        <source>Create &amp;Token...</source>
        <translation>トークンを作成(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>失効(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Copy Base URL</source>
        <translation>ベース URL をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Revoke Token...</source>
        <translation>トークンを失効(&amp;R)...</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>バインドアドレス</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this machine only. Any other address lets other machines reach the directory.</source>
        <translation>127.0.0.1 はこのマシンにのみ提供します。それ以外のアドレスでは、他のマシンからディレクトリにアクセスできます。</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>なし: 平文の HTTP</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS 証明書ファイル</translation>
    </message>
    <message>
        <source>A PEM certificate chain, leaf first</source>
        <translation>PEM 形式の証明書チェーン (リーフ証明書が先頭)</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>TLS 秘密鍵ファイル</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key</source>
        <translation>証明書の PEM 形式の秘密鍵</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Choose the TLS certificate file</source>
        <translation>TLS 証明書ファイルの選択</translation>
    </message>
    <message>
        <source>Choose the TLS private key file</source>
        <translation>TLS 秘密鍵ファイルの選択</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>TLS 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>TLS Private Key</source>
        <translation>TLS 秘密鍵</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM 鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>サーバーを起動または停止</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>サーバーは停止しています</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>ベース URL をコピー</translation>
    </message>
    <message>
        <source>Keep the server running when the window closes</source>
        <translation>ウィンドウを閉じてもサーバーを実行し続ける</translation>
    </message>
    <message>
        <source>Closing the window then leaves Muster in the system tray while the server runs.</source>
        <translation>この場合、サーバーの実行中はウィンドウを閉じても Muster はシステムトレイに残ります。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Bind a&amp;ddress:</source>
        <translation>バインドアドレス(&amp;D):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>TLS private &amp;key:</source>
        <translation>TLS 秘密鍵(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>選択したトークンを失効</translation>
    </message>
    <message>
        <source>Identity providers authenticate with a bearer token. Each token opens one tenant; revoke it when a provider no longer needs it.</source>
        <translation>ID プロバイダーはベアラートークンで認証します。各トークンで開けるテナントは 1 つです。プロバイダーが不要になったら失効させてください。</translation>
    </message>
    <message>
        <source>No system tray is available: closing the window quits Muster.</source>
        <translation>システムトレイを利用できません。ウィンドウを閉じると Muster は終了します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve this machine only, or one of this machine&apos;s addresses.</source>
        <translation>「%1」は IP アドレスではありません。このマシンにのみ提供するには 127.0.0.1 を、それ以外はこのマシンのアドレスのいずれかを使用してください。</translation>
    </message>
    <message>
        <source>A TLS certificate needs its private key: choose the key file too.</source>
        <translation>TLS 証明書には秘密鍵が必要です。鍵ファイルも選択してください。</translation>
    </message>
    <message>
        <source>A TLS private key needs its certificate: choose the certificate file too.</source>
        <translation>TLS 秘密鍵には証明書が必要です。証明書ファイルも選択してください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>Serve the Network?</source>
        <translation>ネットワークに公開しますか?</translation>
    </message>
    <message>
        <source>Listen on %1, which other machines can reach?</source>
        <translation>他のマシンから到達できる %1 で待ち受けますか?</translation>
    </message>
    <message>
        <source>Anyone on the network who holds a token can then read and change the users and groups of its tenant. Make sure the firewall lets in only your identity provider.</source>
        <translation>トークンを持つネットワーク上の誰もが、そのテナントのユーザーとグループを読み取り、変更できるようになります。ファイアウォールで ID プロバイダーだけを許可してください。</translation>
    </message>
    <message>
        <source>Without TLS, tokens and passwords cross the network in clear text.</source>
        <translation>TLS なしでは、トークンとパスワードが平文でネットワークを流れます。</translation>
    </message>
    <message>
        <source>&amp;Listen on %1</source>
        <translation>%1 で待ち受ける(&amp;L)</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>サーバーを起動できませんでした。</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>サーバーは %1 で待ち受け中</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>サーバー停止</translation>
    </message>
    <message>
        <source>Base URL copied: %1</source>
        <translation>ベース URL をコピーしました: %1</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>トークンの作成</translation>
    </message>
    <message>
        <source>The token could not be created.</source>
        <translation>トークンを作成できませんでした。</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>トークンの失効</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot; of tenant %2?</source>
        <translation>テナント %2 のトークン「%1」を失効させますか?</translation>
    </message>
    <message>
        <source>Clients that use it are refused from their next request on. This cannot be undone.</source>
        <translation>このトークンを使うクライアントは、次のリクエストから拒否されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>失効(&amp;R)</translation>
    </message>
    <message>
        <source>The token could not be revoked.</source>
        <translation>トークンを失効できませんでした。</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; revoked</source>
        <translation>トークン「%1」を失効させました</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop Server</source>
        <translation>サーバーを停止</translation>
    </message>
    <message>
        <source>Start Server</source>
        <translation>サーバーを起動</translation>
    </message>
    <message>
        <source>St&amp;op Server</source>
        <translation>サーバーを停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>サーバーを起動(&amp;S)</translation>
    </message>
</context>
<context>
    <name>muster::ServerStatusFields</name>
    <message>
        <source>Server state</source>
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>毎秒のリクエスト数</translation>
    </message>
    <message>
        <source>Requests per second answered by the server</source>
        <translation>サーバーが応答した毎秒のリクエスト数</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>サーバーのベース URL</translation>
    </message>
    <message>
        <source>The base URL to give identity providers (Ctrl+Shift+C copies it)</source>
        <translation>ID プロバイダーに設定するベース URL (Ctrl+Shift+C でコピー)</translation>
    </message>
    <message>
        <source>Server listening on %1</source>
        <translation>サーバーは %1 で待ち受け中</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>サーバー停止</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 件/秒</translation>
    </message>
</context>
<context>
    <name>muster::SettingsDialog</name>
    <message>
        <source>&amp;SQLite file</source>
        <translation>SQLite ファイル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>PostgreSQL(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Start the SCIM server when Muster starts</source>
        <translation>Muster の起動時に SCIM サーバーを起動する</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Default: muster.db in your data folder</source>
        <translation>既定: データフォルダー内の muster.db</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite ファイル</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL URL</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>A new location is used when Muster starts again.</source>
        <translation>新しい保存先は Muster の次回起動時から使われます。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language is used when Muster starts again.</source>
        <translation>新しい言語は Muster の次回起動時から使われます。</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The default location: nothing to test.</source>
        <translation>既定の保存先です。テストするものはありません。</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>テスト中...</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>接続しました: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
</context>
<context>
    <name>muster::TenantsDialog</name>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>新しいテナント(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>削除(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>新しいテナント</translation>
    </message>
    <message>
        <source>Create a tenant (Insert)</source>
        <translation>テナントを作成 (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>選択したテナントを削除</translation>
    </message>
    <message>
        <source>Remove the selected tenant with its users, groups and audit log (Delete)</source>
        <translation>選択したテナントを、ユーザー・グループ・監査ログとともに削除 (Delete)</translation>
    </message>
    <message>
        <source>Show the selected tenant</source>
        <translation>選択したテナントを表示</translation>
    </message>
    <message>
        <source>Show the selected tenant in the window (Enter)</source>
        <translation>選択したテナントをウィンドウに表示 (Enter)</translation>
    </message>
    <message>
        <source>Each tenant is a separate directory with its own users, groups, tokens and audit log. The default tenant cannot be removed.</source>
        <translation>各テナントは、独自のユーザー・グループ・トークン・監査ログを持つ別個のディレクトリです。既定のテナントは削除できません。</translation>
    </message>
</context>
<context>
    <name>muster::TenantsFeature</name>
    <message>
        <source>&amp;Tenants...</source>
        <translation>テナント(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;New Tenant...</source>
        <translation>新しいテナント(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant...</source>
        <translation>テナントを削除(&amp;R)...</translation>
    </message>
    <message>
        <source>List the tenants with their sizes; create and remove tenants</source>
        <translation>テナントを規模とともに一覧表示し、作成・削除します</translation>
    </message>
    <message>
        <source>Create a tenant: a separate directory with its own users and groups</source>
        <translation>テナントを作成します: 独自のユーザーとグループを持つ別個のディレクトリです</translation>
    </message>
    <message>
        <source>Remove the tenant shown, with its users, groups and audit log</source>
        <translation>表示中のテナントを、ユーザー・グループ・監査ログとともに削除します</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant &quot;%1&quot;...</source>
        <translation>テナント「%1」を削除(&amp;R)...</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>新しいテナント</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be created.</source>
        <translation>テナント「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Created the tenant &quot;%1&quot;</source>
        <translation>テナント「%1」を作成しました</translation>
    </message>
    <message>
        <source>Remove Tenant</source>
        <translation>テナントの削除</translation>
    </message>
    <message>
        <source>The default tenant cannot be removed.</source>
        <translation>既定のテナントは削除できません。</translation>
    </message>
    <message>
        <source>It is the directory that identity providers reach without a tenant in the URL.</source>
        <translation>URL にテナントを含まない ID プロバイダーが接続するディレクトリです。</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; any more.</source>
        <translation>テナント「%1」はもうありません。</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot;?</source>
        <translation>テナント「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>This deletes its %1, and its audit log. It cannot be undone: back up the directory first (File &gt; Back Up Directory...) to keep a copy. Identity providers that provision into it get &quot;not found&quot; from then on.</source>
        <translation>%1 と監査ログが削除されます。元に戻せません。コピーを残すには、先にディレクトリをバックアップしてください (ファイル &gt; ディレクトリをバックアップ...)。このテナントにプロビジョニングしている ID プロバイダーは、以後「見つかりません」を受け取ります。</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant</source>
        <translation>テナントを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Another tenant is being removed; try again when it is done.</source>
        <translation>別のテナントを削除中です。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Removing the tenant &quot;%1&quot;...</source>
        <translation>テナント「%1」を削除しています...</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; could not be removed.</source>
        <translation>テナント「%1」を削除できませんでした。</translation>
    </message>
    <message>
        <source>Removed the tenant &quot;%1&quot; with its %2</source>
        <translation>テナント「%1」を %2 とともに削除しました</translation>
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
        <translation>Base64 でエンコードされたデータ</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数値</translation>
    </message>
</context>
<context>
    <name>muster::TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot;</source>
        <translation>トークン「%1」</translation>
    </message>
    <message>
        <source>Copy the token now and paste it into your identity provider as the bearer token (Authorization: Bearer ...). Muster keeps only its hash: it will not be shown again.</source>
        <translation>今すぐトークンをコピーし、ID プロバイダーにベアラートークン (Authorization: Bearer ...) として貼り付けてください。Muster はハッシュしか保存しないため、再表示はできません。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>muster::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (期限切れ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>muster::TransferFeature</name>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV をインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Import SCIM &amp;JSON...</source>
        <translation>SCIM JSON をインポート(&amp;J)...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Save CSV &amp;template...</source>
        <translation>CSV テンプレートを保存(&amp;T)...</translation>
    </message>
    <message>
        <source>Create and update users from a CSV file, after a dry run</source>
        <translation>ドライランの後、CSV ファイルからユーザーを作成・更新</translation>
    </message>
    <message>
        <source>Create and update users and groups from a SCIM ListResponse</source>
        <translation>SCIM の ListResponse からユーザーとグループを作成・更新</translation>
    </message>
    <message>
        <source>Save the users or groups of the page in front as CSV or SCIM JSON</source>
        <translation>表示中のページのユーザーまたはグループを CSV または SCIM JSON で保存</translation>
    </message>
    <message>
        <source>Save an empty users CSV file with the columns the import knows</source>
        <translation>インポートが認識する列を備えた空のユーザー CSV ファイルを保存</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>CSV テンプレートの保存</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved:
%1</source>
        <translation>テンプレートを保存できませんでした:
%1</translation>
    </message>
    <message>
        <source>Saved the CSV template to %1</source>
        <translation>CSV テンプレートを %1 に保存しました</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>%1 にエクスポートしています...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1</source>
        <translation>
            <numerusform>%n 人のユーザーを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n group(s) to %1</source>
        <translation>
            <numerusform>%n 個のグループを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>エクスポートをキャンセルしました。%1 は書き込まれていません。</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>%1 へのエクスポートに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>muster::TrayController</name>
    <message>
        <source>Muster: listening on %1</source>
        <translation>Muster: %1 で待ち受け中</translation>
    </message>
    <message>
        <source>Muster: the server is stopped</source>
        <translation>Muster: サーバーは停止しています</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The server keeps running. Use the tray icon to show Muster or quit.</source>
        <translation>サーバーは実行を続けています。トレイアイコンから Muster を表示または終了できます。</translation>
    </message>
    <message>
        <source>&amp;Show Muster</source>
        <translation>Muster を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
</TS>
