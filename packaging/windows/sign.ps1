<#
  Sign Windows files with signtool through Azure Trusted Signing (the certificate's key never
  leaves Microsoft's HSMs), or with a hardware-held certificate on a self-hosted runner.

    sign.ps1 -Setup                      fetch signtool + the Trusted Signing dlib, write the
                                         metadata file, export SIGN_COMMAND for later steps
    sign.ps1 -Path dist\BetweenCalls     sign every .exe, .dll and .pyd below a folder, then verify
    sign.ps1 -Path dist -Filter "BetweenCalls-*"   sign the installer and the MSI

  Setup reads SIGNING_ENDPOINT, SIGNING_ACCOUNT, SIGNING_PROFILE; with WINDOWS_SIGN_SHA1 set it
  signs with that certificate from the machine's store instead (a hardware token).
#>
param(
    [switch]$Setup,
    [string]$Path,
    [string]$Filter = "*"
)
$ErrorActionPreference = "Stop"
$tools = Join-Path $env:RUNNER_TEMP "signing"
$timestamp = "http://timestamp.acs.microsoft.com"

if ($Setup) {
    New-Item -ItemType Directory -Force $tools | Out-Null
    nuget install Microsoft.Windows.SDK.BuildTools -Version 10.0.26100.4188 -x -OutputDirectory $tools | Out-Null
    $signtool = (Get-ChildItem -Recurse "$tools\Microsoft.Windows.SDK.BuildTools\bin\*\x64\signtool.exe" | Select-Object -First 1).FullName
    if ($env:WINDOWS_SIGN_SHA1) {
        $command = "`"$signtool`" sign /v /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /sha1 $env:WINDOWS_SIGN_SHA1"
    } else {
        nuget install Microsoft.Trusted.Signing.Client -Version 1.0.60 -x -OutputDirectory $tools | Out-Null
        $dlib = (Get-ChildItem -Recurse "$tools\Microsoft.Trusted.Signing.Client\bin\x64\Azure.CodeSigning.Dlib.dll").FullName
        $metadata = Join-Path $tools "metadata.json"
        @{ Endpoint = $env:SIGNING_ENDPOINT; CodeSigningAccountName = $env:SIGNING_ACCOUNT;
           CertificateProfileName = $env:SIGNING_PROFILE } | ConvertTo-Json | Set-Content -Encoding utf8 $metadata
        $command = "`"$signtool`" sign /v /fd SHA256 /tr $timestamp /td SHA256 /dlib `"$dlib`" /dmdf `"$metadata`""
    }
    "SIGN_COMMAND=$command" | Out-File -FilePath $env:GITHUB_ENV -Append -Encoding utf8
    "SIGNTOOL=$signtool" | Out-File -FilePath $env:GITHUB_ENV -Append -Encoding utf8
    exit 0
}

$files = Get-ChildItem -Recurse -File -Path $Path -Filter $Filter |
    Where-Object { $_.Extension -in ".exe", ".dll", ".pyd", ".msi" } |
    Select-Object -ExpandProperty FullName
Write-Host "Signing $($files.Count) files below $Path"
# signtool takes many files per call; batches keep the command line short.
for ($i = 0; $i -lt $files.Count; $i += 50) {
    $batch = $files[$i..([Math]::Min($i + 49, $files.Count - 1))] | ForEach-Object { "`"$_`"" }
    cmd /c "$env:SIGN_COMMAND $($batch -join ' ')"
    if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
}
foreach ($file in $files) {
    & $env:SIGNTOOL verify /pa /q $file
    if ($LASTEXITCODE -ne 0) { throw "not signed: $file" }
}
