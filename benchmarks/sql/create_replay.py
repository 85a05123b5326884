#!/usr/bin/env python3
"""Replays SqlStore's create transaction on a copy of a seeded SQLite database, with Python's sqlite3
(Debian 12: the same SQLite 3.40.1 that QSQLITE uses), to see what each part of the schema costs a write:

    python3 create_replay.py <seed.db> <variant> [creates]
    strace -f -c python3 create_replay.py bench-cache/users_100000_d1_<hash>.db as-is 3000

The transaction is SqlStore's: BEGIN IMMEDIATE, the tenant check, INSERT into resources, two
resource_values rows, the userName unique key, COMMIT, on SqlStore's pragmas. The variant names what to
change first, joined with '+': as-is, no-date-indexes (drops resources_created and
resources_last_modified), without-rowid (rebuilds resources WITHOUT ROWID), checkpoint-10000
(PRAGMA wal_autocheckpoint = 10000). Compare variants by the pwrite and fdatasync counts under
strace -c: the times include Python's own overhead, the same for every variant.
"""
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid

seed, variant = sys.argv[1], sys.argv[2]
creates = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
work = tempfile.mkdtemp(prefix="muster-replay-")
database = os.path.join(work, "replay.db")
shutil.copy(seed, database)
connection = sqlite3.connect(database, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "mmap_size = 268435456",
               "cache_size = -16384", "temp_store = MEMORY"):
    connection.execute("PRAGMA " + pragma)
if "no-date-indexes" in variant:
    connection.execute("DROP INDEX resources_created")
    connection.execute("DROP INDEX resources_last_modified")
if "without-rowid" in variant:
    table = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'resources'").fetchone()[0]
    indexes = [row[0] for row in connection.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'resources' AND type = 'index' AND sql IS NOT NULL")]
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("BEGIN")
    connection.execute(table.replace("CREATE TABLE resources", "CREATE TABLE resources_new") + " WITHOUT ROWID")
    connection.execute("INSERT INTO resources_new SELECT * FROM resources")
    connection.execute("DROP TABLE resources")
    connection.execute("ALTER TABLE resources_new RENAME TO resources")
    for index in indexes:
        connection.execute(index)
    connection.execute("COMMIT")
    connection.execute("PRAGMA foreign_keys = ON")
if "checkpoint-10000" in variant:
    connection.execute("PRAGMA wal_autocheckpoint = 10000")
connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

sample = json.loads(connection.execute("SELECT json FROM resources LIMIT 1").fetchone()[0])
users = []
for i in range(creates):
    index = 3_000_000 + i
    user = dict(sample, id=str(uuid.uuid4()), userName=f"user{index}@example.com", externalId=f"ext-{index}")
    users.append((user["id"], json.dumps(user, separators=(",", ":")), user["userName"], user["externalId"],
                  1_704_067_200_000 + index))

started, cpu = time.perf_counter(), time.process_time()
for id_, text, user_name, external_id, stamp in users:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("SELECT 1 FROM tenants WHERE name = ?", ("default",)).fetchall()
    connection.execute(
        "INSERT INTO resources (tenant, type, id, version, json, unique_keys, user_name, external_id, "
        "display_name, created, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        ("default", "User", id_, 1, text, json.dumps([["userName", user_name]]), user_name, external_id, None,
         stamp, stamp))
    for value in (user_name, user_name.replace("example.com", "home.example")):
        connection.execute("INSERT INTO resource_values (tenant, type, attribute, value_key, id) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", ("default", "User", "emails", value, id_))
    connection.execute("INSERT INTO unique_keys (tenant, type, attribute, value, id) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING", ("default", "User", "userName", user_name, id_))
    connection.execute("COMMIT")
wall = (time.perf_counter() - started) / creates * 1e6
cpu = (time.process_time() - cpu) / creates * 1e6
connection.close()
shutil.rmtree(work)
print(f"{variant}: {wall:.0f} us wall, {cpu:.0f} us CPU per create ({creates} creates)")
