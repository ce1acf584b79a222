#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the Windows installer of Đảng Vụ (a per-user MSI) and its portable zip.

.DESCRIPTION
    On a Windows machine with JDK 17, Maven and WiX Toolset 3.14 (candle.exe and light.exe on
    PATH), from the repository root or anywhere:

        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

    1. mvn package (the tests run in the Linux CI) builds target\dangvu.jar, the fat jar.
    2. jlink trims a Java runtime to the modules in the pom's app.jlink.modules, with the
       Vietnamese locale data (without it Vietnamese sorting silently falls back to the root rules).
    3. jpackage builds the app image target\app-image\DangVu (DangVu.exe, app\, runtime\).
    4. The portable copy: target\installer\DangVu-<version>-portable.zip, the app image and
       DangVu-portable.cmd, which keeps the data in a "data" folder beside it (a USB stick).
    5. jpackage builds the MSI target\installer\DangVu-<version>.msi: installs for the current
       user without administrator rights into %LOCALAPPDATA%\Programs\DangVu, Start menu and
       desktop shortcuts, upgrades any older version (fixed upgrade UUID in the pom). The data
       folder %LOCALAPPDATA%\DangVu is never part of it, so upgrades and uninstall leave the data.
    6. The shortcuts, the Start menu folder and the name in "Apps & features" become "Đảng Vụ".

    This file is UTF-8 with a byte order mark, so that Windows PowerShell 5.1 reads the Vietnamese
    name right; the script checks that it did.
#>
[CmdletBinding()]
param()

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = Split-Path -Parent $PSScriptRoot
$target = Join-Path $root 'target'
$work = Join-Path $target 'jpackage'
$appImageDir = Join-Path $target 'app-image'
$outDir = Join-Path $target 'installer'

# What the clerk sees. Windows Installer keeps its strings in one ANSI code page; Vietnamese is
# Windows-1258, which has the tone marks only as combining characters: "ả" and "ụ" are written as
# a letter and its mark (the decomposed form, which fits this name: it has no ă, â, ơ or ư).
$displayName = 'Đảng Vụ'.Normalize([Text.NormalizationForm]::FormD)
if ([int][char]$displayName[0] -ne 0x0110) {
    throw 'build-windows.ps1 was not read as UTF-8: keep the file in UTF-8 with a byte order mark.'
}

function Write-Step([string]$message) {
    Write-Host "==> $message" -ForegroundColor Cyan
}

# Out-Host: what a tool prints is shown, not returned with the caller's result.
function Invoke-Tool([string]$tool, [string[]]$arguments) {
    & $tool @arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "$(Split-Path -Leaf $tool) failed (exit code $LASTEXITCODE)."
    }
}

function Find-JdkTool([string]$name) {
    if ($env:JAVA_HOME) {
        $candidate = Join-Path $env:JAVA_HOME "bin\$name.exe"
        if (Test-Path $candidate) {
            return $candidate
        }
    }
    $command = Get-Command "$name.exe" -ErrorAction SilentlyContinue
    if (-not $command) {
        throw "$name.exe was not found: install JDK 17 (e.g. Temurin 17) and set JAVA_HOME to it."
    }
    return $command.Source
}

function Assert-Prerequisites {
    # The JDK's release file, not "java -version": Windows PowerShell turns a native command's
    # standard error into errors that stop this script.
    $jdk = Split-Path -Parent (Split-Path -Parent (Find-JdkTool 'jpackage'))
    $release = Get-Content (Join-Path $jdk 'release') | Where-Object { $_ -match '^JAVA_VERSION="(\d+)' }
    if (-not $release) {
        throw "Could not read the Java version from $jdk\release."
    }
    $null = $release -match '^JAVA_VERSION="(\d+)'
    if ([int]$Matches[1] -lt 17) {
        throw "JDK 17 or newer is needed (jlink, jpackage); $jdk has $release."
    }
    if (-not (Get-Command 'mvn' -ErrorAction SilentlyContinue)) {
        throw 'Maven (mvn) was not found on PATH: install Maven 3.8 or newer.'
    }
    $candle = Get-Command 'candle.exe' -ErrorAction SilentlyContinue
    $light = Get-Command 'light.exe' -ErrorAction SilentlyContinue
    if (-not $candle -or -not $light) {
        throw ('WiX Toolset 3.14 is needed to build the MSI, but candle.exe and light.exe are not on PATH. ' +
            'Download wix314-binaries.zip from https://github.com/wixtoolset/wix3/releases (tag wix3141rtm), ' +
            'unzip it and add that folder to PATH (or: choco install wixtoolset --version 3.14.1, then add ' +
            '"C:\Program Files (x86)\WiX Toolset v3.14\bin" to PATH).')
    }
    $wixVersion = (Get-Item $candle.Source).VersionInfo.FileVersion
    if ($wixVersion -notmatch '^3\.(\d+)\.' -or [int]$Matches[1] -lt 14) {
        throw "WiX Toolset 3.14 is needed (jpackage 17 drives WiX 3); $($candle.Source) is version $wixVersion."
    }
    Write-Host "JDK: $jdk ($release); WiX: $wixVersion"
}

