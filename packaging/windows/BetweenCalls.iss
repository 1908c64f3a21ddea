; Inno Setup 6 script: Between Calls per user (no admin rights) or per machine (/ALLUSERS).
;
; Build (after `python packaging\build.py` made dist\BetweenCalls):
;   iscc /DAppVersion=0.1.0 packaging\windows\BetweenCalls.iss
; Signed (the installer and its uninstaller), as the release workflow does:
;   iscc /DAppVersion=0.1.0 /DSignWith=1 "/Ssigntool=signtool.exe sign /fd sha256 ... $f" ...
; Output: dist\BetweenCalls-<version>-windows-x64-setup.exe
;
; Per user, silent:    BetweenCalls-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER /TASKS="autostart"
; Per machine, silent: BetweenCalls-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;   (installs into Program Files; the "autostart" task then writes the HKLM Run value)
; Silent uninstall (keeps data): "<install folder>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; ... and remove the data of the account running it too: add /REMOVEDATA
; IT rolling out to many seats: the MSI (BetweenCalls.wxs) is usually the better fit.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Between Calls"
#define AppExe "BetweenCalls.exe"
; Must match wellbeing_app/platform/windows_app_id.py (notifications are grouped under it).
#define AppUserModelID "org.betweencalls.BetweenCalls"
; Must match wellbeing_app/platform/windows_run_key.py VALUE_NAME (the app toggles the same value).
#define RunValueName "BetweenCalls"
; platformdirs' user_data_dir("BetweenCalls", appauthor=False, roaming=False).
#define DataDir "{localappdata}\BetweenCalls"

[Setup]
AppId={{6B0E3C52-6A8F-4E43-9D43-2F1B7A5C9B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Between Calls contributors
VersionInfoVersion={#AppVersion}
; Per user by default, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs in this mode.
; /ALLUSERS (or the dialog's "for all users") switches to Program Files with admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=BetweenCalls-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\BetweenCalls.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
MinVersion=10.0
#ifdef SignWith
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start {#AppName} when I log in"; GroupDescription: "When Windows starts:"

[Files]
Source: "..\..\dist\BetweenCalls\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID on the Start-menu shortcut lets Windows show the app's toast notifications.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Comment: "Log tough calls and take a one-minute reset"

[Registry]
; The same value `wellbeing autostart --enable` writes, so the installer and the app agree.
; HKA: HKCU when installed per user, HKLM (every user) when installed with /ALLUSERS.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#RunValueName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: autostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\taskkill.exe"; Parameters: "/F /IM {#AppExe}"; Flags: runhidden; RunOnceId: "StopBetweenCalls"

[Code]
var
  RemoveDataCheckBox: TNewCheckBox;
  RemoveData: Boolean;

function CommandLineAsksToRemoveData(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
end;

{ Interactive uninstall: ask with a checkbox, unticked by default, before anything is removed. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  OkButton, CancelButton: TNewButton;
begin
  RemoveData := CommandLineAsksToRemoveData();
  Result := True;
  if UninstallSilent then
    Exit;
  Form := CreateCustomForm(ScaleX(420), ScaleY(150), False, True);
  try
    Form.Caption := 'Uninstall {#AppName}';
    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.Left := ScaleX(16);
    Note.Top := ScaleY(16);
    Note.Width := Form.ClientWidth - ScaleX(32);
    Note.WordWrap := True;
    Note.Caption := '{#AppName} will be removed. Your logged calls and settings are kept ' +
      'unless you tick the box below.';
    RemoveDataCheckBox := TNewCheckBox.Create(Form);
    RemoveDataCheckBox.Parent := Form;
    RemoveDataCheckBox.Left := ScaleX(16);
    RemoveDataCheckBox.Top := ScaleY(64);
    RemoveDataCheckBox.Width := Form.ClientWidth - ScaleX(32);
    RemoveDataCheckBox.Caption := '&Remove my data (logged calls, check-ins, settings)';
    RemoveDataCheckBox.Checked := RemoveData;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := '&Uninstall';
    OkButton.Left := Form.ClientWidth - ScaleX(184);
    OkButton.Top := Form.ClientHeight - ScaleY(40);
    OkButton.Width := ScaleX(80);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.Left := Form.ClientWidth - ScaleX(96);
    CancelButton.Top := Form.ClientHeight - ScaleY(40);
    CancelButton.Width := ScaleX(80);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    Result := Form.ShowModal() = mrOk;
    RemoveData := RemoveDataCheckBox.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    { The app may have written these itself (`wellbeing autostart --enable`, Task Manager). }
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run',
      '{#RunValueName}');
    RegDeleteValue(HKEY_CURRENT_USER,
      'Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run', '{#RunValueName}');
  end;
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(ExpandConstant('{#DataDir}'), True, True, True);
end;
