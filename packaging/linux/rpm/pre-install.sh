# muster-server: the system user the service runs as, before its files are laid down.
getent group muster >/dev/null || groupadd --system muster
getent passwd muster >/dev/null || useradd --system --gid muster --home-dir /var/lib/muster --no-create-home \
    --shell /sbin/nologin --comment "Muster directory server" muster
exit 0
