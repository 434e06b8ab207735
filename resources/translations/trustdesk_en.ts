<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AffiliationsBox</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="146"/>
        <source>✓ Saved: %n affiliation(s).</source>
        <translation>
            <numerusform>✓ Saved: %n affiliation.</numerusform>
            <numerusform>✓ Saved: %n affiliations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="156"/>
        <source>⚠ %n open case(s) now match one of your affiliations: %1. Each case shows it.</source>
        <translation>
            <numerusform>⚠ %n open case now matches one of your affiliations: %1. The case shows it.</numerusform>
            <numerusform>⚠ %n open cases now match one of your affiliations: %1. Each case shows it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="326"/>
        <source>✓ The audit log is intact: %n entries, none changed or removed since they were written.</source>
        <translation>
            <numerusform>✓ The audit log is intact: %n entry, not changed or removed since it was written.</numerusform>
            <numerusform>✓ The audit log is intact: %n entries, none changed or removed since they were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="385"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="50"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="93"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n failed attempt</numerusform>
            <numerusform>%n failed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="382"/>
        <source>Showing the newest %1 of %n entries.</source>
        <translation>
            <numerusform>Showing the newest %1 of %n entries.</numerusform>
            <numerusform>Showing the newest %1 of %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="156"/>
        <source>%1: file %2, %n case(s), for key %3</source>
        <translation>
            <numerusform>%1: file %2, %n case, for key %3</numerusform>
            <numerusform>%1: file %2, %n cases, for key %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="254"/>
        <source>file %1: erasing %n case(s) confirmed, only the minimum kept</source>
        <translation>
            <numerusform>file %1: erasing %n case confirmed, only the minimum kept</numerusform>
            <numerusform>file %1: erasing %n cases confirmed, only the minimum kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="361"/>
        <source>Backup saved and checked: %1 (%n case(s)). It opens only with your passphrase or your recovery code.</source>
        <translation>
            <numerusform>Backup saved and checked: %1 (%n case). It opens only with your passphrase or your recovery code.</numerusform>
            <numerusform>Backup saved and checked: %1 (%n cases). It opens only with your passphrase or your recovery code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseNotices</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="398"/>
        <source>(and %n more in the safety plan)</source>
        <translation>
            <numerusform>(and %n more in the safety plan)</numerusform>
            <numerusform>(and %n more in the safety plan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="401"/>
        <source>(and %n more crisis lines in the directory, %1)</source>
        <translation>
            <numerusform>(and %n more crisis lines in the directory, %1)</numerusform>
            <numerusform>(and %n more crisis lines in the directory, %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="403"/>
        <source>(and %n more crisis lines in the directory)</source>
        <translation>
            <numerusform>(and %n more crisis lines in the directory)</numerusform>
            <numerusform>(and %n more crisis lines in the directory)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="136"/>
        <source>After closing, the case is kept until %1 (%n year(s)), then TrustDesk reminds you to destroy it. Nothing is destroyed without you.</source>
        <translation>
            <numerusform>After closing, the case is kept until %1 (%n year), then TrustDesk reminds you to destroy it. Nothing is destroyed without you.</numerusform>
            <numerusform>After closing, the case is kept until %1 (%n years), then TrustDesk reminds you to destroy it. Nothing is destroyed without you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="328"/>
        <source>%n provider(s) will be added.</source>
        <translation>
            <numerusform>%n provider will be added.</numerusform>
            <numerusform>%n providers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="330"/>
        <source>%n row(s) with errors will not be imported.</source>
        <translation>
            <numerusform>%n row with errors will not be imported.</numerusform>
            <numerusform>%n rows with errors will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="332"/>
        <source>%n row(s) repeat a provider already in your directory or earlier in the file.</source>
        <translation>
            <numerusform>%n row repeats a provider already in your directory or earlier in the file.</numerusform>
            <numerusform>%n rows repeat a provider already in your directory or earlier in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="89"/>
        <source>Longer than %n character(s).</source>
        <translation>
            <numerusform>Longer than %n character.</numerusform>
            <numerusform>Longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="96"/>
        <source>%n more cell(s) than there are columns.</source>
        <translation>
            <numerusform>%n more cell than there are columns.</numerusform>
            <numerusform>%n more cells than there are columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="153"/>
        <source>The desk passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The desk passphrase needs at least %n character.</numerusform>
            <numerusform>The desk passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="131"/>
        <source>• Automatic backups made before today (%1 in %2) still hold this case until they rotate out, after %n more backup(s).</source>
        <translation>
            <numerusform>• Automatic backups made before today (%1 in %2) still hold this case until they rotate out, after %n more backup.</numerusform>
            <numerusform>• Automatic backups made before today (%1 in %2) still hold this case until they rotate out, after %n more backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresView</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/disclosures.py" line="213"/>
        <source>%n document(s) left the vault.</source>
        <translation>
            <numerusform>%n document left the vault.</numerusform>
            <numerusform>%n documents left the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="155"/>
        <source>%n new case(s) in this quarter, in the rows above. This is everything the file holds.</source>
        <translation>
            <numerusform>%n new case in this quarter, in the rows above. This is everything the file holds.</numerusform>
            <numerusform>%n new cases in this quarter, in the rows above. This is everything the file holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="192"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="202"/>
        <source>%n file(s) merged</source>
        <translation>
            <numerusform>%n file merged</numerusform>
            <numerusform>%n files merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="203"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="204"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="219"/>
        <source>%1 was withheld before (fewer than 5 new cases); with these files it is published now, with %n new case(s).</source>
        <translation>
            <numerusform>%1 was withheld before (fewer than 5 new cases); with these files it is published now, with %n new case.</numerusform>
            <numerusform>%1 was withheld before (fewer than 5 new cases); with these files it is published now, with %n new cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="309"/>
        <source>Handover of %n case(s): %1 (encrypted file)</source>
        <translation>
            <numerusform>Handover of %n case: %1 (encrypted file)</numerusform>
            <numerusform>Handover of %n cases: %1 (encrypted file)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="361"/>
        <source>The file with %n case(s) is saved as %1. This is its handover code:</source>
        <translation>
            <numerusform>The file with %n case is saved as %1. This is its handover code:</numerusform>
            <numerusform>The file with %n cases is saved as %1. This is its handover code:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="363"/>
        <source>Close the %n handed-over case(s)…</source>
        <translation>
            <numerusform>Close the handed-over case…</numerusform>
            <numerusform>Close the %n handed-over cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="382"/>
        <source>Close the %n handed-over case(s) (%1) with the reason “handed over”? Their retention period starts today.</source>
        <translation>
            <numerusform>Close the handed-over case (%1) with the reason “handed over”? Its retention period starts today.</numerusform>
            <numerusform>Close the %n handed-over cases (%1) with the reason “handed over”? Their retention period starts today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="384"/>
        <source>Close %n case(s)</source>
        <translation>
            <numerusform>Close %n case</numerusform>
            <numerusform>Close %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverReceipt</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="36"/>
        <source>Erase your copy of %n handed-over case(s) (%1)?</source>
        <translation>
            <numerusform>Erase your copy of %n handed-over case (%1)?</numerusform>
            <numerusform>Erase your copy of %n handed-over cases (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="44"/>
        <source>&amp;Erase %n case(s)</source>
        <translation>
            <numerusform>&amp;Erase %n case</numerusform>
            <numerusform>&amp;Erase %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="265"/>
        <source>A trust person&apos;s TrustDesk would refuse this pack: %n problem(s), listed below. Enter on one goes to its place.</source>
        <translation>
            <numerusform>A trust person&apos;s TrustDesk would refuse this pack: %n problem, listed below. Enter on one goes to its place.</numerusform>
            <numerusform>A trust person&apos;s TrustDesk would refuse this pack: %n problems, listed below. Enter on one goes to its place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="270"/>
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="271"/>
        <source>%n help line(s)</source>
        <translation>
            <numerusform>%n help line</numerusform>
            <numerusform>%n help lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="272"/>
        <source>%n letter template(s)</source>
        <translation>
            <numerusform>%n letter template</numerusform>
            <numerusform>%n letter templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="273"/>
        <source>%n knowledge card(s)</source>
        <translation>
            <numerusform>%n knowledge card</numerusform>
            <numerusform>%n knowledge cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackImport</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="92"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="94"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="97"/>
        <source>%n changed by you, kept as you left them</source>
        <translation>
            <numerusform>%n changed by you, kept as you left it</numerusform>
            <numerusform>%n changed by you, kept as you left them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="100"/>
        <source>%n no longer in the pack, removed</source>
        <translation>
            <numerusform>%n no longer in the pack, removed</numerusform>
            <numerusform>%n no longer in the pack, removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="103"/>
        <source>%n you deleted, not brought back</source>
        <translation>
            <numerusform>%n you deleted, not brought back</numerusform>
            <numerusform>%n you deleted, not brought back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="117"/>
        <source>Providers: %n in the pack; %2.</source>
        <translation>
            <numerusform>Providers: %n in the pack; %2.</numerusform>
            <numerusform>Providers: %n in the pack; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="120"/>
        <source>Letter templates: %n in the pack; %2.</source>
        <translation>
            <numerusform>Letter templates: %n in the pack; %2.</numerusform>
            <numerusform>Letter templates: %n in the pack; %2.</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="133"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n character; a few unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="136"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="97"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="299"/>
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>%n provider exported.</numerusform>
            <numerusform>%n providers exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="391"/>
        <source>%1 of %n provider(s) shown.</source>
        <translation>
            <numerusform>%1 of %n provider shown.</numerusform>
            <numerusform>%1 of %n providers shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="416"/>
        <source>%n provider(s) in your directory.</source>
        <translation>
            <numerusform>%n provider in your directory.</numerusform>
            <numerusform>%n providers in your directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveHandoverDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="287"/>
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… and %n more case</numerusform>
            <numerusform>… and %n more cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="297"/>
        <source>%n case(s), made on %1.</source>
        <translation>
            <numerusform>%n case, made on %1.</numerusform>
            <numerusform>%n cases, made on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="299"/>
        <source>%n contact note(s)</source>
        <translation>
            <numerusform>%n contact note</numerusform>
            <numerusform>%n contact notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="300"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="301"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="378"/>
        <source>Imported %n case(s), in the order of your predecessor&apos;s codes:</source>
        <translation>
            <numerusform>Imported %n case:</numerusform>
            <numerusform>Imported %n cases, in the order of your predecessor&apos;s codes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="318"/>
        <source>Possible conflict of interest: the workplace of %n incoming case(s) overlaps your own affiliations. Decide before importing:</source>
        <translation>
            <numerusform>Possible conflict of interest: the workplace of %n incoming case overlaps your own affiliations. Decide before importing:</numerusform>
            <numerusform>Possible conflict of interest: the workplace of %n incoming cases overlaps your own affiliations. Decide before importing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedReceiptsDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="80"/>
        <source>Received %1: %n case(s) (%2)</source>
        <translation>
            <numerusform>Received %1: %n case (%2)</numerusform>
            <numerusform>Received %1: %n cases (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="370"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="370"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="371"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="123"/>
        <source>Acute risk %n day(s) ago, lower since</source>
        <translation>
            <numerusform>Acute risk %n day ago, lower since</numerusform>
            <numerusform>Acute risk %n days ago, lower since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="124"/>
        <source>High risk %n day(s) ago, lower since</source>
        <translation>
            <numerusform>High risk %n day ago, lower since</numerusform>
            <numerusform>High risk %n days ago, lower since</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="321"/>
        <source>The first %1 of %n results are shown: add a word to narrow the search.</source>
        <translation>
            <numerusform>The first %1 of %n results are shown: add a word to narrow the search.</numerusform>
            <numerusform>The first %1 of %n results are shown: add a word to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="324"/>
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="327"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="317"/>
        <source>%1 of %n template(s) shown.</source>
        <translation>
            <numerusform>%1 of %n template shown.</numerusform>
            <numerusform>%1 of %n templates shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="381"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n template.</numerusform>
            <numerusform>%n templates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="305"/>
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="217"/>
        <source>Nothing is due in the coming days; %n open task(s) planned later or without a date (see the cases&apos; Tasks tab).</source>
        <translation>
            <numerusform>Nothing is due in the coming days; %n open task planned later or without a date (see the cases&apos; Tasks tab).</numerusform>
            <numerusform>Nothing is due in the coming days; %n open tasks planned later or without a date (see the cases&apos; Tasks tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="303"/>
        <source>Show more (%n not shown)…</source>
        <translation>
            <numerusform>Show more (%n not shown)…</numerusform>
            <numerusform>Show more (%n not shown)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="411"/>
        <source>last contact %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>last contact %1 (%n day ago)</numerusform>
            <numerusform>last contact %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="449"/>
        <source>Your last backup is %n day(s) old. Plug in the backup disk, or make one now in Settings.</source>
        <translation>
            <numerusform>Your last backup is %n day old. Plug in the backup disk, or make one now in Settings.</numerusform>
            <numerusform>Your last backup is %n days old. Plug in the backup disk, or make one now in Settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="138"/>
        <source>chain intact, %n entr(y/ies) ({seconds} s); {head}</source>
        <translation>
            <numerusform>chain intact, %n entry ({seconds} s); {head}</numerusform>
            <numerusform>chain intact, %n entries ({seconds} s); {head}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="141"/>
        <source>the log records %n earlier gap(s); the last, entry #{seq} ({at}): {detail}</source>
        <translation>
            <numerusform>the log records %n earlier gap; the last, entry #{seq} ({at}): {detail}</numerusform>
            <numerusform>the log records %n earlier gaps; the last, entry #{seq} ({at}): {detail}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="152"/>
        <source>chain BROKEN at entry {seq} (%n entr(y/ies) before it verified); {head}</source>
        <translation>
            <numerusform>chain BROKEN at entry {seq} (%n entry before it verified); {head}</numerusform>
            <numerusform>chain BROKEN at entry {seq} (%n entries before it verified); {head}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/backup_verify.py" line="115"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="61"/>
        <location filename="../../trustdesk/cli/figures_summary.py" line="97"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="81"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="85"/>
        <location filename="../../trustdesk/cli/figures_summary.py" line="98"/>
        <source>%n trust person(s)</source>
        <translation>
            <numerusform>%n trust person</numerusform>
            <numerusform>%n trust persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="137"/>
        <source>the desk passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>the desk passphrase needs at least %n character.</numerusform>
            <numerusform>the desk passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="299"/>
        <source>{field} is longer than %n character(s) or holds a control character</source>
        <translation>
            <numerusform>{field} is longer than %n character or holds a control character</numerusform>
            <numerusform>{field} is longer than %n characters or holds a control character</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="142"/>
        <location filename="../../trustdesk/cli/pack_preview.py" line="27"/>
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="146"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="313"/>
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n helpline</numerusform>
            <numerusform>%n helplines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="319"/>
        <source>%n knowledge card(s)</source>
        <translation>
            <numerusform>%n knowledge card</numerusform>
            <numerusform>%n knowledge cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="26"/>
        <source>“%1” copied whole to the clipboard (%n character(s))</source>
        <translation>
            <numerusform>“%1” copied whole to the clipboard (%n character)</numerusform>
            <numerusform>“%1” copied whole to the clipboard (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lock_bound</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="291"/>
        <source>TrustDesk locked while %n window(s) held something you had not saved. What became of it:</source>
        <translation>
            <numerusform>TrustDesk locked while %n window held something you had not saved. What became of it:</numerusform>
            <numerusform>TrustDesk locked while %n windows held something you had not saved. What became of it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vault_notices</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="68"/>
        <source>The vault ends before its last recorded change: %n entr(y/ies) of the audit log are missing (the last recorded change was at %1; the vault now ends at %2). Changes made after %2 may be lost.</source>
        <translation>
            <numerusform>The vault ends before its last recorded change: %n entry of the audit log is missing (the last recorded change was at %1; the vault now ends at %2). Changes made after %2 may be lost.</numerusform>
            <numerusform>The vault ends before its last recorded change: %n entries of the audit log are missing (the last recorded change was at %1; the vault now ends at %2). Changes made after %2 may be lost.</numerusform>
        </translation>
    </message>
</context>
</TS>