function Read-Pom {
    [xml]$pom = Get-Content -Raw -Encoding UTF8 (Join-Path $root 'pom.xml')
    $properties = $pom.project.properties
    # jpackage and Windows Installer take a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0.
    if ($pom.project.version -notmatch '^(\d+(\.\d+){0,2})') {
        throw "The pom's version $($pom.project.version) does not start with a number."
    }
    return [pscustomobject]@{
        Version     = $Matches[1]
        Name        = $properties.'app.name'
        Vendor      = $properties.'app.vendor'
        Description = $properties.'app.description'
        UpgradeUuid = $properties.'app.windows.upgrade-uuid'
        Modules     = $properties.'app.jlink.modules'
        MainClass   = $properties.'main.class'
    }
}

function New-Runtime($app) {
    $runtime = Join-Path $work 'runtime'
    Invoke-Tool (Find-JdkTool 'jlink') @(
        '--add-modules', $app.Modules,
        '--include-locales=en,vi',
        '--strip-debug', '--no-header-files', '--no-man-pages',
        '--generate-cds-archive',  # the JDK classes' sharing archive: a faster start (decision 0012)
        '--output', $runtime)
    return $runtime
}

function New-AppImage($app, [string]$runtime) {
    $inputDir = Join-Path $work 'input'
    New-Item -ItemType Directory -Force $inputDir | Out-Null
    Copy-Item (Join-Path $target 'dangvu.jar') $inputDir
    Invoke-Tool (Find-JdkTool 'jpackage') @(
        '--type', 'app-image',
        '--name', $app.Name,
        '--app-version', $app.Version,
        '--vendor', $app.Vendor,
        '--description', $app.Description,
        '--icon', (Join-Path $root 'resources\icons\dangvu.ico'),
        '--input', $inputDir,
        '--main-jar', 'dangvu.jar',
        '--main-class', $app.MainClass,
        '--runtime-image', $runtime,
        '--dest', $appImageDir)
    return Join-Path $appImageDir $app.Name
}

function New-PortableZip($app, [string]$appImage) {
    $stage = Join-Path $work 'portable\DangVu-portable'
    New-Item -ItemType Directory -Force $stage | Out-Null
    Copy-Item -Recurse $appImage (Join-Path $stage $app.Name)
    Copy-Item (Join-Path $PSScriptRoot 'DangVu-portable.cmd') $stage
    $zip = Join-Path $outDir "$($app.Name)-$($app.Version)-portable.zip"
    Add-Type -AssemblyName 'System.IO.Compression', 'System.IO.Compression.FileSystem'
    [IO.Compression.ZipFile]::CreateFromDirectory($stage, $zip, [IO.Compression.CompressionLevel]::Optimal, $true)
    return $zip
}

function New-Msi($app, [string]$appImage) {
    # Per user, jpackage installs into %LOCALAPPDATA%\<install dir> and removes that whole folder on
    # uninstall. Its default, the app name, would be %LOCALAPPDATA%\DangVu: the data folder.
    $installDir = "Programs\$($app.Name)"
    Invoke-Tool (Find-JdkTool 'jpackage') @(
        '--type', 'msi',
        '--app-image', $appImage,
        '--name', $app.Name,
        '--app-version', $app.Version,
        '--vendor', $app.Vendor,
        '--description', $app.Description,
        '--install-dir', $installDir,
        '--win-per-user-install',
        '--win-dir-chooser',
        '--win-menu',
        '--win-menu-group', $app.Name,
        '--win-shortcut',
        '--win-upgrade-uuid', $app.UpgradeUuid,
        '--dest', $outDir)
    return Join-Path $outDir "$($app.Name)-$($app.Version).msi"
}

# Windows Installer's COM objects have no type library PowerShell can use: call them by name.
function Invoke-Com($object, [string]$member, [Reflection.BindingFlags]$kind, [object[]]$arguments = @()) {
    return $object.GetType().InvokeMember($member, $kind, $null, $object, $arguments)
}

# A view or record not released keeps the database file open.
function Close-Com($object) {
    [void][Runtime.InteropServices.Marshal]::ReleaseComObject($object)
}

function Invoke-MsiSql($installer, $database, [string]$sql, [string[]]$values) {
    $view = Invoke-Com $database 'OpenView' InvokeMethod @($sql)
    $record = Invoke-Com $installer 'CreateRecord' InvokeMethod @($values.Count)
    for ($i = 0; $i -lt $values.Count; $i++) {
        Invoke-Com $record 'StringData' SetProperty @(($i + 1), $values[$i]) | Out-Null
    }
    Invoke-Com $view 'Execute' InvokeMethod @($record) | Out-Null
    Invoke-Com $view 'Close' InvokeMethod | Out-Null
    Close-Com $record
    Close-Com $view
}

