; TrustDesk — Windows installer (Inno Setup 6.3 or later), per user, no administrator rights.
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\trustdesk.spec
;   iscc /DAppVersion=0.1.0 installer\windows\trustdesk.iss          -> dist\TrustDesk-0.1.0-setup.exe
;
; Installs the one-dir bundle (dist\TrustDesk: TrustDesk.exe windowed, trustdesk-cli.exe console) to
; %LOCALAPPDATA%\Programs\TrustDesk, adds a Start-menu entry and an uninstaller.
;
; The vault is NOT under the program folder: platformdirs' user_data_dir("TrustDesk") on Windows is
; %LOCALAPPDATA%\<appauthor>\<appname>, and appauthor defaults to appname, so the vault lives in
; %LOCALAPPDATA%\TrustDesk\TrustDesk (vault.db, keyslots.json, safety copies).  Uninstalling leaves it
; in place; only when the user explicitly says so twice does the uninstaller delete
; %LOCALAPPDATA%\TrustDesk and the settings key HKCU\Software\TrustDesk.  A silent uninstall never does.
;
; Upgrading: run the new setup over the old one (same AppId).  Setup closes a running TrustDesk, removes
; the old bundle's files ({app}\_internal) and installs the new one; the vault is untouched until the
; new version opens it, which migrates it behind an encrypted safety copy.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\TrustDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change the AppId: upgrades find the installed version by it.
AppId={{6F0E3B0C-5D2A-4B7E-9C1A-7A4D2E8B9F31}
AppName=TrustDesk
AppVersion={#AppVersion}
AppVerName=TrustDesk {#AppVersion}
AppPublisher=TrustDesk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\TrustDesk
DisableDirPage=auto
DefaultGroupName=TrustDesk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=TrustDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\trustdesk.ico
UninstallDisplayIcon={app}\TrustDesk.exe
UninstallDisplayName=TrustDesk
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
; Code signing (when the organisation has a certificate): iscc /Ssigntool="signtool sign /fd sha256 /tr ... $f"
; SignTool=signtool

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DeleteVaultQuestion=Wilt u ook uw TrustDesk-kluis verwijderen?%n%nDe kluis bevat al uw dossiers en notities (map %1).%nKies "Nee" om ze te bewaren, bijvoorbeeld voor een nieuwe installatie.
nl.DeleteVaultConfirm=Weet u het zeker? De kluis en alle dossiers worden definitief gewist en kunnen niet worden teruggehaald, ook niet met de herstelcode. Alleen een reservekopie elders blijft bestaan.
fr.DeleteVaultQuestion=Voulez-vous aussi supprimer votre coffre TrustDesk ?%n%nLe coffre contient tous vos dossiers et notes (dossier %1).%nChoisissez « Non » pour les conserver, par exemple pour une nouvelle installation.
fr.DeleteVaultConfirm=En êtes-vous sûr ? Le coffre et tous les dossiers seront effacés définitivement et ne pourront pas être récupérés, même avec le code de récupération. Seule une sauvegarde conservée ailleurs subsistera.
en.DeleteVaultQuestion=Do you also want to delete your TrustDesk vault?%n%nThe vault holds all your cases and notes (folder %1).%nChoose "No" to keep them, for example for a new installation.
en.DeleteVaultConfirm=Are you sure? The vault and every case will be erased for good and cannot be recovered, not even with the recovery code. Only a backup kept elsewhere will remain.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's bundle: stale modules of an older PyInstaller build must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\TrustDesk"; Filename: "{app}\TrustDesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\TrustDesk"; Filename: "{app}\TrustDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\TrustDesk.exe"; Description: "{cm:LaunchProgram,TrustDesk}"; Flags: nowait postinstall skipifsilent

[Code]
function VaultRoot(): String;
begin
  { platformdirs: %LOCALAPPDATA%\<appauthor = appname>\<appname>; we remove the author folder. }
  Result := ExpandConstant('{localappdata}\TrustDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  { Never in a silent uninstall: deleting case data needs a person who says so, twice. }
  if UninstallSilent() or not DirExists(VaultRoot()) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteVaultQuestion'), [VaultRoot()]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  if MsgBox(CustomMessage('DeleteVaultConfirm'), mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  DelTree(VaultRoot(), True, True, True);
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\TrustDesk');
end;
