<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="133"/>
        <source>This TrustDesk</source>
        <translation>Deze TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="134"/>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="134"/>
        <source>Built on:</source>
        <translation>Gebouwd op:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="134"/>
        <source>Pack:</source>
        <translation>Pakket:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="102"/>
        <source>no pack imported yet</source>
        <translation>nog geen pakket geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="126"/>
        <source>development version (not released)</source>
        <translation>ontwikkelversie (niet uitgebracht)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="128"/>
        <source>development version (not released), commit %1</source>
        <translation>ontwikkelversie (niet uitgebracht), commit %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="129"/>
        <source>development version (not released), commit %1 of %2</source>
        <translation>ontwikkelversie (niet uitgebracht), commit %1 van %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="146"/>
        <source>TrustDesk never looks for updates on the internet; your coordinator&apos;s packs tell it when a newer version exists.</source>
        <translation>TrustDesk zoekt nooit naar updates op het internet; de pakketten van uw coördinator laten weten wanneer er een nieuwere versie is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="104"/>
        <source>the starter directory built into TrustDesk, version %1 (part of this installation, no signature needed)</source>
        <translation>de startlijst van hulpverleners die in TrustDesk zit, versie %1 (deel van deze installatie, geen handtekening nodig)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="110"/>
        <source>“%1” (%2, version %3, dated %4)</source>
        <translation>“%1” (%2, versie %3, van %4)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="113"/>
        <source>signed with key %1</source>
        <translation>ondertekend met sleutel %1</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../trustdesk/ui/reports/activity_chart.py" line="45"/>
        <location filename="../../trustdesk/ui/reports/activity_chart.py" line="82"/>
        <source>Bar chart</source>
        <translation>Staafdiagram</translation>
    </message>
</context>
<context>
    <name>AffiliationsBox</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="164"/>
        <source>Conflict of interest</source>
        <translation>Belangenconflict</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="171"/>
        <source>Your affiliations, one per line</source>
        <translation>Uw eigen werkplekken, één per regel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="118"/>
        <source>Not saved yet.</source>
        <translation>Nog niet bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="146"/>
        <source>✓ Saved: %n affiliation(s).</source>
        <translation>
            <numerusform>✓ Bewaard: %n eigen werkplek.</numerusform>
            <numerusform>✓ Bewaard: %n eigen werkplekken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="166"/>
        <source>Where you work yourself: hospitals, practices, groups or faculty, one per line (for example “AZ Sint-Jan Brugge”). A new case whose workplace is the same institution — under any of its names or campuses — is pointed out, so you can decide to keep it or return it. A town alone is not an institution.</source>
        <translation>Waar u zelf werkt: ziekenhuizen, praktijken, groepen of faculteit, één per regel (bijvoorbeeld “AZ Sint-Jan Brugge”). Een nieuw dossier waarvan de werkplek dezelfde instelling is — onder welke naam of op welke campus ook — wordt gemeld, zodat u kunt beslissen het te houden of terug te geven. Een gemeente alleen is geen instelling.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="172"/>
        <source>&amp;Save affiliations</source>
        <translation>Werk&amp;plekken bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="173"/>
        <source>Save your affiliations</source>
        <translation>Uw eigen werkplekken bewaren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="156"/>
        <source>⚠ %n open case(s) now match one of your affiliations: %1. Each case shows it.</source>
        <translation>
            <numerusform>⚠ %n open dossier komt nu overeen met een van uw eigen werkplekken: %1. Het dossier toont het.</numerusform>
            <numerusform>⚠ %n open dossiers komen nu overeen met een van uw eigen werkplekken: %1. Elk dossier toont het.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="89"/>
        <source>protected by the passphrase only (no keychain)</source>
        <translation>alleen beschermd door de wachtwoordzin (geen sleutelhanger)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="93"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n mislukte poging</numerusform>
            <numerusform>%n mislukte pogingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="106"/>
        <source>database version %1 → %2</source>
        <translation>databankversie %1 → %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="44"/>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="57"/>
        <source>referral %1</source>
        <translation>doorverwijzing %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="59"/>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="241"/>
        <source>file %1, case %2 of %3; with: %4</source>
        <translation>bestand %1, dossier %2 van %3; met: %4</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="244"/>
        <source>file %1, case %2 of %3; was %4 at the predecessor</source>
        <translation>bestand %1, dossier %2 van %3; was %4 bij de voorganger</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="247"/>
        <source>file %1 was already imported: refused, nothing imported</source>
        <translation>bestand %1 was al geïmporteerd: geweigerd, niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="249"/>
        <source>closed after the handover in file %1; only the minimum kept</source>
        <translation>afgesloten na de overdracht in bestand %1; alleen het minimum bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="257"/>
        <source>closed after the handover in file %1; kept in full</source>
        <translation>afgesloten na de overdracht in bestand %1; volledig bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="259"/>
        <source>file %1; with: %2</source>
        <translation>bestand %1; met: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="261"/>
        <source>file %1; previous codes, in order: %2</source>
        <translation>bestand %1; vorige codes, in volgorde: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="307"/>
        <source>The audit log as shown (CSV, with case codes)</source>
        <translation>Het auditlogboek zoals getoond (csv, met dossiercodes)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="315"/>
        <source>Audit</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="318"/>
        <source>No entry matches these filters.</source>
        <translation>Geen regel voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="323"/>
        <source>Checking the audit log…</source>
        <translation>Het auditlogboek wordt gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="326"/>
        <source>✓ The audit log is intact: %n entries, none changed or removed since they were written.</source>
        <translation>
            <numerusform>✓ Het auditlogboek is intact: %n regel, niets gewijzigd of verwijderd sinds het geschreven werd.</numerusform>
            <numerusform>✓ Het auditlogboek is intact: %n regels, geen enkele gewijzigd of verwijderd sinds ze geschreven werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="332"/>
        <source>⚠ The audit log was changed outside TrustDesk: entry %1 and everything after it no longer verify. The entries before it (%2) are intact.</source>
        <translation>⚠ Het auditlogboek is buiten TrustDesk gewijzigd: regel %1 en alles daarna klopt niet meer. De regels daarvoor (%2) zijn intact.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="344"/>
        <source>All events</source>
        <translation>Alle gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>Last year</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="360"/>
        <source>&amp;Events</source>
        <translation>&amp;Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="361"/>
        <source>What &amp;left this vault</source>
        <translation>Wat deze kluis &amp;verliet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="362"/>
        <source>Audit log and disclosures</source>
        <translation>Auditlogboek en verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="363"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Gebeurtenis:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="364"/>
        <source>Show only this kind of event</source>
        <translation>Alleen dit soort gebeurtenis tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="365"/>
        <source>&amp;Case:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="367"/>
        <source>Show only this case code</source>
        <translation>Alleen deze dossiercode tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="368"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="369"/>
        <source>Show only this period</source>
        <translation>Alleen deze periode tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="370"/>
        <source>Audit log entries, newest first</source>
        <translation>Regels van het auditlogboek, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="371"/>
        <source>E&amp;xport as CSV…</source>
        <translation>Als csv e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="372"/>
        <source>Export the shown audit entries as CSV</source>
        <translation>De getoonde auditregels als csv exporteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="385"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="95"/>
        <source>case kept, with a reason</source>
        <translation>dossier gehouden, met een reden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="97"/>
        <source>returned to the coordinator; nothing about the doctor kept</source>
        <translation>teruggegeven aan de coördinator; niets over de arts bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="21"/>
        <source>intake</source>
        <translation>aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="22"/>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="23"/>
        <source>risk history</source>
        <translation>risicoverloop</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="24"/>
        <source>referrals</source>
        <translation>doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="25"/>
        <source>tasks</source>
        <translation>taken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="26"/>
        <source>no sections</source>
        <translation>geen onderdelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="47"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="50"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="63"/>
        <source>sections: %1</source>
        <translation>onderdelen: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="74"/>
        <source>pack “%1”, version %2</source>
        <translation>pakket “%1”, versie %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="213"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="216"/>
        <source> (reason: %1)</source>
        <translation> (reden: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="382"/>
        <source>Showing the newest %1 of %n entries.</source>
        <translation>
            <numerusform>De nieuwste %1 van %n regel getoond.</numerusform>
            <numerusform>De nieuwste %1 van %n regels getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="251"/>
        <source>the successor&apos;s receipt code for file %1 was checked</source>
        <translation>de ontvangstcode van de opvolger voor bestand %1 werd gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="254"/>
        <source>file %1: erasing %n case(s) confirmed, only the minimum kept</source>
        <translation>
            <numerusform>bestand %1: wissen van %n dossier bevestigd, alleen het minimum bewaard</numerusform>
            <numerusform>bestand %1: wissen van %n dossiers bevestigd, alleen het minimum bewaard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="149"/>
        <source>packs are now checked with key %2 instead of key %1</source>
        <translation>pakketten worden nu gecontroleerd met sleutel %2 in plaats van sleutel %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="152"/>
        <source>key %1</source>
        <translation>sleutel %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="154"/>
        <source>intake %1, signed with key %2</source>
        <translation>aanmelding %1, ondertekend met sleutel %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="156"/>
        <source>%1: file %2, %n case(s), for key %3</source>
        <translation>
            <numerusform>%1: bestand %2, %n dossier, voor sleutel %3</numerusform>
            <numerusform>%1: bestand %2, %n dossiers, voor sleutel %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="159"/>
        <source>new key %1, from %2; not compared by phone yet</source>
        <translation>nieuwe sleutel %1, uit %2; nog niet telefonisch vergeleken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="162"/>
        <source>key %1 compared by phone; it replaces key %2</source>
        <translation>sleutel %1 telefonisch vergeleken; hij vervangt sleutel %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="165"/>
        <source>key %1 compared by phone</source>
        <translation>sleutel %1 telefonisch vergeleken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="167"/>
        <source>another key %1, from %2; kept beside the compared key %3 until it is compared by phone</source>
        <translation>een andere sleutel %1, uit %2; bewaard naast de vergeleken sleutel %3 tot hij telefonisch vergeleken is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="170"/>
        <source>from the backup of %1</source>
        <translation>uit de back-up van %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="172"/>
        <source>case %1 destroyed on %2</source>
        <translation>dossier %1 vernietigd op %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="174"/>
        <source>%1: key slot removed</source>
        <translation>%1: sleutelplaats verwijderd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="175"/>
        <source>%1: key slot changed</source>
        <translation>%1: sleutelplaats gewijzigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="180"/>
        <source>new data key, database re-encrypted, new passphrase slot and recovery code</source>
        <translation>nieuwe gegevenssleutel, databank opnieuw versleuteld, nieuwe wachtwoordzin-sleutelplaats en herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="186"/>
        <source>entries at the end of the log are missing</source>
        <translation>regels aan het einde van het logboek ontbreken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="187"/>
        <source>the log was rewritten</source>
        <translation>het logboek werd herschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="188"/>
        <source>the head record was deleted</source>
        <translation>het controlebestand van het logboek werd verwijderd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="189"/>
        <source>the head record does not verify</source>
        <translation>het controlebestand van het logboek klopt niet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="190"/>
        <source>an older copy was put back</source>
        <translation>een oudere kopie werd teruggezet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="191"/>
        <source>no entry</source>
        <translation>geen regel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="193"/>
        <source>its head record named %1 (%2)</source>
        <translation>het controlebestand noemde %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="196"/>
        <source>its head record is gone or does not verify</source>
        <translation>het controlebestand is weg of klopt niet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="197"/>
        <source>%1: the log ends at %2; %3</source>
        <translation>%1: het logboek eindigt bij %2; %3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="202"/>
        <source>passphrase</source>
        <translation>wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="203"/>
        <source>recovery code</source>
        <translation>herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="238"/>
        <source>%1 (successor: %2)</source>
        <translation>%1 (opvolger: %2)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="118"/>
        <source>by hand (lock button or Ctrl+L)</source>
        <translation>met de hand (vergrendelknop of Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="119"/>
        <source>after the idle time</source>
        <translation>na de tijd zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="120"/>
        <source>on quitting TrustDesk</source>
        <translation>bij het afsluiten van TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="121"/>
        <source>before the computer went to sleep</source>
        <translation>voor de computer in slaapstand ging</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="122"/>
        <source>after wrong passphrases before an export</source>
        <translation>na foute wachtwoordzinnen voor een export</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="123"/>
        <source>to restore a backup</source>
        <translation>om een back-up terug te zetten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="124"/>
        <source>another vault was opened</source>
        <translation>een andere kluis werd geopend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="104"/>
        <source>the empty contact of %1</source>
        <translation>het lege contact van %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="234"/>
        <source>Folder for automatic backups</source>
        <translation>Map voor automatische back-ups</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="229"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="230"/>
        <source>A copy of your vault on another disk, in case this computer breaks or is lost.</source>
        <translation>Een kopie van uw kluis op een andere schijf, voor het geval deze computer stukgaat of verloren raakt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="231"/>
        <source>Choose a folder on a USB stick or another disk. TrustDesk then makes an encrypted, checked backup there when you lock or quit, and once a day. A backup opens only with your passphrase or your recovery code.</source>
        <translation>Kies een map op een USB-stick of een andere schijf. TrustDesk maakt daar dan een versleutelde, gecontroleerde back-up wanneer u vergrendelt of afsluit, en eenmaal per dag. Een back-up opent alleen met uw wachtwoordzin of uw herstelcode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="234"/>
        <source>C&amp;hoose a folder…</source>
        <translation>Een map &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="235"/>
        <source>Choose the folder for automatic backups</source>
        <translation>De map voor automatische back-ups kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="237"/>
        <source>No stick at hand? Skip this step: Today reminds you, and Settings has the same choice.</source>
        <translation>Geen stick bij de hand? Sla deze stap over: “Vandaag” herinnert u eraan, en in Instellingen vindt u dezelfde keuze.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="236"/>
        <source>No folder chosen yet: type its path or choose it</source>
        <translation>Nog geen map gekozen: typ het pad of kies de map</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="86"/>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="418"/>
        <source>Folder for automatic backups</source>
        <translation>Map voor automatische back-ups</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="282"/>
        <source>Save a backup</source>
        <translation>Een back-up bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="282"/>
        <source>TrustDesk backups (*.tdbackup)</source>
        <translation>TrustDesk-back-ups (*.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="294"/>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="364"/>
        <source>From now on TrustDesk makes a backup there when you lock or quit, and once a day.</source>
        <translation>Voortaan maakt TrustDesk daar een back-up als u vergrendelt of afsluit, en eens per dag.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="296"/>
        <source>Automatic backups are off. Use “Back up now” to make one yourself.</source>
        <translation>Automatische back-ups staan uit. Gebruik “Nu een back-up maken” om er zelf een te maken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="354"/>
        <source>Writing and checking the backup…</source>
        <translation>De back-up wordt geschreven en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="379"/>
        <source>The backup could not be made; nothing was left half-written. Check that the drive is connected, writable and not full.</source>
        <translation>De back-up kon niet gemaakt worden; er is niets half weggeschreven. Controleer of de schijf aangesloten, beschrijfbaar en niet vol is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="402"/>
        <source>No backup has been made yet.</source>
        <translation>Er is nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="405"/>
        <source>✓ Last backup: %1 (checked)</source>
        <translation>✓ Laatste back-up: %1 (gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="406"/>
        <source>⚠ The last backup failed (%1).</source>
        <translation>⚠ De laatste back-up is mislukt (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="409"/>
        <source>Backups and keeping</source>
        <translation>Back-ups en bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="410"/>
        <source>&amp;Back up now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="411"/>
        <source>Back up now to a file you choose</source>
        <translation>Nu een back-up maken naar een bestand naar keuze</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="412"/>
        <source>Automatic backups to:</source>
        <translation>Automatische back-ups naar:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="420"/>
        <source>Off: no folder chosen</source>
        <translation>Uit: geen map gekozen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="418"/>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="419"/>
        <source>Choose the folder for automatic backups</source>
        <translation>De map voor automatische back-ups kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="422"/>
        <source>Stop automatic backups</source>
        <translation>Automatische back-ups stoppen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="424"/>
        <source>&amp;Keep the newest:</source>
        <translation>De nieuw&amp;ste bewaren:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="425"/>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="426"/>
        <source>How many automatic backups to keep</source>
        <translation>Hoeveel automatische back-ups bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="427"/>
        <source>Keep closed cases &amp;for:</source>
        <translation>Afgesloten dossiers bewaren &amp;gedurende:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="428"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="429"/>
        <source>Years a closed case is kept before TrustDesk asks to destroy it</source>
        <translation>Jaren dat een afgesloten dossier bewaard blijft voor TrustDesk vraagt het te vernietigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="430"/>
        <source>Clear copied case text &amp;after:</source>
        <translation>Ge&amp;kopieerde dossiertekst wissen na:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="431"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="432"/>
        <source>Seconds before copied case text leaves the clipboard</source>
        <translation>Seconden voor gekopieerde dossiertekst van het klembord verdwijnt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="434"/>
        <source>Restore the vault from a backup</source>
        <translation>De kluis herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="395"/>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="71"/>
        <source>⚠ TrustDesk cannot write to this folder (read-only?).</source>
        <translation>⚠ TrustDesk kan niet in deze map schrijven (alleen-lezen?).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="374"/>
        <source>The backup could not be made: the backup drive is full. Nothing was left half-written. Free some space there or choose another drive.</source>
        <translation>De back-up kon niet gemaakt worden: de back-upschijf is vol. Er is niets half weggeschreven. Maak daar ruimte vrij of kies een andere schijf.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="376"/>
        <source>The backup could not be made: this computer&apos;s disk is full (a backup first needs room beside the vault for an encrypted copy). Nothing was left half-written. Free some space and try again.</source>
        <translation>De back-up kon niet gemaakt worden: de schijf van deze computer is vol (een back-up heeft eerst ruimte naast de kluis nodig voor een versleutelde kopie). Er is niets half weggeschreven. Maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="433"/>
        <source>Restore from a ba&amp;ckup…</source>
        <translation>&amp;Herstellen uit een back-up…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="67"/>
        <source>⚠ The folder is not there: is the USB stick connected? Check the path, or choose the folder.</source>
        <translation>⚠ De map is er niet: zit de USB-stick erin? Controleer het pad of kies de map.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="69"/>
        <source>⚠ That is a file, not a folder. Name the folder the backups go into.</source>
        <translation>⚠ Dat is een bestand, geen map. Geef de map waarin de back-ups komen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="72"/>
        <source>⚠ That folder is inside TrustDesk&apos;s own data folder: a backup there is lost with this computer. Choose a USB stick or another disk.</source>
        <translation>⚠ Die map ligt in de eigen gegevensmap van TrustDesk: een back-up daar gaat samen met deze computer verloren. Kies een USB-stick of een andere schijf.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="75"/>
        <source>⚠ Give the full path of the folder (for example /media/stick/backups or E:\Backups), or choose it.</source>
        <translation>⚠ Geef het volledige pad van de map (bijvoorbeeld /media/stick/backups of E:\Backups), of kies de map.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="361"/>
        <source>Backup saved and checked: %1 (%n case(s)). It opens only with your passphrase or your recovery code.</source>
        <translation>
            <numerusform>Back-up bewaard en gecontroleerd: %1 (%n dossier). Ze opent alleen met uw wachtwoordzin of uw herstelcode.</numerusform>
            <numerusform>Back-up bewaard en gecontroleerd: %1 (%n dossiers). Ze opent alleen met uw wachtwoordzin of uw herstelcode.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="421"/>
        <source>Turn &amp;off</source>
        <translation>Back-ups &amp;uitzetten</translation>
    </message>
</context>
<context>
    <name>BusyPlace</name>
    <message>
        <location filename="../../trustdesk/ui/kit/busy_focus.py" line="40"/>
        <source>Busy, please wait</source>
        <translation>Bezig, even geduld</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="151"/>
        <source>(new card)</source>
        <translation>(nieuwe fiche)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="122"/>
        <source>Key (file name):</source>
        <translation>Sleutel (bestandsnaam):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="122"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="122"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="123"/>
        <source>Public source:</source>
        <translation>Publieke bron:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="123"/>
        <source>Knowledge domains:</source>
        <translation>Kennisdomeinen:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="124"/>
        <source>Kinds of care (optional):</source>
        <translation>Soorten zorg (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="124"/>
        <source>Text (Markdown):</source>
        <translation>Tekst (Markdown):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="202"/>
        <source>Knowledge cards in the pack</source>
        <translation>Kennisfiches in het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="203"/>
        <source>Key of the card (its file name)</source>
        <translation>Sleutel van de fiche (de bestandsnaam)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="205"/>
        <source>e.g. burnout-signals</source>
        <translation>bv. burn-out-signalen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="207"/>
        <source>Language of the card</source>
        <translation>Taal van de fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="209"/>
        <source>Title of the card</source>
        <translation>Titel van de fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="210"/>
        <source>Public source of the card</source>
        <translation>Publieke bron van de fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="211"/>
        <source>Knowledge domains of the card</source>
        <translation>Kennisdomeinen van de fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="212"/>
        <source>Kinds of care the card is about</source>
        <translation>Soorten zorg waarover de fiche gaat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="213"/>
        <source>Text of the card, in Markdown</source>
        <translation>Tekst van de fiche, in Markdown</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="214"/>
        <source>Add a card</source>
        <translation>Een fiche toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="215"/>
        <source>Remove the chosen knowledge card</source>
        <translation>De gekozen kennisfiche verwijderen</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="117"/>
        <source>A trust person&apos;s contact card</source>
        <translation>Contactkaart van een vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="118"/>
        <source>TrustDesk contact card (*.tdcard);;All files (*)</source>
        <translation>TrustDesk-contactkaart (*.tdcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="124"/>
        <source>That file cannot be read.</source>
        <translation>Dat bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="141"/>
        <source>Card of %1. Call %1 and have the fingerprint read out to you; type the digits you hear. The card is added only when they match.</source>
        <translation>Kaart van %1. Bel %1 en laat u de vingerafdruk voorlezen; typ de cijfers die u hoort. De kaart wordt alleen toegevoegd als ze overeenkomen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="179"/>
        <source>The digits you heard do not match this card: it was not added. Check them with %1 again.</source>
        <translation>De cijfers die u hoorde komen niet overeen met deze kaart: ze werd niet toegevoegd. Controleer ze opnieuw met %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="183"/>
        <source>Card of %1 added.</source>
        <translation>Kaart van %1 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="244"/>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="260"/>
        <source>Save the coordinator&apos;s card</source>
        <translation>De kaart van de coördinator bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="245"/>
        <source>TrustDesk contact card (*.tdcard)</source>
        <translation>TrustDesk-contactkaart (*.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="251"/>
        <source>The card could not be saved there.</source>
        <translation>De kaart kon daar niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="253"/>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="256"/>
        <source>Your fingerprint as coordinator (%1). Trust persons compare it by phone when they import your pack:</source>
        <translation>Uw vingerafdruk als coördinator (%1). Vertrouwenspersonen vergelijken ze telefonisch wanneer ze uw pakket importeren:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="258"/>
        <source>Your fingerprint</source>
        <translation>Uw vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="259"/>
        <source>Save &amp;my card…</source>
        <translation>&amp;Mijn kaart bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="261"/>
        <source>Trust person</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="261"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="263"/>
        <source>Trust persons&apos; cards</source>
        <translation>Kaarten van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="264"/>
        <source>&amp;Import a trust person&apos;s card…</source>
        <translation>Kaart van een vertrouwenspersoon &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="265"/>
        <source>Import a trust person&apos;s card</source>
        <translation>Kaart van een vertrouwenspersoon importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="268"/>
        <source>the digits read out by phone</source>
        <translation>de cijfers die telefonisch voorgelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="269"/>
        <source>Fingerprint heard by phone</source>
        <translation>Vingerafdruk zoals telefonisch gehoord</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="270"/>
        <source>&amp;Add the card</source>
        <translation>Kaart &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="271"/>
        <source>Add the card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="176"/>
        <source>A fingerprint is 6 groups of 5 digits: type all the digits you hear.</source>
        <translation>Een vingerafdruk bestaat uit 6 groepen van 5 cijfers: typ alle cijfers die u hoort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="201"/>
        <source>Choose a card in the list first.</source>
        <translation>Kies eerst een kaart in de lijst.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="205"/>
        <source>Remove a card</source>
        <translation>Een kaart verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="206"/>
        <source>Remove the card of %1? Figures they send later are refused and no intake can go to them, until their card is added again (compared by phone).</source>
        <translation>De kaart van %1 verwijderen? Cijfers die die persoon later stuurt, worden geweigerd en er kan geen aanmelding meer naartoe, tot de kaart opnieuw is toegevoegd (telefonisch vergeleken).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="218"/>
        <source>The card could not be removed.</source>
        <translation>De kaart kon niet verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="220"/>
        <source>Card of %1 removed.</source>
        <translation>Kaart van %1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="266"/>
        <source>&amp;Remove the chosen card…</source>
        <translation>Gekozen kaart &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="267"/>
        <source>Remove the chosen card</source>
        <translation>Gekozen kaart verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="169"/>
        <source>The card of %1 was not added.</source>
        <translation>De kaart van %1 werd niet toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="233"/>
        <source>The same name twice</source>
        <translation>Twee keer dezelfde naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="234"/>
        <source>A card with the same name is held already:
%1

The card you are adding:
%2  (%3)

Add it only if this is another trust person with the same name; they are then told apart by fingerprint everywhere.</source>
        <translation>Er is al een kaart met dezelfde naam:
%1

De kaart die u toevoegt:
%2  (%3)

Voeg ze alleen toe als dit een andere vertrouwenspersoon met dezelfde naam is; ze worden dan overal aan hun vingerafdruk onderscheiden.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="44"/>
        <source>Burn-out</source>
        <translation>Burn-out</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="45"/>
        <source>Depression</source>
        <translation>Depressie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="48"/>
        <source>Second victim</source>
        <translation>Second victim</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="52"/>
        <source>Other problem</source>
        <translation>Ander probleem</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="92"/>
        <source>The doctor</source>
        <translation>De arts zelf</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="93"/>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="94"/>
        <source>Family or a relative</source>
        <translation>Familie of een naaste</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="95"/>
        <source>The coordinator</source>
        <translation>De coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="96"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="103"/>
        <source>Antwerp</source>
        <translation>Antwerpen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="104"/>
        <source>East Flanders</source>
        <translation>Oost-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="105"/>
        <source>Flemish Brabant</source>
        <translation>Vlaams-Brabant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="106"/>
        <source>Limburg</source>
        <translation>Limburg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="107"/>
        <source>West Flanders</source>
        <translation>West-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="108"/>
        <source>Brussels-Capital Region</source>
        <translation>Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="109"/>
        <source>Hainaut</source>
        <translation>Henegouwen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="110"/>
        <source>Liège</source>
        <translation>Luik</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="111"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="112"/>
        <source>Namur</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="113"/>
        <source>Walloon Brabant</source>
        <translation>Waals-Brabant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="114"/>
        <source>National / several regions</source>
        <translation>Nationaal / meerdere regio’s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="115"/>
        <source>Abroad</source>
        <translation>Buitenland</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="130"/>
        <source>Physician</source>
        <translation>Arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="131"/>
        <source>Physician in training</source>
        <translation>Arts in opleiding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="132"/>
        <source>Medical student</source>
        <translation>Student geneeskunde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="139"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="140"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="141"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="142"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="164"/>
        <source>Handed over after referral</source>
        <translation>Overgedragen na doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="166"/>
        <source>The doctor ended the contact</source>
        <translation>De arts heeft het contact beëindigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="167"/>
        <source>Doctor unreachable</source>
        <translation>Arts onbereikbaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="168"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="171"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="169"/>
        <source>Returned to the coordinator (conflict of interest)</source>
        <translation>Teruggegeven aan de coördinator (belangenconflict)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="47"/>
        <source>Suicidal thoughts or behaviour</source>
        <translation>Suïcidale gedachten of gedrag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="49"/>
        <source>Trauma</source>
        <translation>Trauma</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="50"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="51"/>
        <source>Conflicts at work</source>
        <translation>Conflicten op het werk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="46"/>
        <source>Substance misuse</source>
        <translation>Middelengebruik</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="163"/>
        <source>Structural solution found</source>
        <translation>Structurele oplossing gevonden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="76"/>
        <source>%1 (theme)</source>
        <translation>%1 (thema)</translation>
    </message>
</context>
<context>
    <name>CaseNotices</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="398"/>
        <source>(and %n more in the safety plan)</source>
        <translation>
            <numerusform>(en nog %n nummer in het veiligheidsplan)</numerusform>
            <numerusform>(en nog %n nummers in het veiligheidsplan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="401"/>
        <source>(and %n more crisis lines in the directory, %1)</source>
        <translation>
            <numerusform>(en nog %n crisislijn bij Hulpverleners, %1)</numerusform>
            <numerusform>(en nog %n crisislijnen bij Hulpverleners, %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="403"/>
        <source>(and %n more crisis lines in the directory)</source>
        <translation>
            <numerusform>(en nog %n crisislijn bij Hulpverleners)</numerusform>
            <numerusform>(en nog %n crisislijnen bij Hulpverleners)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="404"/>
        <source>⚠ Acute risk. Crisis lines: %1</source>
        <translation>⚠ Acuut risico. Crisislijnen: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="406"/>
        <source>Safety plan of %1.</source>
        <translation>Veiligheidsplan van %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="407"/>
        <source>No safety plan yet.</source>
        <translation>Nog geen veiligheidsplan.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="409"/>
        <source>Received by handover: was %1 (at your predecessor).</source>
        <translation>Ontvangen via overdracht: was %1 (bij uw voorganger).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="420"/>
        <source>⚠ Possible conflict of interest: the doctor&apos;s workplace and one of your affiliations are the same institution. Consider returning the case to the coordinator.</source>
        <translation>⚠ Mogelijk belangenconflict: de werkplek van de arts en een van je eigen affiliaties zijn dezelfde instelling. Overweeg de casus terug te geven aan de coördinator.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="424"/>
        <source>⚠ Possible conflict of interest: the doctor&apos;s workplace “%1” and your affiliation “%2” are the same institution. Consider returning the case to the coordinator.</source>
        <translation>⚠ Mogelijk belangenconflict: de werkplek van de arts “%1” en uw eigen werkplek “%2” zijn dezelfde instelling. Overweeg het dossier terug te geven aan de coördinator.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="312"/>
        <source>This case no longer exists in the vault.</source>
        <translation>Dit dossier bestaat niet meer in de kluis.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="317"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="329"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="332"/>
        <source>Domains: %1</source>
        <translation>Domeinen: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="333"/>
        <source>No knowledge domain chosen yet</source>
        <translation>Nog geen problematiek gekozen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="335"/>
        <source>Opened %1</source>
        <translation>Geopend op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="344"/>
        <source>no reason recorded</source>
        <translation>geen reden genoteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="346"/>
        <source>Closed on %1 (%2). Kept until %3; after that date TrustDesk asks you to destroy it.</source>
        <translation>Afgesloten op %1 (%2). Bewaard tot %3; na die datum vraagt TrustDesk u om het te vernietigen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="396"/>
        <source>Close case…</source>
        <translation>Dossier afsluiten…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="398"/>
        <source>Reopen (active)</source>
        <translation>Heropenen (actief)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="399"/>
        <source>Set to %1</source>
        <translation>Op %1 zetten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="479"/>
        <source>← Cases</source>
        <translation>← Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="480"/>
        <location filename="../../trustdesk/ui/case/case_view.py" line="483"/>
        <source>Back to the cases list</source>
        <translation>Terug naar de lijst van dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="481"/>
        <source>Back to the cases list (%1)</source>
        <translation>Terug naar de lijst van dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="486"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="487"/>
        <source>Current risk:</source>
        <translation>Huidig risico:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="488"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="489"/>
        <source>Copy the case code</source>
        <translation>De dossiercode kopiëren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="490"/>
        <source>Copy the case code; it leaves the clipboard again after a while</source>
        <translation>De dossiercode kopiëren; na een tijdje verdwijnt ze weer van het klembord</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="491"/>
        <source>Access e&amp;xport…</source>
        <translation>Inzage-e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="492"/>
        <source>Export the complete case for the doctor</source>
        <translation>Het volledige dossier exporteren voor de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="493"/>
        <source>The doctor&apos;s right of access: the whole case as PDF and JSON</source>
        <translation>Het inzagerecht van de arts: het hele dossier als pdf en json</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="494"/>
        <source>Destroy…</source>
        <translation>Vernietigen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="495"/>
        <source>Destroy this case for good</source>
        <translation>Dit dossier definitief vernietigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="496"/>
        <source>Parts of the case</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>T&amp;asks</source>
        <translation>T&amp;aken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>&amp;Documents</source>
        <translation>D&amp;ocumenten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="164"/>
        <location filename="../../trustdesk/ui/case/case_view.py" line="297"/>
        <source>D&amp;etails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="297"/>
        <source>O&amp;ver time</source>
        <translation>&amp;Verloop</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="336"/>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="339"/>
        <source>Status history: %1</source>
        <translation>Statusgeschiedenis: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="425"/>
        <source>Change the status of %1 from “%2” to “%3”? The change is recorded in the case&apos;s history and in the audit log.</source>
        <translation>De status van %1 wijzigen van “%2” naar “%3”? De wijziging wordt bewaard in de geschiedenis van het dossier en in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="449"/>
        <source>Status changed from “%1” to “%2”; recorded in the case&apos;s history and the audit log.</source>
        <translation>Status gewijzigd van “%1” naar “%2”; bewaard in de geschiedenis van het dossier en in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="297"/>
        <source>&amp;Knowledge</source>
        <translation>&amp;Kennis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/handed_over.py" line="36"/>
        <source>Handed over to %1 on %2: this case is read-only here.</source>
        <translation>Overgedragen aan %1 op %2: dit dossier is hier alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/handed_over.py" line="38"/>
        <source>Handed over to your successor on %1: this case is read-only here.</source>
        <translation>Op %1 overgedragen aan uw opvolger: dit dossier is hier alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/handed_over.py" line="33"/>
        <source>Closed on %1 as handed over after referral: the provider took over the care and this case is read-only. A new request is a new case.</source>
        <translation>Op %1 afgesloten als overgedragen na doorverwijzing: de hulpverlener nam de zorg over en dit dossier is alleen-lezen. Een nieuwe vraag wordt een nieuw dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="171"/>
        <source>A date on the Details tab is not complete; it is not saved. Complete it there, or press Esc in it to put the previous date back.</source>
        <translation>Een datum op het tabblad Details is niet volledig en is niet bewaard. Vul ze daar aan, of druk er op Esc om de vorige datum terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="194"/>
        <source>Date not saved</source>
        <translation>Datum niet bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="195"/>
        <source>A date you began typing in the Details of %1 (“%2”) was not whole, so it was not saved; the case keeps its previous one.</source>
        <translation>Een datum die u begon te typen bij de Details van %1 (“%2”) was niet volledig en is dus niet bewaard; het dossier houdt de vorige.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="284"/>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="313"/>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="398"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="456"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="457"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="458"/>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="459"/>
        <source>Current risk</source>
        <translation>Huidig risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="460"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="461"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="462"/>
        <source>Attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="484"/>
        <source>This case needs attention today: %1</source>
        <translation>Dit dossier vraagt vandaag aandacht: %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="343"/>
        <source>No case matches these filters.</source>
        <translation>Geen dossier voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="356"/>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="385"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="339"/>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="359"/>
        <source>No cases yet.</source>
        <translation>Nog geen dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="340"/>
        <source>Each doctor you accompany gets a case with a pseudonymous code. Press Ctrl+N to open the first one.</source>
        <translation>Elke arts die u begeleidt, krijgt een dossier met een pseudonieme code. Druk op Ctrl+N om het eerste te openen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="344"/>
        <source>Closed cases are hidden; choose “{all}” under Status to include them.</source>
        <translation>Afgesloten dossiers zijn verborgen; kies “{all}” bij Status om ze te zien.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="348"/>
        <source>Showing %1 of %2</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="349"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="365"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="366"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="367"/>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Een nieuw dossier openen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="368"/>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="369"/>
        <source>Code, domain, specialty, region…</source>
        <translation>Code, domein, specialisme, regio…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="370"/>
        <source>Quick filter</source>
        <translation>Snelfilter</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="371"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="372"/>
        <source>Every status except closed</source>
        <translation>Elke status behalve afgesloten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="373"/>
        <source>Every status, closed included</source>
        <translation>Elke status, ook afgesloten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="375"/>
        <source>Knowledge domain</source>
        <translation>Problematiek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="376"/>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="377"/>
        <source>Current risk</source>
        <translation>Huidig risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="378"/>
        <source>Any risk</source>
        <translation>Elk risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="379"/>
        <source>High or acute</source>
        <translation>Hoog of acuut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="381"/>
        <source>Needs attention only</source>
        <translation>Alleen wat aandacht vraagt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="382"/>
        <source>Show only cases that need attention</source>
        <translation>Alleen dossiers tonen die aandacht vragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="383"/>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="384"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="39"/>
        <source>Close case %1</source>
        <translation>Dossier %1 afsluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="48"/>
        <source>Reason for closing</source>
        <translation>Reden van afsluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="49"/>
        <source>Choose a reason</source>
        <translation>Kies een reden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="58"/>
        <source>Date of closing</source>
        <translation>Datum van afsluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="72"/>
        <source>Closing note</source>
        <translation>Afsluitende notitie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="73"/>
        <source>Optional: what was agreed at the end</source>
        <translation>Optioneel: wat er op het einde afgesproken is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="90"/>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="92"/>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="101"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="102"/>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="103"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="136"/>
        <source>After closing, the case is kept until %1 (%n year(s)), then TrustDesk reminds you to destroy it. Nothing is destroyed without you.</source>
        <translation>
            <numerusform>Na het afsluiten wordt het dossier bewaard tot %1 (%n jaar); daarna herinnert TrustDesk u eraan het te vernietigen. Niets wordt vernietigd zonder u.</numerusform>
            <numerusform>Na het afsluiten wordt het dossier bewaard tot %1 (%n jaren); daarna herinnert TrustDesk u eraan het te vernietigen. Niets wordt vernietigd zonder u.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="66"/>
        <source>Not before %1: the case was opened or reopened that day.</source>
        <translation>Niet vóór %1: het dossier werd die dag geopend of heropend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="41"/>
        <source>Closing ends the follow-up of %1. You can reopen it while it is kept, unless it is closed as handed over.</source>
        <translation>Afsluiten beëindigt de opvolging van %1. U kunt het heropenen zolang het bewaard wordt, behalve als het als overgedragen werd afgesloten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="131"/>
        <source>Closed for this reason, the case becomes read-only: it cannot be reopened or changed afterwards (a new request is a new case).</source>
        <translation>Met deze reden wordt het dossier alleen-lezen: u kunt het daarna niet meer heropenen of wijzigen (een nieuwe vraag wordt een nieuw dossier).</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <location filename="../../trustdesk/ui/case/closed_notes.py" line="57"/>
        <source>This case is closed — reopen it to change it. Its notes are shown read-only.</source>
        <translation>Dit dossier is afgesloten — heropen het om het te wijzigen. De notities worden alleen-lezen getoond.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/closed_notes.py" line="58"/>
        <source>Reopen &amp;the case…</source>
        <translation>Dossier &amp;heropenen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/closed_notes.py" line="59"/>
        <source>Reopen this closed case</source>
        <translation>Dit afgesloten dossier heropenen</translation>
    </message>
</context>
<context>
    <name>ClosingNotice</name>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="57"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="61"/>
        <source>TrustDesk is already open</source>
        <translation>TrustDesk is al geopend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="58"/>
        <source>TrustDesk is already open for this vault: switch to its window (look in the taskbar). A second copy would not be safe, so this one opens only once the other has closed.</source>
        <translation>TrustDesk is al geopend voor deze kluis: ga naar dat venster (kijk in de taakbalk). Een tweede exemplaar zou niet veilig zijn; dit exemplaar opent pas zodra het andere is afgesloten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="63"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="66"/>
        <source>TrustDesk is opening</source>
        <translation>TrustDesk wordt geopend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="64"/>
        <source>TrustDesk is still making the backup of your last session. It opens as soon as that is done.</source>
        <translation>TrustDesk maakt nog de back-up van uw vorige sessie. Het opent zodra die klaar is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="68"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="71"/>
        <source>TrustDesk is closing</source>
        <translation>TrustDesk wordt afgesloten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="69"/>
        <source>TrustDesk is making its backup and closes by itself when it is done. Your work is saved.</source>
        <translation>TrustDesk maakt een back-up en sluit vanzelf af zodra die klaar is. Uw werk is bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="73"/>
        <source>Making the backup</source>
        <translation>Back-up wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="75"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="67"/>
        <source>Possible conflict of interest: kept (the reason is hidden with the aliases)</source>
        <translation>Mogelijk belangenconflict: behouden (de reden is verborgen samen met de aliassen)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="68"/>
        <source>Possible conflict of interest: kept, because %1</source>
        <translation>Mogelijk belangenconflict: gehouden, omdat %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="71"/>
        <source>Possible conflict of interest: returned to the coordinator</source>
        <translation>Mogelijk belangenconflict: teruggegeven aan de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="282"/>
        <source>your request %1 of %2</source>
        <translation>uw aanvraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="283"/>
        <source>the request you passed on to me on %1</source>
        <translation>de aanvraag die u mij op %1 doorgaf</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="285"/>
        <source>To the coordinator:</source>
        <translation>Aan de coördinator:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="286"/>
        <source>I cannot take on %1: I have a possible conflict of interest. Please pass it on to another trust person.</source>
        <translation>Ik kan %1 niet opnemen: ik heb een mogelijk belangenconflict. Wilt u ze aan een andere vertrouwenspersoon geven?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="288"/>
        <source>I kept no details about the doctor. If your request reached me as a file, tell me whether you want it back; otherwise I delete it.</source>
        <translation>Ik heb niets over de arts bewaard. Kwam uw aanvraag als bestand, laat dan weten of u het terug wilt; anders verwijder ik het.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="226"/>
        <source>“%1” and your “%2”</source>
        <translation>“%1” en uw “%2”</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="251"/>
        <source>Decide first: keep the case, or return it to the coordinator.</source>
        <translation>Beslis eerst: het dossier houden, of teruggeven aan de coördinator.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="253"/>
        <source>Say why you keep the case despite the possible conflict of interest.</source>
        <translation>Zeg waarom u het dossier houdt ondanks het mogelijke belangenconflict.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="267"/>
        <source>&amp;Keep the case, because…</source>
        <translation>Het dossier &amp;houden, omdat…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="268"/>
        <source>Keep the case despite the possible conflict of interest</source>
        <translation>Het dossier houden ondanks het mogelijke belangenconflict</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="270"/>
        <source>Why you keep the case</source>
        <translation>Waarom u het dossier houdt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="271"/>
        <source>&amp;Return it to the coordinator</source>
        <translation>&amp;Teruggeven aan de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="272"/>
        <source>Return the case to the coordinator</source>
        <translation>Het dossier teruggeven aan de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="269"/>
        <source>(your reason — required)</source>
        <translation>(uw reden — verplicht)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="229"/>
        <source>⚠ Possible conflict of interest: the doctor&apos;s workplace and one of your own affiliations are the same institution, perhaps under another name or campus (%1). Decide before you create the case.</source>
        <translation>⚠ Mogelijk belangenconflict: de werkplek van de arts en een van uw eigen werkplekken zijn dezelfde instelling, misschien onder een andere naam of op een andere campus (%1). Beslis voor u het dossier aanmaakt.</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="129"/>
        <source>No coordinator card yet: it comes with your coordinator&apos;s pack.</source>
        <translation>Nog geen kaart van de coördinator: die komt mee met het pakket van uw coördinator.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="147"/>
        <source>%1. Compared by phone on %2: intakes from this card open, figures go to it.</source>
        <translation>%1. Telefonisch vergeleken op %2: aanmeldingen van deze kaart gaan open, cijfers gaan ernaartoe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="204"/>
        <source>Type the name the coordinator knows you by first.</source>
        <translation>Typ eerst de naam waaronder de coördinator u kent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="209"/>
        <source>Save your contact card</source>
        <translation>Uw contactkaart bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="210"/>
        <source>TrustDesk contact card (*.tdcard)</source>
        <translation>TrustDesk-contactkaart (*.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="227"/>
        <source>Saved as %1. Give it to the coordinator (mail or USB stick); it holds no secret. When the coordinator calls, read the digits above aloud.</source>
        <translation>Bewaard als %1. Geef ze aan de coördinator (per e-mail of op een USB-stick); ze bevat geen geheim. Lees de cijfers hierboven voor wanneer de coördinator belt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="233"/>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="234"/>
        <source>Contact cards</source>
        <translation>Contactkaarten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="235"/>
        <source>Your card</source>
        <translation>Uw kaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="237"/>
        <source>Your coordinator seals intakes for you with this card, and checks the figures you send with it. Give it once; it holds only public keys.</source>
        <translation>Uw coördinator verzegelt aanmeldingen voor u met deze kaart, en controleert er de cijfers mee die u stuurt. Geef ze één keer; ze bevat alleen publieke sleutels.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="239"/>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Naam op de kaart:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="240"/>
        <source>Name on the card</source>
        <translation>Naam op de kaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="241"/>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="242"/>
        <source>Fingerprint of your card</source>
        <translation>Vingerafdruk van uw kaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="243"/>
        <source>&amp;Save card file…</source>
        <translation>Kaartbestand &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="244"/>
        <source>Save your contact card as a file</source>
        <translation>Uw contactkaart als bestand bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="245"/>
        <source>Your coordinator&apos;s card</source>
        <translation>De kaart van uw coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="246"/>
        <source>Fingerprint of the coordinator&apos;s card</source>
        <translation>Vingerafdruk van de kaart van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="251"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="252"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="139"/>
        <source>Warning: a pack brought a DIFFERENT coordinator card (%1…, above) than the one you compared by phone on %2 (%3…). Your confirmed card keeps working. Call your coordinator on the number you know and read these digits to each other; only when they match, confirm below: then the new card replaces the old one.</source>
        <translation>Let op: een pakket bracht een ANDERE coördinatorkaart (%1…, hierboven) dan de kaart die u op %2 telefonisch vergeleek (%3…). Uw bevestigde kaart blijft werken. Bel uw coördinator op het nummer dat u kent en lees elkaar deze cijfers voor; bevestig hieronder pas als ze overeenkomen: dan vervangt de nieuwe kaart de oude.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="153"/>
        <source>%1. Not compared yet. Call your coordinator and have the digits read out to you; type the digits you hear below. Only when they match is the card trusted; until then no intake opens and no figures are sealed.</source>
        <translation>%1. Nog niet vergeleken. Bel uw coördinator en laat de cijfers voorlezen; typ hieronder de cijfers die u hoort. Pas als ze overeenkomen, wordt de kaart vertrouwd; tot dan opent geen aanmelding en worden geen cijfers verzegeld.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="178"/>
        <source>A fingerprint is 6 groups of 5 digits: type all the digits you hear.</source>
        <translation>Een vingerafdruk bestaat uit 6 groepen van 5 cijfers: typ alle cijfers die u hoort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="182"/>
        <source>The digits you typed are not this card&apos;s fingerprint: it is not trusted. Compare them with your coordinator again.</source>
        <translation>De cijfers die u typte, zijn niet de vingerafdruk van deze kaart: ze wordt niet vertrouwd. Vergelijk ze opnieuw met uw coördinator.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="193"/>
        <source>This card could not be trusted.</source>
        <translation>Deze kaart kon niet vertrouwd worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="247"/>
        <source>the digits read out by phone</source>
        <translation>de cijfers die telefonisch voorgelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="248"/>
        <source>Fingerprint heard by phone</source>
        <translation>Vingerafdruk zoals telefonisch gehoord</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="249"/>
        <source>&amp;Check the digits and trust this card</source>
        <translation>&amp;Cijfers controleren en deze kaart vertrouwen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="250"/>
        <source>Check the digits heard and trust the coordinator&apos;s card</source>
        <translation>De gehoorde cijfers controleren en de kaart van de coördinator vertrouwen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="204"/>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="205"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="206"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="207"/>
        <source>&amp;Mode</source>
        <translation>&amp;Vorm</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="214"/>
        <source>Who took part, besides you and the doctor</source>
        <translation>Wie er deelnam, naast u en de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="216"/>
        <source>A&amp;greements</source>
        <translation>Afsprak&amp;en</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="217"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="218"/>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="219"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="221"/>
        <source>Safety &amp;plan…</source>
        <translation>Veiligheids&amp;plan…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="223"/>
        <source>Date and time of the contact</source>
        <translation>Datum en uur van het contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="224"/>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="225"/>
        <source>Mode of contact</source>
        <translation>Vorm van contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="226"/>
        <source>Who was present</source>
        <translation>Wie aanwezig was</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="227"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="228"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="229"/>
        <source>Risk level</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="412"/>
        <source>Earlier free-text plan</source>
        <translation>Eerder plan in vrije tekst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="429"/>
        <source>⚠ High or acute risk: make the safety plan with the doctor (Safety plan…), or say why it is not applicable. The note is not finished without it.</source>
        <translation>⚠ Hoog of acuut risico: maak het veiligheidsplan samen met de arts (Veiligheidsplan…), of zeg waarom het niet van toepassing is. Zonder dat is de notitie niet afgerond.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="220"/>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="417"/>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="230"/>
        <source>Earlier free-text safety plan</source>
        <translation>Eerder veiligheidsplan in vrije tekst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="231"/>
        <source>Open the case&apos;s safety plan</source>
        <translation>Het veiligheidsplan van het dossier openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="232"/>
        <source>Earlier versions of this note</source>
        <translation>Eerdere versies van deze notitie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="233"/>
        <source>Finish this note</source>
        <translation>Deze notitie afronden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="258"/>
        <source>New note: it is saved as you type.</source>
        <translation>Nieuwe notitie: ze wordt bewaard terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="352"/>
        <source>Not finished: high or acute risk needs a safety plan. What you typed is saved.</source>
        <translation>Niet afgerond: bij hoog of acuut risico is een veiligheidsplan nodig. Wat u typte, is bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="372"/>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="385"/>
        <source>Not saved yet: {reason}</source>
        <translation>Nog niet bewaard: {reason}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="435"/>
        <source>A safety plan is needed first</source>
        <translation>Eerst is een veiligheidsplan nodig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="485"/>
        <source>Saved at {time}</source>
        <translation>Bewaard om {time}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="346"/>
        <source>Not finished: choose the risk level you assessed (“No risk identified” is a choice too). What you typed is saved.</source>
        <translation>Niet afgerond: kies het risiconiveau dat u inschatte (ook “Geen risico vastgesteld” is een keuze). Wat u typte, is bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="433"/>
        <source>Risk not assessed yet: choose a level before the note is finished.</source>
        <translation>Risico nog niet ingeschat: kies een niveau voor u de notitie afrondt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="436"/>
        <source>Choose the risk level first</source>
        <translation>Kies eerst het risiconiveau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="213"/>
        <source>Pr&amp;esent</source>
        <translation>&amp;Aanwezig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="215"/>
        <source>N&amp;otes</source>
        <translation>Notit&amp;ies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="418"/>
        <source>Required for a high or acute risk</source>
        <translation>Verplicht bij een hoog of acuut risico</translation>
    </message>
</context>
<context>
    <name>ContactMode</name>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="45"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="46"/>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="47"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="48"/>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="156"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="156"/>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="159"/>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="160"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="163"/>
        <source>&amp;Contacts, newest first</source>
        <translation>&amp;Contacten, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="164"/>
        <source>Contacts, newest first</source>
        <translation>Contacten, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="165"/>
        <source>No contacts yet. Type the first note on the right; it is saved as you type.</source>
        <translation>Nog geen contacten. Typ de eerste notitie rechts; ze wordt bewaard terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="389"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="390"/>
        <source>Risk: {risk}</source>
        <translation>Risico: {risk}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="393"/>
        <source>(no notes yet)</source>
        <translation>(nog geen notities)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="399"/>
        <source>⚠ No complete safety plan</source>
        <translation>⚠ Geen volledig veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="397"/>
        <source>⚠ Risk not assessed</source>
        <translation>⚠ Risico niet ingeschat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="157"/>
        <source>New contact ({key}; from every tab of the case: {shortcut})</source>
        <translation>Nieuw contact ({key}; vanuit elk tabblad van het dossier: {shortcut})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="161"/>
        <source>&amp;Remove empty contact</source>
        <translation>Leeg contact &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="162"/>
        <source>Remove the chosen contact if nothing was written in it (Delete)</source>
        <translation>Het gekozen contact verwijderen als er niets in geschreven is (Delete)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="271"/>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="308"/>
        <source>Remove empty contact</source>
        <translation>Leeg contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="272"/>
        <source>Remove the contact of {when}? Nothing was written in it: no note, no risk assessment, nothing attached. The removal is recorded in the audit log.</source>
        <translation>Het contact van {when} verwijderen? Er is niets in geschreven: geen notitie, geen risico-inschatting, niets gekoppeld. De verwijdering wordt in het auditlogboek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="301"/>
        <source>written text</source>
        <translation>geschreven tekst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="301"/>
        <source>a risk assessment</source>
        <translation>een risico-inschatting</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="302"/>
        <source>earlier versions</source>
        <translation>eerdere versies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="303"/>
        <source>a safety plan saved from it</source>
        <translation>een veiligheidsplan dat ervan bewaard is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="304"/>
        <source>This contact is kept: it holds {what}. Only a contact with nothing written in it can be removed; a note is a record.</source>
        <translation>Dit contact blijft bewaard: het bevat {what}. Alleen een contact waarin niets geschreven is, kan verwijderd worden; een notitie is een verslag.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="84"/>
        <source>Setting up your vault</source>
        <translation>Uw kluis wordt ingericht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="86"/>
        <source>An encrypted vault is being made on this computer.</source>
        <translation>Er wordt een versleutelde kluis aangemaakt op deze computer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="87"/>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="88"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="93"/>
        <source>Preparing the encryption for this computer. This takes a few seconds…</source>
        <translation>De versleuteling wordt voorbereid voor deze computer. Dat duurt enkele seconden…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="85"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="369"/>
        <source>Excel (Belgium): semicolons, Windows encoding</source>
        <translation>Excel (België): puntkomma’s, Windows-codering</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="371"/>
        <source>UTF-8 with commas (other programs)</source>
        <translation>UTF-8 met komma’s (andere programma’s)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="377"/>
        <source>Export the directory</source>
        <translation>De lijst exporteren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="378"/>
        <source>Format of the CSV file:</source>
        <translation>Formaat van het CSV-bestand:</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="156"/>
        <source>Import providers from CSV</source>
        <translation>Hulpverleners importeren uit CSV</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="157"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="190"/>
        <source>Error: not imported</source>
        <translation>Fout: niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="192"/>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="194"/>
        <source>Check</source>
        <translation>Nakijken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="195"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="313"/>
        <source>This file cannot be imported: %1 Nothing was changed.</source>
        <translation>Dit bestand kan niet geïmporteerd worden: %1 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="321"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="328"/>
        <source>%n provider(s) will be added.</source>
        <translation>
            <numerusform>%n hulpverlener wordt toegevoegd.</numerusform>
            <numerusform>%n hulpverleners worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="330"/>
        <source>%n row(s) with errors will not be imported.</source>
        <translation>
            <numerusform>%n rij met fouten wordt niet geïmporteerd.</numerusform>
            <numerusform>%n rijen met fouten worden niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="332"/>
        <source>%n row(s) repeat a provider already in your directory or earlier in the file.</source>
        <translation>
            <numerusform>%n rij herhaalt een hulpverlener die al in uw lijst of eerder in het bestand staat.</numerusform>
            <numerusform>%n rijen herhalen een hulpverlener die al in uw lijst of eerder in het bestand staat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="334"/>
        <source>Columns not recognised (left out): %1.</source>
        <translation>Niet herkende kolommen (weggelaten): %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="336"/>
        <source>Nothing is saved until you choose Import.</source>
        <translation>Er wordt niets bewaard tot u Importeren kiest.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="341"/>
        <source>Import providers: preview</source>
        <translation>Hulpverleners importeren: voorbeeld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="225"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="226"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="227"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="228"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="229"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="342"/>
        <source>Rows of the file and their problems</source>
        <translation>Rijen van het bestand en hun problemen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="343"/>
        <source>&amp;Skip rows that are already in the directory</source>
        <translation>Rijen &amp;overslaan die al in de lijst staan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="344"/>
        <source>Skip duplicates</source>
        <translation>Dubbels overslaan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="345"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="346"/>
        <source>Import the valid rows</source>
        <translation>De geldige rijen importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="347"/>
        <source>Cancel the import</source>
        <translation>Het importeren annuleren</translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="130"/>
        <source>The file is larger than {limit} MB; split it into smaller files.</source>
        <translation>Het bestand is groter dan {limit} MB; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="132"/>
        <source>The file has more than {limit} rows.</source>
        <translation>Het bestand heeft meer dan {limit} rijen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="133"/>
        <source>Line {row} has more than {limit} cells; this is not a provider list.</source>
        <translation>Rij {row} heeft meer dan {limit} cellen; dit is geen lijst van hulpverleners.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="135"/>
        <source>Line {row} is longer than {limit} characters; this is not a provider list.</source>
        <translation>Rij {row} is langer dan {limit} tekens; dit is geen lijst van hulpverleners.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="137"/>
        <source>This is not a text file TrustDesk can read as CSV (is it a spreadsheet file? Save it as CSV first).</source>
        <translation>Dit is geen tekstbestand dat TrustDesk als CSV kan lezen (is het een rekenbladbestand? Bewaar het eerst als CSV).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="140"/>
        <source>The file is not valid CSV (a quote that is never closed?).</source>
        <translation>Het bestand is geen geldige CSV (een aanhalingsteken dat nooit gesloten wordt?).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="142"/>
        <source>The first line must name the columns (kind, name, …); it is empty.</source>
        <translation>De eerste regel moet de kolommen benoemen (soort, naam, …); hij is leeg.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="144"/>
        <source>The column “{column}” is missing.</source>
        <translation>De kolom “{column}” ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="145"/>
        <source>The column “{column}” appears twice.</source>
        <translation>De kolom “{column}” komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="77"/>
        <source>“%1” is empty but required.</source>
        <translation>“%1” is leeg maar verplicht.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="79"/>
        <source>Unknown kind of provider: “%1”.</source>
        <translation>Onbekende soort hulpverlener: “%1”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="81"/>
        <source>Unknown language: “%1”.</source>
        <translation>Onbekende taal: “%1”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="87"/>
        <source>“%1” is not yes or no.</source>
        <translation>“%1” is geen ja of nee.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="91"/>
        <source>Holds an invisible control character.</source>
        <translation>Bevat een onzichtbaar stuurteken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="93"/>
        <source>Not a web address starting with http:// or https://: “%1”.</source>
        <translation>Geen webadres dat begint met http:// of https://: “%1”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="98"/>
        <source>Starts like a spreadsheet formula; imported as plain text.</source>
        <translation>Begint als een rekenbladformule; als gewone tekst geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="100"/>
        <source>Same provider as row %1 of this file.</source>
        <translation>Dezelfde hulpverlener als rij %1 van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="103"/>
        <source>Already in your directory as “%1”.</source>
        <translation>Staat al in uw lijst als “%1”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="120"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="121"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="121"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="121"/>
        <source>languages</source>
        <translation>talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="122"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="123"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="123"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="123"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="124"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="125"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="125"/>
        <source>sees physicians</source>
        <translation>ontvangt artsen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="125"/>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="83"/>
        <source>Unknown knowledge domain: “%1”.</source>
        <translation>Onbekend kennisdomein: “%1”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="85"/>
        <source>Unknown province: “%1”.</source>
        <translation>Onbekende provincie: “%1”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="126"/>
        <source>knowledge domains</source>
        <translation>kennisdomeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="127"/>
        <source>provinces served</source>
        <translation>werkgebied (provincies)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="89"/>
        <source>Longer than %n character(s).</source>
        <translation>
            <numerusform>Langer dan %n teken.</numerusform>
            <numerusform>Langer dan %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="96"/>
        <source>%n more cell(s) than there are columns.</source>
        <translation>
            <numerusform>%n cel meer dan er kolommen zijn.</numerusform>
            <numerusform>%n cellen meer dan er kolommen zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../trustdesk/ui/kit/date_field.py" line="82"/>
        <source>Complete the date as day/month/year (Esc puts the previous one back).</source>
        <translation>Vul de datum volledig in als dag/maand/jaar (Esc zet de vorige terug).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/date_field.py" line="87"/>
        <source>This date is after today; it records something that has happened.</source>
        <translation>Deze datum ligt na vandaag; hier hoort iets dat al gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/date_field.py" line="436"/>
        <source>the date “%1” was not complete: not kept</source>
        <translation>de datum “%1” was niet volledig: niet bewaard</translation>
    </message>
</context>
<context>
    <name>DeskDetail</name>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="64"/>
        <source>{folder} holds a coordinator identity already; it is never overwritten</source>
        <translation>{folder} bevat al een coördinatoridentiteit; die wordt nooit overschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="65"/>
        <source>no coordinator desk in {folder}</source>
        <translation>geen coördinatorbureau in {folder}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="78"/>
        <source>the coordinator desk in {folder} is busy: another program (the desk window or another command) is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>het coördinatorbureau in {folder} is bezet: een ander programma (het venster van het bureau of een ander commando) schrijft ernaar. Probeer het zo meteen opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="146"/>
        <source>the desk passphrase needs at least {limit} characters</source>
        <translation>de wachtwoordzin van het bureau heeft minstens {limit} tekens nodig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="172"/>
        <source>the desk&apos;s own card is damaged</source>
        <translation>de eigen kaart van het bureau is beschadigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="180"/>
        <source>coordinator.tdcard does not belong to the desk&apos;s key file</source>
        <translation>coordinator.tdcard hoort niet bij het sleutelbestand van het bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="198"/>
        <source>the rewritten key file does not hold the desk&apos;s key pair</source>
        <translation>het herschreven sleutelbestand bevat het sleutelpaar van het bureau niet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="238"/>
        <source>the desk holds no such card</source>
        <translation>het bureau heeft zo’n kaart niet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="363"/>
        <source>identity.key cannot be read</source>
        <translation>identity.key kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="371"/>
        <source>identity.key does not hold a key pair</source>
        <translation>identity.key bevat geen sleutelpaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="385"/>
        <source>identity.age is too large</source>
        <translation>identity.age is te groot</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="389"/>
        <source>identity.age is not a passphrase-encrypted key file of this desk</source>
        <translation>identity.age is geen met een wachtwoordzin versleuteld sleutelbestand van dit bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="392"/>
        <source>wrong passphrase, or identity.age is damaged</source>
        <translation>verkeerde wachtwoordzin, of identity.age is beschadigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="396"/>
        <source>identity.age does not hold a key pair</source>
        <translation>identity.age bevat geen sleutelpaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="39"/>
        <source>identity.key is not a key file of this desk</source>
        <translation>identity.key is geen sleutelbestand van dit bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="40"/>
        <source>identity.key is damaged</source>
        <translation>identity.key is beschadigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="41"/>
        <source>wrong passphrase</source>
        <translation>verkeerde wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="73"/>
        <source>identity.key is too large</source>
        <translation>identity.key is te groot</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="82"/>
        <source>identity.key has format {found!r}; this TrustDesk reads format {format}</source>
        <translation>identity.key heeft formaat {found!r}; deze TrustDesk leest formaat {format}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="87"/>
        <source>identity.key names no key</source>
        <translation>identity.key noemt geen sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="91"/>
        <source>identity.key asks for more key-derivation work than TrustDesk ever sets; refused before any derivation</source>
        <translation>identity.key vraagt meer werk voor de sleutelafleiding dan TrustDesk ooit instelt; geweigerd vóór elke afleiding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="94"/>
        <source>identity.key asks for less key-derivation work than the floor</source>
        <translation>identity.key vraagt minder werk voor de sleutelafleiding dan het minimum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="99"/>
        <source>identity.key holds no passphrase slot</source>
        <translation>identity.key bevat geen vak voor een wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>DeskRefusal</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="27"/>
        <source>This file was signed by a trust person whose card the desk does not hold: add their card (Contact cards, fingerprint compared by phone), then merge again. Nothing was changed.</source>
        <translation>Dit bestand is ondertekend door een vertrouwenspersoon van wie het bureau de kaart niet heeft: voeg die kaart toe (tabblad “Contactkaarten”, vingerafdruk telefonisch vergeleken) en voeg daarna opnieuw samen. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="31"/>
        <source>This file was sealed for another coordinator&apos;s key, not this desk&apos;s: ask the trust person to send it again with the card of your latest pack. Nothing was changed.</source>
        <translation>Dit bestand werd verzegeld voor de sleutel van een andere coördinator, niet voor die van dit bureau: vraag de vertrouwenspersoon het opnieuw te sturen met de kaart uit uw laatste pakket. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="34"/>
        <source>This file was made by a newer TrustDesk than this desk: install the newer TrustDesk here first. Nothing was changed.</source>
        <translation>Dit bestand werd gemaakt door een nieuwere TrustDesk dan dit bureau: installeer hier eerst de nieuwere TrustDesk. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="37"/>
        <source>This is not a file of the kind asked for here. Nothing was changed.</source>
        <translation>Dit is geen bestand van de soort die hier gevraagd wordt. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="43"/>
        <source>This file cannot be used at the desk. Nothing was changed.</source>
        <translation>Dit bestand kan in het bureau niet gebruikt worden. Er werd niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="150"/>
        <source>Give the name the trust persons know you by.</source>
        <translation>Geef de naam waaronder de vertrouwenspersonen u kennen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="170"/>
        <source>Making the coordinator&apos;s keys…</source>
        <translation>De sleutels van de coördinator worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="190"/>
        <source>Set up the coordinator desk</source>
        <translation>Het coördinatorbureau instellen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="192"/>
        <source>The coordinator desk makes packs for the trust persons, sends them intakes and merges their figures. It holds the coordinator&apos;s keys, encrypted with the desk passphrase, and never any case.</source>
        <translation>Met het coördinatorbureau maakt u pakketten voor de vertrouwenspersonen, stuurt u hen aanmeldingen en voegt u hun cijfers samen. Het bewaart de sleutels van de coördinator, versleuteld met de wachtwoordzin van het bureau, en nooit een dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="194"/>
        <source>It is made in this folder:</source>
        <translation>Het wordt gemaakt in deze map:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="195"/>
        <source>&amp;Name on your card:</source>
        <translation>&amp;Naam op uw kaart:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="196"/>
        <source>Name on your card</source>
        <translation>Naam op uw kaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="197"/>
        <source>&amp;Create the desk</source>
        <translation>Bureau &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="198"/>
        <source>Create the desk</source>
        <translation>Bureau aanmaken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="199"/>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="153"/>
        <source>The desk passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>De wachtwoordzin van het bureau moet minstens %n teken hebben.</numerusform>
            <numerusform>De wachtwoordzin van het bureau moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="162"/>
        <source>This passphrase is too easy to guess (a repeated character, a common word or a known pattern). Use a few unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden (een herhaald teken, een gewoon woord of een bekend patroon). Gebruik een paar woorden die niets met elkaar te maken hebben.</translation>
    </message>
</context>
<context>
    <name>DeskUnlockDialog</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="244"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="254"/>
        <source>That passphrase does not open the desk in this folder.</source>
        <translation>Die wachtwoordzin opent het bureau in deze map niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="258"/>
        <source>TrustDesk – coordinator desk</source>
        <translation>TrustDesk – coördinatorbureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="259"/>
        <source>Type the passphrase of the coordinator desk in this folder:</source>
        <translation>Typ de wachtwoordzin van het coördinatorbureau in deze map:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="260"/>
        <source>Desk passphrase</source>
        <translation>Wachtwoordzin van het bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="261"/>
        <source>&amp;Open the desk</source>
        <translation>Bureau &amp;openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="262"/>
        <source>Open the desk</source>
        <translation>Bureau openen</translation>
    </message>
</context>
<context>
    <name>DeskWatch</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_watch.py" line="28"/>
        <source>Another program (a TrustDesk command) kept writing to the desk, so nothing was changed. Try again in a moment.</source>
        <translation>Een ander programma (een TrustDesk-opdracht) bleef in het bureau schrijven, dus er werd niets gewijzigd. Probeer het zo meteen opnieuw.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="117"/>
        <source>TrustDesk – coordinator desk</source>
        <translation>TrustDesk – coördinatorbureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="123"/>
        <source>Coordinator desk</source>
        <translation>Coördinatorbureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="124"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="125"/>
        <source>Lock the desk now (Ctrl+L)</source>
        <translation>Het bureau nu vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="126"/>
        <source>Desk toolbar</source>
        <translation>Werkbalk van het bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="118"/>
        <source>Pack</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="118"/>
        <source>Intakes</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="118"/>
        <source>Contact cards</source>
        <translation>Contactkaarten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="119"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="122"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="128"/>
        <source>What destruction cannot reach:</source>
        <translation>Wat vernietigen niet bereikt:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="135"/>
        <source>• Automatic backups made before today still hold this case until they rotate out.</source>
        <translation>• Automatische back-ups van voor vandaag bevatten dit dossier nog tot ze wegroteren.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="137"/>
        <source>• Backups you saved yourself keep it until you delete them.</source>
        <translation>• Back-ups die u zelf bewaarde, houden het tot u ze verwijdert.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="149"/>
        <source>Destroy case %1</source>
        <translation>Dossier %1 vernietigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="150"/>
        <source>Destroy case %1 for good?</source>
        <translation>Dossier %1 definitief vernietigen?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="157"/>
        <source>To confirm, &amp;type the case code (%1):</source>
        <translation>&amp;Typ ter bevestiging de dossiercode (%1):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="158"/>
        <source>Type the case code to confirm</source>
        <translation>Typ de dossiercode ter bevestiging</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="160"/>
        <source>&amp;Destroy for good</source>
        <translation>&amp;Definitief vernietigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="161"/>
        <source>Destroy the case for good</source>
        <translation>Het dossier definitief vernietigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="162"/>
        <source>&amp;Keep the case</source>
        <translation>Het dossier &amp;houden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="163"/>
        <source>Keep the case</source>
        <translation>Het dossier houden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="139"/>
        <source>• These copies of another vault on this computer (kept aside by a restore) may still hold it and cannot be opened with this vault&apos;s key; delete them:</source>
        <translation>• Deze kopieën van een andere kluis op deze computer (opzijgezet bij een herstel) kunnen het nog bevatten en gaan niet open met de sleutel van deze kluis; verwijder ze:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="143"/>
        <source>The copies of this vault kept in its folder (before a restore or an update) lose this case too:</source>
        <translation>De kopieën van deze kluis in haar map (van vóór een herstel of een update) verliezen dit dossier ook:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="152"/>
        <source>Everything TrustDesk holds about this case — contacts and their notes, referrals and letters, tasks — is erased from the vault and cannot be brought back. Only one line stays in the audit log: “case %1 destroyed on” today&apos;s date.</source>
        <translation>Alles wat TrustDesk over dit dossier bewaart — contacten en hun notities, doorverwijzingen en brieven, taken — wordt uit de kluis gewist en kan niet teruggehaald worden. Er blijft alleen één regel in het auditlogboek: “dossier %1 vernietigd op” de datum van vandaag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="131"/>
        <source>• Automatic backups made before today (%1 in %2) still hold this case until they rotate out, after %n more backup(s).</source>
        <translation>
            <numerusform>• Automatische back-ups van voor vandaag (%1 in %2) bevatten dit dossier nog tot ze wegroteren, na nog %n back-up.</numerusform>
            <numerusform>• Automatische back-ups van voor vandaag (%1 in %2) bevatten dit dossier nog tot ze wegroteren, na nog %n back-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="109"/>
        <source>Intake details</source>
        <translation>Aanmeldingsgegevens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="110"/>
        <source>Save now</source>
        <translation>Nu bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="111"/>
        <source>Save the details now</source>
        <translation>De gegevens nu bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="145"/>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="163"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="174"/>
        <source>All changes saved</source>
        <translation>Alle wijzigingen bewaard</translation>
    </message>
</context>
<context>
    <name>DisclosuresView</name>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="199"/>
        <source>The list of what left this vault (CSV, with case codes and recipients)</source>
        <translation>De lijst van wat deze kluis verliet (csv, met dossiercodes en ontvangers)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="206"/>
        <source>Everything that left the encrypted vault as a readable document: what, when, for which case, to whom, how much it showed and the consent it relied on.</source>
        <translation>Alles wat de versleutelde kluis verliet als leesbaar document: wat, wanneer, voor welk dossier, aan wie, hoeveel het toonde en op welke toestemming het steunde.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="210"/>
        <source>What left this vault</source>
        <translation>Wat deze kluis verliet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/disclosures.py" line="213"/>
        <source>%n document(s) left the vault.</source>
        <translation>
            <numerusform>%n document verliet de kluis.</numerusform>
            <numerusform>%n documenten verlieten de kluis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="215"/>
        <source>Nothing has left the vault yet.</source>
        <translation>Er heeft nog niets de kluis verlaten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="217"/>
        <source>E&amp;xport as CSV…</source>
        <translation>Als csv e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="218"/>
        <source>Export the list of what left the vault as CSV</source>
        <translation>De lijst van wat de kluis verliet als csv exporteren</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="220"/>
        <source>Referral letter — %1</source>
        <translation>Verwijsbrief — %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="223"/>
        <source>%1 (no letter yet)</source>
        <translation>%1 (nog geen brief)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="224"/>
        <source>Record the doctor&apos;s consent and write the letter on the Referrals tab first.</source>
        <translation>Noteer eerst de toestemming van de arts en schrijf de brief op het tabblad Doorverwijzingen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="272"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="273"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="273"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="278"/>
        <source>Nothing saved or printed for this case yet.</source>
        <translation>Voor dit dossier is nog niets bewaard of afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="279"/>
        <source>Saved and printed documents of this case</source>
        <translation>Bewaarde en afgedrukte documenten van dit dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="289"/>
        <source>Choose how much the summary reveals and which parts it holds.</source>
        <translation>Kies hoeveel de samenvatting prijsgeeft en welke onderdelen ze bevat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="292"/>
        <source>Every contact of this case in full: notes, agreements and safety plans. Handle the paper as you would the vault.</source>
        <translation>Elk contact van dit dossier volledig: notities, afspraken en veiligheidsplannen. Ga met het papier om zoals met de kluis.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="296"/>
        <source>The letter as written on the Referrals tab, with the doctor&apos;s recorded consent.</source>
        <translation>De brief zoals geschreven op het tabblad Doorverwijzingen, met de genoteerde toestemming van de arts.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="302"/>
        <source>Written in the language of the case: %1.</source>
        <translation>Geschreven in de taal van het dossier: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="305"/>
        <source>Written in the language of the letter.</source>
        <translation>Geschreven in de taal van de brief.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="317"/>
        <source>Choose at least one part of the case.</source>
        <translation>Kies minstens één onderdeel van het dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="348"/>
        <source>Case summary %1 (%2, PDF)</source>
        <translation>Dossiersamenvatting %1 (%2, pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="351"/>
        <source>Contact log %1 (all notes in full, PDF)</source>
        <translation>Contactlogboek %1 (alle notities volledig, pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="352"/>
        <source>Referral letter for case %1 (PDF)</source>
        <translation>Verwijsbrief voor dossier %1 (pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="414"/>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="469"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="470"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="471"/>
        <source>What the summary reveals</source>
        <translation>Wat de samenvatting prijsgeeft</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="475"/>
        <source>Parts of the case</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="485"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="485"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="486"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als pdf &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="491"/>
        <source>Saved and printed</source>
        <translation>Bewaard en afgedrukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="232"/>
        <source>The vault locked while a document was being made: it was stopped, nothing was saved. Make it again if you still need it.</source>
        <translation>De kluis vergrendelde terwijl een document gemaakt werd: het werd gestopt, er is niets bewaard. Maak het opnieuw als u het nog nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="362"/>
        <source>Making the %1… A long case takes a while; Cancel or Esc stops it.</source>
        <translation>Bezig met %1… Een lang dossier duurt even; Annuleren of Esc stopt het.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="370"/>
        <source>Stopped: no document was made.</source>
        <translation>Gestopt: er is geen document gemaakt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="489"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="490"/>
        <source>Stop making the document</source>
        <translation>Het maken van het document stoppen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="480"/>
        <source>Only in the full summary: the plan names people and phone numbers.</source>
        <translation>Enkel in de volledige samenvatting: het plan noemt mensen en telefoonnummers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="483"/>
        <source>No safety plan at this level: it names people and places.</source>
        <translation>Geen veiligheidsplan op dit niveau: het noemt mensen en plaatsen.</translation>
    </message>
</context>
<context>
    <name>DraftIssue</name>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="29"/>
        <source>a key uses only lower-case letters a–z (no accents), digits, hyphens (-) and underscores (_), starts with a letter or digit and has at most 63 characters</source>
        <translation>een sleutel bevat alleen kleine letters a–z (zonder accenten), cijfers, koppeltekens (-) en onderstrepingstekens (_), begint met een letter of cijfer en telt hoogstens 63 tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="31"/>
        <source>a key uses only letters without accents, digits and the signs . _ / -, starts with a letter or digit and has at most 100 characters</source>
        <translation>een sleutel bevat alleen letters zonder accenten, cijfers en de tekens . _ / -, begint met een letter of cijfer en telt hoogstens 100 tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="48"/>
        <source>empty, but required.</source>
        <translation>leeg, maar verplicht.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="50"/>
        <source>“%1” is not a pack id: use lower-case letters a–z, digits, dots and hyphens (at most 63), starting with a letter or digit.</source>
        <translation>“%1” is geen pakket-id: gebruik kleine letters a–z, cijfers, punten en koppeltekens (hoogstens 63), te beginnen met een letter of cijfer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="53"/>
        <source>“%1” cannot be a key: %2.</source>
        <translation>“%1” kan geen sleutel zijn: %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="56"/>
        <source>“%1” is the key of number %2 too; each key once.</source>
        <translation>“%1” is ook de sleutel van nummer %2; elke sleutel maar één keer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="59"/>
        <source>too long: at most %1 KB.</source>
        <translation>te lang: hoogstens %1 kB.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="61"/>
        <source>more than a pack may carry (at most %1).</source>
        <translation>meer dan een pakket mag bevatten (hoogstens %1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="114"/>
        <source>Problems in the pack: Enter goes to the cell or field of the chosen one</source>
        <translation>Problemen in het pakket: Enter gaat naar de cel of het veld van het gekozen probleem</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="138"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="143"/>
        <source>%1, %2 – %3: %4</source>
        <translation>%1, %2 – %3: %4</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="146"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="149"/>
        <source>%1, card %2 (%3), field “%4”: %5</source>
        <translation>%1, fiche %2 (%3), veld “%4”: %5</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="152"/>
        <source>%1, row %2, column “%3”: %4</source>
        <translation>%1, rij %2, kolom “%3”: %4</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="105"/>
        <source>This is not a file of the expected kind. Nothing was changed.</source>
        <translation>Dit is niet het verwachte soort bestand. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="106"/>
        <source>This file was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk. Nothing was changed.</source>
        <translation>Dit bestand is gemaakt met een nieuwere TrustDesk. Vraag uw coördinator om de nieuwere TrustDesk. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="109"/>
        <source>This file is far larger than such a file can be. Nothing was changed.</source>
        <translation>Dit bestand is veel groter dan zo’n bestand kan zijn. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="111"/>
        <source>This file is cut short (an interrupted copy or download?). Ask for it again. Nothing was changed.</source>
        <translation>Dit bestand is afgebroken (een onderbroken kopie of download?). Vraag het opnieuw. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="113"/>
        <source>This file is meant for someone else: it was sealed for another key than yours. Tell the coordinator. Nothing was changed.</source>
        <translation>Dit bestand is voor iemand anders bedoeld: het werd verzegeld voor een andere sleutel dan de uwe. Meld het aan de coördinator. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="116"/>
        <source>This file was changed on the way: its seal or signature does not match. Ask for it again. Nothing was changed.</source>
        <translation>Dit bestand werd onderweg gewijzigd: zijn zegel of handtekening klopt niet. Vraag het opnieuw. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="118"/>
        <source>This file was not signed by your coordinator&apos;s key. Do not use it; tell the coordinator by phone. Nothing was changed.</source>
        <translation>Dit bestand is niet ondertekend met de sleutel van uw coördinator. Gebruik het niet; meld het telefonisch aan de coördinator. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="121"/>
        <source>This file opens, but holds something TrustDesk does not accept. Nothing was changed.</source>
        <translation>Dit bestand gaat open, maar bevat iets wat TrustDesk niet aanvaardt. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="123"/>
        <source>This intake was already opened as a case. Nothing was changed.</source>
        <translation>Deze aanmelding werd al als dossier geopend. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="124"/>
        <source>This intake has expired. Ask the coordinator for a new one. Nothing was changed.</source>
        <translation>Deze aanmelding is verlopen. Vraag de coördinator om een nieuwe. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="126"/>
        <source>The coordinator&apos;s card is not here yet: it comes with your coordinator&apos;s pack. Nothing was changed.</source>
        <translation>De kaart van de coördinator is er nog niet: die komt mee met het pakket van uw coördinator. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="128"/>
        <source>Compare the coordinator&apos;s fingerprint by phone first (Coordinator › My contact card). Nothing was changed.</source>
        <translation>Vergelijk eerst telefonisch de vingerafdruk van de coördinator (Coördinator › Mijn contactkaart). Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="134"/>
        <source>This file is dated after today: the clock of the computer that made it, or of this one, is wrong. Ask for it again once the date is right. Nothing was changed.</source>
        <translation>Dit bestand is gedateerd na vandaag: de klok van de computer die het maakte, of van deze, staat verkeerd. Vraag het opnieuw zodra de datum juist is. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="131"/>
        <source>The digits you heard are not this card&apos;s fingerprint: it was not trusted. Compare them by phone again. Nothing was changed.</source>
        <translation>De cijfers die u hoorde, zijn niet de vingerafdruk van deze kaart: ze werd niet vertrouwd. Vergelijk ze opnieuw telefonisch. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="48"/>
        <source>a handover file (.tdhandover)</source>
        <translation>een overdrachtsbestand (.tdhandover)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="49"/>
        <source>a backup (.tdbackup)</source>
        <translation>een back-up (.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="50"/>
        <source>an intake from the coordinator (.tdintake)</source>
        <translation>een aanmelding van de coördinator (.tdintake)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="51"/>
        <source>a trust person&apos;s figures file (.tdfigures)</source>
        <translation>een cijferbestand van een vertrouwenspersoon (.tdfigures)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="52"/>
        <source>a trust person&apos;s contact card (.tdcard)</source>
        <translation>de contactkaart van een vertrouwenspersoon (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="53"/>
        <source>the coordinator&apos;s contact card (.tdcard)</source>
        <translation>de contactkaart van de coördinator (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="54"/>
        <source>an organisation pack (.zip)</source>
        <translation>een organisatiepakket (.zip)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="61"/>
        <source>not an intake</source>
        <translation>geen aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="62"/>
        <source>not a figures file</source>
        <translation>geen cijferbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="63"/>
        <source>not a trust person&apos;s contact card</source>
        <translation>niet de contactkaart van een vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="64"/>
        <source>not the coordinator&apos;s contact card</source>
        <translation>niet de contactkaart van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="65"/>
        <source>not a handover file</source>
        <translation>geen overdrachtsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="66"/>
        <source>not a backup</source>
        <translation>geen back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="67"/>
        <source>not an organisation pack</source>
        <translation>geen organisatiepakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="68"/>
        <source>not of the kind asked for here</source>
        <translation>niet van de soort die hier gevraagd wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="74"/>
        <source>receive it in TrustDesk with Handover › Receive handover…</source>
        <translation>ontvang het in TrustDesk met Overdracht › Overdracht ontvangen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="75"/>
        <source>restore it with Restore from a backup… in TrustDesk&apos;s Settings</source>
        <translation>herstel hem met Herstellen uit een back-up… in de Instellingen van TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="76"/>
        <source>the trust person opens it in TrustDesk with Coordinator › Open an intake…</source>
        <translation>de vertrouwenspersoon opent ze in TrustDesk met Coördinator › Een aanmelding openen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="78"/>
        <source>the coordinator merges it in the coordinator desk, tab Figures</source>
        <translation>de coördinator voegt het samen in het coördinatorbureau, tabblad Cijfers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="79"/>
        <source>the coordinator adds it in the coordinator desk, tab Contact cards, with the fingerprint read out by phone</source>
        <translation>de coördinator voegt ze toe in het coördinatorbureau, tabblad Contactkaarten, met de vingerafdruk die telefonisch wordt voorgelezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="81"/>
        <source>it travels inside the coordinator&apos;s organisation pack; the trust person compares it with Coordinator › My contact card</source>
        <translation>ze reist mee in het organisatiepakket van de coördinator; de vertrouwenspersoon vergelijkt ze met Coördinator › Mijn contactkaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="84"/>
        <source>a trust person imports it on the Providers page (Import and export)</source>
        <translation>een vertrouwenspersoon importeert het op de pagina Hulpverleners (Importeren en exporteren)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="91"/>
        <source>This is %1, %2; %3. Nothing was changed.</source>
        <translation>Dit is %1, %2; %3. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="52"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="53"/>
        <source>Files to and from the coordinator</source>
        <translation>Bestanden van en naar de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="54"/>
        <source>My &amp;contact card…</source>
        <translation>Mijn &amp;contactkaart…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="55"/>
        <source>Open an &amp;intake…</source>
        <translation>Een &amp;aanmelding openen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="56"/>
        <source>Send &amp;figures…</source>
        <translation>Cijfers &amp;versturen…</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="64"/>
        <source>no domain</source>
        <translation>geen domein</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="66"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="67"/>
        <source>still open</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="68"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="155"/>
        <source>%n new case(s) in this quarter, in the rows above. This is everything the file holds.</source>
        <translation>
            <numerusform>%n nieuw dossier in dit kwartaal, in de rijen hierboven. Dit is alles wat het bestand bevat.</numerusform>
            <numerusform>%n nieuwe dossiers in dit kwartaal, in de rijen hierboven. Dit is alles wat het bestand bevat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="165"/>
        <source>Save the figures for the coordinator</source>
        <translation>De cijfers voor de coördinator bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="166"/>
        <source>TrustDesk figures (*.tdfigures)</source>
        <translation>TrustDesk-cijfers (*.tdfigures)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="182"/>
        <source>Saved as %1, sealed for your coordinator: only the coordinator&apos;s key opens it. Send it by mail or on a USB stick.</source>
        <translation>Bewaard als %1, verzegeld voor uw coördinator: alleen de sleutel van de coördinator opent het. Stuur het per e-mail of op een USB-stick.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="199"/>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="200"/>
        <source>Figures for the coordinator</source>
        <translation>Cijfers voor de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="202"/>
        <source>The exact number of new cases of one whole quarter, per month, knowledge domains, who called, region and how the case stood at the end of the quarter. No codes, names or days. The coordinator merges the figures of all trust persons and publishes only merged figures, with small numbers hidden.</source>
        <translation>Het exacte aantal nieuwe dossiers van één volledig kwartaal, per maand, problematiek, aanmelder, regio en hoe het dossier er op het einde van het kwartaal voor stond. Geen codes, namen of dagen. De coördinator voegt de cijfers van alle vertrouwenspersonen samen en publiceert alleen samengevoegde cijfers, met kleine aantallen verborgen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="205"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="206"/>
        <source>Quarter of the figures</source>
        <translation>Kwartaal van de cijfers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="217"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="217"/>
        <source>Knowledge domains</source>
        <translation>Problematiek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="217"/>
        <source>Who called</source>
        <translation>Aangemeld door</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="218"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="218"/>
        <source>Outcome at the quarter&apos;s end</source>
        <translation>Afloop op het einde van het kwartaal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="219"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="220"/>
        <source>What the figures file holds</source>
        <translation>Wat het cijferbestand bevat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="221"/>
        <source>&amp;Seal and save…</source>
        <translation>&amp;Verzegelen en bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="222"/>
        <source>Seal the figures for the coordinator and save them</source>
        <translation>De cijfers voor de coördinator verzegelen en bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="223"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="224"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="149"/>
        <source>Figures files of the trust persons</source>
        <translation>Cijferbestanden van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="150"/>
        <source>TrustDesk figures (*.tdfigures);;All files (*)</source>
        <translation>TrustDesk-cijfers (*.tdfigures);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="157"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="174"/>
        <source>Add the trust persons&apos; figures files first.</source>
        <translation>Voeg eerst de cijferbestanden van de vertrouwenspersonen toe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="187"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="187"/>
        <source>replaced by a newer file</source>
        <translation>vervangen door een nieuwer bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="188"/>
        <source>the same file twice</source>
        <translation>twee keer hetzelfde bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="188"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="249"/>
        <source>Folder for the national report</source>
        <translation>Map voor het nationale verslag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="284"/>
        <source>The report could not be saved there.</source>
        <translation>Het verslag kon daar niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="286"/>
        <source>The national report is saved in %1 (PDF in Dutch and French, CSV). Its quarters are released and never change.</source>
        <translation>Het nationale verslag is bewaard in %1 (pdf in het Nederlands en het Frans, csv). Zijn kwartalen zijn gepubliceerd en veranderen nooit meer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="294"/>
        <source>Add the figures files the trust persons sent you (one per quarter each), then merge them. Counts of 1 to 4 are hidden again after merging; a file not sealed to you, changed, or from an unknown card is refused.</source>
        <translation>Voeg de cijferbestanden toe die de vertrouwenspersonen u stuurden (elk één per kwartaal) en voeg ze dan samen. Aantallen van 1 tot 4 worden na het samenvoegen opnieuw verborgen; een bestand dat niet voor u verzegeld is, gewijzigd werd of van een onbekende kaart komt, wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="297"/>
        <source>&amp;Add figures files…</source>
        <translation>Cijferbestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="298"/>
        <source>Add figures files</source>
        <translation>Cijferbestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="299"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Lijst leegmaken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="300"/>
        <source>Clear the list of files</source>
        <translation>De lijst van bestanden leegmaken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="301"/>
        <source>Figures files to merge</source>
        <translation>Samen te voegen cijferbestanden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="302"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="303"/>
        <source>Merge the figures files</source>
        <translation>De cijferbestanden samenvoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="304"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="304"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="304"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="305"/>
        <source>Trust person</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="306"/>
        <source>What was merged and what was refused</source>
        <translation>Wat samengevoegd en wat geweigerd werd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="307"/>
        <source>What the chart shows</source>
        <translation>Wat de grafiek toont</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="308"/>
        <source>New cases per quarter</source>
        <translation>Nieuwe dossiers per kwartaal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="312"/>
        <source>All new cases</source>
        <translation>Alle nieuwe dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="320"/>
        <source>&amp;Save the national report…</source>
        <translation>Nationaal verslag &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="321"/>
        <source>Save the national report</source>
        <translation>Het nationale verslag bewaren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="192"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nieuw dossier</numerusform>
            <numerusform>%n nieuwe dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="201"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="202"/>
        <source>%n file(s) merged</source>
        <translation>
            <numerusform>%n bestand samengevoegd</numerusform>
            <numerusform>%n bestanden samengevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="203"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n bestand vervangen</numerusform>
            <numerusform>%n bestanden vervangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="204"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n bestand geweigerd</numerusform>
            <numerusform>%n bestanden geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="219"/>
        <source>%1 was withheld before (fewer than 5 new cases); with these files it is published now, with %n new case(s).</source>
        <translation>
            <numerusform>%1 werd eerder achtergehouden (minder dan 5 nieuwe dossiers); met deze bestanden wordt het nu gepubliceerd, met %n nieuw dossier.</numerusform>
            <numerusform>%1 werd eerder achtergehouden (minder dan 5 nieuwe dossiers); met deze bestanden wordt het nu gepubliceerd, met %n nieuwe dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="221"/>
        <source>%1 was released before; these files give other numbers, but a released quarter never changes: the earlier release is kept.</source>
        <translation>%1 werd al vrijgegeven; deze bestanden geven andere cijfers, maar een vrijgegeven kwartaal verandert nooit: de eerdere vrijgave blijft.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="268"/>
        <source>Another program released quarters since your merge: the files were merged again with them. Check the figures and save again.</source>
        <translation>Een ander programma heeft sinds uw samenvoeging kwartalen vrijgegeven: de bestanden werden opnieuw samengevoegd, met die kwartalen. Controleer de cijfers en bewaar opnieuw.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="75"/>
        <source>case-summary</source>
        <translation>dossiersamenvatting</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="76"/>
        <source>contact-log</source>
        <translation>contactlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="77"/>
        <source>referral-letter</source>
        <translation>verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="78"/>
        <source>activity-report</source>
        <translation>activiteitenverslag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="79"/>
        <source>recovery-kit</source>
        <translation>herstelkit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="80"/>
        <source>safety-plan</source>
        <translation>veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="81"/>
        <source>access-export</source>
        <translation>inzage-export</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="82"/>
        <source>audit-log</source>
        <translation>auditlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="83"/>
        <source>disclosures</source>
        <translation>verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="84"/>
        <source>providers</source>
        <translation>hulpverleners</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="85"/>
        <source>handover</source>
        <translation>overdracht</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="303"/>
        <source>TrustDesk – first start</source>
        <translation>TrustDesk – eerste start</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="304"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="304"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="305"/>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="305"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="306"/>
        <source>&amp;Start using TrustDesk</source>
        <translation>&amp;TrustDesk gebruiken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="307"/>
        <source>Finish and open TrustDesk</source>
        <translation>Afronden en TrustDesk openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="308"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="308"/>
        <source>Cancel the set-up</source>
        <translation>De installatie annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="312"/>
        <source>Create the vault</source>
        <translation>De kluis aanmaken</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="255"/>
        <source>opened %1</source>
        <translation>geopend op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="258"/>
        <source>last contact %1</source>
        <translation>laatste contact op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="259"/>
        <source>no contact yet</source>
        <translation>nog geen contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="285"/>
        <source>There are no open cases to hand over.</source>
        <translation>Er zijn geen open dossiers om over te dragen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="306"/>
        <source>Tick the cases to hand over first.</source>
        <translation>Vink eerst de dossiers aan die u wilt overdragen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="309"/>
        <source>Handover of %n case(s): %1 (encrypted file)</source>
        <translation>
            <numerusform>Overdracht van %n dossier: %1 (versleuteld bestand)</numerusform>
            <numerusform>Overdracht van %n dossiers: %1 (versleuteld bestand)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="333"/>
        <source>Not saved: nothing left the vault. Hand over again to make a new file.</source>
        <translation>Niet bewaard: er heeft niets de kluis verlaten. Draag opnieuw over om een nieuw bestand te maken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="347"/>
        <source>The file could not be written there (no permission, or the disk is full). Nothing was saved; try another folder.</source>
        <translation>Het bestand kon daar niet geschreven worden (geen toestemming, of de schijf is vol). Er is niets bewaard; probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="360"/>
        <source>Handover code %1</source>
        <translation>Overdrachtscode %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="361"/>
        <source>The file with %n case(s) is saved as %1. This is its handover code:</source>
        <translation>
            <numerusform>Het bestand met %n dossier is bewaard als %1. Dit is de overdrachtscode:</numerusform>
            <numerusform>Het bestand met %n dossiers is bewaard als %1. Dit is de overdrachtscode:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="363"/>
        <source>Close the %n handed-over case(s)…</source>
        <translation>
            <numerusform>%n overgedragen dossier afsluiten…</numerusform>
            <numerusform>De %n overgedragen dossiers afsluiten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="382"/>
        <source>Close the %n handed-over case(s) (%1) with the reason “handed over”? Their retention period starts today.</source>
        <translation>
            <numerusform>%n overgedragen dossier (%1) afsluiten met de reden “overgedragen”? De bewaartermijn begint vandaag.</numerusform>
            <numerusform>De %n overgedragen dossiers (%1) afsluiten met de reden “overgedragen”? Hun bewaartermijn begint vandaag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="384"/>
        <source>Close %n case(s)</source>
        <translation>
            <numerusform>%n dossier afsluiten</numerusform>
            <numerusform>%n dossiers afsluiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="392"/>
        <source>Say who takes these cases over first.</source>
        <translation>Zeg eerst wie deze dossiers overneemt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="397"/>
        <source>Handed over on %1 to %2.</source>
        <translation>Overgedragen op %1 aan %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="412"/>
        <source>Closed: %1. Only the fact of the handover, its date, the successor and the anonymous figures were kept; everything else of these cases was erased.</source>
        <translation>Afgesloten: %1. Alleen het feit van de overdracht, de datum, de opvolger en de anonieme cijfers zijn bewaard; al het andere van deze dossiers is gewist.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="415"/>
        <source>Closed: %1. Their retention period has started.</source>
        <translation>Afgesloten: %1. Hun bewaartermijn is begonnen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="426"/>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="427"/>
        <source>Hand over cases</source>
        <translation>Dossiers overdragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="429"/>
        <source>Tick the open cases a successor trust person takes over. They receive one encrypted file and, by another channel, a code that opens it.</source>
        <translation>Vink de open dossiers aan die een opvolgende vertrouwenspersoon overneemt. Die krijgt één versleuteld bestand en, via een ander kanaal, een code die het opent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="431"/>
        <source>Open cases to hand over</source>
        <translation>Open dossiers om over te dragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="432"/>
        <source>What goes with each case (the minimum necessary is ticked):</source>
        <translation>Wat met elk dossier meegaat (het strikt nodige is aangevinkt):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="436"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="437"/>
        <source>Write the handover file</source>
        <translation>Het overdrachtsbestand schrijven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="438"/>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="439"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="441"/>
        <source>Write this code down now: it is shown only this once and TrustDesk does not keep it. Pass it on by another channel than the file — read it out on the phone, or hand it over on paper. Whoever has the file and the code can read these cases.</source>
        <translation>Schrijf deze code nu op: hij wordt maar één keer getoond en TrustDesk bewaart hem niet. Geef hem door via een ander kanaal dan het bestand — lees hem voor aan de telefoon, of geef hem op papier. Wie het bestand en de code heeft, kan deze dossiers lezen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="444"/>
        <source>Close the handed-over cases with the reason handed over</source>
        <translation>De overgedragen dossiers afsluiten met als reden overgedragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="445"/>
        <source>&amp;Successor:</source>
        <translation>&amp;Opvolger:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="446"/>
        <source>The trust person who takes the cases over</source>
        <translation>De vertrouwenspersoon die de dossiers overneemt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="447"/>
        <source>name of the trust person who takes over</source>
        <translation>naam van de vertrouwenspersoon die overneemt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="454"/>
        <source>Keep only the minimum</source>
        <translation>Alleen het minimum bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="455"/>
        <source>Keep the &amp;full cases until the end of the retention period</source>
        <translation>De &amp;volledige dossiers bewaren tot het einde van de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="456"/>
        <source>Keep the full cases</source>
        <translation>De volledige dossiers bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="457"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="458"/>
        <source>Do not close the cases now</source>
        <translation>De dossiers nu niet afsluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="461"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="462"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="254"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="448"/>
        <source>Keep only the &amp;minimum: the case code, the dates, that it went to the successor, and the anonymous figures (after the receipt)</source>
        <translation>Alleen het &amp;minimum bewaren: de dossiercode, de data, dat het naar de opvolger ging, en de anonieme cijfers (na het ontvangstbewijs)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="451"/>
        <source>Erasing waits for your successor&apos;s receipt code: their TrustDesk shows it once the cases are imported. Then choose Handover → Confirm a receipt… and keep only the minimum. Until then close them keeping everything, or not yet.</source>
        <translation>Wissen wacht op de ontvangstcode van uw opvolger: de TrustDesk van uw opvolger toont die zodra de dossiers geïmporteerd zijn. Kies dan Overdracht → Ontvangstbewijs bevestigen… en bewaar alleen het minimum. Sluit ze tot dan met alles erin, of nog niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="275"/>
        <source>already handed over on %1</source>
        <translation>al overgedragen op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="261"/>
        <source>risk: %1</source>
        <translation>risico: %1</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="78"/>
        <source>Save the handover file</source>
        <translation>Het overdrachtsbestand bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="79"/>
        <source>TrustDesk handover (*.tdhandover)</source>
        <translation>TrustDesk-overdracht (*.tdhandover)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="98"/>
        <source>Intake (always)</source>
        <translation>Aanmelding (altijd)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="99"/>
        <source>Current risk and safety plan</source>
        <translation>Huidig risico en veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="101"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="102"/>
        <source>Full contact notes (only when really needed)</source>
        <translation>Volledige contactnotities (alleen als het echt nodig is)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="52"/>
        <source>Intake</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="53"/>
        <source>Full contact notes</source>
        <translation>Volledige contactnotities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="65"/>
        <source>Open a handover file</source>
        <translation>Een overdrachtsbestand openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="66"/>
        <source>TrustDesk handover (*.tdhandover);;All files (*)</source>
        <translation>TrustDesk-overdracht (*.tdhandover);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="74"/>
        <source>This is not a TrustDesk handover file. Nothing was imported.</source>
        <translation>Dit is geen TrustDesk-overdrachtsbestand. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="76"/>
        <source>The code does not open this file, or the file was changed or cut short on the way. Check the code with your predecessor, or ask for the file again. Nothing was imported.</source>
        <translation>De code opent dit bestand niet, of het bestand is onderweg gewijzigd of afgebroken. Controleer de code met uw voorganger, of vraag het bestand opnieuw. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="79"/>
        <source>This handover file is damaged or incomplete. Ask for a new one. Nothing was imported.</source>
        <translation>Dit overdrachtsbestand is beschadigd of onvolledig. Vraag een nieuw. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="81"/>
        <source>This file is far larger than a handover can be. Nothing was imported.</source>
        <translation>Dit bestand is veel groter dan een overdracht kan zijn. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="83"/>
        <source>This handover was already imported into this vault. Nothing was imported again.</source>
        <translation>Deze overdracht is al in deze kluis geïmporteerd. Er is niets opnieuw geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="88"/>
        <source>This handover was made by a newer TrustDesk. Update TrustDesk, then try again. Nothing was imported.</source>
        <translation>Deze overdracht is gemaakt door een nieuwere TrustDesk. Werk TrustDesk bij en probeer opnieuw. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="100"/>
        <source>Open tasks</source>
        <translation>Open taken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="85"/>
        <source>That is not a handover code: a code has 26 letters and digits, in groups of 4. Check what you typed. Nothing was imported.</source>
        <translation>Dat is geen overdrachtscode: een code heeft 26 letters en cijfers, in groepjes van 4. Controleer wat u typte. Er werd niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>HandoverMenu</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="50"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="51"/>
        <source>Hand over or receive cases</source>
        <translation>Dossiers overdragen of ontvangen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="52"/>
        <source>&amp;Hand over cases…</source>
        <translation>Dossiers &amp;overdragen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="53"/>
        <source>&amp;Receive handover…</source>
        <translation>Overdracht o&amp;ntvangen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="54"/>
        <source>&amp;Confirm a receipt…</source>
        <translation>Ontvangst&amp;bewijs bevestigen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="55"/>
        <source>&amp;Show my receipt codes…</source>
        <translation>Mijn ontvangstcodes &amp;tonen…</translation>
    </message>
</context>
<context>
    <name>HandoverReceipt</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="35"/>
        <source>Keep only the minimum?</source>
        <translation>Alleen het minimum bewaren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="36"/>
        <source>Erase your copy of %n handed-over case(s) (%1)?</source>
        <translation>
            <numerusform>Uw kopie van %n overgedragen dossier (%1) wissen?</numerusform>
            <numerusform>Uw kopie van %n overgedragen dossiers (%1) wissen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="39"/>
        <source>Erased for good: the doctor&apos;s name and contact details, the workplace, every contact note, the safety plan, the tasks and the referral texts.
Kept: the case code, its dates, that it was handed over to %1, and the anonymous figures.
This cannot be undone.</source>
        <translation>Voorgoed gewist: de naam en contactgegevens van de arts, de werkplek, elke contactnotitie, het veiligheidsplan, de taken en de teksten van de doorverwijzingen.
Bewaard: de dossiercode, de datums, dat het aan %1 werd overgedragen, en de anonieme cijfers.
Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="44"/>
        <source>&amp;Erase %n case(s)</source>
        <translation>
            <numerusform>%n dossier &amp;wissen</numerusform>
            <numerusform>%n dossiers &amp;wissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="96"/>
        <source>Open an intake from the coordinator</source>
        <translation>Een aanmelding van de coördinator openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="97"/>
        <source>TrustDesk intake (*.tdintake);;All files (*)</source>
        <translation>TrustDesk-aanmelding (*.tdintake);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="119"/>
        <source>That file cannot be read.</source>
        <translation>Dat bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="169"/>
        <source>yes, the doctor agreed to be contacted</source>
        <translation>ja, de arts stemde ermee in om gecontacteerd te worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="170"/>
        <source>no: wait until the doctor contacts you</source>
        <translation>nee: wacht tot de arts u contacteert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="144"/>
        <source>Check what the coordinator sent. Nothing is in your vault until you create the case.</source>
        <translation>Controleer wat de coördinator stuurde. Er staat niets in uw kluis tot u het dossier aanmaakt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="199"/>
        <source>Contact the doctor (intake %1)</source>
        <translation>De arts contacteren (aanmelding %1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="224"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="254"/>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="255"/>
        <source>Intake from the coordinator</source>
        <translation>Aanmelding van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="257"/>
        <source>Open the intake file your coordinator sent you. You see what it holds before a case is made; a file meant for someone else, changed on the way, expired or already opened is refused.</source>
        <translation>Open het aanmeldingsbestand dat uw coördinator u stuurde. U ziet wat erin staat voor er een dossier wordt gemaakt; een bestand voor iemand anders, onderweg gewijzigd, verlopen of al geopend wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="259"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="260"/>
        <source>Choose the intake file</source>
        <translation>Het aanmeldingsbestand kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="262"/>
        <source>Coordinator reference:</source>
        <translation>Referentie van de coördinator:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="262"/>
        <source>Who called:</source>
        <translation>Aangemeld door:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="263"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="263"/>
        <source>Profession:</source>
        <translation>Beroep:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="264"/>
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="265"/>
        <source>Knowledge domains:</source>
        <translation>Problematiek:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="265"/>
        <source>How and when to contact:</source>
        <translation>Hoe en wanneer contacteren:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="266"/>
        <source>Consent to be contacted:</source>
        <translation>Toestemming om gecontacteerd te worden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="266"/>
        <source>Contact details:</source>
        <translation>Contactgegevens:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="268"/>
        <source>Valid until:</source>
        <translation>Geldig tot:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="268"/>
        <source>Signed by:</source>
        <translation>Ondertekend door:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="275"/>
        <source>Create the case from this intake</source>
        <translation>Het dossier aanmaken uit deze aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="276"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="277"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="222"/>
        <source>Case %1 created, with a task to contact the doctor today.</source>
        <translation>Dossier %1 aangemaakt, met een taak om de arts vandaag te contacteren.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="259"/>
        <source>Intake file</source>
        <translation>Aanmeldingsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="261"/>
        <source>the .tdintake file: type its path or choose it</source>
        <translation>het .tdintake-bestand: typ het pad of kies het</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="202"/>
        <source>Returned to the coordinator: possible conflict of interest.</source>
        <translation>Teruggegeven aan de coördinator: mogelijk belangenconflict.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="217"/>
        <source>Case %1 was returned to the coordinator; nothing about the doctor was kept.</source>
        <translation>Dossier %1 is teruggegeven aan de coördinator; er werd niets over de arts bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="267"/>
        <source>Workplace:</source>
        <translation>Werkplek:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="274"/>
        <source>C&amp;reate the case</source>
        <translation>Het dossier &amp;aanmaken</translation>
    </message>
</context>
<context>
    <name>IntakeEditor</name>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="150"/>
        <source>Add the trust person&apos;s card first (Contact cards).</source>
        <translation>Voeg eerst de kaart van de vertrouwenspersoon toe (Contactkaarten).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="154"/>
        <source>Fill in the coordinator&apos;s reference; contact details need the doctor&apos;s consent.</source>
        <translation>Vul de referentie van de coördinator in; contactgegevens vragen de toestemming van de arts.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="157"/>
        <source>Save the intake</source>
        <translation>De aanmelding bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="158"/>
        <source>TrustDesk intake (*.tdintake)</source>
        <translation>TrustDesk-aanmelding (*.tdintake)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="173"/>
        <source>The intake could not be saved there.</source>
        <translation>De aanmelding kon daar niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="186"/>
        <source>intake</source>
        <comment>file name: plain ASCII letters, no spaces</comment>
        <translation>aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="203"/>
        <source>Fill in what the trust person needs to contact the doctor. The file is sealed to the trust person&apos;s card and signed by you; only that trust person can open it.</source>
        <translation>Vul in wat de vertrouwenspersoon nodig heeft om de arts te contacteren. Het bestand wordt verzegeld voor de kaart van de vertrouwenspersoon en door u ondertekend; alleen die vertrouwenspersoon kan het openen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="218"/>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="218"/>
        <source>Trust person who receives the intake</source>
        <translation>Vertrouwenspersoon die de aanmelding ontvangt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="219"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="219"/>
        <source>Coordinator&apos;s reference</source>
        <translation>Referentie van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="220"/>
        <source>Who &amp;called:</source>
        <translation>Aangemeld &amp;door:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="220"/>
        <source>Who called</source>
        <translation>Aangemeld door</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="221"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="221"/>
        <source>Language of the doctor</source>
        <translation>Taal van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="222"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gio:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="222"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="223"/>
        <source>Knowledge domains:</source>
        <translation>Problematiek:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="223"/>
        <source>Knowledge domains</source>
        <translation>Problematiek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="224"/>
        <source>Contact &amp;by:</source>
        <translation>Contact &amp;via:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="224"/>
        <source>How the doctor wishes to be contacted</source>
        <translation>Hoe de arts gecontacteerd wil worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="225"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="225"/>
        <source>When the doctor wishes to be contacted</source>
        <translation>Wanneer de arts gecontacteerd wil worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="226"/>
        <source>&amp;Workplace:</source>
        <translation>Wer&amp;kplek:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="226"/>
        <source>The doctor&apos;s workplace (conflict-of-interest check)</source>
        <translation>Werkplek van de arts (controle op belangenconflict)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="228"/>
        <source>The doctor agreed to be contacted</source>
        <translation>De arts stemde ermee in gecontacteerd te worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="229"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="229"/>
        <source>Doctor&apos;s name</source>
        <translation>Naam van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="230"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="230"/>
        <source>Doctor&apos;s phone</source>
        <translation>Telefoon van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="231"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="231"/>
        <source>Doctor&apos;s e-mail</source>
        <translation>E-mail van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="241"/>
        <source>The doctor e&amp;xplicitly agreed to be contacted</source>
        <translation>De arts stemde e&amp;xpliciet in om gecontacteerd te worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="242"/>
        <source>Make the intake &amp;file…</source>
        <translation>Aanmeldings&amp;bestand maken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="243"/>
        <source>Make the intake file</source>
        <translation>Aanmeldingsbestand maken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="176"/>
        <source>Intake %1 saved for %2 as %3. Send the file to them; only the intake&apos;s random id, the date and the recipient stay here.</source>
        <translation>Aanmelding %1 voor %2 bewaard als %3. Stuur het bestand naar die persoon; alleen het willekeurige nummer van de aanmelding, de datum en de ontvanger blijven hier.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="243"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="259"/>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="260"/>
        <source>Who made the first call</source>
        <translation>Wie meldde de arts aan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="261"/>
        <source>As given by the coordinator</source>
        <translation>Zoals doorgegeven door de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="245"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="262"/>
        <source>Coordinator reference</source>
        <translation>Referentie van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="263"/>
        <source>Language of the contacts</source>
        <translation>Taal van de contacten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="274"/>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="264"/>
        <source>Region or province</source>
        <translation>Regio of provincie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="248"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="265"/>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="266"/>
        <source>For example: general practice, anaesthesia</source>
        <translation>Bijvoorbeeld: huisartsgeneeskunde, anesthesie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="249"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="267"/>
        <source>Specialty</source>
        <translation>Specialisme</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="275"/>
        <source>Knowledge domains</source>
        <translation>Problematiek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="279"/>
        <source>The doctor agrees to be contacted by me</source>
        <translation>De arts gaat akkoord dat ik contact opneem</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="280"/>
        <source>Consent to be contacted</source>
        <translation>Toestemming om contact op te nemen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="281"/>
        <source>Padlock</source>
        <translation>Hangslot</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="282"/>
        <source>Most sensitive: who the doctor is (optional)</source>
        <translation>Zeer gevoelig: wie de arts is (optioneel)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="285"/>
        <source>Kept only in this vault, never in pseudonymised documents or the anonymous figures. Leave empty when the code is enough.</source>
        <translation>Alleen in deze kluis bewaard, nooit in gepseudonimiseerde documenten of in de anonieme cijfers. Laat leeg als de code volstaat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="287"/>
        <source>Doctor&apos;s name (most sensitive)</source>
        <translation>Naam van de arts (zeer gevoelig)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="288"/>
        <source>Doctor&apos;s phone (most sensitive)</source>
        <translation>Telefoon van de arts (zeer gevoelig)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="289"/>
        <source>Doctor&apos;s e-mail (most sensitive)</source>
        <translation>E-mail van de arts (zeer gevoelig)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="290"/>
        <source>Workplace (most sensitive)</source>
        <translation>Werkplek (zeer gevoelig)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="255"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="256"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="257"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="258"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="244"/>
        <source>First call by</source>
        <translation>Aangemeld door</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="246"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="247"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="283"/>
        <source>Hidden while aliases are hidden (for instance while you share your screen). To show them again: %1.</source>
        <translation>Verborgen zolang de aliassen verborgen zijn (bijvoorbeeld terwijl u uw scherm deelt). Om ze weer te tonen: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="292"/>
        <source>What the coordinator passed on, the question for help, context that stays true over time</source>
        <translation>Wat de coördinator doorgaf, de hulpvraag, context die in de tijd geldig blijft</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="294"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="295"/>
        <source>&amp;Background</source>
        <translation>&amp;Achtergrond</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="250"/>
        <source>Your alias</source>
        <translation>Uw alias</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="251"/>
        <source>Your private alias or initials for this case</source>
        <translation>Uw eigen alias of initialen voor dit dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="252"/>
        <source>Initials or a word, for your eyes only</source>
        <translation>Initialen of een woord, alleen voor uzelf</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="253"/>
        <source>Shown beside the code in your lists, never in pseudonymised documents. %1 hides every alias while you share your screen.</source>
        <translation>Staat naast de code in uw lijsten, nooit in gepseudonimiseerde documenten. %1 verbergt alle aliassen terwijl u uw scherm deelt.</translation>
    </message>
</context>
<context>
    <name>KeptAsideOffer</name>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="64"/>
        <source>The old copy is removed.</source>
        <translation>De oude kopie is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="65"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="66"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="70"/>
        <source>The old copy could not be removed: %1</source>
        <translation>De oude kopie kon niet verwijderd worden: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="73"/>
        <source>The vault from before the restore</source>
        <translation>De kluis van vóór het herstel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="75"/>
        <source>Your restored vault opens. The vault this computer had before the restore is still kept aside, encrypted, in:

%1

It holds every case it held then, including cases you may since have closed or destroyed. Remove it now, unless you still need something from it.</source>
        <translation>Uw herstelde kluis gaat open. De kluis die deze computer vóór het herstel had, staat nog versleuteld opzij in:

%1

Ze bevat elk dossier dat ze toen bevatte, ook dossiers die u sindsdien misschien afsloot of vernietigde. Verwijder ze nu, tenzij u er nog iets uit nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="81"/>
        <source>&amp;Keep it for now</source>
        <translation>Voorlopig &amp;houden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="82"/>
        <source>Keep the old copy for now</source>
        <translation>De oude kopie voorlopig houden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="83"/>
        <source>&amp;Remove the old copy</source>
        <translation>De oude kopie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="84"/>
        <source>Remove the old copy of the vault</source>
        <translation>De oude kopie van de kluis verwijderen</translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <location filename="../../trustdesk/ui/desk/kind_column.py" line="37"/>
        <source>Kind of provider</source>
        <translation>Soort hulpverlener</translation>
    </message>
</context>
<context>
    <name>KnowledgeButton</name>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="51"/>
        <source>Knowledge cards ›</source>
        <translation>Kennisfiches ›</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="52"/>
        <source>Knowledge cards about the case&apos;s domains</source>
        <translation>Kennisfiches over de domeinen van dit dossier</translation>
    </message>
</context>
<context>
    <name>KnowledgeTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="112"/>
        <source>The care offer</source>
        <translation>Het zorgaanbod</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="130"/>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="144"/>
        <source>Choose the case&apos;s knowledge domains (Details) to see what the coordinator wrote about them.</source>
        <translation>Kies de problematiek van het dossier (Details) om te zien wat de coördinator erover schreef.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="147"/>
        <source>No knowledge card about these domains yet; below, the care offer in general.</source>
        <translation>Nog geen kennisfiche over deze domeinen; hieronder het zorgaanbod in het algemeen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="150"/>
        <source>What the coordinator wrote about this case&apos;s domains. Links are shown, never opened.</source>
        <translation>Wat de coördinator schreef over de domeinen van dit dossier. Links worden getoond, nooit geopend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="152"/>
        <source>Knowledge cards for this case</source>
        <translation>Kennisfiches voor dit dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="153"/>
        <source>The chosen knowledge card</source>
        <translation>De gekozen kennisfiche</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="59"/>
        <source>Welcome to TrustDesk</source>
        <translation>Welkom bij TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="60"/>
        <source>Your confidential case notes, kept on this computer only.</source>
        <translation>Uw vertrouwelijke dossiernotities, alleen op deze computer bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="61"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>Kies de taal van de interface. U kunt ze later wijzigen in Instellingen.</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="17"/>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="18"/>
        <source>Leave the set-up?</source>
        <translation>De installatie verlaten?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="19"/>
        <source>Your vault is made. Your profile (the name and contact line your referral letters are sent with) and the backup folder are not set yet; what you typed is kept if you leave.</source>
        <translation>Uw kluis is gemaakt. Uw profiel (de naam en contactregel waarmee uw verwijsbrieven vertrekken) en de map voor back-ups zijn nog niet ingesteld; wat u al typte, blijft bewaard als u de installatie verlaat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="22"/>
        <source>The set-up is not finished yet.</source>
        <translation>De installatie is nog niet klaar.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="24"/>
        <source>If you leave now, TrustDesk reminds you after the next unlock, and Settings has both.</source>
        <translation>Verlaat u ze nu, dan herinnert TrustDesk u eraan na het volgende ontgrendelen, en in Instellingen vindt u beide.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="26"/>
        <source>Your recovery code is shown only once, and you have not confirmed that you wrote it down or printed it.</source>
        <translation>Uw herstelcode wordt maar één keer getoond, en u hebt nog niet bevestigd dat u hem opschreef of afdrukte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="29"/>
        <source>If you forget your passphrase, only this code opens your vault. If you leave now, TrustDesk asks you to make a new recovery code after the next unlock.</source>
        <translation>Als u uw wachtwoordzin vergeet, opent alleen deze code uw kluis. Verlaat u de installatie nu, dan vraagt TrustDesk u na het volgende ontgrendelen een nieuwe herstelcode te maken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="31"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="33"/>
        <source>Keep going with the set-up</source>
        <translation>Doorgaan met de installatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="34"/>
        <source>&amp;Leave the set-up</source>
        <translation>Installatie &amp;verlaten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="36"/>
        <source>Leave the set-up</source>
        <translation>Installatie verlaten</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="166"/>
        <source>This referral no longer exists.</source>
        <translation>Deze doorverwijzing bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="169"/>
        <source>No letter without the doctor&apos;s recorded consent. Record the consent first.</source>
        <translation>Geen brief zonder de genoteerde toestemming van de arts. Noteer eerst de toestemming.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="219"/>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="343"/>
        <source>Choose a template…</source>
        <translation>Kies een sjabloon…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="277"/>
        <source>There is no template in this language yet. Add one on the Templates page.</source>
        <translation>Er is nog geen sjabloon in deze taal. Voeg er een toe op de pagina Sjablonen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="255"/>
        <source>The template “%1” cannot be used:</source>
        <translation>Het sjabloon “%1” kan niet gebruikt worden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="335"/>
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="336"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="337"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="338"/>
        <source>Letter (&amp;edit as needed):</source>
        <translation>Brief (&amp;pas aan waar nodig):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="339"/>
        <source>The letter is kept exactly as it is here; later changes to the template do not change it.</source>
        <translation>De brief wordt precies zo bewaard als hier; latere wijzigingen aan het sjabloon veranderen hem niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="341"/>
        <source>&amp;Keep this letter</source>
        <translation>Deze brief &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="283"/>
        <source>No template is written for this kind of provider: choose the one that fits, or write the letter yourself.</source>
        <translation>Er is geen sjabloon voor dit soort hulpverlener: kies het sjabloon dat past, of schrijf de brief zelf.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="347"/>
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="348"/>
        <source>Template of the letter</source>
        <translation>Sjabloon van de brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="349"/>
        <source>Text of the letter</source>
        <translation>Tekst van de brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="350"/>
        <source>Keep this letter</source>
        <translation>Deze brief bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="351"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="192"/>
        <source>The letter may give: %1.</source>
        <translation>De brief mag vermelden: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="193"/>
        <source>The letter may give nothing about the doctor beyond the referral itself.</source>
        <translation>De brief mag niets over de arts vermelden buiten de verwijzing zelf.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="195"/>
        <source>Agreed in the doctor&apos;s words: “%1”</source>
        <translation>Afgesproken in de woorden van de arts: “%1”</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="198"/>
        <source>(consent given on %1)</source>
        <translation>(toestemming gegeven op %1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="203"/>
        <source>What the doctor&apos;s consent covers</source>
        <translation>Waarvoor de arts toestemming gaf</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="344"/>
        <source>Consent covers:</source>
        <translation>Toestemming geldt voor:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="441"/>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="442"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="442"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="442"/>
        <source>Providers</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="443"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="443"/>
        <source>Reports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="443"/>
        <source>Audit</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="454"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="455"/>
        <source>Lock TrustDesk now (Ctrl+L)</source>
        <translation>TrustDesk nu vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="456"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="458"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="459"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="461"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="464"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="466"/>
        <source>Protected by your passphrase alone on this computer (no keychain).</source>
        <translation>Op deze computer alleen beschermd door uw wachtwoordzin (geen sleutelhanger).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="474"/>
        <source>Show aliases</source>
        <translation>Aliassen tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="475"/>
        <source>Aliases, names and the doctor&apos;s details are hidden; show them again (%1)</source>
        <translation>Aliassen, namen en de gegevens van de arts zijn verborgen; toon ze weer (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="477"/>
        <source>Hide aliases</source>
        <translation>Aliassen verbergen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="478"/>
        <source>Hide your aliases of the cases and the doctor&apos;s details, for instance before sharing your screen (%1)</source>
        <translation>Verberg uw aliassen van de casussen en de gegevens van de arts, bijvoorbeeld voordat u uw scherm deelt (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="355"/>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="453"/>
        <source>Current page</source>
        <translation>Huidige pagina</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="462"/>
        <source>Between the navigation, the page and the toolbar (F6)</source>
        <translation>Tussen de navigatie, de pagina en de werkbalk (F6)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="463"/>
        <source>Settings (%1)</source>
        <translation>Instellingen (%1)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="40"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="47"/>
        <source>The code is the case&apos;s name everywhere in TrustDesk and in pseudonymised documents.</source>
        <translation>De code is overal in TrustDesk en in gepseudonimiseerde documenten de naam van het dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="61"/>
        <source>Intake details</source>
        <translation>Aanmeldingsgegevens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="78"/>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="81"/>
        <source>Create case</source>
        <translation>Dossier aanmaken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="110"/>
        <source>New case %1</source>
        <translation>Nieuw dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="128"/>
        <source>Returned to the coordinator: possible conflict of interest.</source>
        <translation>Teruggegeven aan de coördinator: mogelijk belangenconflict.</translation>
    </message>
</context>
<context>
    <name>NewItem</name>
    <message>
        <location filename="../../trustdesk/ui/kit/new_item.py" line="45"/>
        <source>{what} ({key})</source>
        <translation>{what} ({key})</translation>
    </message>
</context>
<context>
    <name>NoFolderQuestion</name>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="60"/>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="61"/>
        <source>No backup folder yet</source>
        <translation>Nog geen back-upmap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="62"/>
        <source>No backup folder is set yet.</source>
        <translation>Er is nog geen back-upmap ingesteld.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="64"/>
        <source>Choose a folder on a USB stick or another disk: TrustDesk makes the backup there now, and from then on by itself when you lock or quit, and once a day.</source>
        <translation>Kies een map op een USB-stick of een andere schijf: TrustDesk maakt de back-up daar nu, en voortaan vanzelf als u vergrendelt of afsluit, en eens per dag.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="66"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Kies een map…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="68"/>
        <source>Choose a backup folder</source>
        <translation>Een back-upmap kiezen</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../trustdesk/ui/kit/notice_bar.py" line="174"/>
        <source>Notices</source>
        <translation>Meldingen</translation>
    </message>
</context>
<context>
    <name>PackDetail</name>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="52"/>
        <source>the file is over {limit} bytes</source>
        <translation>het bestand is groter dan {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="57"/>
        <source>not a zip archive</source>
        <translation>geen zip-archief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="62"/>
        <source>{count} members, at most {limit}</source>
        <translation>{count} bestanden, hoogstens {limit}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="71"/>
        <source>{name!r} appears twice</source>
        <translation>{name!r} komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="75"/>
        <source>{name!r} is encrypted</source>
        <translation>{name!r} is versleuteld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="78"/>
        <source>{name!r} is over {limit} bytes</source>
        <translation>{name!r} is groter dan {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="82"/>
        <source>{name!r} is compressed suspiciously well</source>
        <translation>{name!r} is verdacht sterk gecomprimeerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="86"/>
        <source>over {limit} bytes uncompressed</source>
        <translation>meer dan {limit} bytes onverpakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="92"/>
        <source>directory {name!r} holds data</source>
        <translation>map {name!r} bevat gegevens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="99"/>
        <source>{name!r} cannot be read</source>
        <translation>{name!r} kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="102"/>
        <source>{name!r} is not the size it declares</source>
        <translation>{name!r} heeft niet de grootte die het opgeeft</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/installation.py" line="169"/>
        <source>only a verified pack can be imported</source>
        <translation>alleen een gecontroleerd pakket kan geïmporteerd worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/installation.py" line="173"/>
        <source>version {previous} is imported, this is {version}</source>
        <translation>versie {previous} is geïmporteerd, dit is {version}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/installation.py" line="177"/>
        <source>version {version} is already imported</source>
        <translation>versie {version} is al geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="43"/>
        <source>{name!r} is not knowledge/&lt;language&gt;/&lt;key&gt;.md</source>
        <translation>{name!r} is geen knowledge/&lt;taal&gt;/&lt;sleutel&gt;.md</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="49"/>
        <source>{name}: unknown language {lang!r}</source>
        <translation>{name}: onbekende taal {lang!r}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="52"/>
        <location filename="../../trustdesk/packs/pack.py" line="286"/>
        <source>{name}: language {lang} is not in the manifest&apos;s languages</source>
        <translation>{name}: taal {lang} staat niet bij de talen van manifest.json</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="56"/>
        <location filename="../../trustdesk/packs/pack.py" line="126"/>
        <location filename="../../trustdesk/packs/pack.py" line="290"/>
        <source>{name} is over {limit} bytes</source>
        <translation>{name} is groter dan {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="61"/>
        <location filename="../../trustdesk/packs/pack.py" line="295"/>
        <source>{name} is not UTF-8</source>
        <translation>{name} is geen UTF-8</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="64"/>
        <source>{name} holds a control character</source>
        <translation>{name} bevat een stuurteken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="68"/>
        <source>{name}: the header needs a title</source>
        <translation>{name}: de kop heeft een titel nodig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="83"/>
        <source>{name} has no text</source>
        <translation>{name} heeft geen tekst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="91"/>
        <source>{name} must start with a &apos;---&apos; header (title, domains, source)</source>
        <translation>{name} moet beginnen met een kop tussen &apos;---&apos; (title, domains, source)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="96"/>
        <source>{name}: the header is not closed by &apos;---&apos; within 20 lines</source>
        <translation>{name}: de kop wordt niet binnen 20 regels afgesloten met &apos;---&apos;</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="104"/>
        <source>{name}: header line {line!r} is not one of {fields}</source>
        <translation>{name}: kopregel {line!r} is niet een van {fields}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="108"/>
        <source>{name}: {field} appears twice</source>
        <translation>{name}: {field} komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="112"/>
        <source>{name}: {field} is longer than {limit} characters</source>
        <translation>{name}: {field} is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="122"/>
        <source>{count} knowledge cards, at most {limit}</source>
        <translation>{count} kennisfiches, hoogstens {limit}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="131"/>
        <source>{name}: the key {key!r} appears twice</source>
        <translation>{name}: de sleutel {key!r} komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="134"/>
        <source>{name} is not valid UTF-8 JSON</source>
        <translation>{name} is geen geldige UTF-8-JSON</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="140"/>
        <source>{where}: languages must be a list of language codes</source>
        <translation>{where}: languages moet een lijst van taalcodes zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="145"/>
        <source>{where}: unknown language in {values!r:.80}</source>
        <translation>{where}: onbekende taal in {values!r:.80}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="152"/>
        <source>manifest.json is not an object</source>
        <translation>manifest.json is geen object</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="154"/>
        <source>manifest.json: format {format}</source>
        <translation>manifest.json: formaat {format}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="158"/>
        <source>manifest.json: unknown fields {unknown!r:.100}</source>
        <translation>manifest.json: onbekende velden {unknown!r:.100}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="161"/>
        <source>manifest.json: unsupported format</source>
        <translation>manifest.json: formaat niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="164"/>
        <source>manifest.json: id must be 1-63 of a-z, 0-9, &apos;.&apos;, &apos;-&apos;</source>
        <translation>manifest.json: id moet 1-63 tekens zijn uit a-z, 0-9, punt en koppelteken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="167"/>
        <source>manifest.json: version must be a positive integer</source>
        <translation>manifest.json: version moet een positief geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="169"/>
        <location filename="../../trustdesk/packs/pack.py" line="173"/>
        <source>manifest.json: created must be an ISO date</source>
        <translation>manifest.json: created moet een ISO-datum zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="177"/>
        <source>manifest.json: languages is empty</source>
        <translation>manifest.json: languages is leeg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="181"/>
        <source>manifest.json: title must be a short text</source>
        <translation>manifest.json: title moet een korte tekst zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="184"/>
        <source>manifest.json: template_names must map &apos;&lt;lang&gt;/&lt;kind&gt;&apos; to a short name</source>
        <translation>manifest.json: template_names moet &apos;&lt;taal&gt;/&lt;soort&gt;&apos; op een korte naam afbeelden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="188"/>
        <source>manifest.json: next_key must be the base64 of a raw 32-byte Ed25519 public key (pack keygen prints it)</source>
        <translation>manifest.json: next_key moet de base64 van een ruwe publieke Ed25519-sleutel van 32 bytes zijn (pack keygen toont hem)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="196"/>
        <source>helplines.json must be a list of at most {limit} entries</source>
        <translation>helplines.json moet een lijst van hoogstens {limit} items zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="204"/>
        <source>{where}: an object with {fields} and languages</source>
        <translation>{where}: een object met {fields} en languages</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="210"/>
        <source>{where}: {name} must be a short single-line text</source>
        <translation>{where}: {name} moet een korte tekst op één regel zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="214"/>
        <source>{where}: key, name and number are required</source>
        <translation>{where}: key, name en number zijn verplicht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="217"/>
        <source>{where}: key {key!r} appears twice</source>
        <translation>{where}: key {key!r} komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="232"/>
        <source>the key is missing (the &apos;key&apos; column is empty)</source>
        <translation>de sleutel ontbreekt (de kolom key is leeg)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="234"/>
        <source>the key {key!r}… is longer than 100 characters</source>
        <translation>de sleutel {key!r}… is langer dan 100 tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="237"/>
        <source>the key {key!r} holds {odd!r} ({code}); keys use only ASCII letters, digits and . _ / -</source>
        <translation>de sleutel {key!r} bevat {odd!r} ({code}); sleutels bestaan alleen uit ASCII-letters, cijfers en . _ / -</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="242"/>
        <source>the key {key!r} holds {odd!r}; a key starts with a letter or digit, then letters, digits, . _ / -</source>
        <translation>de sleutel {key!r} bevat {odd!r}; een sleutel begint met een letter of cijfer, daarna letters, cijfers, . _ / -</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="245"/>
        <source>the key {key!r} is used twice</source>
        <translation>de sleutel {key!r} wordt twee keer gebruikt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="253"/>
        <source>providers.csv: {problem}</source>
        <translation>providers.csv: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="344"/>
        <source>{card} is not a valid contact card</source>
        <translation>{card} is geen geldige contactkaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="256"/>
        <source>providers.csv needs a &apos;key&apos; column (a stable key per provider)</source>
        <translation>providers.csv heeft een kolom key nodig (een vaste sleutel per hulpverlener)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="269"/>
        <source>providers.csv row {row}: {problem}</source>
        <translation>providers.csv rij {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="283"/>
        <source>{name}: unknown language or template kind</source>
        <translation>{name}: onbekende taal of soort sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="297"/>
        <source>{name} holds a NUL character</source>
        <translation>{name} bevat een NUL-teken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="320"/>
        <source>unexpected member {name!r}</source>
        <translation>onverwacht bestand {name!r}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="323"/>
        <source>manifest.json is missing</source>
        <translation>manifest.json ontbreekt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="347"/>
        <source>{card} is not a coordinator&apos;s card</source>
        <translation>{card} is niet de kaart van een coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="363"/>
        <source>templates/{source_key}.j2: cannot be used: {problem}</source>
        <translation>templates/{source_key}.j2: onbruikbaar: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="395"/>
        <source>the signature is for another pack or version</source>
        <translation>de handtekening hoort bij een ander pakket of een andere versie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="410"/>
        <source>{relative} is a symlink</source>
        <translation>{relative} is een symbolische koppeling</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="426"/>
        <source>manifest.json is missing or not an object</source>
        <translation>manifest.json ontbreekt of is geen object</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="55"/>
        <source>release.json: {detail}</source>
        <translation>release.json: {detail}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="59"/>
        <source>an object with version, date, security and installers</source>
        <translation>een object met version, date, security en installers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="63"/>
        <source>version must be like 1.2.3</source>
        <translation>version moet de vorm 1.2.3 hebben</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="65"/>
        <location filename="../../trustdesk/packs/release.py" line="69"/>
        <source>date must be an ISO date</source>
        <translation>date moet een ISO-datum zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="71"/>
        <source>security must be true or false</source>
        <translation>security moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="73"/>
        <source>installers: a list of at most {limit}</source>
        <translation>installers: een lijst van hoogstens {limit}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="80"/>
        <source>each installer: {{file, sha256 (64 lower-case hex)}}</source>
        <translation>elk installatieprogramma: {{file, sha256 (64 hexadecimale kleine letters)}}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="128"/>
        <source>signature.json is too large</source>
        <translation>signature.json is te groot</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="133"/>
        <source>signature.json is not valid JSON</source>
        <translation>signature.json is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="135"/>
        <source>signature.json has an unknown format or algorithm</source>
        <translation>signature.json heeft een onbekend formaat of algoritme</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="141"/>
        <source>signature.json is incomplete</source>
        <translation>signature.json is onvolledig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="145"/>
        <source>the signature is not base64</source>
        <translation>de handtekening is geen base64</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="154"/>
        <source>the pack carries no signature.json</source>
        <translation>het pakket bevat geen signature.json</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="157"/>
        <location filename="../../trustdesk/ui/directory/queries.py" line="73"/>
        <source>this build pins no pack key</source>
        <translation>deze versie van TrustDesk vertrouwt geen pakketsleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="165"/>
        <source>signed by key {signer!r}, not by {checked}, {key}</source>
        <translation>ondertekend met sleutel {signer!r}, niet met {checked}, {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="168"/>
        <source>the key it was checked with</source>
        <translation>de sleutel waarmee het gecontroleerd werd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="169"/>
        <source>the signature does not match the pack</source>
        <translation>de handtekening past niet bij het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="172"/>
        <source>the pack&apos;s members differ from the signed list</source>
        <translation>de bestanden van het pakket verschillen van de ondertekende lijst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="175"/>
        <source>{name} was changed after signing</source>
        <translation>{name} werd gewijzigd na het ondertekenen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="236"/>
        <source>a pack is at most {limit} bytes</source>
        <translation>een pakket is hoogstens {limit} bytes groot</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="251"/>
        <source>The draft could not be saved.</source>
        <translation>Het ontwerp kon niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="253"/>
        <source>Draft saved in the desk.</source>
        <translation>Ontwerp bewaard in het bureau.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="285"/>
        <source>The pack signing key</source>
        <translation>De sleutel die pakketten ondertekent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="285"/>
        <source>Private key (*.pem);;All files (*)</source>
        <translation>Privésleutel (*.pem);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="301"/>
        <source>The signing key does not open: check the key file and its passphrase.</source>
        <translation>De ondertekeningssleutel gaat niet open: controleer het sleutelbestand en zijn wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="313"/>
        <source>Save the pack</source>
        <translation>Het pakket bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="314"/>
        <source>Organisation pack (*.zip)</source>
        <translation>Organisatiepakket (*.zip)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="328"/>
        <source>The pack could not be saved there.</source>
        <translation>Het pakket kon daar niet bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="333"/>
        <source>Pack %1 version %2 signed and saved as %3. The next pack will be version %4.</source>
        <translation>Pakket %1 versie %2 ondertekend en bewaard als %3. Het volgende pakket wordt versie %4.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="344"/>
        <source>Pack &amp;id:</source>
        <translation>Pakket-&amp;id:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="345"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="346"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="347"/>
        <source>Pack id</source>
        <translation>Pakket-id</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="348"/>
        <source>Pack title</source>
        <translation>Titel van het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="349"/>
        <source>Pack version</source>
        <translation>Versie van het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="351"/>
        <source>&amp;Help lines</source>
        <translation>Hulp&amp;lijnen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="376"/>
        <source>Providers in the pack</source>
        <translation>Hulpverleners in het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="378"/>
        <source>Help lines in the pack</source>
        <translation>Hulplijnen in het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="386"/>
        <source>Add a provider</source>
        <translation>Hulpverlener toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="387"/>
        <source>Remove the chosen provider</source>
        <translation>Gekozen hulpverlener verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="388"/>
        <source>Add a help line</source>
        <translation>Hulplijn toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="389"/>
        <source>Remove the chosen help line</source>
        <translation>Gekozen hulplijn verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="392"/>
        <source>Language of the template</source>
        <translation>Taal van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="394"/>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="407"/>
        <source>Template text</source>
        <translation>Tekst van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="408"/>
        <source>Signing &amp;key:</source>
        <translation>Ondertekenings&amp;sleutel:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="409"/>
        <source>Pack signing key file</source>
        <translation>Bestand van de ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="410"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="411"/>
        <source>Choose the pack signing key</source>
        <translation>De ondertekeningssleutel kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="412"/>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Wachtwoordzin van de sleutel:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="413"/>
        <source>Passphrase of the signing key</source>
        <translation>Wachtwoordzin van de ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="414"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Ontwerp bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="415"/>
        <source>Save the draft</source>
        <translation>Het ontwerp bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="417"/>
        <source>Check the pack</source>
        <translation>Het pakket controleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="418"/>
        <source>&amp;Sign and save the pack…</source>
        <translation>Pakket o&amp;ndertekenen en bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="419"/>
        <source>Sign and save the pack</source>
        <translation>Pakket ondertekenen en bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="350"/>
        <source>Di&amp;rectory</source>
        <translation>&amp;Hulpverleners</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="352"/>
        <source>Letter te&amp;mplates</source>
        <translation>&amp;Briefsjablonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="416"/>
        <source>Ch&amp;eck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="353"/>
        <source>Knowledge cards</source>
        <translation>Kennisfiches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="265"/>
        <source>A trust person&apos;s TrustDesk would refuse this pack: %n problem(s), listed below. Enter on one goes to its place.</source>
        <translation>
            <numerusform>De TrustDesk van een vertrouwenspersoon zou dit pakket weigeren: %n probleem, hieronder opgesomd. Enter op een probleem gaat naar de plaats ervan.</numerusform>
            <numerusform>De TrustDesk van een vertrouwenspersoon zou dit pakket weigeren: %n problemen, hieronder opgesomd. Enter op een probleem gaat naar de plaats ervan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="357"/>
        <source>Knowledge domains</source>
        <translation>Kennisdomeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="357"/>
        <source>Provinces served</source>
        <translation>Werkgebied (provincies)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="370"/>
        <source>Languages of the chosen provider:</source>
        <translation>Talen van de gekozen hulpverlener:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="371"/>
        <source>Languages the chosen provider speaks</source>
        <translation>Talen die de gekozen hulpverlener spreekt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="372"/>
        <source>Its knowledge domains:</source>
        <translation>Zijn kennisdomeinen:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="372"/>
        <source>Knowledge domains of the chosen provider</source>
        <translation>Kennisdomeinen van de gekozen hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="373"/>
        <source>Provinces it serves:</source>
        <translation>Provincies waarin hij werkt:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="373"/>
        <source>Provinces the chosen provider serves</source>
        <translation>Provincies waarin de gekozen hulpverlener werkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="270"/>
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n hulpverlener</numerusform>
            <numerusform>%n hulpverleners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="271"/>
        <source>%n help line(s)</source>
        <translation>
            <numerusform>%n hulplijn</numerusform>
            <numerusform>%n hulplijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="272"/>
        <source>%n letter template(s)</source>
        <translation>
            <numerusform>%n briefsjabloon</numerusform>
            <numerusform>%n briefsjablonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="273"/>
        <source>%n knowledge card(s)</source>
        <translation>
            <numerusform>%n kennisfiche</numerusform>
            <numerusform>%n kennisfiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="274"/>
        <source>The pack is valid: %1, %2, %3, %4.</source>
        <translation>Het pakket is geldig: %1, %2, %3, %4.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="367"/>
        <source>Languages of the chosen help line:</source>
        <translation>Talen van de gekozen hulplijn:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="368"/>
        <source>Languages the chosen help line answers in</source>
        <translation>Talen waarin de gekozen hulplijn antwoordt</translation>
    </message>
</context>
<context>
    <name>PackImport</name>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="48"/>
        <source>This pack is not signed, so TrustDesk cannot know who made it. It was not imported; nothing was changed.</source>
        <translation>Dit pakket is niet ondertekend, dus TrustDesk kan niet weten wie het maakte. Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="51"/>
        <source>This pack was changed after it was signed (or the file is damaged). It was not imported; nothing was changed.</source>
        <translation>Dit pakket is gewijzigd na het ondertekenen (of het bestand is beschadigd). Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="54"/>
        <source>This pack was signed by someone other than your coordinator. It was not imported; nothing was changed.</source>
        <translation>Dit pakket is ondertekend door iemand anders dan uw coördinator. Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="57"/>
        <source>This build of TrustDesk has no coordinator key, so it cannot import organisation packs. Ask your coordinator for the installer that belongs with your organisation. Nothing was changed.</source>
        <translation>Deze versie van TrustDesk heeft geen sleutel van de coördinator en kan dus geen organisatiepakketten importeren. Vraag uw coördinator naar het installatieprogramma van uw organisatie. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="61"/>
        <source>This file is not a valid organisation pack. It was not imported; nothing was changed.</source>
        <translation>Dit bestand is geen geldig organisatiepakket. Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="64"/>
        <source>A newer version of this pack is already imported. This older version was not imported; nothing was changed.</source>
        <translation>Een nieuwere versie van dit pakket is al geïmporteerd. Deze oudere versie is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="67"/>
        <source>This version of the pack is already imported. Nothing was changed.</source>
        <translation>Deze versie van het pakket is al geïmporteerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="69"/>
        <source>This pack is larger than TrustDesk accepts. It was not imported; nothing was changed.</source>
        <translation>Dit pakket is groter dan TrustDesk aanvaardt. Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="72"/>
        <source>This pack holds files with unsafe names. It was not imported; nothing was changed.</source>
        <translation>Dit pakket bevat bestanden met onveilige namen. Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="75"/>
        <source>This pack holds too many files. It was not imported; nothing was changed.</source>
        <translation>Dit pakket bevat te veel bestanden. Het is niet geïmporteerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="85"/>
        <source>The coordinator key of this build is damaged, so no pack can be checked. Reinstall TrustDesk. Nothing was changed.</source>
        <translation>De coördinatorsleutel van deze versie is beschadigd, dus geen enkel pakket kan gecontroleerd worden. Installeer TrustDesk opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="112"/>
        <source>Organisation pack “%1” (%2), version %3, made on %4.</source>
        <translation>Organisatiepakket “%1” (%2), versie %3, gemaakt op %4.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="115"/>
        <source>Signed with your coordinator&apos;s key (%1).</source>
        <translation>Ondertekend met de sleutel van uw coördinator (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="125"/>
        <source>Help lines: %1 (they replace the current list).</source>
        <translation>Hulplijnen: %1 (ze vervangen de huidige lijst).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="155"/>
        <source>Your own entries and everything you changed stay as they are.</source>
        <translation>Uw eigen gegevens en alles wat u wijzigde, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="161"/>
        <source>Imported. Providers: %1. Letter templates: %2.</source>
        <translation>Geïmporteerd. Hulpverleners: %1. Briefsjablonen: %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="279"/>
        <source>Import organisation pack</source>
        <translation>Organisatiepakket importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="280"/>
        <source>Organisation packs (*.zip *.tdpack);;All files (*)</source>
        <translation>Organisatiepakketten (*.zip *.tdpack);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="134"/>
        <source>Your coordinator changes keys: after this import, only packs signed with the new key (%1) are accepted.</source>
        <translation>Uw coördinator verandert van sleutel: na deze import worden alleen pakketten aanvaard die met de nieuwe sleutel (%1) ondertekend zijn.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="147"/>
        <source>A new card of your coordinator, fingerprint %1: compare it by phone before intakes and figures use it (Coordinator › My contact card).</source>
        <translation>Een nieuwe kaart van uw coördinator, vingerafdruk %1: vergelijk ze telefonisch voor aanmeldingen en cijfers ze gebruiken (Coördinator › Mijn contactkaart).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="152"/>
        <source>Current TrustDesk release: %1 of %2.</source>
        <translation>Huidige TrustDesk-versie: %1 van %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="77"/>
        <source>This pack was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk, then import the pack again. It was not imported; nothing was changed.</source>
        <translation>Dit pakket is gemaakt met een nieuwere TrustDesk. Vraag uw coördinator om de nieuwere TrustDesk en importeer het pakket daarna opnieuw. Het werd niet geïmporteerd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="128"/>
        <source>Knowledge cards: %1 (they replace the current cards).</source>
        <translation>Kennisfiches: %1 (ze vervangen de huidige fiches).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="140"/>
        <source>Warning: this pack carries a DIFFERENT coordinator card (%1…) than the one you compared by phone (%2…). Your confirmed card stays and keeps working; the new one is kept beside it, unconfirmed. Call your coordinator on the number you know before you confirm it (Coordinator › My contact card).</source>
        <translation>Let op: dit pakket bevat een ANDERE coördinatorkaart (%1…) dan de kaart die u telefonisch vergeleek (%2…). Uw bevestigde kaart blijft en blijft werken; de nieuwe wordt ernaast bewaard, onbevestigd. Bel uw coördinator op het nummer dat u kent voor u ze bevestigt (Coördinator › Mijn contactkaart).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="92"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n is nieuw</numerusform>
            <numerusform>%n zijn nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="94"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n is bijgewerkt</numerusform>
            <numerusform>%n zijn bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="97"/>
        <source>%n changed by you, kept as you left them</source>
        <translation>
            <numerusform>%n door u gewijzigd, gelaten zoals u het achterliet</numerusform>
            <numerusform>%n door u gewijzigd, gelaten zoals u ze achterliet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="100"/>
        <source>%n no longer in the pack, removed</source>
        <translation>
            <numerusform>%n staat niet meer in het pakket en is verwijderd</numerusform>
            <numerusform>%n staan niet meer in het pakket en zijn verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="103"/>
        <source>%n you deleted, not brought back</source>
        <translation>
            <numerusform>%n werd door u verwijderd en is niet teruggezet</numerusform>
            <numerusform>%n werden door u verwijderd en zijn niet teruggezet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="117"/>
        <source>Providers: %n in the pack; %2.</source>
        <translation>
            <numerusform>Hulpverleners: %n staat in het pakket; %2.</numerusform>
            <numerusform>Hulpverleners: %n staan in het pakket; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="120"/>
        <source>Letter templates: %n in the pack; %2.</source>
        <translation>
            <numerusform>Briefsjablonen: %n staat in het pakket; %2.</numerusform>
            <numerusform>Briefsjablonen: %n staan in het pakket; %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="232"/>
        <source>Import organisation pack</source>
        <translation>Organisatiepakket importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="233"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="234"/>
        <source>Import the pack</source>
        <translation>Het pakket importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="235"/>
        <source>Do not import</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="236"/>
        <source>What the pack holds</source>
        <translation>Wat het pakket bevat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="238"/>
        <source>The pack was imported.</source>
        <translation>Het pakket is geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="241"/>
        <source>Your coordinator published this organisation pack:</source>
        <translation>Uw coördinator publiceerde dit organisatiepakket:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="242"/>
        <source>Import this organisation pack?</source>
        <translation>Dit organisatiepakket importeren?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="245"/>
        <source>This pack cannot be imported.</source>
        <translation>Dit pakket kan niet geïmporteerd worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="249"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="249"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PackIssue</name>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="16"/>
        <source>kinds of care</source>
        <translation>soorten zorg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="24"/>
        <source>%1, row %2</source>
        <translation>%1, rij %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="33"/>
        <source>%1, field “%2”: %3</source>
        <translation>%1, veld “%2”: %3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="51"/>
        <source>Allowed: %1.</source>
        <translation>Toegelaten: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="54"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelt u %1?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="54"/>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/page.py" line="123"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="120"/>
        <source>New &amp;passphrase:</source>
        <translation>Nieuwe &amp;wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="121"/>
        <source>&amp;Repeat it:</source>
        <translation>He&amp;rhaal ze:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="122"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="123"/>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="124"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="133"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken; enkele losse woorden zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
            <numerusform>Gebruik minstens %n tekens; enkele losse woorden zijn makkelijk te onthouden en moeilijk te raden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="136"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Te kort: minstens %n teken.</numerusform>
            <numerusform>Te kort: minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="137"/>
        <source>Strength: very weak.</source>
        <translation>Sterkte: zeer zwak.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="137"/>
        <source>Strength: weak.</source>
        <translation>Sterkte: zwak.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="137"/>
        <source>Strength: fair.</source>
        <translation>Sterkte: redelijk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="138"/>
        <source>Strength: strong.</source>
        <translation>Sterkte: sterk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="138"/>
        <source>Strength: very strong.</source>
        <translation>Sterkte: zeer sterk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="141"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="143"/>
        <source>Add another unusual word to make it stronger.</source>
        <translation>Voeg nog een ongewoon woord toe om ze sterker te maken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="125"/>
        <source>Sho&amp;w the passphrase</source>
        <translation>Wa&amp;chtwoordzin tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="126"/>
        <source>Show the passphrase as you type it</source>
        <translation>De wachtwoordzin tonen terwijl u hem typt</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="143"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="144"/>
        <source>It protects every case note in TrustDesk.</source>
        <translation>Ze beschermt elke dossiernotitie in TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="146"/>
        <source>You type this passphrase each time you open TrustDesk. A short sentence or a few unrelated words work well.</source>
        <translation>U typt deze wachtwoordzin telkens als u TrustDesk opent. Een korte zin of enkele losse woorden werken goed.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="149"/>
        <source>Nobody can look it up for you: if you forget it, only the recovery code of the next step opens the vault.</source>
        <translation>Niemand kan ze voor u opzoeken: als u ze vergeet, kan alleen de herstelcode uit de volgende stap de kluis nog openen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="151"/>
        <source>&amp;Create the vault</source>
        <translation>Kluis &amp;aanmaken</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../trustdesk/ui/kit/path_field.py" line="48"/>
        <source>That is a folder. Name the file itself, or choose it.</source>
        <translation>Dat is een map. Geef het bestand zelf, of kies het.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/path_field.py" line="50"/>
        <source>There is no file there. Check the path, or choose the file.</source>
        <translation>Daar is geen bestand. Controleer het pad of kies het bestand.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/path_field.py" line="52"/>
        <source>That is not a file TrustDesk can read.</source>
        <translation>Dat is geen bestand dat TrustDesk kan lezen.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="45"/>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="46"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="53"/>
        <source>Document preview</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="70"/>
        <source>Fit &amp;width</source>
        <translation>Passend in &amp;breedte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="73"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als p&amp;df bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="74"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="97"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="122"/>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="129"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="71"/>
        <source>W&amp;hole page</source>
        <translation>Hele &amp;pagina</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="119"/>
        <source>Not saved yet.</source>
        <translation>Nog niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="131"/>
        <source>✓ Saved: your letters are signed with it.</source>
        <translation>✓ Bewaard: uw brieven worden ermee ondertekend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="134"/>
        <source>Letters are signed by</source>
        <translation>Brieven ondertekend door</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="135"/>
        <source>Your name, title and contact line close every letter, with your role as trust person under your name. The RIZIV/INAMI number is printed only if you enter it.</source>
        <translation>Uw naam, titel en contactregel sluiten elke brief af, met uw rol als vertrouwenspersoon onder uw naam. Het RIZIV-nummer wordt alleen afgedrukt als u het invult.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="137"/>
        <source>Sa&amp;ve profile</source>
        <translation>Pro&amp;fiel bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="138"/>
        <source>Save your profile</source>
        <translation>Uw profiel bewaren</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="64"/>
        <source>Na&amp;me:</source>
        <translation>Naam (on&amp;dertekening):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="64"/>
        <source>Your name as you sign letters</source>
        <translation>Uw naam zoals u brieven ondertekent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="64"/>
        <source>Dr. An Peeters</source>
        <translation>Dr. An Peeters</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="65"/>
        <source>&amp;Title:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="65"/>
        <source>Your title or discipline</source>
        <translation>Uw titel of discipline</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="65"/>
        <source>general practitioner</source>
        <translation>huisarts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="66"/>
        <source>Contact lin&amp;e:</source>
        <translation>Contactr&amp;egel:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="66"/>
        <source>Phone number and e-mail address for letters</source>
        <translation>Telefoonnummer en e-mailadres voor brieven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="67"/>
        <source>0470 12 34 56 · name@example.be</source>
        <translation>0470 12 34 56 · naam@example.be</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="68"/>
        <source>RI&amp;ZIV/INAMI number:</source>
        <translation>RI&amp;ZIV-nummer:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="68"/>
        <source>RIZIV/INAMI number (optional)</source>
        <translation>RIZIV-nummer (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="68"/>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="176"/>
        <source>Your profile</source>
        <translation>Uw profiel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="177"/>
        <source>Your referral letters are signed with it.</source>
        <translation>Uw verwijsbrieven worden ermee ondertekend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="178"/>
        <source>As you sign a letter to a colleague: your name, your title and a contact line. The RIZIV/INAMI number is optional. You can change all of it later in Settings.</source>
        <translation>Zoals u een brief aan een collega ondertekent: uw naam, uw titel en een contactregel. Het RIZIV-nummer is niet verplicht. U kunt alles later wijzigen in Instellingen.</translation>
    </message>
</context>
<context>
    <name>ProviderDetails</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="250"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="251"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="252"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="255"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="256"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="257"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="258"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="259"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="260"/>
        <source>Sees physicians as patients</source>
        <translation>Ontvangt artsen als patiënt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="261"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="261"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="262"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="263"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="254"/>
        <source>Knowledge domains</source>
        <translation>Kennisdomeinen</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="156"/>
        <source>New provider</source>
        <translation>Nieuwe hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="156"/>
        <source>Edit provider</source>
        <translation>Hulpverlener bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="159"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="159"/>
        <source>No&amp;tes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="159"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="162"/>
        <source>Kind of provider</source>
        <translation>Soort hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="162"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="163"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="164"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="164"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="165"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="165"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="166"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="166"/>
        <source>Sees physicians as patients</source>
        <translation>Ontvangt artsen als patiënt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="167"/>
        <source>Save the provider</source>
        <translation>De hulpverlener bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="170"/>
        <source>&amp;Sees physicians as patients</source>
        <translation>Ontvangt artsen als &amp;patiënt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="204"/>
        <source>Give the provider a name.</source>
        <translation>Geef de hulpverlener een naam.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>Knowledge domains</source>
        <translation>Kennisdomeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>Provinces served</source>
        <translation>Werkgebied (provincies)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>P&amp;lace</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="163"/>
        <source>Place (town or area)</source>
        <translation>Plaats (gemeente of streek)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="173"/>
        <source>Knowledge domain: %1</source>
        <translation>Kennisdomein: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="176"/>
        <source>Serves: %1</source>
        <translation>Werkt in: %1</translation>
    </message>
</context>
<context>
    <name>ProviderLabels</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="37"/>
        <source>Psychologist</source>
        <translation>Psycholoog</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="38"/>
        <source>Psychiatrist</source>
        <translation>Psychiater</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="39"/>
        <source>General practitioner</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="40"/>
        <source>Addiction care</source>
        <translation>Verslavingszorg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="41"/>
        <source>Occupational physician</source>
        <translation>Arbeidsarts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="43"/>
        <source>Wellbeing activity</source>
        <translation>Welzijnsactiviteit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="44"/>
        <source>Crisis line</source>
        <translation>Crisislijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="45"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="59"/>
        <source>Your own entry</source>
        <translation>Uw eigen gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="61"/>
        <source>Starter directory</source>
        <translation>Startlijst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="64"/>
        <source>Organisation pack %1, version %2</source>
        <translation>Organisatiepakket %1, versie %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="67"/>
        <source> (changed by you: updates leave it alone)</source>
        <translation> (door u gewijzigd: updates laten het ongemoeid)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="220"/>
        <source>Sees physicians as patients</source>
        <translation>Ontvangt artsen als patiënt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="42"/>
        <source>Peer coaching / team programme</source>
        <translation>Peercoaching / teamtraject</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="229"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="230"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="231"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="232"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="233"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="234"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="253"/>
        <source>Delete provider</source>
        <translation>Hulpverlener verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="254"/>
        <source>Delete “%1” from your directory? Referrals that name it keep the name.</source>
        <translation>“%1” uit uw lijst verwijderen? Doorverwijzingen die de naam vermelden, behouden die.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="272"/>
        <source>That file cannot be read. Nothing was changed.</source>
        <translation>Dat bestand kan niet gelezen worden. Er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="299"/>
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>%n hulpverlener geëxporteerd.</numerusform>
            <numerusform>%n hulpverleners geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="330"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="336"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="352"/>
        <source>All regions</source>
        <translation>Alle regio’s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="377"/>
        <source>Choose a provider to see the details.</source>
        <translation>Kies een hulpverlener om de gegevens te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="391"/>
        <source>%1 of %n provider(s) shown.</source>
        <translation>
            <numerusform>%1 van %n hulpverlener getoond.</numerusform>
            <numerusform>%1 van %n hulpverleners getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="410"/>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="436"/>
        <source>Providers</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="413"/>
        <source>Your provider directory is empty.</source>
        <translation>Uw lijst van hulpverleners is nog leeg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="416"/>
        <source>%n provider(s) in your directory.</source>
        <translation>
            <numerusform>%n hulpverlener in uw lijst.</numerusform>
            <numerusform>%n hulpverleners in uw lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="421"/>
        <source>&amp;New provider…</source>
        <translation>&amp;Nieuwe hulpverlener…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="421"/>
        <source>New provider</source>
        <translation>Nieuwe hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="422"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="422"/>
        <source>Edit the chosen provider</source>
        <translation>De gekozen hulpverlener bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="423"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="423"/>
        <source>Delete the chosen provider</source>
        <translation>De gekozen hulpverlener verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="427"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="428"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="429"/>
        <source>Import organisation &amp;pack…</source>
        <translation>Organisatie&amp;pakket importeren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="430"/>
        <source>Search name, organisation, address, notes…</source>
        <translation>Zoek op naam, organisatie, adres, notities…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="431"/>
        <source>Search the directory</source>
        <translation>De lijst doorzoeken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="432"/>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="433"/>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="434"/>
        <source>Filter by region</source>
        <translation>Filteren op regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="437"/>
        <source>Details of the chosen provider</source>
        <translation>Gegevens van de gekozen hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="342"/>
        <source>All knowledge domains</source>
        <translation>Alle kennisdomeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="435"/>
        <source>Filter by knowledge domain</source>
        <translation>Filteren op kennisdomein</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="295"/>
        <source>The provider directory (CSV, with the providers&apos; notes)</source>
        <translation>De lijst van hulpverleners (CSV, met de notities over de hulpverleners)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="424"/>
        <source>&amp;Import and export</source>
        <translation>&amp;Importeren en exporteren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="424"/>
        <source>Import and export: CSV files, organisation packs</source>
        <translation>Importeren en exporteren: CSV-bestanden, organisatiepakketten</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="23"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="24"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="87"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="88"/>
        <source>Confirm it is you</source>
        <translation>Bevestig dat u het bent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="90"/>
        <source>This will leave the encrypted vault:</source>
        <translation>Dit verlaat de versleutelde kluis:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="165"/>
        <source>Type your passphrase to continue. You will not be asked again for two minutes.</source>
        <translation>Typ uw wachtwoordzin om verder te gaan. De komende twee minuten wordt het u niet opnieuw gevraagd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="113"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="114"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="171"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="118"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="120"/>
        <source>Use the recovery code instead</source>
        <translation>Liever de herstelcode gebruiken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="133"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="135"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="139"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="159"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="171"/>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="214"/>
        <source>That is not right. Nothing has left the vault.</source>
        <translation>Dat klopt niet. Er heeft niets de kluis verlaten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="163"/>
        <source>Type your recovery code to continue. You will not be asked again for two minutes.</source>
        <translation>Typ uw herstelcode om verder te gaan. De komende twee minuten wordt het u niet opnieuw gevraagd.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="142"/>
        <source>receipt confirmed on %1</source>
        <translation>ontvangst bevestigd op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="143"/>
        <source>awaiting the receipt</source>
        <translation>wacht op het ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="144"/>
        <source>%1: %2 to %3 — %4</source>
        <translation>%1: %2 aan %3 — %4</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="146"/>
        <source>Your handovers:</source>
        <translation>Uw overdrachten:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="163"/>
        <source>✓ Receipt confirmed: your successor received %1 (handed over on %2). You may now keep only the minimum of these cases.</source>
        <translation>✓ Ontvangst bevestigd: uw opvolger heeft %1 ontvangen (overgedragen op %2). U mag van deze dossiers nu alleen het minimum bewaren.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="173"/>
        <source>That is not a receipt code: it has 16 letters and digits, in 4 groups of 4. Check what you typed. Nothing was changed.</source>
        <translation>Dat is geen ontvangstcode: die heeft 16 letters en cijfers, in 4 groepjes van 4. Controleer wat u typte. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="176"/>
        <source>That receipt code belongs to none of your handovers. Check it with your successor. Nothing was changed.</source>
        <translation>Die ontvangstcode hoort bij geen enkele van uw overdrachten. Controleer hem met uw opvolger. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="186"/>
        <source>Say who took these cases over first.</source>
        <translation>Zeg eerst wie deze dossiers overnam.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="195"/>
        <source>Handed over to %1; received (receipt confirmed on %2).</source>
        <translation>Overgedragen aan %1; ontvangen (ontvangst bevestigd op %2).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="203"/>
        <source>Done: of %1 only the fact of the handover, its date, the successor and the anonymous figures are kept; everything else was erased.</source>
        <translation>Klaar: van %1 zijn alleen het feit van de overdracht, de datum, de opvolger en de anonieme cijfers bewaard; al de rest werd gewist.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="206"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="213"/>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="214"/>
        <source>Confirm a receipt</source>
        <translation>Ontvangstbewijs bevestigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="216"/>
        <source>After importing your handover file, your successor&apos;s TrustDesk shows a receipt code. Type it here: it proves the cases arrived, and only then can you erase your copy of them.</source>
        <translation>Na het importeren van uw overdrachtsbestand toont de TrustDesk van uw opvolger een ontvangstcode. Typ die hier: hij bewijst dat de dossiers aankwamen, en pas dan kunt u uw kopie ervan wissen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="218"/>
        <source>&amp;Receipt code:</source>
        <translation>Ont&amp;vangstcode:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="219"/>
        <source>Receipt code</source>
        <translation>Ontvangstcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="221"/>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="222"/>
        <source>Check the receipt code</source>
        <translation>De ontvangstcode controleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="223"/>
        <source>&amp;Successor:</source>
        <translation>&amp;Opvolger:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="224"/>
        <source>The trust person who took the cases over</source>
        <translation>De vertrouwenspersoon die de dossiers overnam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="225"/>
        <source>&amp;Keep only the minimum</source>
        <translation>Alleen het &amp;minimum bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="226"/>
        <source>Keep only the minimum of the handed-over cases</source>
        <translation>Van de overgedragen dossiers alleen het minimum bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="227"/>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="228"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="190"/>
        <source>Nothing was erased.</source>
        <translation>Er werd niets gewist.</translation>
    </message>
</context>
<context>
    <name>ReceiveHandoverDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="228"/>
        <source>That file cannot be read.</source>
        <translation>Dat bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="219"/>
        <source>Choose the handover file first.</source>
        <translation>Kies eerst het overdrachtsbestand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="297"/>
        <source>%n case(s), made on %1.</source>
        <translation>
            <numerusform>%n dossier, gemaakt op %1.</numerusform>
            <numerusform>%n dossiers, gemaakt op %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="298"/>
        <source>Included: %1.</source>
        <translation>Inbegrepen: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="299"/>
        <source>%n contact note(s)</source>
        <translation>
            <numerusform>%n contactnotitie</numerusform>
            <numerusform>%n contactnotities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="301"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n doorverwijzing</numerusform>
            <numerusform>%n doorverwijzingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="378"/>
        <source>Imported %n case(s), in the order of your predecessor&apos;s codes:</source>
        <translation>
            <numerusform>%n dossier geïmporteerd:</numerusform>
            <numerusform>%n dossiers geïmporteerd, in de volgorde van de codes van uw voorganger:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="379"/>
        <source>%1 (was %2 at your predecessor)</source>
        <translation>%1 (was %2 bij uw voorganger)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="381"/>
        <source>Each case shows the code it had before; the audit log of both of you records this.</source>
        <translation>Elk dossier toont de code die het vroeger had; het auditlogboek van u beiden legt dit vast.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="390"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="400"/>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="401"/>
        <source>Receive handover</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="403"/>
        <source>Open the handover file from your predecessor and type the code you received from them separately. You see what is inside before anything is imported.</source>
        <translation>Open het overdrachtsbestand van uw voorganger en typ de code die u daarnaast apart kreeg. U ziet wat erin zit voor er iets geïmporteerd wordt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="405"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="406"/>
        <source>Choose the handover file</source>
        <translation>Het overdrachtsbestand kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="408"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="409"/>
        <source>Handover code</source>
        <translation>Overdrachtscode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="411"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="412"/>
        <source>Open the file with this code</source>
        <translation>Het bestand openen met deze code</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="418"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="419"/>
        <source>Import the cases</source>
        <translation>De dossiers importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="420"/>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="421"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="300"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open taak</numerusform>
            <numerusform>%n open taken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="405"/>
        <source>Handover file</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="407"/>
        <source>the .tdhandover file: type its path or choose it</source>
        <translation>het .tdhandover-bestand: typ het pad of kies het</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="271"/>
        <source>• %1, opened %2</source>
        <translation>• %1, geopend op %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="283"/>
        <source>already here as %1 (received earlier)</source>
        <translation>al hier als %1 (eerder ontvangen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="287"/>
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… en nog %n dossier</numerusform>
            <numerusform>… en nog %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="302"/>
        <source>The cases, in the order they will be imported:</source>
        <translation>De dossiers, in de volgorde waarin ze geïmporteerd worden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="383"/>
        <source>Your receipt code: %1</source>
        <translation>Uw ontvangstcode: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="384"/>
        <source>Read it to your predecessor (on the phone, or on paper). Only with this code can they erase their copy of these cases: it proves the cases arrived here.</source>
        <translation>Lees hem voor aan uw voorganger (telefonisch, of geef hem op papier). Alleen met deze code kan uw voorganger de eigen kopie van deze dossiers wissen: hij bewijst dat de dossiers hier aankwamen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="318"/>
        <source>Possible conflict of interest: the workplace of %n incoming case(s) overlaps your own affiliations. Decide before importing:</source>
        <translation>
            <numerusform>Mogelijk belangenconflict: de werkplek van %n binnenkomend dossier overlapt met uw eigen werkplekken. Beslis vóór het importeren:</numerusform>
            <numerusform>Mogelijk belangenconflict: de werkplek van %n binnenkomende dossiers overlapt met uw eigen werkplekken. Beslis vóór het importeren:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="320"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="368"/>
        <source>Decide about the possible conflict of interest first.</source>
        <translation>Beslis eerst over het mogelijke belangenconflict.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="413"/>
        <source>&amp;Keep them, for this reason:</source>
        <translation>&amp;Behouden, om deze reden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="414"/>
        <source>Keep the cases despite the possible conflict</source>
        <translation>De dossiers behouden ondanks het mogelijke conflict</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="415"/>
        <source>Why you keep the cases</source>
        <translation>Waarom u de dossiers behoudt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="416"/>
        <source>&amp;Return them: store only the minimum and close them</source>
        <translation>&amp;Terugsturen: alleen het minimum bewaren en afsluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="417"/>
        <source>Return the conflicting cases</source>
        <translation>De dossiers met een conflict terugsturen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="276"/>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="279"/>
        <source>risk: %1</source>
        <translation>risico: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="386"/>
        <source>You can show it again later: Handover → Show my receipt codes…</source>
        <translation>U kunt hem later opnieuw tonen: Overdracht → Mijn ontvangstcodes tonen…</translation>
    </message>
</context>
<context>
    <name>ReceivedReceiptsDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="80"/>
        <source>Received %1: %n case(s) (%2)</source>
        <translation>
            <numerusform>Ontvangen op %1: %n dossier (%2)</numerusform>
            <numerusform>Ontvangen op %1: %n dossiers (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="86"/>
        <source>Receipt code %1</source>
        <translation>Ontvangstcode %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="94"/>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="95"/>
        <source>My receipt codes</source>
        <translation>Mijn ontvangstcodes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="97"/>
        <source>The receipt code of each handover you received. Read it to your predecessor: it proves the cases arrived, and only with it can they erase their copy.</source>
        <translation>De ontvangstcode van elke overdracht die u ontving. Lees hem voor aan uw voorganger: hij bewijst dat de dossiers aankwamen, en alleen daarmee kan uw voorganger de eigen kopie wissen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="99"/>
        <source>No receipt code to show: you have received no handover here (or only before TrustDesk kept them).</source>
        <translation>Geen ontvangstcode te tonen: u ontving hier geen overdracht (of alleen voordat TrustDesk ze bijhield).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="100"/>
        <source>Handovers received</source>
        <translation>Ontvangen overdrachten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="103"/>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="104"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="60"/>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="61"/>
        <source>Recovery kit</source>
        <translation>Herstelkit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="63"/>
        <source>The kit is one page with your recovery code, the vault number and what to do when you forget the passphrase or lose this computer. Print it and keep it with your important papers, away from this computer.</source>
        <translation>De kit is één pagina met uw herstelcode, het nummer van de kluis en wat u moet doen als u de wachtwoordzin vergeet of deze computer kwijtraakt. Druk hem af en bewaar hem bij uw belangrijke papieren, weg van deze computer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="69"/>
        <source>If you save it as a PDF instead, keep the file on a USB stick stored elsewhere, not on this computer: anyone with the file and this computer can open your vault.</source>
        <translation>Bewaart u hem liever als pdf, zet het bestand dan op een USB-stick die elders ligt, niet op deze computer: wie het bestand en deze computer heeft, kan uw kluis openen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="73"/>
        <source>&amp;Print the kit…</source>
        <translation>De kit &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="74"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als pdf &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="75"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="95"/>
        <source>Recovery kit with your recovery code (PDF)</source>
        <translation>Herstelkit met uw herstelcode (pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="112"/>
        <source>The kit was sent to the printer. Collect the page now.</source>
        <translation>De kit is naar de printer gestuurd. Haal de pagina nu op.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="126"/>
        <source>Saved as %1. Move it off this computer.</source>
        <translation>Bewaard als %1. Zet het bestand weg van deze computer.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="190"/>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="191"/>
        <source>Shown once. Write it down or print it, and keep it somewhere safe.</source>
        <translation>Wordt maar één keer getoond. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="193"/>
        <source>With this code you open your vault when you forget the passphrase or move to a new computer. Keep it apart from this computer, for instance with your important papers.</source>
        <translation>Met deze code opent u uw kluis als u de wachtwoordzin vergeet of naar een nieuwe computer overstapt. Bewaar hem niet bij deze computer, bijvoorbeeld bij uw belangrijke papieren.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="195"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="197"/>
        <source>Print a recovery kit</source>
        <translation>Een herstelkit afdrukken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="198"/>
        <source>One page to print: the recovery code and what to do with it</source>
        <translation>Eén pagina om af te drukken: de herstelcode en wat u ermee doet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="202"/>
        <source>This computer has no keychain that TrustDesk can use, so on this computer your vault is protected by your passphrase alone. Choose it long, and keep the recovery code safe.</source>
        <translation>Deze computer heeft geen sleutelhanger die TrustDesk kan gebruiken. Op deze computer is uw kluis dus alleen beschermd door uw wachtwoordzin. Kies ze lang genoeg en bewaar de herstelcode veilig.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="196"/>
        <source>Print a recovery &amp;kit…</source>
        <translation>Herstel&amp;kit afdrukken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="199"/>
        <source>&amp;I have written down or printed the recovery code</source>
        <translation>&amp;Ik heb de herstelcode opgeschreven of afgedrukt</translation>
    </message>
</context>
<context>
    <name>ReferralDetails</name>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="110"/>
        <source>Given on %1</source>
        <translation>Gegeven op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="112"/>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="119"/>
        <source>Kept (%1)</source>
        <translation>Bewaard (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="121"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="123"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="124"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="125"/>
        <source>May be shared</source>
        <translation>Mag gedeeld worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="126"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="127"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="128"/>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="62"/>
        <source>may be a direct colleague of the doctor</source>
        <translation>is mogelijk een directe collega van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="355"/>
        <source>⚠ %1 %2: the doctor&apos;s workplace and this provider overlap. Check before referring.</source>
        <translation>⚠ %1 %2: de werkplek van de arts en deze hulpverlener overlappen. Controleer dit voor u doorverwijst.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="369"/>
        <source>A letter was written with this consent; it stays recorded.</source>
        <translation>Met deze toestemming is een brief geschreven; ze blijft genoteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="375"/>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="375"/>
        <source>Edit referral</source>
        <translation>Doorverwijzing bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="376"/>
        <source>Provider</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="377"/>
        <source>&amp;Search the directory:</source>
        <translation>De lijst &amp;doorzoeken:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="378"/>
        <source>&amp;Name (or type one not in the directory):</source>
        <translation>&amp;Naam (of typ er een die niet in de lijst staat):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="379"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="380"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="381"/>
        <source>The doctor&apos;s consent</source>
        <translation>Toestemming van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="382"/>
        <source>The doctor &amp;agrees to this referral</source>
        <translation>De arts gaat &amp;akkoord met deze doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="383"/>
        <source>Consent &amp;given on:</source>
        <translation>Toestemming &amp;gegeven op:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="385"/>
        <source>e.g. name, phone number and a short description</source>
        <translation>bv. naam, telefoonnummer en een korte beschrijving</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="391"/>
        <source>&amp;Feedback notes:</source>
        <translation>Notities over &amp;terugkoppeling:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="392"/>
        <source>Search the directory</source>
        <translation>De lijst doorzoeken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="392"/>
        <source>Providers to choose from</source>
        <translation>Hulpverleners om uit te kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="393"/>
        <source>Provider name</source>
        <translation>Naam van de hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="393"/>
        <source>Kind of provider</source>
        <translation>Soort hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="434"/>
        <source>Say what the doctor agreed may be shared, or tick the details it covers.</source>
        <translation>Vermeld wat de arts akkoord vond om te delen, of vink de gegevens aan waarvoor de toestemming geldt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="394"/>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="156"/>
        <source>Reason for the referral</source>
        <translation>Reden van de doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="395"/>
        <source>The doctor agrees to this referral</source>
        <translation>De arts gaat akkoord met deze doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="396"/>
        <source>Date the consent was given</source>
        <translation>Datum waarop de toestemming gegeven is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="397"/>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="397"/>
        <source>Feedback notes</source>
        <translation>Notities over terugkoppeling</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="398"/>
        <source>Save the referral</source>
        <translation>De doorverwijzing bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="398"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="429"/>
        <source>Choose a provider from the directory or type a name.</source>
        <translation>Kies een hulpverlener uit de lijst of typ een naam.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="384"/>
        <source>&amp;What may be shared:</source>
        <translation>Wat gedeeld &amp;mag worden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="81"/>
        <source>crisis line (high risk)</source>
        <translation>crisislijn (hoog risico)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="310"/>
        <source>Relevant for this case: %1</source>
        <translation>Relevant voor dit dossier: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="386"/>
        <source>In the letter:</source>
        <translation>In de brief:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="151"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="152"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="153"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="154"/>
        <source>Specialty</source>
        <translation>Specialisme</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="155"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="390"/>
        <source>The letter may give: %1</source>
        <translation>De brief mag vermelden: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="93"/>
        <source>Dutch-speaking</source>
        <translation>Nederlandstalig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="94"/>
        <source>French-speaking</source>
        <translation>Franstalig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="95"/>
        <source>English-speaking</source>
        <translation>Engelstalig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="96"/>
        <source>German-speaking</source>
        <translation>Duitstalig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="103"/>
        <source>Suits this case: %1</source>
        <translation>Past bij deze casus: %1</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="66"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="67"/>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="68"/>
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="69"/>
        <source>Accepted by the provider</source>
        <translation>Aanvaard door de hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="70"/>
        <source>First appointment</source>
        <translation>Eerste afspraak</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="71"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="72"/>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="283"/>
        <source>This step needs the doctor&apos;s recorded consent. Record it with Edit first.</source>
        <translation>Voor deze stap is de genoteerde toestemming van de arts nodig. Noteer ze eerst via Bewerken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="301"/>
        <source>Delete referral</source>
        <translation>Doorverwijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="302"/>
        <source>Delete the referral to “%1”, with its letter and notes?</source>
        <translation>De doorverwijzing naar “%1” verwijderen, met haar brief en notities?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="337"/>
        <source>Referral letter for case %1</source>
        <translation>Verwijsbrief voor dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="381"/>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="382"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="420"/>
        <source>This referral has ended: no further steps.</source>
        <translation>Deze doorverwijzing is beëindigd: geen verdere stappen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="427"/>
        <source>No letter without the doctor&apos;s recorded consent. Record the consent with Edit first.</source>
        <translation>Geen brief zonder de genoteerde toestemming van de arts. Noteer de toestemming eerst via Bewerken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="430"/>
        <source>The letter was sent; it stays as it was sent.</source>
        <translation>De brief is verstuurd; hij blijft zoals hij verstuurd is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="433"/>
        <source>Write or rewrite the letter from a template.</source>
        <translation>De brief schrijven of herschrijven vanuit een sjabloon.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="436"/>
        <source>Write the letter first.</source>
        <translation>Schrijf eerst de brief.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Provider</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="449"/>
        <source>No referrals for this case yet. Referrals to a psychologist, GP, addiction care or peer coaching will appear here, each with the doctor&apos;s recorded consent, its letter and where it stands.</source>
        <translation>Nog geen doorverwijzingen voor dit dossier. Doorverwijzingen naar een psycholoog, huisarts, verslavingszorg of peercoaching verschijnen hier, elk met de genoteerde toestemming van de arts, de brief en hoe ver ze staat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="451"/>
        <source>Next &amp;step:</source>
        <translation>Volgende s&amp;tap:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="452"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Nieuwe doorverwijzing…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="452"/>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="453"/>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="455"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="455"/>
        <source>Edit the chosen referral</source>
        <translation>De gekozen doorverwijzing bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="456"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="456"/>
        <source>Delete the chosen referral</source>
        <translation>De gekozen doorverwijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="457"/>
        <source>&amp;Write letter…</source>
        <translation>B&amp;rief schrijven…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="457"/>
        <source>Write the referral letter</source>
        <translation>De verwijsbrief schrijven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="458"/>
        <source>Letter &amp;PDF…</source>
        <translation>Brief als &amp;pdf…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="458"/>
        <source>Preview, print or save the letter as PDF</source>
        <translation>De brief bekijken, afdrukken of als pdf bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="459"/>
        <source>&amp;Record step</source>
        <translation>Stap not&amp;eren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="459"/>
        <source>Record the chosen step on the chosen date</source>
        <translation>De gekozen stap op de gekozen datum noteren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="464"/>
        <source>Next step of the referral</source>
        <translation>Volgende stap van de doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="465"/>
        <source>Date of the step</source>
        <translation>Datum van de stap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="466"/>
        <source>Referrals of this case</source>
        <translation>Doorverwijzingen van dit dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="467"/>
        <source>Details of the chosen referral</source>
        <translation>Gegevens van de gekozen doorverwijzing</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="25"/>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="26"/>
        <source>Re-key after a suspected leak</source>
        <translation>Nieuwe sleutel na een vermoed lek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="28"/>
        <source>Re-keying gives the vault a new key and re-encrypts it, with a new recovery code (shown once). Copies of the old key file and the old recovery code then no longer open this vault. Backups made before still open with the passphrase and recovery code they were made with: delete them if those may have leaked. Leave the new passphrase empty to keep the current one.</source>
        <translation>Met een nieuwe sleutel wordt de kluis opnieuw versleuteld, met een nieuwe herstelcode (één keer getoond). Kopieën van het oude sleutelbestand en de oude herstelcode openen deze kluis daarna niet meer. Back-ups van vroeger openen nog met de wachtwoordzin en de herstelcode waarmee ze gemaakt zijn: verwijder ze als die uitgelekt kunnen zijn. Laat de nieuwe wachtwoordzin leeg om de huidige te houden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="37"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="38"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Huidige w&amp;achtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="47"/>
        <source>Re-&amp;key</source>
        <translation>&amp;Nieuwe sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="49"/>
        <source>Re-key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ReleaseNotice</name>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="29"/>
        <source>⚠ TrustDesk %1 fixes a security problem. Ask your coordinator for it soon (you have %2).</source>
        <translation>⚠ TrustDesk %1 lost een beveiligingsprobleem op. Vraag die versie snel aan uw coördinator (u hebt %2).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="32"/>
        <source>A newer TrustDesk (%1) is available from your coordinator.</source>
        <translation>Een nieuwere TrustDesk (%1) is verkrijgbaar bij uw coördinator.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="354"/>
        <source>Anonymous activity report %1 to %2 (PDF)</source>
        <translation>Anoniem activiteitenverslag %1 tot %2 (pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="355"/>
        <source>Anonymous activity report %1 to %2 (CSV)</source>
        <translation>Anoniem activiteitenverslag %1 tot %2 (csv)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="369"/>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="405"/>
        <source>Reports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="439"/>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="440"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="440"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="440"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="443"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;pdf bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="444"/>
        <source>Save as PDF</source>
        <translation>Als pdf bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="445"/>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;csv bewaren…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="446"/>
        <source>Save as CSV</source>
        <translation>Als csv bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="435"/>
        <source>Quarter of the report</source>
        <translation>Kwartaal van het verslag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="411"/>
        <source>Anonymous figures for the knowledge centre. What you see below is exactly what the saved file holds.</source>
        <translation>Anonieme cijfers voor het kenniscentrum. Wat u hieronder ziet, is precies wat het bewaarde bestand bevat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="434"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="438"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Taal van het verslag:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="65"/>
        <source>%1 (%3 – %4)</source>
        <translation>%1 (%3 – %4)</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="273"/>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="273"/>
        <source>TrustDesk backups (*.tdbackup)</source>
        <translation>TrustDesk-back-ups (*.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="292"/>
        <source>Opening and checking the backup…</source>
        <translation>De back-up wordt geopend en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="308"/>
        <source>That is not a recovery code: a recovery code has 26 letters and digits, in groups of four. Check what you typed.</source>
        <translation>Dat is geen herstelcode: een herstelcode heeft 26 letters en cijfers, in groepjes van vier. Controleer wat u typte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="312"/>
        <source>That recovery code does not open this backup. Nothing was changed.</source>
        <translation>Deze herstelcode opent deze back-up niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="314"/>
        <source>That passphrase does not open this backup. It needs the passphrase you had when the backup was made. Nothing was changed.</source>
        <translation>Deze wachtwoordzin opent deze back-up niet. Ze vraagt de wachtwoordzin die u had toen de back-up gemaakt werd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="319"/>
        <source>This backup file is damaged or is not a TrustDesk backup, so it cannot be trusted. Nothing was changed; try another backup.</source>
        <translation>Dit back-upbestand is beschadigd of is geen TrustDesk-back-up, dus het kan niet vertrouwd worden. Er is niets gewijzigd; probeer een andere back-up.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="340"/>
        <source>Restoring… the vault you have now is kept aside first.</source>
        <translation>Bezig met herstellen… de kluis die u nu hebt, wordt eerst opzij gezet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="347"/>
        <source>The restore did not start; nothing was changed. Use the recovery code and choose a new passphrase.</source>
        <translation>Het herstellen is niet gestart; er is niets gewijzigd. Gebruik de herstelcode en kies een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="358"/>
        <source>The restore failed and your current vault was left as it was.</source>
        <translation>Het herstellen is mislukt en uw huidige kluis is gelaten zoals ze was.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="368"/>
        <source>Backup made on %1.</source>
        <translation>Back-up gemaakt op %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="369"/>
        <source>It holds %1, %2 and %3; it was checked and is sound.</source>
        <translation>Ze bevat %1, %2 en %3; ze is gecontroleerd en in orde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="370"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="370"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="371"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n doorverwijzing</numerusform>
            <numerusform>%n doorverwijzingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="373"/>
        <source>Restoring replaces the vault on this computer with this backup. Everything written after the backup was made is not in it. The vault you have now is first kept aside as a copy in the data folder, so nothing is lost.</source>
        <translation>Herstellen vervangt de kluis op deze computer door deze back-up. Wat u na het maken van de back-up schreef, zit er niet in. De kluis die u nu hebt, wordt eerst als kopie in de gegevensmap opzij gezet, zodat niets verloren gaat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="384"/>
        <source>The backup of %1 is restored.</source>
        <translation>De back-up van %1 is hersteld.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="386"/>
        <source>The vault you had is kept aside in:
%1
It still holds every case it held; delete that folder once you are sure you no longer need it.</source>
        <translation>De kluis die u had, staat opzij in:
%1
Ze bevat nog elk dossier dat erin zat; verwijder die map zodra u zeker bent dat u ze niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="389"/>
        <source>Unlock with your new passphrase.</source>
        <translation>Ontgrendel met uw nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="390"/>
        <source>Unlock with the passphrase you used for the backup.</source>
        <translation>Ontgrendel met de wachtwoordzin die u voor de back-up gebruikte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="394"/>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="395"/>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="396"/>
        <source>Choose the backup file (.tdbackup) to restore, for example from your USB stick.</source>
        <translation>Kies het back-upbestand (.tdbackup) om te herstellen, bijvoorbeeld van uw USB-stick.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="398"/>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="400"/>
        <source>Choose the backup file</source>
        <translation>Het back-upbestand kiezen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="401"/>
        <source>A backup opens with the passphrase you had when it was made, or with your recovery code.</source>
        <translation>Een back-up opent met de wachtwoordzin die u had toen ze gemaakt werd, of met uw herstelcode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="403"/>
        <source>Wi&amp;th the passphrase</source>
        <translation>&amp;Met de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="404"/>
        <source>Open the backup with the passphrase</source>
        <translation>De back-up openen met de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="405"/>
        <source>With the recovery &amp;code</source>
        <translation>Met de &amp;herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="406"/>
        <source>Open the backup with the recovery code</source>
        <translation>De back-up openen met de herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="407"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="407"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="410"/>
        <source>Show what I type</source>
        <translation>Tonen wat ik typ</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="411"/>
        <source>Show the passphrase or recovery code as you type it</source>
        <translation>De wachtwoordzin of herstelcode tonen terwijl u typt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="412"/>
        <source>Choose the passphrase you will use from now on:</source>
        <translation>Kies de wachtwoordzin die u voortaan gebruikt:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="413"/>
        <source>&amp;Replace my vault with this backup (the current one is kept aside)</source>
        <translation>Mijn kluis &amp;vervangen door deze back-up (de huidige wordt opzij gezet)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="415"/>
        <source>Confirm the restore</source>
        <translation>Het herstellen bevestigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="418"/>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="419"/>
        <source>Back</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="420"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="421"/>
        <source>Cancel the restore</source>
        <translation>Het herstellen annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="422"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="422"/>
        <source>&amp;Open backup</source>
        <translation>Back-up o&amp;penen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="423"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="423"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="426"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="50"/>
        <source>That is a folder. Name the backup file itself (it ends in .tdbackup), or choose it.</source>
        <translation>Dat is een map. Geef het back-upbestand zelf (het eindigt op .tdbackup), of kies het.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="53"/>
        <source>There is no file there. Check the path, or choose the file.</source>
        <translation>Daar is geen bestand. Controleer het pad of kies het bestand.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="55"/>
        <source>That is not a file TrustDesk can read.</source>
        <translation>Dat is geen bestand dat TrustDesk kan lezen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="341"/>
        <source>Restoring…</source>
        <translation>Bezig met herstellen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="376"/>
        <source>There is no vault on this computer yet: the backup becomes your vault here. Nothing is replaced.</source>
        <translation>Op deze computer is nog geen kluis: de back-up wordt hier uw kluis. Er wordt niets vervangen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="414"/>
        <source>Use this backup as my &amp;vault on this computer</source>
        <translation>Deze back-up als mijn &amp;kluis op deze computer gebruiken</translation>
    </message>
</context>
<context>
    <name>ReturnNoteDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="328"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="331"/>
        <source>Returned to the coordinator</source>
        <translation>Teruggegeven aan de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="333"/>
        <source>Case %1 is closed as “returned to the coordinator”. It keeps only the date and the coordinator&apos;s reference; nothing about the doctor was stored. Send the coordinator this note (by e-mail or phone):</source>
        <translation>Dossier %1 is afgesloten als “teruggegeven aan de coördinator”. Het bewaart alleen de datum en de referentie van de coördinator; over de arts is niets opgeslagen. Bezorg de coördinator deze nota (per e-mail of telefoon):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="337"/>
        <source>Note for the coordinator</source>
        <translation>Nota voor de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="338"/>
        <source>&amp;Copy the note</source>
        <translation>Nota &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="339"/>
        <source>Copy the note for the coordinator</source>
        <translation>De nota voor de coördinator kopiëren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="340"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="341"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="95"/>
        <source>Earlier versions of this note</source>
        <translation>Eerdere versies van deze notitie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="97"/>
        <source>A note is a record: when you change a note that is more than a day old, the text it had before is kept here. Versions cannot be changed.</source>
        <translation>Een notitie is een verslag: als u een notitie wijzigt die ouder is dan een dag, blijft de vorige tekst hier bewaard. Versies kunnen niet gewijzigd worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="99"/>
        <source>Versions, newest first</source>
        <translation>Versies, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="100"/>
        <source>Text of the chosen version</source>
        <translation>Tekst van de gekozen versie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="101"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="117"/>
        <source>Current text</source>
        <translation>Huidige tekst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="117"/>
        <source>saved {when}</source>
        <translation>bewaard op {when}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="118"/>
        <source>Saved {when}</source>
        <translation>Bewaard op {when}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="129"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="129"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="130"/>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="47"/>
        <source>No risk identified</source>
        <translation>Geen risico vastgesteld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="48"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="49"/>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="50"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="51"/>
        <source>Acute</source>
        <translation>Acuut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="46"/>
        <source>Not assessed</source>
        <translation>Niet ingeschat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="68"/>
        <source>Intake</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="69"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="70"/>
        <source>Waiting</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="71"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="102"/>
        <source>Acute risk, no recent contact</source>
        <translation>Acuut risico, geen recent contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="103"/>
        <source>High risk, no recent contact</source>
        <translation>Hoog risico, geen recent contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="107"/>
        <source>Acute risk, no complete safety plan</source>
        <translation>Acuut risico, geen volledig veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="108"/>
        <source>High risk, no complete safety plan</source>
        <translation>Hoog risico, geen volledig veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="111"/>
        <source>No first contact yet</source>
        <translation>Nog geen eerste contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="139"/>
        <source>Contact overdue</source>
        <translation>Contact over tijd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="141"/>
        <source>No complete safety plan</source>
        <translation>Geen volledig veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="143"/>
        <source>No first contact</source>
        <translation>Geen eerste contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="297"/>
        <source>Current risk: %1</source>
        <translation>Huidig risico: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="110"/>
        <source>A task is overdue</source>
        <translation>Een taak is over tijd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="142"/>
        <source>Task overdue</source>
        <translation>Taak over tijd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="87"/>
        <source>PHQ-9 item 9 positive on %1: assess the risk, make the safety plan</source>
        <translation>PHQ-9 item 9 positief op %1: schat het risico in, maak het veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="105"/>
        <source>PHQ-9 item 9 positive: assess the risk, make the safety plan</source>
        <translation>PHQ-9 item 9 positief: schat het risico in, maak het veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="140"/>
        <source>PHQ-9 item 9 positive</source>
        <translation>PHQ-9 item 9 positief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="133"/>
        <source>PHQ-9 item 9 positive on %1</source>
        <translation>PHQ-9 item 9 positief op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="92"/>
        <source>Note of %1 not finished: risk not assessed</source>
        <translation>Notitie van %1 niet afgerond: risico niet ingeschat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="97"/>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="136"/>
        <source>Acute risk</source>
        <translation>Acuut risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="100"/>
        <source>A note is not finished: risk not assessed</source>
        <translation>Een notitie is niet afgerond: risico niet ingeschat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="138"/>
        <source>Note not finished</source>
        <translation>Notitie niet afgerond</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="120"/>
        <source>Acute risk assessed today, lower since</source>
        <translation>Acuut risico vandaag ingeschat, sindsdien lager</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="121"/>
        <source>High risk assessed today, lower since</source>
        <translation>Hoog risico vandaag ingeschat, sindsdien lager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="123"/>
        <source>Acute risk %n day(s) ago, lower since</source>
        <translation>
            <numerusform>Acuut risico %n dag geleden, sindsdien lager</numerusform>
            <numerusform>Acuut risico %n dagen geleden, sindsdien lager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="124"/>
        <source>High risk %n day(s) ago, lower since</source>
        <translation>
            <numerusform>Hoog risico %n dag geleden, sindsdien lager</numerusform>
            <numerusform>Hoog risico %n dagen geleden, sindsdien lager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="137"/>
        <source>Recent crisis</source>
        <translation>Recente crisis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="98"/>
        <source>A crisis in the last days, a lower risk since</source>
        <translation>Een crisis in de voorbije dagen, sindsdien een lager risico</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="17"/>
        <source>1. Warning signs</source>
        <translation>1. Waarschuwingssignalen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="18"/>
        <source>2. What helps, on my own</source>
        <translation>2. Wat ik zelf kan doen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="19"/>
        <source>3. People and places that distract</source>
        <translation>3. Mensen en plekken die afleiden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="20"/>
        <source>4. People I can ask for help</source>
        <translation>4. Mensen die ik om hulp kan vragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="21"/>
        <source>5. Professionals and crisis lines</source>
        <translation>5. Hulpverleners en crisislijnen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="22"/>
        <source>6. Making the environment safe</source>
        <translation>6. De omgeving veilig maken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="23"/>
        <source>7. Reasons to live</source>
        <translation>7. Redenen om te leven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="29"/>
        <source>Thoughts, moods, situations or behaviour that tell a crisis may be coming</source>
        <translation>Gedachten, stemmingen, situaties of gedrag die aangeven dat een crisis kan komen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="31"/>
        <source>What the doctor can do alone to feel a little better (walk, music, sport…)</source>
        <translation>Wat de arts alleen kan doen om zich wat beter te voelen (wandelen, muziek, sport…)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="33"/>
        <source>People to be with and places to go that take the mind off things</source>
        <translation>Mensen om bij te zijn en plekken om naartoe te gaan die de gedachten verzetten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="35"/>
        <source>Names and phone numbers of people the doctor can ask for help</source>
        <translation>Namen en telefoonnummers van mensen die de arts om hulp kan vragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="37"/>
        <source>Own GP, psychologist, crisis lines: name and phone number</source>
        <translation>Eigen huisarts, psycholoog, crisislijnen: naam en telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="39"/>
        <source>Access to medication at work and at home (cabinets, samples, prescriptions), other means; who keeps what, and until when</source>
        <translation>Toegang tot medicatie op het werk en thuis (kasten, stalen, voorschriften), andere middelen; wie wat bewaart, en tot wanneer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="42"/>
        <source>What matters most, in the doctor&apos;s own words</source>
        <translation>Wat het meest telt, in de woorden van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="49"/>
        <source>No safety plan yet.</source>
        <translation>Nog geen veiligheidsplan.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="52"/>
        <source>Not applicable (%1), recorded %2.</source>
        <translation>Niet van toepassing (%1), genoteerd %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="54"/>
        <source>Safety plan of %1 (version %2).</source>
        <translation>Veiligheidsplan van %1 (versie %2).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="56"/>
        <source>Not complete yet.</source>
        <translation>Nog niet volledig.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="272"/>
        <source>saved as version %1 of the plan of case %2</source>
        <translation>bewaard als versie %1 van het plan van dossier %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="336"/>
        <source>The plan is too long for one page: shorten a step, then try again.</source>
        <translation>Het plan is te lang voor één pagina: maak een stap korter en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="281"/>
        <source>Say why the plan is not applicable.</source>
        <translation>Zeg waarom het plan niet van toepassing is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="283"/>
        <source>⚠ Required for a high or acute risk: warning signs, at least one person or professional to call, and making the environment safe — or “not applicable” with a reason.</source>
        <translation>⚠ Verplicht bij hoog of acuut risico: waarschuwingssignalen, minstens één persoon of hulpverlener om te bellen, en de omgeving veilig maken — of “niet van toepassing” met een reden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="341"/>
        <source>Safety plan of case %1 (for the doctor; no case code on the page)</source>
        <translation>Veiligheidsplan van dossier %1 (voor de arts; geen dossiercode op de pagina)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="344"/>
        <source>Safety plan for the doctor</source>
        <translation>Veiligheidsplan voor de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="363"/>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="364"/>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="366"/>
        <source>Written together with the doctor, in the doctor&apos;s words. Every saved version is kept with its date. The page for the doctor carries no case code.</source>
        <translation>Samen met de arts geschreven, in de woorden van de arts. Elke bewaarde versie blijft met haar datum bewaard. De pagina voor de arts draagt geen dossiercode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="368"/>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="369"/>
        <source>Save this version of the safety plan</source>
        <translation>Deze versie van het veiligheidsplan bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="370"/>
        <source>For the &amp;doctor…</source>
        <translation>Voor de &amp;arts…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="371"/>
        <source>Preview, print or save the page for the doctor</source>
        <translation>De pagina voor de arts bekijken, afdrukken of bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="372"/>
        <source>Earlier &amp;versions…</source>
        <translation>Eerdere &amp;versies…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="373"/>
        <source>Earlier versions of the safety plan</source>
        <translation>Eerdere versies van het veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="374"/>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="375"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder bewaren</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="97"/>
        <source>Not applicable, because…</source>
        <translation>Niet van toepassing, omdat…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="98"/>
        <source>Safety plan not applicable</source>
        <translation>Veiligheidsplan niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="99"/>
        <source>Why no plan is needed now</source>
        <translation>Waarom er nu geen plan nodig is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="100"/>
        <source>Reason the safety plan is not applicable</source>
        <translation>Reden waarom het veiligheidsplan niet van toepassing is</translation>
    </message>
</context>
<context>
    <name>SafetyPlanHistoryDialog</name>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="84"/>
        <source>No version saved yet.</source>
        <translation>Nog geen versie bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="88"/>
        <source>Version %1 — %2</source>
        <translation>Versie %1 — %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="90"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="96"/>
        <source>Not applicable, because: %1</source>
        <translation>Niet van toepassing, omdat: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="121"/>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="122"/>
        <source>Safety plan: earlier versions</source>
        <translation>Veiligheidsplan: eerdere versies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="123"/>
        <source>Every saved version is kept with its date, newest first.</source>
        <translation>Elke bewaarde versie blijft met haar datum bewaard, nieuwste eerst.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="124"/>
        <source>Saved versions</source>
        <translation>Bewaarde versies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="125"/>
        <source>The chosen version</source>
        <translation>De gekozen versie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="126"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="135"/>
        <source>Standard band: %1</source>
        <translation>Standaard ernstniveau: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="192"/>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="193"/>
        <source>Add a score</source>
        <translation>Een score toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="196"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Vragenlijst:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="197"/>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="198"/>
        <source>&amp;Total:</source>
        <translation>&amp;Totaal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="199"/>
        <source>Total score</source>
        <translation>Totale score</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="200"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Ingevuld op:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="208"/>
        <source>Date completed</source>
        <translation>Datum van invullen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="209"/>
        <source>Save the score</source>
        <translation>De score bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="210"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="125"/>
        <source>⚠ Any answer above 0 on item 9 asks for a risk assessment and the safety plan, whatever the total.</source>
        <translation>⚠ Elk antwoord boven 0 op item 9 vraagt om een risico-inschatting en het veiligheidsplan, wat de totaalscore ook is.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="158"/>
        <source>PHQ-9 item 9 is positive</source>
        <translation>PHQ-9 item 9 is positief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="159"/>
        <source>The doctor answered %1 on item 9 (thoughts of being better off dead or of hurting themselves), with a total of %2. Assess the suicide risk now, record it in a contact note, and make or review the safety plan with the doctor.</source>
        <translation>De arts antwoordde %1 op item 9 (doodsgedachten of gedachten om zichzelf iets aan te doen), bij een totaalscore van %2. Schat het suïciderisico nu in, noteer het in een contactnotitie en maak of herbekijk het veiligheidsplan samen met de arts.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="164"/>
        <source>Open the &amp;safety plan…</source>
        <translation>&amp;Veiligheidsplan openen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="166"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="194"/>
        <source>The total of a questionnaire the doctor completed, and when. Only the total (and, for the PHQ-9, the answer to item 9) is kept.</source>
        <translation>De totaalscore van een vragenlijst die de arts invulde, en wanneer. Alleen de totaalscore (en bij de PHQ-9 het antwoord op item 9) wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="201"/>
        <source>Item &amp;9:</source>
        <translation>Item &amp;9:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="202"/>
        <source>PHQ-9 item 9: thoughts of being better off dead or of self-harm</source>
        <translation>PHQ-9 item 9: doodsgedachten of gedachten aan zelfbeschadiging</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="203"/>
        <source>Thoughts that you would be better off dead, or of hurting yourself in some way</source>
        <translation>Gedachten dat u beter dood zou zijn, of gedachten om uzelf op een of andere manier iets aan te doen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="204"/>
        <source>not recorded</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="204"/>
        <source>0 – not at all</source>
        <translation>0 – helemaal niet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="204"/>
        <source>1 – several days</source>
        <translation>1 – meerdere dagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="205"/>
        <source>2 – more than half the days</source>
        <translation>2 – meer dan de helft van de dagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="205"/>
        <source>3 – nearly every day</source>
        <translation>3 – bijna elke dag</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="223"/>
        <source>Words to find (accents do not matter)</source>
        <translation>Woorden om te zoeken (accenten maken niet uit)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="224"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="225"/>
        <source>Results; Enter opens the case at that note</source>
        <translation>Resultaten; Enter opent het dossier bij die notitie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="226"/>
        <source>Show more results</source>
        <translation>Meer resultaten tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="268"/>
        <source>Note of {date}</source>
        <translation>Notitie van {date}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="269"/>
        <source>Case details</source>
        <translation>Dossiergegevens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="293"/>
        <source>No case</source>
        <translation>Zonder dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="317"/>
        <source>Type a word or the start of one.</source>
        <translation>Typ een woord of het begin ervan.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="319"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="321"/>
        <source>The first %1 of %n results are shown: add a word to narrow the search.</source>
        <translation>
            <numerusform>De eerste %1 van %n resultaat wordt getoond: voeg een woord toe om gerichter te zoeken.</numerusform>
            <numerusform>De eerste %1 van %n resultaten worden getoond: voeg een woord toe om gerichter te zoeken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="327"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Nog %n resultaat tonen</numerusform>
            <numerusform>Nog %n resultaten tonen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="399"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="324"/>
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n resultaat.</numerusform>
            <numerusform>%n resultaten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="264"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="266"/>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="155"/>
        <source>Search notes, tasks, safety plans and case details</source>
        <translation>Zoeken in notities, taken, veiligheidsplannen en dossiergegevens</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="236"/>
        <source>Changing the passphrase…</source>
        <translation>De wachtwoordzin wordt gewijzigd…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="245"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Uw wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="261"/>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="331"/>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>De huidige wachtwoordzin klopt niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="283"/>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="373"/>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="294"/>
        <source>A new recovery code, shown on this screen</source>
        <translation>Een nieuwe herstelcode, op dit scherm getoond</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="155"/>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="355"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="356"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="357"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="358"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="359"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation>&amp;Minuten zonder gebruik voor vergrendeling:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="360"/>
        <source>Minutes without use before TrustDesk locks</source>
        <translation>Minuten zonder gebruik voor TrustDesk vergrendelt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="361"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="362"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="363"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Huidige w&amp;achtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="364"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="366"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="367"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="371"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>&amp;Nieuwe herstelcode maken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="372"/>
        <source>Make a new recovery code</source>
        <translation>Nieuwe herstelcode maken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="374"/>
        <source>&amp;Print a recovery kit…</source>
        <translation>Een herstelkit &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="375"/>
        <source>Print a recovery kit</source>
        <translation>Een herstelkit afdrukken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="378"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="405"/>
        <source>your affiliations were saved; anything else you typed was not kept</source>
        <translation>uw eigen werkplekken zijn bewaard; al het andere dat u typte, is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="406"/>
        <source>your affiliations were saved</source>
        <translation>uw eigen werkplekken zijn bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="284"/>
        <source>A new recovery code replaces the old one: the old code no longer opens this vault (backups made before still open with it). Continue?</source>
        <translation>Een nieuwe herstelcode vervangt de oude: de oude code opent deze kluis niet meer (back-ups van vroeger openen er nog wel mee). Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="315"/>
        <source>Re-keying the vault…</source>
        <translation>De kluis krijgt een nieuwe sleutel…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="324"/>
        <source>The vault has a new key. Here is its new recovery code, shown once: write it down or print a recovery kit. The old recovery code no longer opens it.</source>
        <translation>De kluis heeft een nieuwe sleutel. Hier is de nieuwe herstelcode, één keer getoond: schrijf hem op of druk een herstelkit af. De oude herstelcode opent de kluis niet meer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="369"/>
        <source>Lost the paper with your recovery code? Make a new one; the old code then no longer opens this vault. If a secret may have leaked, re-key: a new key for the whole vault.</source>
        <translation>Het papier met uw herstelcode kwijt? Maak een nieuwe; de oude code opent deze kluis dan niet meer. Kan een geheim uitgelekt zijn, geef de kluis dan een nieuwe sleutel: een nieuwe sleutel voor de hele kluis.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="377"/>
        <source>Re-key after a suspected leak</source>
        <translation>Nieuwe sleutel na een vermoed lek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="365"/>
        <source>Chan&amp;ge passphrase</source>
        <translation>Wachtwoordzin wi&amp;jzigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="376"/>
        <source>Re-ke&amp;y after a suspected leak…</source>
        <translation>Nieuwe sleutel na een &amp;vermoed lek…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="246"/>
        <source>Backups made before this change still open only with your OLD passphrase.</source>
        <translation>Back-ups van vóór deze wijziging openen nog alleen met uw OUDE wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="248"/>
        <source>No backup folder is set: make a backup now, so that one opens with the new passphrase.</source>
        <translation>Er is geen back-upmap ingesteld: maak nu een back-up, zodat er een is die met de nieuwe wachtwoordzin opent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="251"/>
        <source>A fresh backup with the new passphrase was made: %1.</source>
        <translation>Er is meteen een nieuwe back-up met de nieuwe wachtwoordzin gemaakt: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="253"/>
        <source>The fresh backup with the new passphrase could not be made (%1); make one now.</source>
        <translation>De nieuwe back-up met de nieuwe wachtwoordzin kon niet worden gemaakt (%1); maak er nu een.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../trustdesk/ui/shell/shell.py" line="443"/>
        <source>The automatic backup made at the lock failed, so there is no new copy. Today shows it after you unlock; Settings shows where backups go.</source>
        <translation>De automatische back-up bij het vergrendelen is mislukt, dus er is geen nieuwe kopie. “Vandaag” toont het na het ontgrendelen; Instellingen toont waar de back-ups naartoe gaan.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="105"/>
        <source>A new vault, or your vault from a backup?</source>
        <translation>Een nieuwe kluis, of uw kluis uit een back-up?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="106"/>
        <source>Moving to a new computer? Bring your backup, not a new vault.</source>
        <translation>Naar een nieuwe computer? Neem uw back-up mee, geen nieuwe kluis.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="107"/>
        <source>How do you start TrustDesk on this computer?</source>
        <translation>Hoe wilt u TrustDesk op deze computer starten?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="108"/>
        <source>&amp;Start with a new, empty vault</source>
        <translation>&amp;Beginnen met een nieuwe, lege kluis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="109"/>
        <source>Start with a new, empty vault</source>
        <translation>Beginnen met een nieuwe, lege kluis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="110"/>
        <source>The first time you use TrustDesk. You choose a passphrase and get a recovery code.</source>
        <translation>De eerste keer dat u TrustDesk gebruikt. U kiest een wachtwoordzin en krijgt een herstelcode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="112"/>
        <source>&amp;Restore my vault from a backup (new computer)</source>
        <translation>Mijn kluis &amp;herstellen uit een back-up (nieuwe computer)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="113"/>
        <source>Restore my vault from a backup</source>
        <translation>Mijn kluis herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="114"/>
        <source>You used TrustDesk on another computer. Choose your backup file (.tdbackup, e.g. on your USB stick) and open it with your passphrase or your recovery code.</source>
        <translation>U gebruikte TrustDesk op een andere computer. Kies uw back-upbestand (.tdbackup, bv. op uw USB-stick) en open het met uw wachtwoordzin of uw herstelcode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="117"/>
        <source>I am the &amp;coordinator: set up a coordinator desk</source>
        <translation>Ik ben de &amp;coördinator: een coördinatorbureau instellen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="118"/>
        <source>I am the coordinator: set up a coordinator desk</source>
        <translation>Ik ben de coördinator: een coördinatorbureau instellen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="119"/>
        <source>Not a trust person: you make the packs, send intakes to the trust persons and merge their figures. The desk holds no cases.</source>
        <translation>Geen vertrouwenspersoon: u maakt de pakketten, stuurt aanmeldingen naar de vertrouwenspersonen en voegt hun cijfers samen. Het bureau bevat geen dossiers.</translation>
    </message>
</context>
<context>
    <name>StatusConfirm</name>
    <message>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="54"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="55"/>
        <source>Keep the status as it is</source>
        <translation>De status laten zoals hij is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="57"/>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="58"/>
        <source>Change the status</source>
        <translation>De status wijzigen</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="112"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="113"/>
        <source>e.g. Call back about the appointment</source>
        <translation>bv. Terugbellen over de afspraak</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="114"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="115"/>
        <source>D&amp;ue</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="116"/>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="117"/>
        <source>Has a due date</source>
        <translation>Heeft een uiterste datum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="118"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="119"/>
        <source>&amp;Notes</source>
        <translation>Notit&amp;ies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="120"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="121"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="111"/>
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="111"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="123"/>
        <source>None (a free-standing task)</source>
        <translation>Geen (een losse taak)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="124"/>
        <source>Save the task</source>
        <translation>De taak bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="181"/>
        <source>what you typed was saved as the task “%1”</source>
        <translation>wat u typte is bewaard als de taak “%1”</translation>
    </message>
</context>
<context>
    <name>TaskDue</name>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="53"/>
        <source>done {date}</source>
        <translation>klaar op {date}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="55"/>
        <source>no due date</source>
        <translation>geen uiterste datum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="58"/>
        <source>overdue since {date}</source>
        <translation>te laat sinds {date}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="60"/>
        <source>due today</source>
        <translation>uiterlijk vandaag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="61"/>
        <source>due {date}</source>
        <translation>uiterlijk op {date}</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="113"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="108"/>
        <source>&amp;Tasks (tick when done)</source>
        <translation>&amp;Taken (aanvinken als klaar)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="109"/>
        <source>Tasks of this case; Space marks one done</source>
        <translation>Taken van dit dossier; spatie markeert er een als klaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="110"/>
        <source>No tasks for this case.</source>
        <translation>Geen taken voor dit dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="111"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nieuwe taak…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="111"/>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="112"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="114"/>
        <source>Edit the chosen task</source>
        <translation>De gekozen taak bewerken</translation>
    </message>
</context>
<context>
    <name>TemplateDetail</name>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="21"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="30"/>
        <source>the end of the template</source>
        <translation>het einde van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="31"/>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="32"/>
        <location filename="../../trustdesk/documents/jinja_words.py" line="33"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="34"/>
        <source>a text in quotes</source>
        <translation>een tekst tussen aanhalingstekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="35"/>
        <source>a comment</source>
        <translation>een commentaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="36"/>
        <source>plain text</source>
        <translation>gewone tekst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="65"/>
        <source>the template ends before {block} is closed with {end}</source>
        <translation>het sjabloon eindigt voordat {block} wordt afgesloten met {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="67"/>
        <source>the template ends before a block is closed</source>
        <translation>het sjabloon eindigt voordat een blok wordt afgesloten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="72"/>
        <source>{tag} does not belong here: {block} must be closed first with {end}</source>
        <translation>{tag} hoort hier niet: sluit eerst {block} af met {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="75"/>
        <source>{tag} is not a tag letters know</source>
        <translation>{tag} is geen tag die brieven kennen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="87"/>
        <source>the template ends where {expected} should come</source>
        <translation>het sjabloon eindigt waar {expected} moet komen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="90"/>
        <location filename="../../trustdesk/documents/jinja_words.py" line="98"/>
        <source>{expected} should come here, not {got}</source>
        <translation>hier hoort {expected}, niet {got}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="93"/>
        <source>a value is missing before {got}</source>
        <translation>er ontbreekt een waarde vóór {got}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="95"/>
        <source>the character {char} cannot stand here (a quote that is never closed?)</source>
        <translation>het teken {char} kan hier niet staan (een aanhalingsteken dat nooit gesloten wordt?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="101"/>
        <source>{got} cannot stand here</source>
        <translation>{got} kan hier niet staan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="103"/>
        <source>a comment is never closed with {end}</source>
        <translation>een commentaar wordt nooit afgesloten met {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="105"/>
        <source>{raw} is never closed with {end}</source>
        <translation>{raw} wordt nooit afgesloten met {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="108"/>
        <source>a tag name is missing after {begin}</source>
        <translation>na {begin} ontbreekt de naam van een tag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="110"/>
        <source>the block {name} is defined twice</source>
        <translation>het blok {name} wordt twee keer gedefinieerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="113"/>
        <source>tests with {word} cannot follow each other</source>
        <translation>tests met {word} kunnen niet op elkaar volgen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="116"/>
        <source>a macro&apos;s argument without a default value follows one with a default value</source>
        <translation>een argument van een macro zonder standaardwaarde volgt op een argument met standaardwaarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="119"/>
        <source>a name or a number should come after the dot</source>
        <translation>na het punt hoort een naam of een getal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="121"/>
        <source>what stands between the brackets cannot be read</source>
        <translation>wat tussen de haakjes staat, kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="123"/>
        <source>a name holds a character names cannot hold</source>
        <translation>een naam bevat een teken dat namen niet mogen bevatten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="136"/>
        <source>this template text cannot be read</source>
        <translation>deze sjabloontekst kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="55"/>
        <source>the template takes longer than {limit} s to fill in (an endless loop?)</source>
        <translation>het invullen van het sjabloon duurt langer dan {limit} s (een eindeloze lus?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="69"/>
        <source>the template makes more than {limit} MB of text and lists while it is filled in</source>
        <translation>het sjabloon maakt bij het invullen meer dan {limit} MB aan tekst en lijsten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="81"/>
        <source>loops in the template run more than {limit} times</source>
        <translation>lussen in het sjabloon lopen meer dan {limit} keer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="120"/>
        <source>a text in the template grows beyond {limit} characters</source>
        <translation>een tekst in het sjabloon wordt langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="128"/>
        <source>{what} works on text and numbers only</source>
        <translation>{what} werkt alleen op tekst en getallen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="169"/>
        <source>{name} takes whole numbers</source>
        <translation>{name} neemt alleen gehele getallen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="173"/>
        <source>{name} is limited to {limit} numbers</source>
        <translation>{name} is beperkt tot {limit} getallen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="217"/>
        <source>{name} takes a positive whole number</source>
        <translation>{name} neemt een positief geheel getal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="229"/>
        <source>{name} works on numbers only</source>
        <translation>{name} werkt alleen op getallen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="316"/>
        <source>calling {name} is not allowed in letters</source>
        <translation>{name} oproepen mag niet in brieven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="321"/>
        <source>macros call each other more than {limit} levels deep (a macro calling itself?)</source>
        <translation>macro’s roepen elkaar meer dan {limit} niveaus diep op (een macro die zichzelf oproept?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="336"/>
        <source>text formatting with {percent} is not available; use {tilde} to join text</source>
        <translation>tekst opmaken met {percent} kan niet; gebruik {tilde} om tekst samen te voegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="348"/>
        <location filename="../../trustdesk/documents/sandbox.py" line="350"/>
        <source>this number is too large for a letter</source>
        <translation>dit getal is te groot voor een brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/template_errors.py" line="62"/>
        <source>line {line}: {problem}</source>
        <translation>regel {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="81"/>
        <source>the template nests too deeply</source>
        <translation>het sjabloon is te diep genest</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="82"/>
        <source>the template cannot be read</source>
        <translation>het sjabloon kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="83"/>
        <source>{what} is not available in letters</source>
        <translation>{what} is niet beschikbaar in brieven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="96"/>
        <source>something letters do not allow</source>
        <translation>iets wat brieven niet toelaten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="103"/>
        <source>this value has no field {field}</source>
        <translation>deze waarde heeft geen veld {field}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="105"/>
        <source>unknown name {name}</source>
        <translation>onbekende naam {name}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="106"/>
        <source>a name or field letters do not know</source>
        <translation>een naam of veld dat brieven niet kennen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="112"/>
        <source>a division by zero</source>
        <translation>een deling door nul</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="114"/>
        <source>a value of the wrong kind (text where a number is needed, or the wrong number of values given to a filter?)</source>
        <translation>een waarde van de verkeerde soort (tekst waar een getal nodig is, of een verkeerd aantal waarden voor een filter?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="116"/>
        <source>an unexpected failure</source>
        <translation>een onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="135"/>
        <source>the template is longer than {limit} characters</source>
        <translation>het sjabloon is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="181"/>
        <source>unknown filter {name}; the filters: {known}</source>
        <translation>onbekende filter {name}; de filters: {known}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="199"/>
        <source>unknown name {name}; the names: {known}</source>
        <translation>onbekende naam {name}; de namen: {known}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="221"/>
        <source>unknown field {field}; the fields of {name}: {known}</source>
        <translation>onbekend veld {field}; de velden van {name}: {known}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="213"/>
        <source>names starting with {underscore} are not available in letters</source>
        <translation>namen die met {underscore} beginnen, zijn niet beschikbaar in brieven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="332"/>
        <source>the letter is longer than {limit} characters</source>
        <translation>de brief is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="345"/>
        <source>the template nests too deeply (a macro calling itself?)</source>
        <translation>het sjabloon is te diep genest (een macro die zichzelf oproept?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="348"/>
        <source>the template needs too much memory</source>
        <translation>het sjabloon vraagt te veel geheugen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/letter_context.py" line="148"/>
        <source>Empty on purpose: {fields}; a referral letter never holds the case&apos;s code, opening date, province or domains (no consent covers them).</source>
        <translation>Bewust leeg: {fields}; een verwijsbrief bevat nooit de code, de openingsdatum, de provincie of de domeinen van het dossier (geen toestemming dekt ze).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="206"/>
        <source>Edit template</source>
        <translation>Sjabloon bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="206"/>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="207"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="208"/>
        <source>&amp;Used for:</source>
        <translation>&amp;Gebruikt voor:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="209"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="210"/>
        <source>&amp;Template text:</source>
        <translation>Te&amp;kst van het sjabloon:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="211"/>
        <source>Preview with the chosen case</source>
        <translation>Voorbeeld met het gekozen dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="212"/>
        <source>Preview with a made-up sample case</source>
        <translation>Voorbeeld met een verzonnen voorbeelddossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="214"/>
        <source>Fill-ins: {{ doctor.name }}, {{ provider.name }}, {{ referral.reason }}, {{ referral.consent_scope }}, {{ trust_person.name }}, {{ case.code }}, {{ contact.agreements }}, {{ today }}. Conditions: {% if provider.address %}…{% endif %}.</source>
        <translation>Invulvelden: {{ doctor.name }}, {{ provider.name }}, {{ referral.reason }}, {{ referral.consent_scope }}, {{ trust_person.name }}, {{ case.code }}, {{ contact.agreements }}, {{ today }}. Voorwaarden: {% if provider.address %}…{% endif %}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="217"/>
        <source>Template name</source>
        <translation>Naam van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="217"/>
        <source>What the template is for</source>
        <translation>Waarvoor het sjabloon dient</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="218"/>
        <source>Language of the template</source>
        <translation>Taal van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="219"/>
        <source>Template text</source>
        <translation>Tekst van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="219"/>
        <source>Preview of the letter</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="220"/>
        <source>Problems found in the template</source>
        <translation>Problemen gevonden in het sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="221"/>
        <source>Save the template</source>
        <translation>Het sjabloon bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="222"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="259"/>
        <source>This template cannot be used yet:</source>
        <translation>Dit sjabloon kan nog niet gebruikt worden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="261"/>
        <source>No preview: the template has a problem (see below).</source>
        <translation>Geen voorbeeld: het sjabloon heeft een probleem (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="266"/>
        <source>✔ No problems found.</source>
        <translation>✔ Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="287"/>
        <source>Give the template a name.</source>
        <translation>Geef het sjabloon een naam.</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="55"/>
        <source>Referral to a psychologist or psychiatrist</source>
        <translation>Doorverwijzing naar een psycholoog of psychiater</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="57"/>
        <source>Referral to a GP</source>
        <translation>Doorverwijzing naar een huisarts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="58"/>
        <source>Referral to an occupational physician</source>
        <translation>Doorverwijzing naar een arbeidsarts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="60"/>
        <source>Referral to addiction care</source>
        <translation>Doorverwijzing naar verslavingszorg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="62"/>
        <source>Referral to peer coaching</source>
        <translation>Doorverwijzing naar peercoaching</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="64"/>
        <source>Referral to a wellbeing activity</source>
        <translation>Doorverwijzing naar een welzijnsactiviteit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="66"/>
        <source>Note of agreements</source>
        <translation>Nota van afspraken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="67"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="74"/>
        <source>Your own</source>
        <translation>Uw eigen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="76"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="78"/>
        <source>Pack %1</source>
        <translation>Pakket %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="80"/>
        <source> (changed by you)</source>
        <translation> (door u gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="92"/>
        <source>Line %1: </source>
        <translation>Regel %1: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="95"/>
        <source>this is not valid template text (%1).</source>
        <translation>dit is geen geldige sjabloontekst (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="98"/>
        <source>letters do not know this: %1.</source>
        <translation>brieven kennen dit niet: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="102"/>
        <source>“%1” is not a name letters know. Known names: doctor, trust_person, provider, referral, case, contact, today.</source>
        <translation>“%1” is geen naam die brieven kennen. Gekende namen: doctor, trust_person, provider, referral, case, contact, today.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="106"/>
        <source>this is not allowed in letters (%1).</source>
        <translation>dit is niet toegestaan in brieven (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="109"/>
        <source>the template or the letter is too long.</source>
        <translation>het sjabloon of de brief is te lang.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="111"/>
        <source>filling in the template takes too long.</source>
        <translation>het invullen van het sjabloon duurt te lang.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="113"/>
        <source>the template cannot be filled in (%1).</source>
        <translation>het sjabloon kan niet ingevuld worden (%1).</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="227"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="243"/>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="244"/>
        <source>Delete the template “%1”? Letters already kept on referrals do not change.</source>
        <translation>Het sjabloon “%1” verwijderen? Brieven die al bij doorverwijzingen bewaard zijn, veranderen niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="287"/>
        <source>A made-up sample case</source>
        <translation>Een verzonnen voorbeelddossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="317"/>
        <source>%1 of %n template(s) shown.</source>
        <translation>
            <numerusform>%1 van %n sjabloon getoond.</numerusform>
            <numerusform>%1 van %n sjablonen getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="331"/>
        <source>Used for: %1 · %2 · %3</source>
        <translation>Gebruikt voor: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="348"/>
        <source>This template cannot be used:</source>
        <translation>Dit sjabloon kan niet gebruikt worden:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="375"/>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="402"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="378"/>
        <source>No templates yet.</source>
        <translation>Nog geen sjablonen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="381"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n sjabloon.</numerusform>
            <numerusform>%n sjablonen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="388"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="392"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="392"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="392"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="393"/>
        <source>Preview &amp;with:</source>
        <translation>Voorbeeld &amp;met:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="394"/>
        <source>&amp;New template…</source>
        <translation>&amp;Nieuw sjabloon…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="394"/>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="395"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="395"/>
        <source>Edit the chosen template</source>
        <translation>Het gekozen sjabloon bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="396"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="396"/>
        <source>Duplicate the chosen template</source>
        <translation>Het gekozen sjabloon dupliceren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="397"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="397"/>
        <source>Delete the chosen template</source>
        <translation>Het gekozen sjabloon verwijderen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="400"/>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="401"/>
        <source>Case to preview the template with</source>
        <translation>Dossier waarmee het sjabloon getoond wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="403"/>
        <source>Preview of the chosen template</source>
        <translation>Voorbeeld van het gekozen sjabloon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="304"/>
        <source>%1 (default)</source>
        <translation>%1 (standaard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="398"/>
        <source>Use as the de&amp;fault</source>
        <translation>Als &amp;standaard gebruiken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="399"/>
        <source>Letters of this kind and language start from the chosen template</source>
        <translation>Brieven van deze soort en taal vertrekken van het gekozen sjabloon</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="66"/>
        <source>minimal</source>
        <translation>minimaal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="67"/>
        <source>mild</source>
        <translation>licht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="68"/>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="69"/>
        <source>moderately severe</source>
        <translation>matig ernstig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="70"/>
        <source>severe</source>
        <translation>ernstig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="234"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="235"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="471"/>
        <source>%1 total</source>
        <translation>%1 totaal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="305"/>
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="308"/>
        <source>Latest risk: %1.</source>
        <translation>Laatste risico: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="312"/>
        <source>%1: %2 (latest %3).</source>
        <translation>%1: %2 (laatste %3).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="145"/>
        <source>No %1 scores yet</source>
        <translation>Nog geen %1-scores</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="154"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="269"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="470"/>
        <source>⚠ item 9: %1</source>
        <translation>⚠ item 9: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="316"/>
        <source>PHQ-9 item 9 above 0 on %1.</source>
        <translation>PHQ-9 item 9 boven 0 op %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="466"/>
        <source>Contact: risk</source>
        <translation>Contact: risico</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="119"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="433"/>
        <source>Risk and scores over time</source>
        <translation>Risico en scores in de tijd</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="425"/>
        <source>Risk at each contact, and the totals of questionnaires the doctor completed. Marker shapes and names tell the levels apart.</source>
        <translation>Risico bij elk contact, en de totalen van vragenlijsten die de arts invulde. Vormen en namen van de markeringen onderscheiden de niveaus.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="427"/>
        <source>&amp;Bands of:</source>
        <translation>&amp;Ernstniveaus van:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="428"/>
        <source>Severity bands of which questionnaire</source>
        <translation>Ernstniveaus van welke vragenlijst</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="429"/>
        <source>&amp;New score…</source>
        <translation>&amp;Nieuwe score…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="430"/>
        <source>New PHQ-9 or GAD-7 total</source>
        <translation>Nieuwe totaalscore van PHQ-9 of GAD-7</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="431"/>
        <source>Add a PHQ-9 or GAD-7 total</source>
        <translation>Een PHQ-9- of GAD-7-totaal toevoegen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="435"/>
        <source>Risk and scores as a table</source>
        <translation>Risico en scores als tabel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="436"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="436"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="436"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="212"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="303"/>
        <source>Show more (%n not shown)…</source>
        <translation>
            <numerusform>Meer tonen (nog %n regel)…</numerusform>
            <numerusform>Meer tonen (nog %n regels)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="327"/>
        <location filename="../../trustdesk/ui/case/today_page.py" line="340"/>
        <source>no case</source>
        <translation>geen dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="336"/>
        <source>Coming days</source>
        <translation>Komende dagen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="348"/>
        <source>Cases that need attention</source>
        <translation>Dossiers die aandacht vragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="360"/>
        <source>Current risk: {risk}</source>
        <translation>Huidig risico: {risk}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="366"/>
        <source>Closed cases past their retention period</source>
        <translation>Afgesloten dossiers voorbij hun bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="371"/>
        <source>⌛ Due for destruction: open it and choose Destroy…</source>
        <translation>⌛ Te vernietigen: open het en kies Vernietigen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="372"/>
        <source>closed %1</source>
        <translation>afgesloten op %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="410"/>
        <source>last contact today</source>
        <translation>laatste contact vandaag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="412"/>
        <source>opened {date}, no contact yet</source>
        <translation>geopend op {date}, nog geen contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="455"/>
        <source>⚠ The last backup failed ({when}). Your cases are safe in the vault, but there is no recent copy.</source>
        <translation>⚠ De laatste back-up is mislukt ({when}). Uw dossiers zijn veilig in de kluis, maar er is geen recente kopie.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="458"/>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="469"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="469"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="469"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="471"/>
        <source>&amp;Open case</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="472"/>
        <source>Open the case of the chosen line</source>
        <translation>Het dossier van de gekozen regel openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="473"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;klaar markeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="443"/>
        <source>No backup of your cases yet. Choose a backup folder on a USB stick or another disk in Settings: TrustDesk then keeps a copy by itself.</source>
        <translation>Nog geen back-up van uw dossiers. Kies in Instellingen een back-upmap op een USB-stick of een andere schijf: TrustDesk maakt dan zelf een kopie.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="445"/>
        <source>No backup of your cases yet: plug in the backup disk, or make one now in Settings.</source>
        <translation>Nog geen back-up van uw dossiers: sluit de back-upschijf aan, of maak er nu een in Instellingen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="449"/>
        <source>Your last backup is %n day(s) old. Plug in the backup disk, or make one now in Settings.</source>
        <translation>
            <numerusform>Uw laatste back-up is %n dag oud. Sluit de back-upschijf aan, of maak er nu een in Instellingen.</numerusform>
            <numerusform>Uw laatste back-up is %n dagen oud. Sluit de back-upschijf aan, of maak er nu een in Instellingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="222"/>
        <source>Enter or double-click opens the case. Tasks you add without a date stay here until they are done.</source>
        <translation>Enter of dubbelklikken opent het dossier. Taken zonder datum blijven hier staan tot ze klaar zijn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="217"/>
        <source>Nothing is due in the coming days; %n open task(s) planned later or without a date (see the cases&apos; Tasks tab).</source>
        <translation>
            <numerusform>De komende dagen staat er niets gepland; %n open taak later of zonder datum (zie het tabblad Taken van het dossier).</numerusform>
            <numerusform>De komende dagen staat er niets gepland; %n open taken later of zonder datum (zie het tabblad Taken van de dossiers).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="219"/>
        <source>Nothing is open: no task, and no case is waiting for you.</source>
        <translation>Er staat niets open: geen taak, en geen dossier dat op u wacht.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="322"/>
        <source>Tasks due</source>
        <translation>Taken te doen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="411"/>
        <source>last contact %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>laatste contact %1 (%n dag geleden)</numerusform>
            <numerusform>laatste contact %1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="470"/>
        <source>Tasks due and cases that need attention</source>
        <translation>Taken te doen en dossiers die aandacht vragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="474"/>
        <source>Mark the chosen task done</source>
        <translation>De gekozen taak als klaar markeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="475"/>
        <source>New &amp;task…</source>
        <translation>Nieuwe &amp;taak…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="476"/>
        <source>New task without a case</source>
        <translation>Nieuwe taak zonder dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="256"/>
        <source>Marked done: %1</source>
        <translation>Als klaar gemarkeerd: %1</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../trustdesk/ui/kit/undo_notice.py" line="73"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/undo_notice.py" line="74"/>
        <source>Undo what was just done</source>
        <translation>Ongedaan maken wat u net deed</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="190"/>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="397"/>
        <source>That is not a recovery code: a recovery code has 26 letters and digits, in groups of four. Check what you typed.</source>
        <translation>Dat is geen herstelcode: een herstelcode heeft 26 letters en cijfers, in groepjes van vier. Controleer wat u typte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="400"/>
        <source>That recovery code does not open this vault. It has 26 letters and digits, in groups of four; check each group.</source>
        <translation>Deze herstelcode opent deze kluis niet. Hij telt 26 letters en cijfers in groepjes van vier; controleer elk groepje.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="437"/>
        <source>Saving the new passphrase…</source>
        <translation>De nieuwe wachtwoordzin wordt bewaard…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="462"/>
        <source>TrustDesk – unlock</source>
        <translation>TrustDesk – ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="463"/>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="464"/>
        <source>Your case notes are locked. Enter your passphrase to open them.</source>
        <translation>Uw dossiernotities zijn vergrendeld. Typ uw wachtwoordzin om ze te openen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="465"/>
        <location filename="../../trustdesk/ui/security/unlock.py" line="466"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="467"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="468"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="470"/>
        <source>Use the recovery code</source>
        <translation>Herstelcode gebruiken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="472"/>
        <source>Type the recovery code you wrote down or printed when you set up TrustDesk. Afterwards you choose a new passphrase.</source>
        <translation>Typ de herstelcode die u bij de installatie van TrustDesk hebt opgeschreven of afgedrukt. Daarna kiest u een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="474"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="477"/>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="478"/>
        <source>Open with the recovery code</source>
        <translation>Openen met de herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="479"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="480"/>
        <source>Back to the passphrase</source>
        <translation>Terug naar de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="482"/>
        <source>The recovery code opened your vault. Choose a new passphrase for this computer.</source>
        <translation>De herstelcode heeft uw kluis geopend. Kies een nieuwe wachtwoordzin voor deze computer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="483"/>
        <source>&amp;Save and open</source>
        <translation>&amp;Bewaren en openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="484"/>
        <source>Save the new passphrase and open the vault</source>
        <translation>De nieuwe wachtwoordzin bewaren en de kluis openen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="485"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="486"/>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="487"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Herstellen uit een back-up…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="488"/>
        <source>Restore the vault from a backup</source>
        <translation>De kluis herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="469"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Wachtwoordzin vergeten? Gebruik de herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="475"/>
        <source>Sho&amp;w the recovery code</source>
        <translation>&amp;Herstelcode tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="476"/>
        <source>Show the recovery code as you type it</source>
        <translation>De herstelcode tonen terwijl u hem typt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="335"/>
        <source>Locked: the vault was not opened.</source>
        <translation>Vergrendeld: de kluis is niet geopend.</translation>
    </message>
</context>
<context>
    <name>access_export</name>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="34"/>
        <source>Folder for the access export</source>
        <translation>Map voor de inzage-export</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="56"/>
        <source>The complete file of case %1 for the doctor (PDF with names, and JSON)</source>
        <translation>Het volledige dossier %1 voor de arts (pdf met namen, en JSON)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="81"/>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="90"/>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="91"/>
        <source>The complete file of case %1 was written:
%2
%3
Both hold names and notes: hand them to the doctor and keep no other copy.</source>
        <translation>Het volledige dossier %1 is weggeschreven:
%2
%3
Beide bevatten namen en notities: geef ze aan de arts en houd geen andere kopie.</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../trustdesk/ui/kit/basics.py" line="104"/>
        <source>Working, please wait</source>
        <translation>Bezig, even geduld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/appearance.py" line="155"/>
        <source>Clear the text</source>
        <translation>De tekst wissen</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="272"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="273"/>
        <source>Failed unlock attempts</source>
        <translation>Mislukte ontgrendelpogingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="274"/>
        <source>Unlocked with the recovery code</source>
        <translation>Ontgrendeld met de herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="276"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="277"/>
        <source>Vault created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="278"/>
        <source>Vault updated to a new version</source>
        <translation>Kluis bijgewerkt naar een nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="279"/>
        <source>Saved or exported</source>
        <translation>Bewaard of geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="280"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="281"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="282"/>
        <source>Restored from a backup</source>
        <translation>Hersteld uit een back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="283"/>
        <source>Organisation pack imported</source>
        <translation>Organisatiepakket geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="284"/>
        <source>Case destroyed</source>
        <translation>Dossier vernietigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="285"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="286"/>
        <source>Received by handover</source>
        <translation>Ontvangen via overdracht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="287"/>
        <source>Handover file refused</source>
        <translation>Overdrachtsbestand geweigerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="288"/>
        <source>Closed after handover</source>
        <translation>Afgesloten na overdracht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="292"/>
        <source>Conflict of interest decided</source>
        <translation>Beslissing over belangenconflict</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="98"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="99"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="100"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="101"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="102"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="295"/>
        <source>New recovery code made</source>
        <translation>Nieuwe herstelcode aangemaakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="296"/>
        <source>Vault re-encrypted with a new key</source>
        <translation>Kluis opnieuw versleuteld met een nieuwe sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="297"/>
        <source>Key file changed outside TrustDesk</source>
        <translation>Sleutelbestand buiten TrustDesk gewijzigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="298"/>
        <source>Log entries missing</source>
        <translation>Regels van het logboek ontbreken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="299"/>
        <source>Case sent to a trust person</source>
        <translation>Dossier naar een vertrouwenspersoon gestuurd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="300"/>
        <source>Case received from the coordinator</source>
        <translation>Dossier ontvangen van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="301"/>
        <source>Activity figures sent</source>
        <translation>Activiteitscijfers verstuurd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="302"/>
        <source>Exchange key made</source>
        <translation>Uitwisselingssleutel aangemaakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="303"/>
        <source>Coordinator key recorded</source>
        <translation>Sleutel van de coördinator genoteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="293"/>
        <source>Case status changed</source>
        <translation>Status van een dossier gewijzigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="289"/>
        <source>Handover receipt confirmed</source>
        <translation>Ontvangst van overdracht bevestigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="290"/>
        <source>Erasing after handover confirmed</source>
        <translation>Wissen na overdracht bevestigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="291"/>
        <source>Pack signing key changed</source>
        <translation>Ondertekeningssleutel van pakketten gewijzigd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="275"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="294"/>
        <source>Empty contact removed</source>
        <translation>Leeg contact verwijderd</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="69"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="62"/>
        <location filename="../../trustdesk/cli/words.py" line="262"/>
        <source>there is no vault in {folder}.</source>
        <translation>er is geen kluis in {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="88"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="28"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="170"/>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="99"/>
        <source>this computer&apos;s keychain does not hold the key that belongs with the passphrase; use --recovery-code-stdin with your recovery code.</source>
        <translation>de sleutelhanger van deze computer bevat de sleutel niet die bij de wachtwoordzin hoort; gebruik --recovery-code-stdin met uw herstelcode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="104"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="86"/>
        <source>that is not a recovery code: {problem}.</source>
        <translation>dat is geen herstelcode: {problem}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="108"/>
        <source>that recovery code does not open the vault in {folder}.</source>
        <translation>die herstelcode opent de kluis in {folder} niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="110"/>
        <source>that passphrase does not open the vault in {folder}.</source>
        <translation>die wachtwoordzin opent de kluis in {folder} niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/instance.py" line="42"/>
        <source>TrustDesk has the vault in {folder} open; close TrustDesk (or wait for the other command) and try again. Nothing was read or changed.</source>
        <translation>TrustDesk heeft de kluis in {folder} open; sluit TrustDesk (of wacht tot de andere opdracht klaar is) en probeer opnieuw. Er werd niets gelezen of gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="32"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="154"/>
        <source>REFUSED</source>
        <translation>GEWEIGERD</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="178"/>
        <source>the passphrase does not open the vault in {folder} on this computer.</source>
        <translation>de wachtwoordzin opent de kluis in {folder} niet op deze computer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="20"/>
        <source>this is not a TrustDesk file of the expected kind.</source>
        <translation>dit is geen TrustDesk-bestand van de verwachte soort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="21"/>
        <source>this file was made by a newer TrustDesk; update TrustDesk first.</source>
        <translation>dit bestand werd gemaakt door een nieuwere TrustDesk; werk TrustDesk eerst bij.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="22"/>
        <source>this file is far larger than such a file can be.</source>
        <translation>dit bestand is veel groter dan zo’n bestand kan zijn.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="23"/>
        <source>this file is cut short (an interrupted copy or download?); ask for it again.</source>
        <translation>dit bestand is afgebroken (een onderbroken kopie of download?); vraag het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="24"/>
        <source>this file was sealed for someone else&apos;s key, not for this one.</source>
        <translation>dit bestand werd verzegeld voor de sleutel van iemand anders, niet voor deze.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="33"/>
        <source>this file was signed by a key that is not trusted here.</source>
        <translation>dit bestand werd ondertekend met een sleutel die hier niet vertrouwd wordt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="34"/>
        <source>this file opens but holds something the format does not allow.</source>
        <translation>dit bestand opent, maar bevat iets wat het formaat niet toelaat.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="35"/>
        <source>this file was already imported.</source>
        <translation>dit bestand werd al geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="36"/>
        <source>this file has expired; ask the coordinator for a new one.</source>
        <translation>dit bestand is verlopen; vraag de coördinator om een nieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="37"/>
        <source>the key this needs is not set up here yet.</source>
        <translation>de sleutel die hiervoor nodig is, is hier nog niet ingesteld.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="38"/>
        <source>the coordinator&apos;s card has not been compared by phone yet.</source>
        <translation>de kaart van de coördinator werd nog niet telefonisch vergeleken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="31"/>
        <location filename="../../trustdesk/cli/refusals.py" line="40"/>
        <source>this file was refused.</source>
        <translation>dit bestand werd geweigerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="220"/>
        <source>there is no file {path}.</source>
        <translation>er is geen bestand {path}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="222"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="224"/>
        <source>you may not read {path} (its permissions do not allow it).</source>
        <translation>u mag {path} niet lezen (de rechten laten het niet toe).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="227"/>
        <source>{path} cannot be read (system error {number}).</source>
        <translation>{path} kan niet gelezen worden (systeemfout {number}).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="240"/>
        <source>no code was given</source>
        <translation>er werd geen code gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="242"/>
        <source>a code holds only letters and digits</source>
        <translation>een code bevat alleen letters en cijfers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="244"/>
        <source>a code has 26 letters and digits (groups of 4); this one has {count}</source>
        <translation>een code heeft 26 letters en cijfers (groepjes van 4); deze heeft er {count}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="246"/>
        <source>this is not a code TrustDesk makes</source>
        <translation>dit is geen code die TrustDesk maakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="264"/>
        <source>the vault in {folder} has a side file beside it that TrustDesk never writes; nothing was changed. Open TrustDesk to see what to do.</source>
        <translation>naast de kluis in {folder} ligt een bijbestand dat TrustDesk nooit schrijft; er werd niets gewijzigd. Open TrustDesk om te zien wat u kunt doen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="267"/>
        <source>the vault in {folder} is damaged and did not open; nothing was changed. Open TrustDesk to restore it from a backup.</source>
        <translation>de kluis in {folder} is beschadigd en ging niet open; er werd niets gewijzigd. Open TrustDesk om ze te herstellen uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="270"/>
        <source>the vault in {folder} was written by a newer TrustDesk; update TrustDesk first.</source>
        <translation>de kluis in {folder} werd geschreven door een nieuwere TrustDesk; werk TrustDesk eerst bij.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="273"/>
        <source>the vault in {folder} cannot be written (a read-only folder or medium).</source>
        <translation>de kluis in {folder} kan niet geschreven worden (een alleen-lezen map of medium).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="276"/>
        <source>the vault in {folder} could not be written: is the disk full?</source>
        <translation>de kluis in {folder} kon niet geschreven worden: is de schijf vol?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="278"/>
        <source>the vault in {folder} did not open.</source>
        <translation>de kluis in {folder} ging niet open.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="23"/>
        <source>this is not a TrustDesk handover file.</source>
        <translation>dit is geen overdrachtsbestand van TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="24"/>
        <source>the code does not open this file, or the file was changed or cut short on the way.</source>
        <translation>de code opent dit bestand niet, of het bestand werd onderweg gewijzigd of afgebroken.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="26"/>
        <source>this handover file is damaged or incomplete.</source>
        <translation>dit overdrachtsbestand is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="27"/>
        <source>this file is far larger than a handover can be.</source>
        <translation>dit bestand is veel groter dan een overdracht kan zijn.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="28"/>
        <source>this handover was already imported.</source>
        <translation>deze overdracht werd al geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="29"/>
        <source>this handover was made by a newer TrustDesk; update TrustDesk first.</source>
        <translation>deze overdracht werd gemaakt door een nieuwere TrustDesk; werk TrustDesk eerst bij.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="30"/>
        <source>that is not a handover code</source>
        <translation>dat is geen overdrachtscode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="63"/>
        <source>Handover code: </source>
        <translation>Overdrachtscode: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="284"/>
        <source>backup file</source>
        <translation>back-upbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="285"/>
        <source>coordinator desk card</source>
        <translation>kaart van het coördinatorbureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="286"/>
        <source>coordinator desk key file</source>
        <translation>sleutelbestand van het coördinatorbureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="287"/>
        <source>desk folder</source>
        <translation>bureaumap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="288"/>
        <source>figures file</source>
        <translation>cijferbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="289"/>
        <source>handover file</source>
        <translation>overdrachtsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="290"/>
        <source>intake file</source>
        <translation>aanmeldingsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="291"/>
        <source>trust person&apos;s card</source>
        <translation>kaart van de vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="292"/>
        <source>vault folder</source>
        <translation>kluismap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="293"/>
        <source>coordinator card</source>
        <translation>coördinatorkaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="294"/>
        <source>earlier pack</source>
        <translation>vorig pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="295"/>
        <source>installer</source>
        <translation>installatiebestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="296"/>
        <source>pack source folder</source>
        <translation>bronmap van het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="297"/>
        <source>pack</source>
        <translation>pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="298"/>
        <source>private key</source>
        <translation>privésleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="299"/>
        <source>public key to announce</source>
        <translation>aan te kondigen publieke sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="300"/>
        <source>public key</source>
        <translation>publieke sleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="313"/>
        <source>this did not work.</source>
        <translation>dit is niet gelukt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="92"/>
        <source>that recovery code does not open this backup.</source>
        <translation>die herstelcode opent deze back-up niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="93"/>
        <source>that passphrase does not open this backup (it needs the one you had when it was made).</source>
        <translation>die wachtwoordzin opent deze back-up niet (ze vraagt de wachtwoordzin van toen ze gemaakt werd).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="100"/>
        <source>this backup is damaged or is not a TrustDesk backup.</source>
        <translation>deze back-up is beschadigd of is geen back-up van TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="105"/>
        <source>this backup could not be checked: is the disk full?</source>
        <translation>deze back-up kon niet gecontroleerd worden: is de schijf vol?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="24"/>
        <source>nothing was given on standard input (one line was expected).</source>
        <translation>er werd niets gegeven op de standaardinvoer (één regel werd verwacht).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="33"/>
        <source>nothing was typed; stopped.</source>
        <translation>er werd niets getypt; gestopt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="49"/>
        <source>there is no {what} {path} (it is a file, not a folder)</source>
        <translation>er is geen {what} {path} (het is een bestand, geen map)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="50"/>
        <location filename="../../trustdesk/cli/secret_input.py" line="56"/>
        <source>there is no {what} {path}</source>
        <translation>er is geen {what} {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="55"/>
        <source>there is no {what} {path} (it is a folder, not a file)</source>
        <translation>er is geen {what} {path} (het is een map, geen bestand)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="59"/>
        <source>cannot read the {what} {path} (no permission)</source>
        <translation>kan {what} {path} niet lezen (geen toestemming)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="124"/>
        <source>the vault&apos;s write-ahead log was damaged or cut short; before anything was written, a copy of the vault with that log (still encrypted) was kept aside as {folder}.</source>
        <translation>het transactielogboek van de kluis was beschadigd of afgebroken; voor er iets geschreven werd, werd een kopie van de kluis met dat logboek (nog altijd versleuteld) apart gezet als {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="226"/>
        <source>{path} is not a regular file (a pipe or a device): it was not read.</source>
        <translation>{path} is geen gewoon bestand (een pipe of een apparaat): het werd niet gelezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="138"/>
        <source>chain intact, %n entr(y/ies) ({seconds} s); {head}</source>
        <translation>
            <numerusform>keten intact, %n regel ({seconds} s); {head}</numerusform>
            <numerusform>keten intact, %n regels ({seconds} s); {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="175"/>
        <source>the head record was deleted (the vault has written one before): the log ends at {last}; later entries could have been removed without a trace</source>
        <translation>de eindmarkering werd gewist (de kluis schreef er eerder een): het logboek eindigt bij {last}; latere regels kunnen spoorloos verwijderd zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="178"/>
        <source>the head record does not verify (edited, replaced or damaged): the log ends at {last}; later entries could have been removed without a trace</source>
        <translation>de eindmarkering klopt niet (bewerkt, vervangen of beschadigd): het logboek eindigt bij {last}; latere regels kunnen spoorloos verwijderd zijn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="141"/>
        <source>the log records %n earlier gap(s); the last, entry #{seq} ({at}): {detail}</source>
        <translation>
            <numerusform>het logboek vermeldt %n eerdere onderbreking; de laatste, regel #{seq} ({at}): {detail}</numerusform>
            <numerusform>het logboek vermeldt %n eerdere onderbrekingen; de laatste, regel #{seq} ({at}): {detail}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="149"/>
        <source>chain {label}: {head}; recorded as an audit_gap entry</source>
        <translation>keten {label}: {head}; vastgelegd als een audit_gap-regel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="152"/>
        <source>chain BROKEN at entry {seq} (%n entr(y/ies) before it verified); {head}</source>
        <translation>
            <numerusform>keten GEBROKEN bij regel {seq} (%n regel ervoor klopte); {head}</numerusform>
            <numerusform>keten GEBROKEN bij regel {seq} (%n regels ervoor klopten); {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="163"/>
        <source>head record not checked</source>
        <translation>eindmarkering niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="164"/>
        <source>no entry</source>
        <translation>geen regel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="166"/>
        <source>the log ended at {last} but its head record names #{seq} ({at}); entries missing: {missing}</source>
        <translation>het logboek eindigt bij {last}, maar de eindmarkering noemt #{seq} ({at}); ontbrekende regels: {missing}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="170"/>
        <source>entry #{seq} differs from the one its head record names: the log was rewritten</source>
        <translation>regel #{seq} verschilt van die in de eindmarkering: het logboek werd herschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="173"/>
        <source>no head record yet (a vault from before it; it is written with the next entry)</source>
        <translation>nog geen eindmarkering (een kluis van ervoor; ze wordt met de volgende regel geschreven)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="181"/>
        <source>the head record names #{seq} ({at}), older than the log&apos;s last commit allows: an old copy was put back; the log ends at {last}</source>
        <translation>de eindmarkering noemt #{seq} ({at}), ouder dan de laatste opslag van het logboek toelaat: een oude kopie werd teruggezet; het logboek eindigt bij {last}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="185"/>
        <source>head record at #{seq} verified, the log&apos;s last commit ({last}) ended before it was written</source>
        <translation>eindmarkering bij #{seq} gecontroleerd; de laatste opslag van het logboek ({last}) eindigde voor ze geschreven werd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="187"/>
        <source>head record at {last} verified</source>
        <translation>eindmarkering bij {last} gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="85"/>
        <source>file id</source>
        <translation>bestands-id</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="86"/>
        <source>sections</source>
        <translation>onderdelen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="107"/>
        <source>intake</source>
        <translation>aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="107"/>
        <source>current risk and safety plan</source>
        <translation>huidig risico en veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="108"/>
        <source>open tasks</source>
        <translation>open taken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="109"/>
        <source>contact notes</source>
        <translation>contactnotities</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="110"/>
        <source>passphrase</source>
        <translation>wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="111"/>
        <source>recovery code</source>
        <translation>herstelcode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="113"/>
        <location filename="../../trustdesk/cli/handover_verify.py" line="84"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="98"/>
        <source>made on</source>
        <translation>gemaakt op</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="114"/>
        <source>vault</source>
        <translation>kluis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="114"/>
        <source>schema</source>
        <translation>schemaversie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="115"/>
        <source>size</source>
        <translation>grootte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/backup_verify.py" line="115"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="117"/>
        <source>opens with</source>
        <translation>opent met</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="129"/>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="129"/>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="130"/>
        <location filename="../../trustdesk/cli/handover_verify.py" line="108"/>
        <source>referrals</source>
        <translation>doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="130"/>
        <source>tasks</source>
        <translation>taken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="131"/>
        <source>providers</source>
        <translation>hulpverleners</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="131"/>
        <source>templates</source>
        <translation>sjablonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="64"/>
        <source>not an option of this command: {options}. See --help.</source>
        <translation>geen optie van deze opdracht: {options}. Zie --help.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="108"/>
        <source>this is missing: {names}. See --help.</source>
        <translation>dit ontbreekt: {names}. Zie --help.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="110"/>
        <source>this is not understood: {names}. See --help.</source>
        <translation>dit wordt niet begrepen: {names}. Zie --help.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="112"/>
        <source>{name} cannot be given together with {other}.</source>
        <translation>{name} kan niet samen met {other} gegeven worden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="114"/>
        <source>{name} needs a value after it.</source>
        <translation>{name} heeft een waarde erna nodig.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="116"/>
        <source>{name} cannot be {value}; choose one of {choices}.</source>
        <translation>{name} kan niet {value} zijn; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="117"/>
        <source>{name} cannot be {value}.</source>
        <translation>{name} kan niet {value} zijn.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="29"/>
        <source>MERGED</source>
        <translation>SAMENGEVOEGD</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="30"/>
        <source>SUPERSEDED</source>
        <translation>VERVANGEN</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="31"/>
        <source>DUPLICATE</source>
        <translation>DUBBEL</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="59"/>
        <source>{name}: {quarter}, {sender}, {cases}, made {made}</source>
        <translation>{name}: {quarter}, {sender}, {cases}, gemaakt op {made}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="61"/>
        <location filename="../../trustdesk/cli/figures_summary.py" line="97"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="67"/>
        <source>merged {merged}, superseded {superseded}, duplicate {duplicate}, refused {refused}</source>
        <translation>samengevoegd {merged}, vervangen {superseded}, dubbel {duplicate}, geweigerd {refused}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="70"/>
        <source>NOTE</source>
        <translation>OPMERKING</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="79"/>
        <source>{quarter} was withheld before (fewer than 5 new cases, nothing shown); with the files merged now it is published: {cases}</source>
        <translation>{quarter} werd eerder achtergehouden (minder dan 5 nieuwe dossiers, niets getoond); met de bestanden die nu samengevoegd zijn, wordt het gepubliceerd: {cases}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="81"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nieuw dossier</numerusform>
            <numerusform>%n nieuwe dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="87"/>
        <source>{quarter} was released before; the files merged now give other numbers, the earlier release is kept</source>
        <translation>{quarter} werd eerder vrijgegeven; de bestanden die nu samengevoegd zijn, geven andere aantallen, de eerdere vrijgave blijft</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="96"/>
        <source>{quarter} ({cases}, {persons})</source>
        <translation>{quarter} ({cases}, {persons})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="85"/>
        <location filename="../../trustdesk/cli/figures_summary.py" line="98"/>
        <source>%n trust person(s)</source>
        <translation>
            <numerusform>%n vertrouwenspersoon</numerusform>
            <numerusform>%n vertrouwenspersonen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="101"/>
        <source>quarters: {quarters}</source>
        <translation>kwartalen: {quarters}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="37"/>
        <source>Check a .tdintake file with this trust person&apos;s vault and say what it holds; nothing is imported. Contact details are shown only with --show-contact.</source>
        <translation>Controleer een .tdintake-bestand met de kluis van deze vertrouwenspersoon en toon wat het bevat; er wordt niets geïmporteerd. Contactgegevens worden alleen met --show-contact getoond.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="40"/>
        <source>the .tdintake file</source>
        <translation>het .tdintake-bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="48"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="41"/>
        <source>the vault&apos;s folder (default: the app&apos;s)</source>
        <translation>de map van de kluis (standaard: die van de app)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="51"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="53"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="43"/>
        <source>read the passphrase as one line from standard input</source>
        <translation>lees de wachtwoordzin als één regel van de standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="45"/>
        <source>also show the doctor&apos;s contact details</source>
        <translation>toon ook de contactgegevens van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="97"/>
        <source>intake id</source>
        <translation>aanmeldings-id</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="98"/>
        <source>{made}, valid until {until}</source>
        <translation>{made}, geldig tot {until}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="100"/>
        <source>signed by</source>
        <translation>ondertekend door</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="101"/>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="102"/>
        <source>who called</source>
        <translation>aangemeld door</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="103"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="104"/>
        <source>profession</source>
        <translation>beroep</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="105"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="106"/>
        <source>domains</source>
        <translation>kennisdomeinen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="107"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="108"/>
        <source>consent: {answer}</source>
        <translation>toestemming: {answer}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="112"/>
        <source>workplace</source>
        <translation>werkplek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="119"/>
        <source>CONFLICT</source>
        <translation>CONFLICT</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="119"/>
        <source>the workplace “{workplace}” overlaps your affiliation “{affiliation}”: return the case to the coordinator if you cannot take it</source>
        <translation>de werkplek “{workplace}” overlapt met uw eigen werkplek “{affiliation}”: geef het dossier terug aan de coördinator als u het niet kunt opnemen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="124"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="127"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="124"/>
        <source>none of your affiliations overlaps the workplace</source>
        <translation>geen van uw eigen werkplekken overlapt met de werkplek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="127"/>
        <source>not checked: no affiliations are set in this vault (Settings)</source>
        <translation>niet nagegaan: in deze kluis zijn geen eigen werkplekken ingesteld (Instellingen)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="130"/>
        <source>doctor</source>
        <translation>arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="120"/>
        <location filename="../../trustdesk/cli/handover_verify.py" line="91"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="132"/>
        <source>OK {path}</source>
        <translation>OK {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="23"/>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="55"/>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="56"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="58"/>
        <source>show this help and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="44"/>
        <source>Desk passphrase: </source>
        <translation>Wachtwoordzin van het bureau: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="45"/>
        <location filename="../../trustdesk/cli/pack_cli.py" line="53"/>
        <source>Same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nog eens: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="47"/>
        <location filename="../../trustdesk/cli/pack_cli.py" line="55"/>
        <source>the two passphrases differ.</source>
        <translation>de twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="97"/>
        <source>the passphrase does not open the coordinator desk in {folder}.</source>
        <translation>de wachtwoordzin opent het coördinatorbureau in {folder} niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="99"/>
        <source>{folder} holds a coordinator desk already; it is never overwritten.</source>
        <translation>{folder} bevat al een coördinatorbureau; dat wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="102"/>
        <source>there is no coordinator desk in {folder}.</source>
        <translation>er is geen coördinatorbureau in {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="104"/>
        <source>the desk passphrase is too short.</source>
        <translation>de wachtwoordzin van het bureau is te kort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="105"/>
        <source>the coordinator desk in {folder} is damaged or incomplete; nothing was changed ({detail}).</source>
        <translation>het coördinatorbureau in {folder} is beschadigd of onvolledig; er werd niets gewijzigd ({detail}).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="139"/>
        <source>the desk passphrase is too easy to guess (a repeated character, a common word or a known pattern); use a few unrelated words.</source>
        <translation>de wachtwoordzin van het bureau is te makkelijk te raden (een herhaald teken, een gewoon woord of een bekend patroon); gebruik enkele woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="146"/>
        <source>coordinator desk made in {folder}</source>
        <translation>coördinatorbureau aangemaakt in {folder}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="148"/>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="148"/>
        <source>{path} (put it in every pack)</source>
        <translation>{path} (zet ze in elk pakket)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="150"/>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="161"/>
        <source>fingerprint</source>
        <translation>vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="162"/>
        <source>key id</source>
        <translation>sleutel-id</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="167"/>
        <source>card written: {path}</source>
        <translation>kaart geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="209"/>
        <source>card added: {name} ({fingerprint})</source>
        <translation>kaart toegevoegd: {name} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="219"/>
        <source>no trust person&apos;s card yet (add one with add-card)</source>
        <translation>nog geen kaart van een vertrouwenspersoon (voeg er een toe met add-card)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="235"/>
        <source>none yet (add one with add-card)</source>
        <translation>nog geen (voeg er een toe met add-card)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="251"/>
        <source>{path} exists already; it is never overwritten.</source>
        <translation>{path} bestaat al; het wordt nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="272"/>
        <source>--contact-stdin expects one line {&quot;name&quot;: …, &quot;phone&quot;: …, &quot;email&quot;: …}.</source>
        <translation>--contact-stdin verwacht één regel {&quot;name&quot;: …, &quot;phone&quot;: …, &quot;email&quot;: …}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="280"/>
        <source>the intake cannot be made: {problems}.</source>
        <translation>de aanmelding kan niet gemaakt worden: {problems}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="286"/>
        <source>intake written: {path} for {name} ({fingerprint}); id {id}</source>
        <translation>aanmelding geschreven: {path} voor {name} ({fingerprint}); id {id}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="295"/>
        <source>the coordinator reference (--ref) is empty or longer than 40 characters</source>
        <translation>de referentie van de coördinator (--ref) is leeg of langer dan 40 tekens</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="296"/>
        <source>who called (--initiator) cannot be the coordinator</source>
        <translation>wie aanmeldde (--initiator) kan niet de coördinator zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="297"/>
        <source>contact details (name, phone, e-mail) were given without the doctor&apos;s consent (contact details need --consent)</source>
        <translation>contactgegevens (naam, telefoon, e-mail) werden gegeven zonder toestemming van de arts (contactgegevens vereisen --consent)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="137"/>
        <source>the desk passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>de wachtwoordzin van het bureau moet minstens %n teken hebben.</numerusform>
            <numerusform>de wachtwoordzin van het bureau moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="255"/>
        <source>--valid-days {given}: the number of days an intake stays valid goes from 1 to {most}.</source>
        <translation>--valid-days {given}: het aantal dagen dat een aanmelding geldig blijft, gaat van 1 tot {most}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="299"/>
        <source>{field} is longer than %n character(s) or holds a control character</source>
        <translation>
            <numerusform>{field} is langer dan %n teken of bevat een stuurteken</numerusform>
            <numerusform>{field} is langer dan %n tekens of bevat een stuurteken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="304"/>
        <source>The coordinator&apos;s desk: its keys and card, the trust persons&apos; cards, intakes. DESK is the coordinator&apos;s folder; its private keys are encrypted with the desk passphrase.</source>
        <translation>Het coördinatorbureau: zijn sleutels en kaart, de kaarten van de vertrouwenspersonen, aanmeldingen. DESK is de map van de coördinator; de privésleutels erin zijn versleuteld met de wachtwoordzin van het bureau.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="307"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="101"/>
        <location filename="../../trustdesk/cli/pack_cli.py" line="346"/>
        <source>subcommands</source>
        <translation>subopdrachten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="310"/>
        <source>make the coordinator&apos;s key pair and card in a new desk folder</source>
        <translation>maak het sleutelpaar en de kaart van de coördinator in een nieuwe bureaumap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="311"/>
        <source>show (and copy) the coordinator&apos;s card: no passphrase needed</source>
        <translation>toon (en kopieer) de kaart van de coördinator: geen wachtwoordzin nodig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="312"/>
        <source>add a trust person&apos;s card, once its fingerprint was compared by phone</source>
        <translation>voeg de kaart van een vertrouwenspersoon toe, nadat de vingerafdruk telefonisch vergeleken is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="313"/>
        <source>list the trust persons&apos; cards</source>
        <translation>toon de kaarten van de vertrouwenspersonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="314"/>
        <source>make a .tdintake file for a trust person</source>
        <translation>maak een .tdintake-bestand voor een vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="318"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="109"/>
        <location filename="../../trustdesk/cli/refusals.py" line="142"/>
        <source>the coordinator&apos;s desk folder</source>
        <translation>de bureaumap van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="322"/>
        <source>the coordinator&apos;s name on the card</source>
        <translation>de naam van de coördinator op de kaart</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="323"/>
        <source>also copy the card to this file</source>
        <translation>kopieer de kaart ook naar dit bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="324"/>
        <source>the trust person&apos;s card</source>
        <translation>de kaart van de vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="331"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="110"/>
        <source>read the desk passphrase as one line from standard input</source>
        <translation>lees de wachtwoordzin van het bureau als één regel van de standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="337"/>
        <source>a key or a name TrustDesk shows, in Dutch, French or English</source>
        <translation>een sleutelwoord of een naam die TrustDesk toont, in het Nederlands, Frans of Engels</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="338"/>
        <source>the trust person: the card&apos;s exact name, its fingerprint, or 8+ characters of its key id</source>
        <translation>de vertrouwenspersoon: de exacte naam op de kaart, de vingerafdruk, of minstens 8 tekens van de sleutel-id</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="340"/>
        <source>the coordinator&apos;s reference</source>
        <translation>de referentie van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="341"/>
        <source>who called: doctor, colleague, family, other ({names})</source>
        <translation>wie aanmeldde: doctor, colleague, family, other ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="343"/>
        <source>the doctor&apos;s language: nl, fr, en, de ({names})</source>
        <translation>de taal van de arts: nl, fr, en, de ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="345"/>
        <source>the province ({names})</source>
        <translation>de provincie ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="347"/>
        <source>a knowledge domain ({names}); repeat for several</source>
        <translation>een kennisdomein ({names}); herhaal voor meerdere</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="349"/>
        <source>physician, physician_in_training or student ({names})</source>
        <translation>physician, physician_in_training of student ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="351"/>
        <source>phone, video, in_person or written ({names})</source>
        <translation>phone, video, in_person of written ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="353"/>
        <source>when the doctor wishes to be contacted</source>
        <translation>wanneer de arts gecontacteerd wil worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="354"/>
        <source>the doctor&apos;s workplace: the trust person&apos;s TrustDesk checks it against their own affiliations (conflict of interest)</source>
        <translation>de werkplek van de arts: de TrustDesk van de vertrouwenspersoon vergelijkt ze met de eigen werkplekken (belangenconflict)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="357"/>
        <source>the doctor explicitly agreed to be contacted</source>
        <translation>de arts heeft uitdrukkelijk toegestemd om gecontacteerd te worden</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="359"/>
        <source>the doctor&apos;s name (only with --consent)</source>
        <translation>de naam van de arts (alleen met --consent)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="360"/>
        <source>the doctor&apos;s phone (only with --consent)</source>
        <translation>het telefoonnummer van de arts (alleen met --consent)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="361"/>
        <source>the doctor&apos;s e-mail (only with --consent)</source>
        <translation>het e-mailadres van de arts (alleen met --consent)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="362"/>
        <source>read the contact details as one JSON line {&quot;name&quot;, &quot;phone&quot;, &quot;email&quot;} from standard input (after the passphrase): never in the shell&apos;s history</source>
        <translation>lees de contactgegevens als één JSON-regel {&quot;name&quot;, &quot;phone&quot;, &quot;email&quot;} van de standaardinvoer (na de wachtwoordzin): nooit in de geschiedenis van de shell</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="365"/>
        <source>how many days the intake can be opened (default: 30)</source>
        <translation>hoeveel dagen de aanmelding geopend kan worden (standaard: 30)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="367"/>
        <source>the intake file to write</source>
        <translation>het aanmeldingsbestand dat geschreven wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="54"/>
        <source>done: the check passed, the file was written</source>
        <translation>klaar: de controle is geslaagd, het bestand is geschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="55"/>
        <source>refused or failed: a wrong passphrase or code, a damaged, tampered, forged or replayed file, a broken audit chain</source>
        <translation>geweigerd of mislukt: een verkeerde wachtwoordzin of code, een beschadigd, gewijzigd, vervalst of opnieuw gebruikt bestand, een gebroken auditketen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="57"/>
        <source>bad usage or malformed input: an unknown option, no secret given, something that cannot be a code, an invalid value</source>
        <translation>verkeerd gebruik of ongeldige invoer: een onbekende optie, geen geheim gegeven, iets dat geen code kan zijn, een ongeldige waarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="59"/>
        <source>a file or folder that is not there or cannot be read (every one is named)</source>
        <translation>een bestand of map die er niet is of niet gelezen kan worden (elk wordt genoemd)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="60"/>
        <source>audit-verify only: the chain is intact, but the log records an earlier gap</source>
        <translation>alleen audit-verify: de keten is intact, maar het logboek vermeldt een eerder gat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="67"/>
        <source>the key pair was written</source>
        <translation>het sleutelpaar is geschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="68"/>
        <source>a passphrase under 12 characters, two passphrases that differ, a key file that is there already, no passphrase given</source>
        <translation>een wachtwoordzin van minder dan 12 tekens, twee wachtwoordzinnen die verschillen, een sleutelbestand dat er al is, geen wachtwoordzin gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="70"/>
        <source>the pack was written</source>
        <translation>het pakket is geschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="71"/>
        <location filename="../../trustdesk/cli/exits.py" line="75"/>
        <source>a wrong passphrase for the signing key</source>
        <translation>een verkeerde wachtwoordzin voor de ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="72"/>
        <source>the source folder breaks the pack format (a value, a field, a template), a file that is not a key, no passphrase given</source>
        <translation>de bronmap volgt het pakketformaat niet (een waarde, een veld, een sjabloon), een bestand dat geen sleutel is, geen wachtwoordzin gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="74"/>
        <source>the signed pack was written</source>
        <translation>het ondertekende pakket is geschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="76"/>
        <source>the pack breaks the pack format, a file that is not a key, no passphrase given</source>
        <translation>het pakket volgt het pakketformaat niet, een bestand dat geen sleutel is, geen wachtwoordzin gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="78"/>
        <source>the pack verifies</source>
        <translation>het pakket klopt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="79"/>
        <source>the pack (or an earlier one of the chain) does not verify: damaged, tampered, signed with another key, or against the format</source>
        <translation>het pakket (of een eerder pakket van de keten) klopt niet: beschadigd, gewijzigd, met een andere sleutel ondertekend of tegen het formaat in</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="82"/>
        <location filename="../../trustdesk/cli/exits.py" line="85"/>
        <source>an unknown option, a file that is not a public key</source>
        <translation>een onbekende optie, een bestand dat geen publieke sleutel is</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="83"/>
        <source>the pack verifies and every template can be used</source>
        <translation>het pakket klopt en elk sjabloon is bruikbaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="84"/>
        <source>the pack does not verify, or a template cannot be used</source>
        <translation>het pakket klopt niet, of een sjabloon is niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="86"/>
        <source>the desk was made</source>
        <translation>het bureau is aangemaakt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="87"/>
        <source>the desk folder cannot be made (it holds a desk already?)</source>
        <translation>de bureaumap kan niet aangemaakt worden (bevat ze al een bureau?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="88"/>
        <source>a weak desk passphrase, two passphrases that differ, no passphrase given</source>
        <translation>een zwakke wachtwoordzin voor het bureau, twee wachtwoordzinnen die verschillen, geen wachtwoordzin gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="90"/>
        <source>a wrong desk passphrase, a card that is damaged or tampered, a fingerprint that does not match</source>
        <translation>een verkeerde wachtwoordzin voor het bureau, een beschadigde of gewijzigde kaart, een vingerafdruk die niet overeenkomt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="92"/>
        <source>the intake was written</source>
        <translation>de aanmelding is geschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="93"/>
        <source>a wrong desk passphrase, no single card for --to</source>
        <translation>een verkeerde wachtwoordzin voor het bureau, geen enkele kaart (of meer dan één) voor --to</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="94"/>
        <source>a value that is not allowed (a region, a domain, who called…), contact details without --consent, an intake file that is there already, no passphrase given</source>
        <translation>een waarde die niet toegelaten is (een regio, een domein, wie aanmeldde…), contactgegevens zonder --consent, een aanmeldingsbestand dat er al is, geen wachtwoordzin gegeven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="97"/>
        <source>the national report was written (also when some files were refused: see the summary)</source>
        <translation>het nationale verslag is geschreven (ook als sommige bestanden geweigerd werden: zie het overzicht)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="99"/>
        <source>a wrong desk passphrase, or no file was accepted (nothing is written then)</source>
        <translation>een verkeerde wachtwoordzin voor het bureau, of geen enkel bestand werd aanvaard (dan wordt niets geschreven)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="101"/>
        <source>the intake is sound and not yet imported</source>
        <translation>de aanmelding is in orde en nog niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="102"/>
        <source>the intake is refused (its reason is printed as one word), a wrong passphrase, or TrustDesk is open on this vault</source>
        <translation>de aanmelding is geweigerd (de reden staat er als één woord bij), een verkeerde wachtwoordzin, of TrustDesk is open op deze kluis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="104"/>
        <source>the chain is intact</source>
        <translation>de keten is intact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="116"/>
        <source>Exit codes:</source>
        <translation>Afsluitcodes:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="124"/>
        <source>Exit codes (each subcommand&apos;s --help says what they mean for it):</source>
        <translation>Afsluitcodes (de --help van elke subopdracht zegt wat ze daar betekenen):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="167"/>
        <source>Exit codes (every command):</source>
        <translation>Afsluitcodes (elke opdracht):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="74"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="80"/>
        <source>no file was accepted: nothing written.</source>
        <translation>geen enkel bestand werd aanvaard: niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="91"/>
        <source>publishable, written:</source>
        <translation>publiceerbaar, geschreven:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="93"/>
        <source>NOT publishable: the lines above (exact numbers per file); they are not saved anywhere.</source>
        <translation>NIET publiceerbaar: de regels hierboven (exacte aantallen per bestand); ze worden nergens bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="99"/>
        <source>The national figures from the trust persons&apos; .tdfigures files (the coordinator&apos;s desk).</source>
        <translation>De nationale cijfers uit de .tdfigures-bestanden van de vertrouwenspersonen (het coördinatorbureau).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="103"/>
        <source>merge .tdfigures files into the national report: national_nl.pdf, national_fr.pdf and national.csv in DIR (columns period_start,period_end,table,key,count); what was merged and refused is printed here only, never written</source>
        <translation>voeg .tdfigures-bestanden samen tot het nationale verslag: national_nl.pdf, national_fr.pdf en national.csv in DIR (kolommen period_start,period_end,table,key,count); wat samengevoegd en geweigerd werd, wordt alleen hier getoond, nooit geschreven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="107"/>
        <source>a .tdfigures file</source>
        <translation>een .tdfigures-bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="108"/>
        <source>the folder to write the report to</source>
        <translation>de map waarin het verslag geschreven wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="51"/>
        <source>Passphrase for the pack signing key: </source>
        <translation>Wachtwoordzin van de ondertekeningssleutel: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="57"/>
        <source>the signing key&apos;s passphrase needs at least 12 characters.</source>
        <translation>de wachtwoordzin van de ondertekeningssleutel moet minstens 12 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="83"/>
        <source>{path} exists already; keys are never overwritten.</source>
        <translation>{path} bestaat al; sleutels worden nooit overschreven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="89"/>
        <source>pack keys written: {private} (keep it secret and backed up), {public} (key id {key})</source>
        <translation>pakketsleutels geschreven: {private} (houd ze geheim en maak er een reservekopie van), {public} (sleutel-id {key})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="91"/>
        <source>to announce it as your next key (manifest next_key): {key}</source>
        <translation>om ze aan te kondigen als uw volgende sleutel (manifest next_key): {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="100"/>
        <source>{path} is not a private key (PEM) file.</source>
        <translation>{path} is geen bestand met een privésleutel (PEM).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="106"/>
        <source>the passphrase does not open the signing key {path}.</source>
        <translation>de wachtwoordzin opent de ondertekeningssleutel {path} niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="116"/>
        <source>{path} is not a public key (PEM) file.</source>
        <translation>{path} is geen bestand met een publieke sleutel (PEM).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="131"/>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="131"/>
        <source>unsigned; sign it with `pack sign`</source>
        <translation>niet ondertekend; onderteken het met `pack sign`</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="136"/>
        <source>announces the next signing key {key}: once imported, TrustDesk accepts only packs signed with it</source>
        <translation>kondigt de volgende ondertekeningssleutel {key} aan: eens geïmporteerd, aanvaardt TrustDesk alleen nog pakketten die ermee ondertekend zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="163"/>
        <source>--announce-key needs --key: the announcement is signed with the current key.</source>
        <translation>--announce-key vereist --key: de aankondiging wordt met de huidige sleutel ondertekend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="204"/>
        <source>--installer, --release-date and --security-release go with --release-version.</source>
        <translation>--installer, --release-date en --security-release horen bij --release-version.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="223"/>
        <source>pack signed: {path}</source>
        <translation>pakket ondertekend: {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="243"/>
        <source>the key in {path}</source>
        <translation>de sleutel in {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="244"/>
        <source>the key pinned in this build</source>
        <translation>de sleutel die in deze versie vastligt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="289"/>
        <source>the earlier pack {path} does not verify, so the chain breaks there: </source>
        <translation>het eerdere pakket {path} klopt niet, dus de keten breekt daar: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="293"/>
        <source>{path}: signed by key {key}, announces key {next}; trusted from here on</source>
        <translation>{path}: ondertekend met sleutel {key}, kondigt sleutel {next} aan; vanaf hier vertrouwd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="297"/>
        <source>{path}: signed by key {key}, announces no new key</source>
        <translation>{path}: ondertekend met sleutel {key}, kondigt geen nieuwe sleutel aan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="132"/>
        <source>pack built: {path} ({source}, {providers}, {templates}, {state})</source>
        <translation>pakket gemaakt: {path} ({source}, {providers}, {templates}, {state})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="142"/>
        <location filename="../../trustdesk/cli/pack_preview.py" line="27"/>
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n hulpverlener</numerusform>
            <numerusform>%n hulpverleners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="146"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n sjabloon</numerusform>
            <numerusform>%n sjablonen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="313"/>
        <source>no helplines</source>
        <translation>geen hulplijnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="313"/>
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n hulplijn</numerusform>
            <numerusform>%n hulplijnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="315"/>
        <source>pack OK: {source}, {providers}, {templates}, {helplines}, signed by key {key}</source>
        <translation>pakket OK: {source}, {providers}, {templates}, {helplines}, ondertekend met sleutel {key}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="319"/>
        <source>%n knowledge card(s)</source>
        <translation>
            <numerusform>%n kennisfiche</numerusform>
            <numerusform>%n kennisfiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="321"/>
        <source>announces the next signing key {key}</source>
        <translation>kondigt de volgende ondertekeningssleutel {key} aan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="344"/>
        <source>Organisation packs: make a signing key, build, sign, check and preview a pack.</source>
        <translation>Organisatiepakketten: maak een ondertekeningssleutel, en maak, onderteken, controleer en bekijk een pakket.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="349"/>
        <source>create an Ed25519 key pair (the private key protected by a passphrase)</source>
        <translation>maak een Ed25519-sleutelpaar (de privésleutel beschermd met een wachtwoordzin)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="350"/>
        <source>zip a pack source folder (checked as TrustDesk checks it), signing it with --key</source>
        <translation>zip een bronmap van een pakket (gecontroleerd zoals TrustDesk het doet), ondertekend met --key</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="351"/>
        <source>sign (or sign again) a pack zip</source>
        <translation>onderteken een pakket-zip (opnieuw)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="352"/>
        <source>check a pack as TrustDesk will</source>
        <translation>controleer een pakket zoals TrustDesk het zal doen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="353"/>
        <source>check a pack, then show its directory and every template rendered as TrustDesk would</source>
        <translation>controleer een pakket en toon dan zijn lijst van hulpverleners en elk sjabloon zoals TrustDesk het zou tonen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="359"/>
        <source>the private key file to make</source>
        <translation>het bestand met de privésleutel dat gemaakt wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="360"/>
        <source>the public key file to make</source>
        <translation>het bestand met de publieke sleutel dat gemaakt wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="361"/>
        <source>the pack source folder</source>
        <translation>de bronmap van het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="362"/>
        <source>the pack file to write</source>
        <translation>het pakketbestand dat geschreven wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="363"/>
        <source>sign with this private key right away</source>
        <translation>onderteken meteen met deze privésleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="364"/>
        <source>put this coordinator card (.tdcard) in the pack</source>
        <translation>zet deze kaart van de coördinator (.tdcard) in het pakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="366"/>
        <source>announce this TrustDesk release in the pack (release.json)</source>
        <translation>kondig deze TrustDesk-versie aan in het pakket (release.json)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="368"/>
        <source>the release&apos;s date (default: today)</source>
        <translation>de datum van de versie (standaard: vandaag)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="369"/>
        <source>the release fixes a security problem</source>
        <translation>de versie lost een beveiligingsprobleem op</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="371"/>
        <source>an installer of the release (its SHA-256 goes into release.json); repeat for each platform</source>
        <translation>een installatieprogramma van de versie (de SHA-256 ervan komt in release.json); herhaal voor elk platform</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="373"/>
        <source>announce this NEW public key as the successor of --key</source>
        <translation>kondig deze NIEUWE publieke sleutel aan als opvolger van --key</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="375"/>
        <source>the pack to sign</source>
        <translation>het pakket dat ondertekend wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="376"/>
        <source>the private key</source>
        <translation>de privésleutel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="377"/>
        <source>write here instead of replacing PACK.zip</source>
        <translation>schrijf hierheen in plaats van PACK.zip te vervangen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="379"/>
        <source>the pack to check</source>
        <translation>het pakket dat gecontroleerd wordt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="380"/>
        <source>the public key (default: the key pinned in this build)</source>
        <translation>de publieke sleutel (standaard: de sleutel die in deze versie vastligt)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="382"/>
        <source>an earlier pack of the key rotation chain, oldest first (repeat): each is checked with the key trusted so far and hands the trust on to the key it announces, as TrustDesk does on import</source>
        <translation>een eerder pakket van de sleutelwisselketen, oudste eerst (herhaal): elk wordt gecontroleerd met de sleutel die tot dan vertrouwd wordt en geeft het vertrouwen door aan de sleutel die het aankondigt, zoals TrustDesk doet bij het importeren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="385"/>
        <source>only the templates in this language</source>
        <translation>alleen de sjablonen in deze taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="388"/>
        <source>read the key passphrase as one line from standard input</source>
        <translation>lees de wachtwoordzin van de sleutel als één regel van de standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="24"/>
        <source>pack {source} “{title}”, signed by key {key}</source>
        <translation>pakket {source} “{title}”, ondertekend met sleutel {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="26"/>
        <source>Directory: {providers}</source>
        <translation>Lijst van hulpverleners: {providers}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="40"/>
        <source>Knowledge cards: {count}</source>
        <translation>Kennisfiches: {count}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="42"/>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="43"/>
        <source>{language}/{key}: {title}  [{domains}]  source: {source}</source>
        <translation>{language}/{key}: {title}  [{domains}]  bron: {source}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="47"/>
        <source>Help lines: {count}</source>
        <translation>Hulplijnen: {count}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="51"/>
        <source>Letter templates: {count} (rendered for a made-up case)</source>
        <translation>Briefsjablonen: {count} (ingevuld voor een verzonnen dossier)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="60"/>
        <source>CANNOT BE USED: {problems}</source>
        <translation>NIET BRUIKBAAR: {problems}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="14"/>
        <source>the pack is not signed.</source>
        <translation>het pakket is niet ondertekend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="15"/>
        <source>the pack was changed after it was signed (its signature does not match).</source>
        <translation>het pakket werd gewijzigd nadat het ondertekend werd (de handtekening klopt niet).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="17"/>
        <source>the pack is signed with another key.</source>
        <translation>het pakket is met een andere sleutel ondertekend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="18"/>
        <source>this build trusts no pack key: it accepts no packs.</source>
        <translation>deze versie vertrouwt geen enkele pakketsleutel: ze aanvaardt geen pakketten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="19"/>
        <source>the pack breaks the pack format.</source>
        <translation>het pakket volgt het pakketformaat niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="20"/>
        <source>a newer version of this pack is imported already.</source>
        <translation>een nieuwere versie van dit pakket is al geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="21"/>
        <source>this version of the pack is imported already.</source>
        <translation>deze versie van het pakket is al geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="22"/>
        <source>the pack, or a file in it, is over its size limit.</source>
        <translation>het pakket, of een bestand erin, is groter dan toegelaten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="23"/>
        <source>the pack holds a file name that could write outside its folder.</source>
        <translation>het pakket bevat een bestandsnaam die buiten zijn map zou kunnen schrijven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="24"/>
        <source>the pack holds too many files.</source>
        <translation>het pakket bevat te veel bestanden.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="25"/>
        <source>the pack was made by a newer TrustDesk; update TrustDesk first.</source>
        <translation>het pakket werd gemaakt met een nieuwere TrustDesk; werk TrustDesk eerst bij.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="31"/>
        <source>empty, but required</source>
        <translation>leeg, maar verplicht</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="32"/>
        <source>unknown kind of provider</source>
        <translation>onbekend soort hulpverlener</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="33"/>
        <source>unknown language</source>
        <translation>onbekende taal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="34"/>
        <source>unknown knowledge domain</source>
        <translation>onbekend kennisdomein</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="35"/>
        <source>unknown province</source>
        <translation>onbekende provincie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="36"/>
        <source>not yes or no:</source>
        <translation>niet ja of nee:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="37"/>
        <source>too long</source>
        <translation>te lang</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="38"/>
        <source>holds an invisible control character</source>
        <translation>bevat een onzichtbaar stuurteken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="39"/>
        <source>not a web address starting with http:// or https://:</source>
        <translation>geen webadres dat begint met http:// of https://:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="40"/>
        <source>more cells than there are columns</source>
        <translation>meer cellen dan er kolommen zijn</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="47"/>
        <source>{member} row {row}</source>
        <translation>{member} rij {row}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="50"/>
        <source>{where}, field “{field}”: {what}</source>
        <translation>{where}, veld “{field}”: {what}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="59"/>
        <source>; allowed: {values}</source>
        <translation>; toegelaten: {values}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="46"/>
        <source>{option} “{value}” is a theme of the directory, not a knowledge domain; knowledge domains: {allowed}.</source>
        <translation>{option} “{value}” is een thema van de lijst van hulpverleners, geen kennisdomein; kennisdomeinen: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="37"/>
        <source>Say what a .tdhandover file holds, checked with its handover code; nothing is imported.</source>
        <translation>Toon wat een .tdhandover-bestand bevat, gecontroleerd met zijn overdrachtscode; er wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="39"/>
        <source>the .tdhandover file</source>
        <translation>het .tdhandover-bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="40"/>
        <source>read the handover code as one line from standard input</source>
        <translation>lees de overdrachtscode als één regel van de standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="45"/>
        <source>Check the vault&apos;s audit log: its hash chain, and its end against the head record kept beside it. Opening the vault adds its usual unlock entry first. TrustDesk must be closed on this vault.</source>
        <translation>Controleer het auditlogboek van de kluis: zijn hashketen, en zijn einde tegenover het kopbestand dat ernaast bewaard wordt. Het openen van de kluis voegt eerst de gewone ontgrendelingsregel toe. TrustDesk moet op deze kluis gesloten zijn.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="53"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="55"/>
        <source>read the recovery code as one line from standard input</source>
        <translation>lees de herstelcode als één regel van de standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="48"/>
        <source>Check a .tdbackup file through and through (seal, checksum, database checks) and say what it holds; it is opened with its passphrase or the recovery code.</source>
        <translation>Controleer een .tdbackup-bestand grondig (zegel, controlesom, databankcontroles) en toon wat het bevat; het wordt geopend met zijn wachtwoordzin of de herstelcode.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="51"/>
        <source>the .tdbackup file</source>
        <translation>het .tdbackup-bestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="105"/>
        <source>a broken or cut chain, a head record deleted, forged or put back, a wrong passphrase or code, or TrustDesk is open on this vault</source>
        <translation>een gebroken of afgeknipte keten, een kopbestand dat gewist, vervalst of teruggezet is, een verkeerde wachtwoordzin of code, of TrustDesk is open op deze kluis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="107"/>
        <source>a keychain TrustDesk accepts is there</source>
        <translation>er is een sleutelhanger die TrustDesk aanvaardt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="108"/>
        <source>none (passphrase only), or the probe failed</source>
        <translation>geen (alleen wachtwoordzin), of de proef is mislukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="109"/>
        <source>the round trip failed</source>
        <translation>de proefrit is mislukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/keychain_report.py" line="48"/>
        <source>Which keychain of the operating system TrustDesk would use, and which ones it sees (for support).</source>
        <translation>Welke sleutelhanger van het besturingssysteem TrustDesk zou gebruiken, en welke het ziet (voor ondersteuning).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/keychain_report.py" line="50"/>
        <source>also store, read back and delete a throwaway entry (never a vault&apos;s secret)</source>
        <translation>bewaar ook een wegwerpitem, lees het terug en wis het (nooit een geheim van een kluis)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/selftest.py" line="69"/>
        <source>A round trip through a real vault in a temporary folder, with made-up data only: create, a case and a note, search, lock, unlock, a PDF in memory; the folder is removed afterwards.</source>
        <translation>Een proefrit door een echte kluis in een tijdelijke map, alleen met verzonnen gegevens: aanmaken, een dossier en een notitie, zoeken, vergrendelen, ontgrendelen, een pdf in het geheugen; de map wordt daarna verwijderd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="25"/>
        <source>headless round trip in a temporary data dir</source>
        <translation>proefrit zonder venster in een tijdelijke gegevensmap</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="26"/>
        <source>which OS keychain TrustDesk uses (--probe: test it)</source>
        <translation>welke sleutelhanger van het besturingssysteem TrustDesk gebruikt (--probe: test hem)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="27"/>
        <source>say what a .tdhandover file holds</source>
        <translation>toon wat een .tdhandover-bestand bevat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="28"/>
        <source>check a .tdbackup file and show what it holds</source>
        <translation>controleer een .tdbackup-bestand en toon wat het bevat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="29"/>
        <source>organisation packs: keygen, build, sign, verify</source>
        <translation>organisatiepakketten: keygen, build, sign, verify</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="30"/>
        <source>check the audit log&apos;s hash chain</source>
        <translation>controleer de hashketen van het auditlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="31"/>
        <source>coordinator: keys, trust persons&apos; cards, intakes</source>
        <translation>coördinator: sleutels, kaarten van vertrouwenspersonen, aanmeldingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="32"/>
        <source>say what a .tdintake file holds (nothing imported)</source>
        <translation>toon wat een .tdintake-bestand bevat (niets geïmporteerd)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="33"/>
        <source>coordinator: merge .tdfigures into the national report</source>
        <translation>coördinator: voeg .tdfigures samen tot het nationale verslag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="52"/>
        <source>Headless commands (no display needed; each has its own --help):</source>
        <translation>Opdrachten zonder venster (geen scherm nodig; elk heeft zijn eigen --help):</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="25"/>
        <source>the card file was altered: its signature does not match its keys. Ask the trust person for the card again.</source>
        <translation>het kaartbestand werd gewijzigd: de handtekening past niet bij de sleutels. Vraag de vertrouwenspersoon de kaart opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="27"/>
        <source>this file was changed on the way: its seal or signature does not match. Ask for it again.</source>
        <translation>dit bestand werd onderweg gewijzigd: de verzegeling of handtekening klopt niet. Vraag het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="29"/>
        <source>the digits differ from this card&apos;s fingerprint: the card was not added. Compare them with the trust person again.</source>
        <translation>de cijfers verschillen van de vingerafdruk van deze kaart: de kaart werd niet toegevoegd. Vergelijk ze opnieuw met de vertrouwenspersoon.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="31"/>
        <source>this file is dated after this computer&apos;s clock: the clock of the computer that made it, or of this one, is wrong.</source>
        <translation>dit bestand is later gedateerd dan de klok van deze computer: de klok van de computer die het maakte, of van deze, staat verkeerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="188"/>
        <source>a fingerprint is 6 groups of 5 digits, as the trust person reads it out (&quot;40218 77310 …&quot;); “{given}” is not one.</source>
        <translation>een vingerafdruk is 6 groepen van 5 cijfers, zoals de vertrouwenspersoon ze voorleest (“40218 77310 …”); “{given}” is er geen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="83"/>
        <source>{quarter} stays withheld: the files merged now leave out {persons} counted when it was withheld; merge their files too to publish it.</source>
        <translation>{quarter} blijft achtergehouden: de nu samengevoegde bestanden laten {persons} weg (meegeteld toen het kwartaal werd achtergehouden); voeg ook hun bestanden samen om het te publiceren.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="53"/>
        <source> “{value}”</source>
        <translation> “{value}”</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="94"/>
        <source>{quarter} (withheld: fewer than 5 new cases, not published)</source>
        <translation>{quarter} (achtergehouden: minder dan 5 nieuwe dossiers, niet gepubliceerd)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="200"/>
        <source>WARNING: a card named {name} ({fingerprint}) is held already under the same name: {held}. The card was not added. If this is another trust person with the same name, add it again with --same-name-ok; every list and merge then tells them apart by fingerprint.</source>
        <translation>OPGELET: er is al een kaart met dezelfde naam als {name} ({fingerprint}): {held}. De kaart werd niet toegevoegd. Is dit een andere vertrouwenspersoon met dezelfde naam, voeg ze dan opnieuw toe met --same-name-ok; elke lijst en samenvoeging onderscheidt hen dan aan hun vingerafdruk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="327"/>
        <source>add the card although a card held already has the same name (another trust person)</source>
        <translation>de kaart toevoegen hoewel een bestaande kaart dezelfde naam heeft (een andere vertrouwenspersoon)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="71"/>
        <location filename="../../trustdesk/cli/figures_summary.py" line="57"/>
        <source>{name}: {sentence}</source>
        <translation>{name}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="253"/>
        <source>pack REJECTED: {where}{sentence}</source>
        <translation>pakket GEWEIGERD: {where}{sentence}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="432"/>
        <source>refused: {sentence}</source>
        <translation>geweigerd: {sentence}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="231"/>
        <source>several trust persons&apos; cards match “{who}”: {cards}; give more of the fingerprint.</source>
        <translation>meerdere kaarten van vertrouwenspersonen passen bij “{who}”: {cards}; geef meer van de vingerafdruk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="237"/>
        <source>no trust person&apos;s card matches “{who}” (give the name, the fingerprint, its first two groups or 8+ characters of the key id); known cards: {known}.</source>
        <translation>geen enkele kaart van een vertrouwenspersoon past bij “{who}” (geef de naam, de vingerafdruk, de eerste twee groepen ervan of minstens 8 tekens van de sleutel-id); bekende kaarten: {known}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="46"/>
        <source>a handover file (.tdhandover)</source>
        <translation>een overdrachtsbestand (.tdhandover)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="47"/>
        <source>a backup (.tdbackup)</source>
        <translation>een back-up (.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="48"/>
        <source>an intake from the coordinator (.tdintake)</source>
        <translation>een aanmelding van de coördinator (.tdintake)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="49"/>
        <source>a trust person&apos;s figures file (.tdfigures)</source>
        <translation>een cijferbestand van een vertrouwenspersoon (.tdfigures)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="50"/>
        <source>a trust person&apos;s contact card (.tdcard)</source>
        <translation>de contactkaart van een vertrouwenspersoon (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="51"/>
        <source>the coordinator&apos;s contact card (.tdcard)</source>
        <translation>de contactkaart van de coördinator (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="52"/>
        <source>an organisation pack (.zip)</source>
        <translation>een organisatiepakket (.zip)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="59"/>
        <source>not an intake</source>
        <translation>geen aanmelding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="60"/>
        <source>not a figures file</source>
        <translation>geen cijferbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="61"/>
        <source>not a trust person&apos;s contact card</source>
        <translation>niet de contactkaart van een vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="62"/>
        <source>not the coordinator&apos;s contact card</source>
        <translation>niet de contactkaart van de coördinator</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="63"/>
        <source>not a handover file</source>
        <translation>geen overdrachtsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="64"/>
        <source>not a backup</source>
        <translation>geen back-up</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="65"/>
        <source>not an organisation pack</source>
        <translation>geen organisatiepakket</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="66"/>
        <source>not of the kind this command reads</source>
        <translation>niet van de soort die deze opdracht leest</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="72"/>
        <source>This is {found}, {not_expected}; {how}</source>
        <translation>Dit is {found}, {not_expected}; {how}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="81"/>
        <source>receive it in TrustDesk with Handover › Receive handover…, or check it with: {command}</source>
        <translation>ontvang het in TrustDesk met Overdracht › Overdracht ontvangen…, of controleer het met: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="83"/>
        <source>restore it in TrustDesk with Restore from a backup…, or check it with: {command}</source>
        <translation>herstel hem in TrustDesk met Herstellen uit een back-up…, of controleer hem met: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="85"/>
        <source>the trust person opens it in TrustDesk with Coordinator › Open an intake…, or checks it with: {command}</source>
        <translation>de vertrouwenspersoon opent ze in TrustDesk met Coördinator › Een aanmelding openen…, of controleert ze met: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="87"/>
        <source>the coordinator merges it with: {command}</source>
        <translation>de coördinator voegt het samen met: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="88"/>
        <source>the coordinator adds it, with the fingerprint the trust person reads out by phone, with: {command}</source>
        <translation>de coördinator voegt ze toe, met de vingerafdruk die de vertrouwenspersoon telefonisch voorleest, met: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="90"/>
        <source>it goes into every organisation pack the coordinator builds (pack build … --coordinator-card {file}); a trust person&apos;s TrustDesk takes it from the pack.</source>
        <translation>ze gaat mee in elk organisatiepakket dat de coördinator maakt (pack build … --coordinator-card {file}); de TrustDesk van een vertrouwenspersoon haalt ze uit het pakket.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="93"/>
        <source>import it in TrustDesk, or check it with: {command}</source>
        <translation>importeer het in TrustDesk, of controleer het met: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="181"/>
        <source>give the digits the trust person reads out by phone with --fingerprint &quot;40218 77310 …&quot; (standard input is not a terminal to ask them on).</source>
        <translation>geef de cijfers die de vertrouwenspersoon telefonisch voorleest met --fingerprint &quot;40218 77310 …&quot; (de standaardinvoer is geen terminal om ernaar te vragen).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="184"/>
        <source>Fingerprint the trust person reads out by phone: </source>
        <translation>Vingerafdruk die de vertrouwenspersoon telefonisch voorleest: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="325"/>
        <source>the digits the trust person read out by phone (not given: asked on the terminal)</source>
        <translation>de cijfers die de vertrouwenspersoon telefonisch voorlas (niet gegeven: gevraagd in de terminal)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="33"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="34"/>
        <source>Did you mean {values}?</source>
        <translation>Bedoelt u {values}?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="49"/>
        <source>{option} “{value}” is not known.</source>
        <translation>{option} “{value}” is onbekend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="51"/>
        <source>Allowed: {allowed} (or any name TrustDesk shows for them, in Dutch, French or English).</source>
        <translation>Toegelaten: {allowed} (of elke naam die TrustDesk ervoor toont, in het Nederlands, Frans of Engels).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="209"/>
        <source>there is no folder {folder} to write {name} in; make it first, or give another place.</source>
        <translation>er is geen map {folder} om {name} in te schrijven; maak ze eerst, of geef een andere plaats.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="212"/>
        <source>{path} is a file, not a folder: give a folder to write into.</source>
        <translation>{path} is een bestand, geen map: geef een map om in te schrijven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="28"/>
        <source>{what} is needed, but there is no terminal to ask for it; give it on standard input with {option}.</source>
        <translation>{what} is nodig, maar er is geen terminal om ernaar te vragen; geef het op de standaardinvoer met {option}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="206"/>
        <source>this card was held already: {name} ({fingerprint}); nothing changed.</source>
        <translation>deze kaart was er al: {name} ({fingerprint}); er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="58"/>
        <source>{folder} holds a national report already ({names}); give --replace to write over it, or another folder.</source>
        <translation>{folder} bevat al een nationaal verslag ({names}); geef --replace om het te overschrijven, of een andere map.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="112"/>
        <source>write over a national report already in DIR</source>
        <translation>een nationaal verslag dat al in DIR staat overschrijven</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="198"/>
        <source>--lang must be one of {languages}; “{given}” is not one.</source>
        <translation>--lang moet een van {languages} zijn; “{given}” is dat niet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="145"/>
        <source>the trust person&apos;s TrustDesk data folder</source>
        <translation>de TrustDesk-gegevensmap van de vertrouwenspersoon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="159"/>
        <source>(put {meaning} in place of {placeholder})</source>
        <translation>(vul {meaning} in op de plaats van {placeholder})</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="25"/>
        <source>this field</source>
        <translation>dit veld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="26"/>
        <source>“%1” copied whole to the clipboard (%n character(s))</source>
        <translation>
            <numerusform>“%1” volledig naar het klembord gekopieerd (%n teken)</numerusform>
            <numerusform>“%1” volledig naar het klembord gekopieerd (%n tekens)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="38"/>
        <source>Not copied</source>
        <translation>Niet gekopieerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="39"/>
        <source>The vault could not record this copy, so nothing was copied.</source>
        <translation>De kluis kon deze kopie niet vastleggen, dus er werd niets gekopieerd.</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <location filename="../../trustdesk/app.py" line="46"/>
        <source>usage:</source>
        <translation>gebruik:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="49"/>
        <source>(the desktop app)</source>
        <translation>(het programma met vensters)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="49"/>
        <source>(a headless command)</source>
        <translation>(een opdracht zonder venster)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="50"/>
        <source>COMMAND [options]</source>
        <translation>OPDRACHT [opties]</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="55"/>
        <source>TrustDesk, the trust person&apos;s case desk.</source>
        <translation>TrustDesk, het dossierprogramma van de vertrouwenspersoon.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="56"/>
        <source>folder of the vault (default: the user data folder)</source>
        <translation>map van de kluis (standaard: de gegevensmap van de gebruiker)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="57"/>
        <source>interface language: nl, fr or en (default: the saved choice, else the system&apos;s)</source>
        <translation>taal van de interface: nl, fr of en (standaard: de bewaarde keuze, anders die van het systeem)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="63"/>
        <source>unknown option: %1</source>
        <translation>onbekende optie: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="64"/>
        <source>%1 needs a value</source>
        <translation>%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="65"/>
        <source>%1 takes no value</source>
        <translation>%1 neemt geen waarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="66"/>
        <source>unexpected argument: %1</source>
        <translation>onverwacht argument: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="67"/>
        <source>--lang must be one of %1</source>
        <translation>--lang moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="68"/>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir heeft een map nodig</translation>
    </message>
</context>
<context>
    <name>disclosures</name>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="35"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="36"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="37"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="43"/>
        <source>Case summary</source>
        <translation>Dossiersamenvatting</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="44"/>
        <source>Contact log</source>
        <translation>Contactlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="45"/>
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="46"/>
        <source>Access export (the doctor&apos;s complete file)</source>
        <translation>Inzage-export (het volledige dossier van de arts)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="47"/>
        <source>Handover file</source>
        <translation>Overdrachtsbestand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="48"/>
        <source>Audit log (CSV)</source>
        <translation>Auditlogboek (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="49"/>
        <source>Disclosures list (CSV)</source>
        <translation>Lijst van wat de kluis verliet (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="50"/>
        <source>Activity figures</source>
        <translation>Activiteitscijfers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="51"/>
        <source>Activity figures (CSV)</source>
        <translation>Activiteitscijfers (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="52"/>
        <source>Provider list (CSV)</source>
        <translation>Lijst van hulpverleners (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="59"/>
        <source>Full (with name)</source>
        <translation>Volledig (met naam)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="60"/>
        <source>Pseudonymised</source>
        <translation>Gepseudonimiseerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="61"/>
        <source>Minimal</source>
        <translation>Minimaal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="69"/>
        <source>⚠ no consent recorded</source>
        <translation>⚠ geen toestemming vastgelegd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="71"/>
        <source>Consent given %1</source>
        <translation>Toestemming gegeven %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="87"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="88"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="89"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="90"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="91"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="92"/>
        <source>Redaction</source>
        <translation>Afscherming</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="93"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="111"/>
        <source>the doctor (right of access)</source>
        <translation>de arts (inzagerecht)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="53"/>
        <source>Whole text copied to the clipboard</source>
        <translation>Volledige tekst naar het klembord gekopieerd</translation>
    </message>
</context>
<context>
    <name>document_output</name>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="106"/>
        <source>Case summary</source>
        <translation>Dossiersamenvatting</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="107"/>
        <source>Contact log</source>
        <translation>Contactlogboek</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="108"/>
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="109"/>
        <source>Activity report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="110"/>
        <source>Recovery kit</source>
        <translation>Herstelkit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="111"/>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="112"/>
        <source>Access export for the doctor</source>
        <translation>Inzage-export voor de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="121"/>
        <source>full</source>
        <translation>volledig</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="122"/>
        <source>pseudonymised</source>
        <translation>gepseudonimiseerd</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="123"/>
        <source>minimal</source>
        <translation>minimaal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="127"/>
        <source>&amp;Full: with the doctor&apos;s name and contact details</source>
        <translation>Vo&amp;lledig: met de naam en contactgegevens van de arts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="137"/>
        <source>&amp;Intake</source>
        <translation>Aanm&amp;elding</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="138"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="139"/>
        <source>&amp;Risk history</source>
        <translation>&amp;Risicoverloop</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="142"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Csv-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="204"/>
        <source>Save document</source>
        <translation>Document bewaren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="221"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="226"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="222"/>
        <source>The document could not be written to that folder (no permission, or the disk is full). Nothing was saved; choose another folder.</source>
        <translation>Het document kon niet in die map geschreven worden (geen toestemming, of de schijf is vol). Er is niets bewaard; kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="227"/>
        <source>The vault could not record this export, so the file was removed. Nothing was saved.</source>
        <translation>De kluis kon deze export niet registreren, dus het bestand is verwijderd. Er is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="317"/>
        <source>Sending the pages to the printer…</source>
        <translation>De pagina’s worden naar de printer gestuurd…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="318"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="320"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="321"/>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="380"/>
        <source>Before you print</source>
        <translation>Voor u afdrukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="368"/>
        <source>Printing hands the document to the operating system. Its print queue (and some printers) may keep a copy until the page is printed, outside the encrypted vault. Print on a printer you trust, and collect the pages right away.</source>
        <translation>Afdrukken geeft het document aan het besturingssysteem. De afdrukwachtrij (en sommige printers) kan een kopie bewaren tot de pagina afgedrukt is, buiten de versleutelde kluis. Druk af op een printer die u vertrouwt en haal de pagina’s meteen op.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="386"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="388"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="427"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="428"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="440"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="441"/>
        <source>The printer could not be started. Nothing was printed.</source>
        <translation>De printer kon niet gestart worden. Er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="130"/>
        <source>&amp;Minimal: months, domains and status only</source>
        <translation>&amp;Minimaal: alleen maanden, domeinen en status</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="141"/>
        <source>R&amp;eferrals</source>
        <translation>Doorver&amp;wijzingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="128"/>
        <source>Pse&amp;udonymised: the case code, no name, contact details, region or exact dates</source>
        <translation>Ge&amp;pseudonimiseerd: de dossiercode, geen naam, contactgegevens, regio of precieze datums</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="140"/>
        <source>Safet&amp;y plan</source>
        <translation>Veili&amp;gheidsplan</translation>
    </message>
</context>
<context>
    <name>kept_at_lock</name>
    <message>
        <location filename="../../trustdesk/ui/kit/kept_at_lock.py" line="38"/>
        <source>A note could not be saved when TrustDesk locked. What you had typed was kept, encrypted, until this unlock and is saved now: check it.</source>
        <translation>Een notitie kon niet worden bewaard toen TrustDesk vergrendelde. Wat u had getypt, werd versleuteld bijgehouden tot deze ontgrendeling en is nu bewaard: kijk het na.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/kept_at_lock.py" line="48"/>
        <source>Something you had typed could not be saved when TrustDesk locked, and could not be kept: check your last note and type what is missing again.</source>
        <translation>Iets wat u had getypt, kon niet worden bewaard toen TrustDesk vergrendelde, en kon ook niet worden bijgehouden: kijk uw laatste notitie na en typ wat ontbreekt opnieuw.</translation>
    </message>
</context>
<context>
    <name>lock_bound</name>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="290"/>
        <source>Locked while you were typing</source>
        <translation>Vergrendeld terwijl u typte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="186"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="95"/>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="96"/>
        <source>Discard your changes?</source>
        <translation>Uw wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="97"/>
        <source>What you typed in “%1” has not been saved.</source>
        <translation>Wat u typte in “%1” is nog niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="99"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="101"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="102"/>
        <source>&amp;Discard changes</source>
        <translation>Wijzigingen &amp;weggooien</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="104"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="185"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="276"/>
        <source>What you typed in “%1” was not kept: please type it again.</source>
        <translation>Wat u typte in “%1” is niet bewaard: typ het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="291"/>
        <source>TrustDesk locked while %n window(s) held something you had not saved. What became of it:</source>
        <translation>
            <numerusform>TrustDesk vergrendelde terwijl %n venster iets bevatte dat u nog niet had bewaard. Wat ermee gebeurde:</numerusform>
            <numerusform>TrustDesk vergrendelde terwijl %n vensters iets bevatten dat u nog niet had bewaard. Wat ermee gebeurde:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="16"/>
        <source>This computer&apos;s keychain no longer holds the key that belongs with your passphrase (new computer, new user account or a reset keychain). Your recovery code still opens the vault.</source>
        <translation>De sleutelhanger van deze computer bevat de sleutel bij uw wachtwoordzin niet meer (nieuwe computer, nieuwe gebruikersaccount of een gewiste sleutelhanger). Uw herstelcode opent de kluis nog wel.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="19"/>
        <source>That passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Deze wachtwoordzin opent de kluis niet. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="32"/>
        <source>The vault files are damaged or incomplete, so TrustDesk cannot open them. Nothing was changed. Keep the data folder as it is; a backup can restore your cases.</source>
        <translation>De bestanden van de kluis zijn beschadigd of onvolledig, dus TrustDesk kan ze niet openen. Er is niets gewijzigd. Laat de gegevensmap zoals ze is; met een back-up kunt u uw dossiers herstellen.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="35"/>
        <source>This vault was saved by a newer version of TrustDesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Deze kluis is bewaard door een nieuwere versie van TrustDesk. Installeer de nieuwste versie om ze te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="38"/>
        <source>There is no vault in this data folder.</source>
        <translation>Er staat geen kluis in deze gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="39"/>
        <source>A vault already exists in this data folder; it was left untouched.</source>
        <translation>Er staat al een kluis in deze gegevensmap; ze is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="40"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>De kluis is vergrendeld. Ontgrendel ze en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="41"/>
        <source>TrustDesk could not save: the disk may be full or read-only. Nothing was half-written; free some space and try again.</source>
        <translation>TrustDesk kon niet bewaren: de schijf is misschien vol of alleen-lezen. Er is niets half weggeschreven; maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="44"/>
        <source>The key file asks for weaker protection than TrustDesk allows, so it was refused.</source>
        <translation>Het sleutelbestand vraagt een zwakkere bescherming dan TrustDesk toelaat en werd daarom geweigerd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="50"/>
        <source>The vault could not complete this action. Nothing was changed.</source>
        <translation>De kluis kon deze actie niet voltooien. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="64"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Er ging iets mis. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="21"/>
        <source>The key file asks for far more key-stretching work than TrustDesk ever sets, so it was refused before any work was done. It was not made by TrustDesk or it was tampered with; nothing was changed.</source>
        <translation>Het sleutelbestand vraagt veel meer rekenwerk voor de sleutelafleiding dan TrustDesk ooit instelt, dus werd het geweigerd voordat er gerekend werd. Het is niet door TrustDesk gemaakt of er is mee geknoeid; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="24"/>
        <source>The data folder is read-only (a read-only drive or folder permissions), so TrustDesk cannot open the vault there. The files are not damaged and nothing was changed: make the folder writable, then try again.</source>
        <translation>De gegevensmap is alleen-lezen (een alleen-lezen schijf of mapmachtigingen), dus TrustDesk kan de kluis daar niet openen. De bestanden zijn niet beschadigd en er is niets gewijzigd: maak de map beschrijfbaar en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="28"/>
        <source>Beside the vault lie files that TrustDesk never writes (a leftover journal, or a folder or link in place of the vault&apos;s own side files), so it was not opened. Nothing was changed. Move those files out of the data folder and try again; if the vault still does not open, a backup can restore your cases.</source>
        <translation>Naast de kluis staan bestanden die TrustDesk nooit schrijft (een achtergebleven journaal, of een map of koppeling op de plaats van de eigen bijbestanden van de kluis), dus werd ze niet geopend. Er is niets gewijzigd. Verplaats die bestanden uit de gegevensmap en probeer opnieuw; opent de kluis dan nog niet, dan kan een back-up uw dossiers terugzetten.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="48"/>
        <source>This case was handed over to your successor: here it is read-only. Nothing was changed.</source>
        <translation>Dit dossier is overgedragen aan uw opvolger: hier is het alleen-lezen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="46"/>
        <source>This case was closed as handed over after referral: it is read-only. Nothing was changed.</source>
        <translation>Dit dossier is afgesloten als overgedragen na doorverwijzing: het is alleen-lezen. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../trustdesk/ui/kit/preferences.py" line="64"/>
        <source>Language of the interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/preferences.py" line="67"/>
        <source>Lock after this many minutes without use</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
</context>
<context>
    <name>save_cancel</name>
    <message>
        <location filename="../../trustdesk/ui/kit/appearance.py" line="112"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
</context>
<context>
    <name>vault_notices</name>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="97"/>
        <source>Disk full: read-only until space is freed. You can read every case, but nothing you change can be saved. Free some space on this disk, then lock and unlock again.</source>
        <translation>Schijf vol: alleen-lezen tot er ruimte vrijkomt. U kunt elk dossier lezen, maar wat u wijzigt kan niet bewaard worden. Maak ruimte vrij op deze schijf en vergrendel en ontgrendel daarna opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="68"/>
        <source>The vault ends before its last recorded change: %n entr(y/ies) of the audit log are missing (the last recorded change was at %1; the vault now ends at %2). Changes made after %2 may be lost.</source>
        <translation>
            <numerusform>De kluis houdt op vóór haar laatst vastgelegde wijziging: %n regel van het auditlogboek ontbreekt (de laatst vastgelegde wijziging was op %1; de kluis houdt nu op bij %2). Wijzigingen van na %2 kunnen verloren zijn.</numerusform>
            <numerusform>De kluis houdt op vóór haar laatst vastgelegde wijziging: %n regels van het auditlogboek ontbreken (de laatst vastgelegde wijziging was op %1; de kluis houdt nu op bij %2). Wijzigingen van na %2 kunnen verloren zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="73"/>
        <source>The audit log does not match its last recorded change (entry %1): it was rewritten outside TrustDesk.</source>
        <translation>Het auditlogboek klopt niet met zijn laatst vastgelegde wijziging (regel %1): het is buiten TrustDesk herschreven.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="76"/>
        <source>The backup %1 (made %2) holds what is missing; Restore in Settings brings it back (the current vault is kept aside).</source>
        <translation>De back-up %1 (gemaakt op %2) bevat wat ontbreekt; Herstellen in Instellingen haalt het terug (de huidige kluis wordt opzijgezet).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="79"/>
        <source>No backup in the backup folder holds it.</source>
        <translation>Geen enkele back-up in de back-upmap bevat het.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="84"/>
        <source>Your profile has no name: your referral letters go out unsigned. Fill it in under Settings (Ctrl+,), “Letters are signed by”.</source>
        <translation>Uw profiel heeft geen naam: uw verwijsbrieven vertrekken zonder ondertekening. Vul het in bij Instellingen (Ctrl+,), “Brieven ondertekend door”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="86"/>
        <source>Your profile has no contact line: your referral letters go out without your phone number or e-mail address. Fill it in under Settings (Ctrl+,), “Letters are signed by”.</source>
        <translation>Uw profiel heeft geen contactregel: uw verwijsbrieven vertrekken zonder uw telefoonnummer of e-mailadres. Vul het in bij Instellingen (Ctrl+,), “Brieven ondertekend door”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="89"/>
        <source>Your profile has no name and no contact line: your referral letters go out without a sender. Fill it in under Settings (Ctrl+,), “Letters are signed by”.</source>
        <translation>Uw profiel heeft geen naam en geen contactregel: uw verwijsbrieven vertrekken zonder afzender. Vul het in bij Instellingen (Ctrl+,), “Brieven ondertekend door”.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="108"/>
        <source>This vault has no recovery code: if the passphrase or this computer&apos;s keychain is lost, nothing else opens it. Make a new recovery code now and keep it on paper.</source>
        <translation>Deze kluis heeft geen herstelcode: als de wachtwoordzin of de sleutelhanger van deze computer verloren gaat, kan niets anders ze openen. Maak nu een nieuwe herstelcode en bewaar hem op papier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="126"/>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="131"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="127"/>
        <source>Later: said again at the next unlock</source>
        <translation>Later: opnieuw gemeld bij de volgende ontgrendeling</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="132"/>
        <source>Later: said again in a week</source>
        <translation>Later: opnieuw gemeld over een week</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="135"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="135"/>
        <source>Close this notice</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="128"/>
        <source>Make a new recovery code…</source>
        <translation>Nieuwe herstelcode maken…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="129"/>
        <source>Make a new recovery code</source>
        <translation>Nieuwe herstelcode maken</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="62"/>
        <source>The audit log&apos;s head record, kept beside the vault, was deleted, does not verify or was replaced by an older copy, outside TrustDesk. The log now ends at %1; entries after that could have been removed without a trace. Compare it with the audit stamps in documents you sent and with your backups.</source>
        <translation>Het eindpunt van het auditlogboek, dat naast de kluis wordt bewaard, is buiten TrustDesk verwijderd, klopt niet meer of is vervangen door een oudere kopie. Het logboek houdt nu op bij %1; regels van daarna kunnen spoorloos verwijderd zijn. Vergelijk het met de auditstempels in documenten die u verstuurde en met uw back-ups.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="103"/>
        <source>The vault&apos;s write-ahead log (its most recent changes) was damaged or cut short: changes after the damage cannot be read. Before anything was written, a copy of the vault with that log, still encrypted, was kept aside in the data folder as %1. Keep it: it is the evidence, and it may hold what is missing.</source>
        <translation>Het transactielogboek van de kluis (de recentste wijzigingen) was beschadigd of afgebroken: wijzigingen na de schade kunnen niet gelezen worden. Voor er iets geschreven werd, werd een kopie van de kluis met dat logboek, nog altijd versleuteld, apart gezet in de gegevensmap als %1. Bewaar ze: ze is het bewijs, en ze kan bevatten wat ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="112"/>
        <source>The set-up was left before you confirmed that you wrote down the recovery code, which is shown only once. If you forget the passphrase, only that code opens this vault. Make a new recovery code now and keep it on paper.</source>
        <translation>De installatie werd verlaten voordat u bevestigde dat u de herstelcode opschreef, die maar één keer wordt getoond. Als u de wachtwoordzin vergeet, opent alleen die code deze kluis. Maak nu een nieuwe herstelcode en bewaar hem op papier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="133"/>
        <source>Fill in my profile…</source>
        <translation>Mijn profiel invullen…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="134"/>
        <source>Fill in my profile</source>
        <translation>Mijn profiel invullen</translation>
    </message>
</context>
</TS>
