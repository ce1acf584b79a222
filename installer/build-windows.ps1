#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the Windows installer of Đảng Vụ (a per-user MSI) and its portable zip.

.DESCRIPTION
    On a Windows 10 (1903 or later) or 11 machine with JDK 25, Maven and WiX Toolset 3.14
    (candle.exe and light.exe on PATH), from the repository root or anywhere:

        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

    1. mvn package (the tests run before it, in CI) builds target\dangvu.jar, the fat jar.
    2. jlink trims a Java 25 runtime to the modules in the pom's app.jlink.modules, with the
       Vietnamese locale data (without it Vietnamese sorting silently falls back to the root rules).
    3. jpackage builds the app image target\app-image\DangVu: DangVu.exe (the window),
       DangVuAnToan.exe (the same with software rendering, for a white or blurry window),
       DangVuCli.exe (a console launcher for commands), app\ and runtime\. Every launcher gets the
       pom's app.java.options and the AOT cache (decision 0025).
    4. Each launcher's manifest gets a UTF-8 active code page, so that the paths and options it
       hands to Java survive any user name and any install folder (decision 0024).
    5. A training run opens the window on demo data through DangVu.exe and leaves app\dangvu.aot,
       the ahead-of-time cache the launchers start from.
    6. The portable copy: target\installer\DangVu-<version>-portable.zip, the app image and
       DangVu-portable.cmd, which keeps the data in a "data" folder beside it (a USB stick).
    7. jpackage builds the MSI target\installer\DangVu-<version>.msi: installs for the current
       user without administrator rights into %LOCALAPPDATA%\Programs\DangVu, Start menu (the app
       and its safe mode) and desktop shortcuts, upgrades any older version (fixed upgrade UUID in
       the pom). The data folder %LOCALAPPDATA%\DangVu is never part of it, so upgrades and
       uninstall leave the data.
    8. The shortcuts, the Start menu folder and the name in "Apps & features" become "Đảng Vụ"
       and "Đảng Vụ (chế độ an toàn)".

    This file is UTF-8 with a byte order mark, so that Windows PowerShell 5.1 reads the Vietnamese
    names right; the script checks that it did.
#>
[CmdletBinding()]
param()

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The launchers write UTF-8 (DangVuCli's output is shown through this script).
try {
    [Console]::OutputEncoding = New-Object Text.UTF8Encoding $false
} catch {
    Write-Verbose "No console to switch to UTF-8: $($_.Exception.Message)"
}

$root = Split-Path -Parent $PSScriptRoot
$target = Join-Path $root 'target'
$work = Join-Path $target 'jpackage'
$appImageDir = Join-Path $target 'app-image'
$outDir = Join-Path $target 'installer'

# What the clerk sees. Windows Installer keeps its strings in one ANSI code page; Vietnamese is
# Windows-1258, which has â, ê, ô, ă, ơ, ư and đ as letters but the five tone marks only as
# combining characters: "ả" is written as "a" and its mark, "ế" as "ê" and its mark.
function ConvertTo-Windows1258Form([string]$text) {
    $shapes = @([char]0x0302, [char]0x0306, [char]0x031B)   # circumflex, breve, horn: part of the letter
    $result = New-Object Text.StringBuilder
    foreach ($letter in $text.Normalize([Text.NormalizationForm]::FormC).ToCharArray()) {
        $parts = ([string]$letter).Normalize([Text.NormalizationForm]::FormD)
        $base = $parts.Substring(0, 1)
        $tones = ''
        foreach ($mark in $parts.Substring(1).ToCharArray()) {
            if ($shapes -contains $mark) { $base += $mark } else { $tones += $mark }
        }
        [void]$result.Append($base.Normalize([Text.NormalizationForm]::FormC)).Append($tones)
    }
    return $result.ToString()
}

$displayName = ConvertTo-Windows1258Form 'Đảng Vụ'
$safeModeName = ConvertTo-Windows1258Form 'Đảng Vụ (chế độ an toàn)'
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
        throw "$name.exe was not found: install JDK 25 (e.g. Temurin 25) and set JAVA_HOME to it."
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
    if ([int]$Matches[1] -lt 25) {
        throw "JDK 25 is needed (the bundled runtime and its AOT cache, decision 0025); $jdk has $release."
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
        throw "WiX Toolset 3.14 is needed (jpackage drives WiX 3 here); $($candle.Source) is version $wixVersion."
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
        Version      = $Matches[1]
        Name         = $properties.'app.name'
        Vendor       = $properties.'app.vendor'
        Description  = $properties.'app.description'
        UpgradeUuid  = $properties.'app.windows.upgrade-uuid'
        Modules      = $properties.'app.jlink.modules'
        MainClass    = $properties.'main.class'
        JavaOptions  = $properties.'app.java.options'
        AotCache     = $properties.'app.aot.cache'
        SafeLauncher = $properties.'app.launcher.safe'
        CliLauncher  = $properties.'app.launcher.cli'
    }
}

