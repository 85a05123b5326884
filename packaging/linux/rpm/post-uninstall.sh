# muster-server: after an upgrade, restart a running service on the new files. An erase keeps
# /var/lib/muster and the muster user: delete them by hand to forget the directory.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    [ "$1" -ge 1 ] && systemctl try-restart muster-server.service >/dev/null 2>&1 || :
fi
exit 0
