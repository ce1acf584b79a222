#Requires -Version 7.2
<#
.SYNOPSIS
    CI on a throw-away Windows machine: installs the MSI for a clerk whose user name and profile
    folder have Vietnamese letters and spaces, unzips the portable copy into "C:\Thử Đức\Đảng Vụ",
    and starts each as that clerk: the window with --startup-probe (on the default data folder, on
    demo data, in safe mode) and "stats --json", on data folders under the clerk's %LOCALAPPDATA%.
    Fails if any of them does not start (decision 0024).

.DESCRIPTION
    Run as an administrator (the workflow's runner), after installer\build-windows.ps1:

        pwsh -File installer\test-windows-install.ps1 -Msi target\installer\DangVu-0.1.0.msi `
             -Zip target\installer\DangVu-0.1.0-portable.zip

    It creates the local user "Nguyễn Văn Đức" (a member of Users only: the MSI needs no
    administrator), lets it run batch jobs, and runs this script again as that user through a
    scheduled task (-AsClerk), which logs the user on, creates the profile folder
    C:\Users\Nguyễn Văn Đức and writes what it did to a report. A window opened there is on the
    task's own desktop, drawn in software.

    This file is UTF-8 with a byte order mark.
#>
[CmdletBinding()]
param(
    [string]$Msi,
    [string]$Zip,
    # Set when the script runs as the clerk:
    [switch]$AsClerk,
    [string]$Portable,
    [string]$Report
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$utf8 = [Text.UTF8Encoding]::new($false)
try {
    [Console]::OutputEncoding = $utf8
} catch {
    Write-Verbose "No console to switch to UTF-8: $($_.Exception.Message)"
}

$clerk = 'Nguyễn Văn Đức'
$work = 'C:\dangvu-ci'
$portableRoot = 'C:\Thử Đức\Đảng Vụ'

# ---------------------------------------------------------------------------- as the clerk

function Write-Report([string]$text) {
    Add-Content -LiteralPath $Report -Value $text -Encoding utf8
}

# Runs a launcher with its arguments passed one by one (no quoting to get wrong), standard output
# and error read as UTF-8, as the app writes them; ended after $seconds.
function Invoke-App([string]$exe, [string[]]$arguments, [int]$seconds = 240) {
    $info = [Diagnostics.ProcessStartInfo]::new($exe)
    foreach ($argument in $arguments) {
        $info.ArgumentList.Add($argument)
    }
    $info.UseShellExecute = $false
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.StandardOutputEncoding = $utf8
    $info.StandardErrorEncoding = $utf8
    $process = [Diagnostics.Process]::Start($info)
    $out = $process.StandardOutput.ReadToEndAsync()
    $err = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($seconds * 1000)) {
        $process.Kill($true)
        return [pscustomobject]@{ Exit = -1; Out = ''; Err = "no answer after $seconds s" }
    }
    $process.WaitForExit()
    return [pscustomobject]@{ Exit = $process.ExitCode; Out = $out.Result; Err = $err.Result }
}

$script:failures = 0

function Test-Step([string]$what, [scriptblock]$check) {
    try {
        $detail = & $check
        Write-Report "OK    $what$(if ($detail) { ": $detail" })"
    } catch {
        $script:failures++
        Write-Report "FAIL  $what`: $($_.Exception.Message)"
    }
}

function Assert-Ran($run, [string]$what) {
    if ($run.Exit -ne 0) {
        throw "$what ended with exit code $($run.Exit); standard error: $($run.Err.Trim())"
    }
}

# The launcher's JVM options (its .cfg) and -XX:AOTMode=on, which refuses to start unless the AOT
# cache fits this copy where it lies (decision 0025); through the runtime's java.exe, whose
# manifest build-windows.ps1 also set to UTF-8.
function Test-AotCache([string]$copy) {
    $options = @(Get-Content -LiteralPath (Join-Path $copy 'app\DangVu.cfg') -Encoding utf8 |
        Where-Object { $_ -like 'java-options=*' -and $_ -notlike '*-XX:AOTCache=*' -and $_ -notlike '*-Djpackage.*' } |
        ForEach-Object { $_.Substring('java-options='.Length) })
    $run = Invoke-App (Join-Path $copy 'runtime\bin\java.exe') ($options + @(
        "-XX:AOTCache=$(Join-Path $copy 'app\dangvu.aot')", '-XX:AOTMode=on',
        '-cp', (Join-Path $copy 'app\dangvu.jar'), 'vn.dangvu.Launcher', '--help'))
    Assert-Ran $run 'java -XX:AOTMode=on'
}

