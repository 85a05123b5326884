# muster-server: its data folder; systemd learns about the unit. Whether the service is enabled is left to
# the distribution's presets, as RPM-based systems do.
[ -d /var/lib/muster ] || install -d -o muster -g muster -m 0750 /var/lib/muster
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    [ "$1" -eq 1 ] && systemctl preset muster-server.service >/dev/null 2>&1 || :
fi
exit 0