function New-Runtime($app) {
    $runtime = Join-Path $work 'runtime'
    Invoke-Tool (Find-JdkTool 'jlink') @(
        '--add-modules', $app.Modules,
        '--include-locales=en,vi',
        '--strip-debug', '--no-header-files', '--no-man-pages',
        '--generate-cds-archive',  # the JDK's classes when the AOT cache cannot be used (decision 0025)
        '--output', $runtime)
    return $runtime
}

# A launcher's JVM options as its .cfg gets them; the launcher expands $APPDIR to its app folder.
function Get-LauncherOptions($app) {
    return $app.JavaOptions + ' -XX:AOTCache=$APPDIR/' + $app.AotCache
}

# A properties file for jpackage's --add-launcher, UTF-8 without a byte order mark (a mark would
# become part of the first key). Its java-options replace the main launcher's, so they repeat them.
function New-LauncherProperties([string]$name, [string[]]$lines) {
    $file = Join-Path $work "$name.properties"
    [IO.File]::WriteAllText($file, ($lines -join "`r`n") + "`r`n", (New-Object Text.UTF8Encoding $false))
    return $file
}

function New-AppImage($app, [string]$runtime) {
    $inputDir = Join-Path $work 'input'
    New-Item -ItemType Directory -Force $inputDir | Out-Null
    Copy-Item (Join-Path $target 'dangvu.jar') $inputDir
    $options = Get-LauncherOptions $app
    $safe = New-LauncherProperties 'safe' @("java-options=$options -Dprism.order=sw", 'win-menu=true',
        'win-shortcut=false')
    $cli = New-LauncherProperties 'cli' @("java-options=$options", 'win-console=true', 'win-menu=false',
        'win-shortcut=false')
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
        '--java-options', $options,
        '--add-launcher', "$($app.SafeLauncher)=$safe",
        '--add-launcher', "$($app.CliLauncher)=$cli",
        '--runtime-image', $runtime,
        '--dest', $appImageDir)
    return Join-Path $appImageDir $app.Name
}

# An executable's manifest, read and written with Windows' own resource functions (no SDK needed).
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
using System.Text;

public static class ExeManifest {
    const uint LoadAsDatafile = 0x2;
    static readonly IntPtr ManifestType = (IntPtr)24;   // RT_MANIFEST
    static readonly IntPtr ProcessManifest = (IntPtr)1; // the one Windows reads for an .exe

    delegate bool LanguageCallback(IntPtr module, IntPtr type, IntPtr name, ushort language, IntPtr param);

