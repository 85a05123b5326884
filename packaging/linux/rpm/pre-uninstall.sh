# muster-server: on erase (not on upgrade), stop and disable the service before its files go.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl --no-reload disable --now muster-server.service >/dev/null 2>&1 || :
fi
exit 0