function Read-MsiStrings($database, [string]$sql) {
    $view = Invoke-Com $database 'OpenView' InvokeMethod @($sql)
    Invoke-Com $view 'Execute' InvokeMethod | Out-Null
    $values = @()
    while ($record = Invoke-Com $view 'Fetch' InvokeMethod) {
        $values += Invoke-Com $record 'StringData' GetProperty @(1)
        Close-Com $record
    }
    Invoke-Com $view 'Close' InvokeMethod | Out-Null
    Close-Com $view
    return $values
}

function Test-SameText([string]$a, [string]$b) {
    return $a.Normalize([Text.NormalizationForm]::FormC) -ceq $b.Normalize([Text.NormalizationForm]::FormC)
}

# jpackage 17 names the shortcuts after the launcher (DangVu.exe, kept ASCII: it is a file name on
# every machine) and builds the MSI in code page 1252, which has no Vietnamese. So the names are
# set afterwards: the database is switched to Windows-1258 (its strings are all ASCII so far),
# then the two shortcuts, the Start menu folder and the product name shown in "Apps & features"
# become "Đảng Vụ" (with DANGVU as the 8.3 short name), and are read back to check.
function Set-VietnameseNames([string]$msi) {
    $installer = New-Object -ComObject WindowsInstaller.Installer
    $database = Invoke-Com $installer 'OpenDatabase' InvokeMethod @($msi, 1)
    [IO.File]::WriteAllText((Join-Path $work '_ForceCodepage.idt'), "`r`n`r`n1258`t_ForceCodepage`r`n",
        [Text.Encoding]::ASCII)
    Invoke-Com $database 'Import' InvokeMethod @($work, '_ForceCodepage.idt') | Out-Null
    $fileName = "DANGVU|$displayName"
    $menuFolder = 'WHERE `Directory_Parent` = ''ProgramMenuFolder'''
    $productName = 'WHERE `Property` = ''ProductName'''
    Invoke-MsiSql $installer $database 'UPDATE `Shortcut` SET `Name` = ?' @($fileName)
    Invoke-MsiSql $installer $database "UPDATE ``Directory`` SET ``DefaultDir`` = ? $menuFolder" @($fileName)
    Invoke-MsiSql $installer $database "UPDATE ``Property`` SET ``Value`` = ? $productName" @($displayName)
    Invoke-Com $database 'Commit' InvokeMethod | Out-Null
    Close-Com $database

    $database = Invoke-Com $installer 'OpenDatabase' InvokeMethod @($msi, 0)
    $names = @(Read-MsiStrings $database 'SELECT `Name` FROM `Shortcut`') +
        @(Read-MsiStrings $database "SELECT ``DefaultDir`` FROM ``Directory`` $menuFolder")
    $product = @(Read-MsiStrings $database "SELECT ``Value`` FROM ``Property`` $productName")
    Close-Com $database
    Close-Com $installer

    $wrong = @($names | Where-Object { -not (Test-SameText $_ $fileName) })
    if ($names.Count -ne 3 -or $wrong.Count -gt 0 -or $product.Count -ne 1 -or -not (Test-SameText $product[0] $displayName)) {
        throw "The MSI did not keep the Vietnamese names (shortcuts and menu: $($names -join ', '); product: $($product -join ', '))."
    }
}

Assert-Prerequisites
$app = Read-Pom
Write-Host "$($app.Name) $($app.Version)"

Write-Step 'mvn package (the fat jar)'
Push-Location $root
try {
    Invoke-Tool 'mvn' @('-B', '-ntp', 'package', '-DskipTests')
} finally {
    Pop-Location
}

foreach ($dir in @($work, $appImageDir, $outDir)) {
    if (Test-Path $dir) {
        Remove-Item -Recurse -Force $dir
    }
}
New-Item -ItemType Directory -Force $work, $outDir | Out-Null

Write-Step "jlink: $($app.Modules) with the Vietnamese locale data"
$runtime = New-Runtime $app

Write-Step 'jpackage: app image'
$appImage = New-AppImage $app $runtime

Write-Step 'portable zip'
$zip = New-PortableZip $app $appImage

Write-Step 'jpackage: per-user MSI'
$msi = New-Msi $app $appImage

Write-Step 'Vietnamese names for the shortcuts, the Start menu folder and Apps & features'
$plain = "$msi.ascii-names"
Copy-Item $msi $plain
try {
    Set-VietnameseNames $msi
    Remove-Item $plain
} catch {
    # An MSI with ASCII names still installs and upgrades correctly: keep it and say why.
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
    Move-Item -Force $plain $msi
    Write-Warning "The shortcuts keep the name $($app.Name): $($_.Exception.Message)"
}

Write-Host ''
Write-Host "MSI:      $msi"
Write-Host "Portable: $zip"
