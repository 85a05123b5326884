# Registers (-Register) or removes (-Unregister) the scheduled task that starts muster-server with
# Windows, as LOCAL SERVICE, listening on 127.0.0.1:8080 with its directory in %ProgramData%\Muster.
# The installer runs it for its "Start muster-server with Windows" section. Create a token for an
# identity provider with:
#   muster-server --data "%ProgramData%\Muster" token create --name "Entra ID"
param([switch]$Register, [switch]$Unregister)
$ErrorActionPreference = 'Stop'

$taskName = 'Muster Server'
$server = Join-Path $PSScriptRoot 'muster-server.exe'
$data = Join-Path $env:ProgramData 'Muster'

if ($Unregister) {
    # Ending the task ends the server (it finishes requests in flight), so that its files can go.
    if (Get-ScheduledTask -TaskName $taskName -ErrorAction SilentlyContinue) {
        Stop-ScheduledTask -TaskName $taskName
        Unregister-ScheduledTask -TaskName $taskName -Confirm:$false
    }
    # The directory in $data stays: delete the folder by hand to forget it.
    exit 0
}

if (-not $Register) {
    Write-Error 'Use -Register or -Unregister.'
}

New-Item -ItemType Directory -Force -Path $data | Out-Null
# LOCAL SERVICE (S-1-5-19; its name depends on the language) may change what is in the folder.
& icacls.exe $data /grant '*S-1-5-19:(OI)(CI)M' | Out-Null

$action = New-ScheduledTaskAction -Execute $server -Argument "--data `"$data`""
$trigger = New-ScheduledTaskTrigger -AtStartup
$principal = New-ScheduledTaskPrincipal -UserId 'LOCALSERVICE' -LogonType ServiceAccount
# A server runs for good: no time limit (tasks default to 72 hours), restarted when it fails.
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 3 `
    -RestartInterval (New-TimeSpan -Minutes 1) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
    -StartWhenAvailable
Register-ScheduledTask -TaskName $taskName -Action $action -Trigger $trigger -Principal $principal `
    -Settings $settings -Description 'Muster SCIM 2.0 directory server' -Force | Out-Null
Start-ScheduledTask -TaskName $taskName