    [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
    static extern IntPtr LoadLibraryExW(string file, IntPtr reserved, uint flags);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern bool FreeLibrary(IntPtr module);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern bool EnumResourceLanguagesW(IntPtr module, IntPtr type, IntPtr name, LanguageCallback callback, IntPtr param);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern IntPtr FindResourceExW(IntPtr module, IntPtr type, IntPtr name, ushort language);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern IntPtr LoadResource(IntPtr module, IntPtr info);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern IntPtr LockResource(IntPtr data);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern uint SizeofResource(IntPtr module, IntPtr info);
    [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
    static extern IntPtr BeginUpdateResourceW(string file, bool deleteExisting);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern bool UpdateResourceW(IntPtr update, IntPtr type, IntPtr name, ushort language, byte[] data, uint size);
    [DllImport("kernel32.dll", SetLastError = true)]
    static extern bool EndUpdateResourceW(IntPtr update, bool discard);

    static Exception Failed(string what) {
        return new InvalidOperationException(what + " failed: Windows error " + Marshal.GetLastWin32Error());
    }

    // The manifest's text, or null when the file has none; its resource language in language.
    public static string Read(string exe, out ushort language) {
        language = 1033;
        IntPtr module = LoadLibraryExW(exe, IntPtr.Zero, LoadAsDatafile);
        if (module == IntPtr.Zero) {
            throw Failed("LoadLibraryEx " + exe);
        }
        try {
            ushort found = 0;
            bool any = false;
            EnumResourceLanguagesW(module, ManifestType, ProcessManifest,
                (m, t, n, lang, p) => { found = lang; any = true; return false; }, IntPtr.Zero);
            if (!any) {
                return null;
            }
            language = found;
            IntPtr info = FindResourceExW(module, ManifestType, ProcessManifest, found);
            uint size = SizeofResource(module, info);
            byte[] bytes = new byte[size];
            Marshal.Copy(LockResource(LoadResource(module, info)), bytes, 0, (int)size);
            return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        } finally {
            FreeLibrary(module);
        }
    }

    public static void Write(string exe, ushort language, string text) {
        byte[] bytes = new UTF8Encoding(false).GetBytes(text);
        IntPtr update = BeginUpdateResourceW(exe, false);
        if (update == IntPtr.Zero) {
            throw Failed("BeginUpdateResource " + exe);
        }
        if (!UpdateResourceW(update, ManifestType, ProcessManifest, language, bytes, (uint)bytes.Length)) {
            Exception failure = Failed("UpdateResource " + exe);
            EndUpdateResourceW(update, true);
            throw failure;
        }
        if (!EndUpdateResourceW(update, false)) {
            throw Failed("EndUpdateResource " + exe);
        }
    }
}
'@

# jpackage's launchers hand the class path, the JVM options and the arguments to Java in the ANSI
# code page (1258 on a Vietnamese Windows, 1252 on an English one), which cannot hold "Nguyễn" or
# "Đức": under such a user name the JVM would not start. With activeCodePage UTF-8 in its manifest
# (Windows 10 1903 and later) the launcher's ANSI code page is UTF-8, and Java, which asks Windows
# for that code page, reads it back the same (decision 0024). The launcher's own manifest (DPI
# awareness, compatibility) is kept; the setting is added to its windowsSettings.
function Set-Utf8CodePage([string]$exe) {
    $asmV3 = 'urn:schemas-microsoft-com:asm.v3'
    $settings2019 = 'http://schemas.microsoft.com/SMI/2019/WindowsSettings'
    [uint16]$language = 0
    $text = [ExeManifest]::Read($exe, [ref]$language)
    if (-not $text) {
        $text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
            '<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0"/>'
    }
    $xml = New-Object Xml.XmlDocument
    $xml.PreserveWhitespace = $true
    $xml.LoadXml($text)
    $namespaces = New-Object Xml.XmlNamespaceManager $xml.NameTable
    $namespaces.AddNamespace('v3', $asmV3)
    $namespaces.AddNamespace('ws', $settings2019)
    $windowsSettings = $xml.SelectSingleNode('/*/v3:application/v3:windowsSettings', $namespaces)
    if (-not $windowsSettings) {
        $application = $xml.SelectSingleNode('/*/v3:application', $namespaces)
        if (-not $application) {
            $application = $xml.DocumentElement.AppendChild($xml.CreateElement('application', $asmV3))
        }
        $windowsSettings = $application.AppendChild($xml.CreateElement('windowsSettings', $asmV3))
    }
    $codePage = $windowsSettings.SelectSingleNode('ws:activeCodePage', $namespaces)
    if (-not $codePage) {
        $codePage = $windowsSettings.AppendChild($xml.CreateElement('activeCodePage', $settings2019))
    }
    $codePage.InnerText = 'UTF-8'
    [ExeManifest]::Write($exe, $language, $xml.OuterXml)

    $check = [ExeManifest]::Read($exe, [ref]$language)
    if ($check -notmatch '<activeCodePage[^>]*>UTF-8</activeCodePage>') {
        throw "The manifest of $exe did not keep activeCodePage UTF-8: $check"
    }
    Write-Host "$(Split-Path -Leaf $exe): activeCodePage UTF-8"
}

# The AOT cache (decision 0025): one training run of the window on demo data, through DangVu.exe
# itself (its manifest, its options), with the cache to write in place of the cache to read in its
# app\DangVu.cfg, which is put back afterwards.
function New-AotCache($app, [string]$appImage) {
    $appDir = Join-Path $appImage 'app'
    $cfg = Join-Path $appDir "$($app.Name).cfg"
    $cache = Join-Path $appDir $app.AotCache
    $training = Join-Path $work 'training'
    # Before the cache exists each start says on standard error that it found none, and goes on.
    Invoke-Tool (Join-Path $appImage "$($app.CliLauncher).exe") @('--data', $training, 'demo', '--members', '200')
    $original = [IO.File]::ReadAllText($cfg)
    $reading = 'java-options=-XX:AOTCache=$APPDIR/' + $app.AotCache
    $writing = 'java-options=-XX:AOTCacheOutput=$APPDIR/' + $app.AotCache
    if (-not $original.Contains($reading)) {
        throw "$cfg has no line $reading."
    }
    $utf8 = New-Object Text.UTF8Encoding $false
    [IO.File]::WriteAllText($cfg, $original.Replace($reading, $writing), $utf8)
    try {
        $run = Start-Process -FilePath (Join-Path $appImage "$($app.Name).exe") -Wait -PassThru -NoNewWindow `
            -ArgumentList @('--data', "`"$training`"", '--startup-probe')
        if ($run.ExitCode -ne 0) {
            throw "The training run ended with exit code $($run.ExitCode)."
        }
    } finally {
        [IO.File]::WriteAllText($cfg, $original, $utf8)
    }
    if (-not (Test-Path $cache)) {
        throw "The training run left no $cache."
    }
    Write-Host "AOT cache: $cache ($([math]::Round((Get-Item $cache).Length / 1MB)) MB)"
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

# The first column of each row, or the first two as Key and Name.
function Read-MsiStrings($database, [string]$sql, [switch]$KeyAndName) {
    $view = Invoke-Com $database 'OpenView' InvokeMethod @($sql)
    Invoke-Com $view 'Execute' InvokeMethod | Out-Null
    $values = @()
    while ($record = Invoke-Com $view 'Fetch' InvokeMethod) {
        $first = Invoke-Com $record 'StringData' GetProperty @(1)
        if ($KeyAndName) {
            $values += [pscustomobject]@{ Key = $first; Name = (Invoke-Com $record 'StringData' GetProperty @(2)) }
        } else {
            $values += $first
        }
        Close-Com $record
    }
    Invoke-Com $view 'Close' InvokeMethod | Out-Null
    Close-Com $view
    return $values
}

function Test-SameText([string]$a, [string]$b) {
    return $a.Normalize([Text.NormalizationForm]::FormC) -ceq $b.Normalize([Text.NormalizationForm]::FormC)
}

# jpackage names the shortcuts after the launchers (DangVu.exe and DangVuAnToan.exe, kept ASCII:
# they are file names on every machine) and builds the MSI in code page 1252, which has no
# Vietnamese. So the names are set afterwards: the database is switched to Windows-1258 (its
# strings are all ASCII so far), then the desktop and Start menu shortcuts of the app, the Start
# menu folder and the product name shown in "Apps & features" become "Đảng Vụ" (8.3 short name
# DANGVU), the safe mode's Start menu shortcut "Đảng Vụ (chế độ an toàn)" (DVANTOAN), and all are
# read back to check.
function Set-VietnameseNames([string]$msi, $app) {
    $installer = New-Object -ComObject WindowsInstaller.Installer
    $database = Invoke-Com $installer 'OpenDatabase' InvokeMethod @($msi, 1)
    [IO.File]::WriteAllText((Join-Path $work '_ForceCodepage.idt'), "`r`n`r`n1258`t_ForceCodepage`r`n",
        [Text.Encoding]::ASCII)
    Invoke-Com $database 'Import' InvokeMethod @($work, '_ForceCodepage.idt') | Out-Null
    $mainName = "DANGVU|$displayName"
    $safeName = "DVANTOAN|$safeModeName"
    $menuFolder = 'WHERE `Directory_Parent` = ''ProgramMenuFolder'''
    $productName = 'WHERE `Property` = ''ProductName'''
    foreach ($shortcut in @(Read-MsiStrings $database 'SELECT `Shortcut`, `Name` FROM `Shortcut`' -KeyAndName)) {
        $name = if ($shortcut.Name -match [regex]::Escape($app.SafeLauncher)) { $safeName } else { $mainName }
        Invoke-MsiSql $installer $database 'UPDATE `Shortcut` SET `Name` = ? WHERE `Shortcut` = ?' @($name, $shortcut.Key)
    }
    Invoke-MsiSql $installer $database "UPDATE ``Directory`` SET ``DefaultDir`` = ? $menuFolder" @($mainName)
    Invoke-MsiSql $installer $database "UPDATE ``Property`` SET ``Value`` = ? $productName" @($displayName)
    Invoke-Com $database 'Commit' InvokeMethod | Out-Null
    Close-Com $database

    $database = Invoke-Com $installer 'OpenDatabase' InvokeMethod @($msi, 0)
    $names = @(Read-MsiStrings $database 'SELECT `Name` FROM `Shortcut`')
    $folders = @(Read-MsiStrings $database "SELECT ``DefaultDir`` FROM ``Directory`` $menuFolder")
    $product = @(Read-MsiStrings $database "SELECT ``Value`` FROM ``Property`` $productName")
    Close-Com $database
    Close-Com $installer

    $main = @($names | Where-Object { Test-SameText $_ $mainName })
    $safe = @($names | Where-Object { Test-SameText $_ $safeName })
    $right = $names.Count -eq 3 -and $main.Count -eq 2 -and $safe.Count -eq 1 -and $folders.Count -eq 1 -and
        (Test-SameText $folders[0] $mainName) -and $product.Count -eq 1 -and (Test-SameText $product[0] $displayName)
    if (-not $right) {
        throw ("The MSI did not keep the Vietnamese names (shortcuts: $($names -join ', '); Start menu: " +
            "$($folders -join ', '); product: $($product -join ', ')).")
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

Write-Step 'jpackage: app image (the window, its safe mode, the console launcher)'
$appImage = New-AppImage $app $runtime

# The runtime's java.exe too: the AOT cache's assembly at training and a check of the installed
# copy (installer\test-windows-install.ps1) run it.
Write-Step 'UTF-8 active code page in the launchers and the runtime''s java.exe'
foreach ($exe in @("$($app.Name).exe", "$($app.SafeLauncher).exe", "$($app.CliLauncher).exe",
        'runtime\bin\java.exe', 'runtime\bin\javaw.exe')) {
    Set-Utf8CodePage (Join-Path $appImage $exe)
}

Write-Step 'AOT cache: a training run of the window'
New-AotCache $app $appImage

Write-Step 'portable zip'
$zip = New-PortableZip $app $appImage

Write-Step 'jpackage: per-user MSI'
$msi = New-Msi $app $appImage

Write-Step 'Vietnamese names for the shortcuts, the Start menu folder and Apps & features'
$plain = "$msi.ascii-names"
Copy-Item $msi $plain
try {
    Set-VietnameseNames $msi $app
    Remove-Item $plain
} catch {
    # An MSI with ASCII names still installs and upgrades correctly: keep it and say why.
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
    Move-Item -Force $plain $msi
    Write-Warning "The shortcuts keep the names $($app.Name) and $($app.SafeLauncher): $($_.Exception.Message)"
}

Write-Host ''
Write-Host "MSI:      $msi"
Write-Host "Portable: $zip"