function Test-Probe([string]$exe, [string[]]$arguments) {
    $run = Invoke-App $exe ($arguments + @('--startup-probe'))
    Assert-Ran $run (Split-Path -Leaf $exe)
    if ($run.Out.Trim() -notmatch '^\d+$') {
        throw "printed `"$($run.Out.Trim())`" instead of the milliseconds to the window"
    }
    return "$($run.Out.Trim()) ms, $(($run.Err -split "`n" | Where-Object { $_ -like 'CPU:*' }) -join '')"
}

# The launchers of one copy (installed or portable) on a data folder of its own.
function Test-Copy([string]$label, [string]$copy, [string]$data) {
    $gui = Join-Path $copy 'DangVu.exe'
    $safe = Join-Path $copy 'DangVuAnToan.exe'
    $cli = Join-Path $copy 'DangVuCli.exe'
    Test-Step "$label`: the AOT cache fits the copy in $copy" { Test-AotCache $copy }
    Test-Step "$label`: demo data in $data" {
        Assert-Ran (Invoke-App $cli @('--data', $data, 'demo', '--members', '50')) 'demo'
    }
    Test-Step "$label`: the main window" { Test-Probe $gui @('--data', $data) }
    Test-Step "$label`: safe mode (software rendering)" { Test-Probe $safe @('--data', $data) }
    Test-Step "$label`: stats --json" {
        $year = (Get-Date).Year
        $run = Invoke-App $cli @('--data', $data, 'stats', '--from', "$year-01-01", '--to', "$year-12-31", '--json')
        Assert-Ran $run 'stats --json'
        $committee = ($run.Out | ConvertFrom-Json).committee
        if ($committee -notmatch '[^\x00-\x7F]') {
            throw "the committee's name came out as `"$committee`": not read as UTF-8"
        }
        "committee `"$committee`""
    }
}

function Find-Shortcut([string]$target) {
    $shell = New-Object -ComObject WScript.Shell
    $menu = [Environment]::GetFolderPath('Programs')
    foreach ($link in Get-ChildItem -LiteralPath $menu -Recurse -Filter '*.lnk') {
        if ($shell.CreateShortcut($link.FullName).TargetPath -like "*\$target") {
            return $link.FullName.Substring($menu.Length + 1).Normalize([Text.NormalizationForm]::FormC)
        }
    }
    throw "no Start menu shortcut starts $target"
}

function Invoke-AsClerk {
    Write-Report "user $env:USERNAME, profile $env:USERPROFILE, LOCALAPPDATA $env:LOCALAPPDATA"
    Test-Step 'the profile folder has Vietnamese letters and a space' {
        if ($env:USERPROFILE -notmatch '[^\x00-\x7F]' -or $env:USERPROFILE -notmatch ' ') {
            throw "$env:USERPROFILE would prove nothing"
        }
    }
    $log = Join-Path $work 'msiexec.log'
    Test-Step 'the MSI installs for this user, without administrator' {
        $install = Start-Process msiexec.exe -Wait -PassThru -ArgumentList "/i `"$Msi`" /qn /norestart /l*v `"$log`""
        if ($install.ExitCode -notin 0, 3010) {
            throw "msiexec ended with $($install.ExitCode); see $log"
        }
    }
    $installed = Join-Path $env:LOCALAPPDATA 'Programs\DangVu'
    Test-Step "the program is in $installed" {
        foreach ($file in 'DangVu.exe', 'DangVuAnToan.exe', 'DangVuCli.exe', 'app\dangvu.aot') {
            if (-not (Test-Path -LiteralPath (Join-Path $installed $file))) {
                throw "$file is missing"
            }
        }
    }
    Test-Step 'Start menu: the app' { Find-Shortcut 'DangVu.exe' }
    Test-Step 'Start menu: its safe mode' { Find-Shortcut 'DangVuAnToan.exe' }
    # The clerk's first start: no --data, so the data folder is %LOCALAPPDATA%\DangVu.
    Test-Step 'installed: first start in the default data folder' { Test-Probe (Join-Path $installed 'DangVu.exe') @() }
    Test-Copy 'installed' $installed (Join-Path $env:LOCALAPPDATA 'Đảng Vụ thử\Dữ liệu cài đặt')
    Test-Copy 'portable' $Portable (Join-Path $env:LOCALAPPDATA 'Đảng Vụ thử\Dữ liệu bản mang theo')
    Write-Report "$script:failures failure(s)"
    exit [int]($script:failures -gt 0)
}

if ($AsClerk) {
    Invoke-AsClerk
}

# ---------------------------------------------------------------------------- as the administrator

# "Log on as a batch job", which a scheduled task with a stored password needs; Users lack it on
# Windows Server. secedit exports the rights in UTF-16 and takes them back the same way.
function Grant-BatchLogon([string]$sid) {
    $inf = Join-Path $work 'rights.inf'
    & secedit.exe /export /cfg $inf /areas USER_RIGHTS | Out-Null
    $lines = [Collections.Generic.List[string]](Get-Content -LiteralPath $inf -Encoding Unicode)
    $at = $lines.FindIndex([Predicate[string]] { param($line) $line -like 'SeBatchLogonRight*' })
    if ($at -ge 0) {
        $lines[$at] = "$($lines[$at]),*$sid"
    } elseif ($lines.Contains('[Privilege Rights]')) {
        $lines.Insert($lines.IndexOf('[Privilege Rights]') + 1, "SeBatchLogonRight = *$sid")
    } else {
        $lines.Add('[Privilege Rights]')
        $lines.Add("SeBatchLogonRight = *$sid")
    }
    Set-Content -LiteralPath $inf -Value $lines -Encoding Unicode
    & secedit.exe /configure /db (Join-Path $work 'rights.sdb') /cfg $inf /areas USER_RIGHTS | Out-Null
    if ($LASTEXITCODE -ne 0) {
        throw "secedit could not grant $sid the right to log on as a batch job (exit code $LASTEXITCODE)."
    }
}

if (-not $Msi -or -not $Zip) {
    throw 'Give -Msi and -Zip (the files build-windows.ps1 made).'
}
New-Item -ItemType Directory -Force $work | Out-Null
$msiCopy = Join-Path $work 'DangVu.msi'
Copy-Item -LiteralPath $Msi $msiCopy
$scriptCopy = Join-Path $work 'test-windows-install.ps1'
Copy-Item -LiteralPath $PSCommandPath $scriptCopy
$Report = Join-Path $work 'report.txt'
Set-Content -LiteralPath $Report -Value "Đảng Vụ on Windows, as $clerk" -Encoding utf8

Write-Host "Portable copy: $portableRoot"
Expand-Archive -LiteralPath $Zip -DestinationPath $portableRoot -Force
$portableApp = Join-Path $portableRoot 'DangVu-portable\DangVu'

Write-Host "Clerk: $clerk"
$password = 'Dv-' + [guid]::NewGuid().ToString('N').Substring(0, 16) + '-a1'
New-LocalUser -Name $clerk -FullName $clerk -Password (ConvertTo-SecureString $password -AsPlainText -Force) `
    -PasswordNeverExpires -AccountNeverExpires -Description 'Đảng Vụ CI' | Out-Null
Add-LocalGroupMember -SID 'S-1-5-32-545' -Member $clerk   # Users, whatever the Windows language calls it
$sid = (Get-LocalUser -Name $clerk).SID.Value
Grant-BatchLogon $sid
& icacls.exe $work /grant "*$($sid):(OI)(CI)M" | Out-Null

$task = 'DangVu-clerk'
$arguments = "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$scriptCopy`" -AsClerk " +
    "-Msi `"$msiCopy`" -Portable `"$portableApp`" -Report `"$Report`""
$action = New-ScheduledTaskAction -Execute (Get-Command pwsh).Source -Argument $arguments -WorkingDirectory $work
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Minutes 30) -AllowStartIfOnBatteries `
    -DontStopIfGoingOnBatteries
Register-ScheduledTask -TaskName $task -Action $action -Settings $settings -User "$env:COMPUTERNAME\$clerk" `
    -Password $password -RunLevel Limited | Out-Null
# The task's last run time has whole seconds: compared with a moment a little before the start.
$started = (Get-Date).AddSeconds(-5)
Start-ScheduledTask -TaskName $task
do {
    Start-Sleep -Seconds 5
    $info = Get-ScheduledTaskInfo -TaskName $task
    $state = (Get-ScheduledTask -TaskName $task).State
} while (($state -eq 'Running' -or $info.LastRunTime -lt $started) -and (Get-Date) -lt $started.AddMinutes(35))

Write-Host (Get-Content -LiteralPath $Report -Encoding utf8 -Raw)
if ($state -eq 'Running') {
    throw 'The clerk''s run did not end within 35 minutes.'
}
if ($info.LastTaskResult -ne 0) {
    throw "The clerk's run failed (result $($info.LastTaskResult)): Đảng Vụ did not start for a user named $clerk."
}
Write-Host "Đảng Vụ started for $clerk, installed and portable."
