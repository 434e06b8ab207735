<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="133"/>
        <source>This TrustDesk</source>
        <translation>Ce TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="134"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="134"/>
        <source>Built on:</source>
        <translation>Compilé le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="134"/>
        <source>Pack:</source>
        <translation>Paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="102"/>
        <source>no pack imported yet</source>
        <translation>aucun paquet importé pour l’instant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="126"/>
        <source>development version (not released)</source>
        <translation>version de développement (non publiée)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="128"/>
        <source>development version (not released), commit %1</source>
        <translation>version de développement (non publiée), commit %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="129"/>
        <source>development version (not released), commit %1 of %2</source>
        <translation>version de développement (non publiée), commit %1 du %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="146"/>
        <source>TrustDesk never looks for updates on the internet; your coordinator&apos;s packs tell it when a newer version exists.</source>
        <translation>TrustDesk ne cherche jamais de mises à jour sur internet&#xa0;; les paquets de votre coordinateur vous signalent qu’une version plus récente existe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="104"/>
        <source>the starter directory built into TrustDesk, version %1 (part of this installation, no signature needed)</source>
        <translation>l’annuaire de départ intégré à TrustDesk, version %1 (fait partie de cette installation, aucune signature nécessaire)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="110"/>
        <source>“%1” (%2, version %3, dated %4)</source>
        <translation>«&#xa0;%1&#xa0;» (%2, version %3, du %4)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="113"/>
        <source>signed with key %1</source>
        <translation>signé avec la clé %1</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../trustdesk/ui/reports/activity_chart.py" line="45"/>
        <location filename="../../trustdesk/ui/reports/activity_chart.py" line="82"/>
        <source>Bar chart</source>
        <translation>Graphique à barres</translation>
    </message>
</context>
<context>
    <name>AffiliationsBox</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="164"/>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="171"/>
        <source>Your affiliations, one per line</source>
        <translation>Vos affiliations, une par ligne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="118"/>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="146"/>
        <source>✓ Saved: %n affiliation(s).</source>
        <translation>
            <numerusform>✓ Enregistré&#xa0;: %n affiliation.</numerusform>
            <numerusform>✓ Enregistré&#xa0;: %n affiliations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="166"/>
        <source>Where you work yourself: hospitals, practices, groups or faculty, one per line (for example “AZ Sint-Jan Brugge”). A new case whose workplace is the same institution — under any of its names or campuses — is pointed out, so you can decide to keep it or return it. A town alone is not an institution.</source>
        <translation>Là où vous travaillez vous-même&#xa0;: hôpitaux, cabinets, groupes ou faculté, un par ligne (par exemple «&#xa0;CHU de Liège&#xa0;»). Un nouveau dossier dont le lieu de travail est la même institution — sous n’importe lequel de ses noms ou sites — est signalé, pour que vous décidiez de le garder ou de le rendre. Une commune seule n’est pas une institution.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="172"/>
        <source>&amp;Save affiliations</source>
        <translation>&amp;Enregistrer les affiliations</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="173"/>
        <source>Save your affiliations</source>
        <translation>Enregistrer vos affiliations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="156"/>
        <source>⚠ %n open case(s) now match one of your affiliations: %1. Each case shows it.</source>
        <translation>
            <numerusform>⚠ %n dossier ouvert correspond maintenant à une de vos affiliations&#xa0;: %1. Le dossier l’indique.</numerusform>
            <numerusform>⚠ %n dossiers ouverts correspondent maintenant à une de vos affiliations&#xa0;: %1. Chaque dossier l’indique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="89"/>
        <source>protected by the passphrase only (no keychain)</source>
        <translation>protégé uniquement par la phrase secrète (pas de trousseau)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="93"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n tentative échouée</numerusform>
            <numerusform>%n tentatives échouées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="106"/>
        <source>database version %1 → %2</source>
        <translation>version de la base de données %1 → %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="44"/>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="57"/>
        <source>referral %1</source>
        <translation>orientation %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="59"/>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="241"/>
        <source>file %1, case %2 of %3; with: %4</source>
        <translation>fichier %1, dossier %2 sur %3&#xa0;; avec&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="244"/>
        <source>file %1, case %2 of %3; was %4 at the predecessor</source>
        <translation>fichier %1, dossier %2 sur %3&#xa0;; était %4 chez le prédécesseur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="247"/>
        <source>file %1 was already imported: refused, nothing imported</source>
        <translation>le fichier %1 avait déjà été importé&#xa0;: refusé, rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="249"/>
        <source>closed after the handover in file %1; only the minimum kept</source>
        <translation>clôturé après le transfert dans le fichier %1&#xa0;; seul le minimum est conservé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="257"/>
        <source>closed after the handover in file %1; kept in full</source>
        <translation>clôturé après le transfert dans le fichier %1&#xa0;; conservé en entier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="259"/>
        <source>file %1; with: %2</source>
        <translation>fichier %1&#xa0;; avec&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="261"/>
        <source>file %1; previous codes, in order: %2</source>
        <translation>fichier %1&#xa0;; codes précédents, dans l’ordre&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="307"/>
        <source>The audit log as shown (CSV, with case codes)</source>
        <translation>Le journal d’audit tel qu’affiché (CSV, avec codes de dossier)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="315"/>
        <source>Audit</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="318"/>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="323"/>
        <source>Checking the audit log…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="326"/>
        <source>✓ The audit log is intact: %n entries, none changed or removed since they were written.</source>
        <translation>
            <numerusform>✓ Le journal d’audit est intact&#xa0;: %n entrée, ni modifiée ni supprimée depuis son écriture.</numerusform>
            <numerusform>✓ Le journal d’audit est intact&#xa0;: %n entrées, aucune modifiée ou supprimée depuis leur écriture.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="332"/>
        <source>⚠ The audit log was changed outside TrustDesk: entry %1 and everything after it no longer verify. The entries before it (%2) are intact.</source>
        <translation>⚠ Le journal d’audit a été modifié en dehors de TrustDesk&#xa0;: l’entrée %1 et toutes les suivantes ne se vérifient plus. Les entrées précédentes (%2) sont intactes.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="344"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="347"/>
        <source>Last year</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="360"/>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="361"/>
        <source>What &amp;left this vault</source>
        <translation>Ce qui a &amp;quitté ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="362"/>
        <source>Audit log and disclosures</source>
        <translation>Journal d’audit et communications</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="363"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="364"/>
        <source>Show only this kind of event</source>
        <translation>Afficher seulement ce type d’événement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="365"/>
        <source>&amp;Case:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="367"/>
        <source>Show only this case code</source>
        <translation>Afficher seulement ce code de dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="368"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="369"/>
        <source>Show only this period</source>
        <translation>Afficher seulement cette période</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="370"/>
        <source>Audit log entries, newest first</source>
        <translation>Entrées du journal d’audit, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="371"/>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="372"/>
        <source>Export the shown audit entries as CSV</source>
        <translation>Exporter en CSV les entrées d’audit affichées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="385"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="95"/>
        <source>case kept, with a reason</source>
        <translation>dossier gardé, avec un motif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="97"/>
        <source>returned to the coordinator; nothing about the doctor kept</source>
        <translation>rendu au coordinateur&#xa0;; rien n’a été gardé sur le médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="21"/>
        <source>intake</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="22"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="23"/>
        <source>risk history</source>
        <translation>évolution du risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="24"/>
        <source>referrals</source>
        <translation>orientations</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="25"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="26"/>
        <source>no sections</source>
        <translation>aucune section</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="47"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="50"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="63"/>
        <source>sections: %1</source>
        <translation>sections&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="74"/>
        <source>pack “%1”, version %2</source>
        <translation>paquet «&#xa0;%1&#xa0;», version %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="213"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="216"/>
        <source> (reason: %1)</source>
        <translation> (motif&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_page.py" line="382"/>
        <source>Showing the newest %1 of %n entries.</source>
        <translation>
            <numerusform>Les %1 plus récentes sur %n entrée sont affichées.</numerusform>
            <numerusform>Les %1 plus récentes sur %n entrées sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="251"/>
        <source>the successor&apos;s receipt code for file %1 was checked</source>
        <translation>le code d’accusé de réception du successeur pour le fichier %1 a été vérifié</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="254"/>
        <source>file %1: erasing %n case(s) confirmed, only the minimum kept</source>
        <translation>
            <numerusform>fichier %1&#xa0;: effacement de %n dossier confirmé, seul le minimum est conservé</numerusform>
            <numerusform>fichier %1&#xa0;: effacement de %n dossiers confirmé, seul le minimum est conservé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="149"/>
        <source>packs are now checked with key %2 instead of key %1</source>
        <translation>les paquets sont désormais vérifiés avec la clé %2 au lieu de la clé %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="152"/>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="154"/>
        <source>intake %1, signed with key %2</source>
        <translation>demande %1, signée avec la clé %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/audit_words.py" line="156"/>
        <source>%1: file %2, %n case(s), for key %3</source>
        <translation>
            <numerusform>%1&#xa0;: fichier %2, %n dossier, pour la clé %3</numerusform>
            <numerusform>%1&#xa0;: fichier %2, %n dossiers, pour la clé %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="159"/>
        <source>new key %1, from %2; not compared by phone yet</source>
        <translation>nouvelle clé %1, de %2&#xa0;; pas encore comparée par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="162"/>
        <source>key %1 compared by phone; it replaces key %2</source>
        <translation>clé %1 comparée par téléphone&#xa0;; elle remplace la clé %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="165"/>
        <source>key %1 compared by phone</source>
        <translation>clé %1 comparée par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="167"/>
        <source>another key %1, from %2; kept beside the compared key %3 until it is compared by phone</source>
        <translation>une autre clé %1, de %2&#xa0;; conservée à côté de la clé comparée %3 jusqu’à sa comparaison par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="170"/>
        <source>from the backup of %1</source>
        <translation>depuis la sauvegarde du %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="172"/>
        <source>case %1 destroyed on %2</source>
        <translation>dossier %1 détruit le %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="174"/>
        <source>%1: key slot removed</source>
        <translation>%1&#xa0;: emplacement de clé supprimé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="175"/>
        <source>%1: key slot changed</source>
        <translation>%1&#xa0;: emplacement de clé modifié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="180"/>
        <source>new data key, database re-encrypted, new passphrase slot and recovery code</source>
        <translation>nouvelle clé de données, base de données rechiffrée, nouvel emplacement de phrase secrète et nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="186"/>
        <source>entries at the end of the log are missing</source>
        <translation>des entrées manquent à la fin du journal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="187"/>
        <source>the log was rewritten</source>
        <translation>le journal a été réécrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="188"/>
        <source>the head record was deleted</source>
        <translation>le fichier de contrôle du journal a été supprimé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="189"/>
        <source>the head record does not verify</source>
        <translation>le fichier de contrôle du journal ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="190"/>
        <source>an older copy was put back</source>
        <translation>une copie plus ancienne a été remise en place</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="191"/>
        <source>no entry</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="193"/>
        <source>its head record named %1 (%2)</source>
        <translation>son fichier de contrôle indiquait %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="196"/>
        <source>its head record is gone or does not verify</source>
        <translation>son fichier de contrôle a disparu ou ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="197"/>
        <source>%1: the log ends at %2; %3</source>
        <translation>%1&#xa0;: le journal s’arrête à %2&#xa0;; %3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="202"/>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="203"/>
        <source>recovery code</source>
        <translation>code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="238"/>
        <source>%1 (successor: %2)</source>
        <translation>%1 (successeur&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="118"/>
        <source>by hand (lock button or Ctrl+L)</source>
        <translation>manuellement (bouton de verrouillage ou Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="119"/>
        <source>after the idle time</source>
        <translation>après le délai d’inactivité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="120"/>
        <source>on quitting TrustDesk</source>
        <translation>en quittant TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="121"/>
        <source>before the computer went to sleep</source>
        <translation>avant la mise en veille de l’ordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="122"/>
        <source>after wrong passphrases before an export</source>
        <translation>après des phrases secrètes erronées avant une exportation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="123"/>
        <source>to restore a backup</source>
        <translation>pour restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="124"/>
        <source>another vault was opened</source>
        <translation>un autre coffre-fort a été ouvert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="104"/>
        <source>the empty contact of %1</source>
        <translation>le contact vide du %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="234"/>
        <source>Folder for automatic backups</source>
        <translation>Répertoire des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="229"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="230"/>
        <source>A copy of your vault on another disk, in case this computer breaks or is lost.</source>
        <translation>Une copie de votre coffre-fort sur un autre disque, au cas où cet ordinateur tomberait en panne ou serait perdu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="231"/>
        <source>Choose a folder on a USB stick or another disk. TrustDesk then makes an encrypted, checked backup there when you lock or quit, and once a day. A backup opens only with your passphrase or your recovery code.</source>
        <translation>Choisissez un répertoire sur une clé USB ou un autre disque. TrustDesk y fait alors une sauvegarde chiffrée et vérifiée lorsque vous verrouillez ou quittez, et une fois par jour. Une sauvegarde ne s’ouvre qu’avec votre phrase secrète ou votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="234"/>
        <source>C&amp;hoose a folder…</source>
        <translation>C&amp;hoisir un répertoire…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="235"/>
        <source>Choose the folder for automatic backups</source>
        <translation>Choisir le répertoire des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="237"/>
        <source>No stick at hand? Skip this step: Today reminds you, and Settings has the same choice.</source>
        <translation>Pas de clé sous la main&#xa0;? Passez cette étape&#xa0;: «&#xa0;Aujourd’hui&#xa0;» vous le rappellera, et «&#xa0;Paramètres&#xa0;» propose le même choix.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="236"/>
        <source>No folder chosen yet: type its path or choose it</source>
        <translation>Aucun répertoire choisi&#xa0;: tapez son chemin ou choisissez-le</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="86"/>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="418"/>
        <source>Folder for automatic backups</source>
        <translation>Répertoire des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="282"/>
        <source>Save a backup</source>
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="282"/>
        <source>TrustDesk backups (*.tdbackup)</source>
        <translation>Sauvegardes TrustDesk (*.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="294"/>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="364"/>
        <source>From now on TrustDesk makes a backup there when you lock or quit, and once a day.</source>
        <translation>Désormais, TrustDesk y fait une sauvegarde quand vous verrouillez ou quittez, et une fois par jour.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="296"/>
        <source>Automatic backups are off. Use “Back up now” to make one yourself.</source>
        <translation>Les sauvegardes automatiques sont désactivées. Utilisez «&#xa0;Sauvegarder maintenant&#xa0;» pour en faire une vous-même.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="354"/>
        <source>Writing and checking the backup…</source>
        <translation>Écriture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="379"/>
        <source>The backup could not be made; nothing was left half-written. Check that the drive is connected, writable and not full.</source>
        <translation>La sauvegarde n’a pas pu être faite&#xa0;; rien n’a été écrit à moitié. Vérifiez que le disque est connecté, accessible en écriture et pas plein.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="402"/>
        <source>No backup has been made yet.</source>
        <translation>Aucune sauvegarde n’a encore été faite.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="405"/>
        <source>✓ Last backup: %1 (checked)</source>
        <translation>✓ Dernière sauvegarde&#xa0;: %1 (vérifiée)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="406"/>
        <source>⚠ The last backup failed (%1).</source>
        <translation>⚠ La dernière sauvegarde a échoué (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="409"/>
        <source>Backups and keeping</source>
        <translation>Sauvegardes et conservation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="410"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="411"/>
        <source>Back up now to a file you choose</source>
        <translation>Sauvegarder maintenant dans un fichier de votre choix</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="412"/>
        <source>Automatic backups to:</source>
        <translation>Sauvegardes automatiques vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="420"/>
        <source>Off: no folder chosen</source>
        <translation>Désactivées&#xa0;: aucun répertoire choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="418"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="419"/>
        <source>Choose the folder for automatic backups</source>
        <translation>Choisir le répertoire des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="422"/>
        <source>Stop automatic backups</source>
        <translation>Arrêter les sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="424"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Garder les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="425"/>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="426"/>
        <source>How many automatic backups to keep</source>
        <translation>Nombre de sauvegardes automatiques à garder</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="427"/>
        <source>Keep closed cases &amp;for:</source>
        <translation>Conserver cha&amp;que dossier clôturé pendant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="428"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="429"/>
        <source>Years a closed case is kept before TrustDesk asks to destroy it</source>
        <translation>Années de conservation d’un dossier clôturé avant que TrustDesk demande de le détruire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="430"/>
        <source>Clear copied case text &amp;after:</source>
        <translation>Effacer le texte de dossier cop&amp;ié après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="431"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="432"/>
        <source>Seconds before copied case text leaves the clipboard</source>
        <translation>Secondes avant que le texte de dossier copié quitte le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="434"/>
        <source>Restore the vault from a backup</source>
        <translation>Restaurer le coffre-fort depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="395"/>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="71"/>
        <source>⚠ TrustDesk cannot write to this folder (read-only?).</source>
        <translation>⚠ TrustDesk ne peut pas écrire dans ce répertoire (lecture seule&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="374"/>
        <source>The backup could not be made: the backup drive is full. Nothing was left half-written. Free some space there or choose another drive.</source>
        <translation>La sauvegarde n’a pas pu être faite&#xa0;: le disque de sauvegarde est plein. Rien n’a été écrit à moitié. Libérez de la place sur ce disque ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="376"/>
        <source>The backup could not be made: this computer&apos;s disk is full (a backup first needs room beside the vault for an encrypted copy). Nothing was left half-written. Free some space and try again.</source>
        <translation>La sauvegarde n’a pas pu être faite&#xa0;: le disque de cet ordinateur est plein (une sauvegarde a d’abord besoin de place à côté du coffre-fort pour une copie chiffrée). Rien n’a été écrit à moitié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="433"/>
        <source>Restore from a ba&amp;ckup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="67"/>
        <source>⚠ The folder is not there: is the USB stick connected? Check the path, or choose the folder.</source>
        <translation>⚠ Le répertoire est introuvable&#xa0;: la clé USB est-elle branchée&#xa0;? Vérifiez le chemin ou choisissez le répertoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="69"/>
        <source>⚠ That is a file, not a folder. Name the folder the backups go into.</source>
        <translation>⚠ C’est un fichier, pas un répertoire. Indiquez le répertoire où vont les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="72"/>
        <source>⚠ That folder is inside TrustDesk&apos;s own data folder: a backup there is lost with this computer. Choose a USB stick or another disk.</source>
        <translation>⚠ Ce répertoire se trouve sous Intervenants de données de TrustDesk&#xa0;: une sauvegarde à cet endroit disparaît avec cet ordinateur. Choisissez une clé USB ou un autre disque.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="75"/>
        <source>⚠ Give the full path of the folder (for example /media/stick/backups or E:\Backups), or choose it.</source>
        <translation>⚠ Indiquez le chemin complet du répertoire (par exemple /media/stick/backups ou E:\Backups), ou choisissez-le.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="361"/>
        <source>Backup saved and checked: %1 (%n case(s)). It opens only with your passphrase or your recovery code.</source>
        <translation>
            <numerusform>Sauvegarde enregistrée et vérifiée&#xa0;: %1 (%n dossier). Elle ne s’ouvre qu’avec votre phrase secrète ou votre code de récupération.</numerusform>
            <numerusform>Sauvegarde enregistrée et vérifiée&#xa0;: %1 (%n dossiers). Elle ne s’ouvre qu’avec votre phrase secrète ou votre code de récupération.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_settings.py" line="421"/>
        <source>Turn &amp;off</source>
        <translation>&amp;Désactiver</translation>
    </message>
</context>
<context>
    <name>BusyPlace</name>
    <message>
        <location filename="../../trustdesk/ui/kit/busy_focus.py" line="40"/>
        <source>Busy, please wait</source>
        <translation>En cours, veuillez patienter</translation>
    </message>
</context>
<context>
    <name>CardsEditor</name>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="151"/>
        <source>(new card)</source>
        <translation>(nouvelle fiche)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="122"/>
        <source>Key (file name):</source>
        <translation>Clé (nom du fichier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="122"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="122"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="123"/>
        <source>Public source:</source>
        <translation>Source publique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="123"/>
        <source>Knowledge domains:</source>
        <translation>Domaines&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="124"/>
        <source>Kinds of care (optional):</source>
        <translation>Types de soins (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="124"/>
        <source>Text (Markdown):</source>
        <translation>Texte (Markdown)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="202"/>
        <source>Knowledge cards in the pack</source>
        <translation>Fiches de connaissances du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="203"/>
        <source>Key of the card (its file name)</source>
        <translation>Clé de la fiche (son nom de fichier)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="205"/>
        <source>e.g. burnout-signals</source>
        <translation>p. ex. signaux-burnout</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="207"/>
        <source>Language of the card</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="209"/>
        <source>Title of the card</source>
        <translation>Titre de la fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="210"/>
        <source>Public source of the card</source>
        <translation>Source publique de la fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="211"/>
        <source>Knowledge domains of the card</source>
        <translation>Domaines de connaissance de la fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="212"/>
        <source>Kinds of care the card is about</source>
        <translation>Types de soins dont traite la fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="213"/>
        <source>Text of the card, in Markdown</source>
        <translation>Texte de la fiche, en Markdown</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="214"/>
        <source>Add a card</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_editor.py" line="215"/>
        <source>Remove the chosen knowledge card</source>
        <translation>Supprimer la fiche de connaissances choisie</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="117"/>
        <source>A trust person&apos;s contact card</source>
        <translation>Carte de contact d’une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="118"/>
        <source>TrustDesk contact card (*.tdcard);;All files (*)</source>
        <translation>Carte de contact TrustDesk (*.tdcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="124"/>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="141"/>
        <source>Card of %1. Call %1 and have the fingerprint read out to you; type the digits you hear. The card is added only when they match.</source>
        <translation>Carte de %1. Appelez %1 et faites-vous lire l’empreinte&#xa0;; tapez les chiffres que vous entendez. La carte n’est ajoutée que s’ils correspondent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="179"/>
        <source>The digits you heard do not match this card: it was not added. Check them with %1 again.</source>
        <translation>Les chiffres entendus ne correspondent pas à cette carte&#xa0;: elle n’a pas été ajoutée. Vérifiez-les à nouveau avec %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="183"/>
        <source>Card of %1 added.</source>
        <translation>Carte de %1 ajoutée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="244"/>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="260"/>
        <source>Save the coordinator&apos;s card</source>
        <translation>Enregistrer la carte du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="245"/>
        <source>TrustDesk contact card (*.tdcard)</source>
        <translation>Carte de contact TrustDesk (*.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="251"/>
        <source>The card could not be saved there.</source>
        <translation>La carte n’a pas pu y être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="253"/>
        <source>Saved as %1.</source>
        <translation>Enregistrée sous %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="256"/>
        <source>Your fingerprint as coordinator (%1). Trust persons compare it by phone when they import your pack:</source>
        <translation>Votre empreinte de coordinateur (%1). Les personnes de confiance la comparent par téléphone quand elles importent votre paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="258"/>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="259"/>
        <source>Save &amp;my card…</source>
        <translation>Enregistrer &amp;ma carte…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="261"/>
        <source>Trust person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="261"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="263"/>
        <source>Trust persons&apos; cards</source>
        <translation>Cartes des personnes de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="264"/>
        <source>&amp;Import a trust person&apos;s card…</source>
        <translation>&amp;Importer la carte d’une personne de confiance…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="265"/>
        <source>Import a trust person&apos;s card</source>
        <translation>Importer la carte d’une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="268"/>
        <source>the digits read out by phone</source>
        <translation>les chiffres lus par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="269"/>
        <source>Fingerprint heard by phone</source>
        <translation>Empreinte entendue par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="270"/>
        <source>&amp;Add the card</source>
        <translation>&amp;Ajouter la carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="271"/>
        <source>Add the card</source>
        <translation>Ajouter la carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="176"/>
        <source>A fingerprint is 6 groups of 5 digits: type all the digits you hear.</source>
        <translation>Une empreinte compte 6 groupes de 5 chiffres&#xa0;: tapez tous les chiffres que vous entendez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="201"/>
        <source>Choose a card in the list first.</source>
        <translation>Choisissez d’abord une carte dans la liste.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="205"/>
        <source>Remove a card</source>
        <translation>Retirer une carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="206"/>
        <source>Remove the card of %1? Figures they send later are refused and no intake can go to them, until their card is added again (compared by phone).</source>
        <translation>Retirer la carte de %1&#xa0;? Les chiffres envoyés ensuite par cette personne seront refusés et aucune demande ne pourra lui être adressée, jusqu’à ce que sa carte soit ajoutée à nouveau (comparée par téléphone).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="218"/>
        <source>The card could not be removed.</source>
        <translation>La carte n’a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="220"/>
        <source>Card of %1 removed.</source>
        <translation>Carte de %1 retirée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="266"/>
        <source>&amp;Remove the chosen card…</source>
        <translation>&amp;Retirer la carte choisie…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="267"/>
        <source>Remove the chosen card</source>
        <translation>Retirer la carte choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="169"/>
        <source>The card of %1 was not added.</source>
        <translation>La carte de %1 n’a pas été ajoutée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="233"/>
        <source>The same name twice</source>
        <translation>Deux fois le même nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/cards_tab.py" line="234"/>
        <source>A card with the same name is held already:
%1

The card you are adding:
%2  (%3)

Add it only if this is another trust person with the same name; they are then told apart by fingerprint everywhere.</source>
        <translation>Une carte du même nom existe déjà&#xa0;:
%1

La carte que vous ajoutez&#xa0;:
%2  (%3)

Ne l’ajoutez que s’il s’agit d’une autre personne de confiance du même nom&#xa0;; elles seront alors distinguées partout par leur empreinte.</translation>
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
        <translation>Dépression</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="48"/>
        <source>Second victim</source>
        <translation>Seconde victime</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="52"/>
        <source>Other problem</source>
        <translation>Autre problème</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="92"/>
        <source>The doctor</source>
        <translation>Le médecin en personne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="93"/>
        <source>A colleague</source>
        <translation>Un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="94"/>
        <source>Family or a relative</source>
        <translation>La famille ou un proche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="95"/>
        <source>The coordinator</source>
        <translation>Le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="96"/>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="103"/>
        <source>Antwerp</source>
        <translation>Anvers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="104"/>
        <source>East Flanders</source>
        <translation>Flandre-Orientale</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="105"/>
        <source>Flemish Brabant</source>
        <translation>Brabant flamand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="106"/>
        <source>Limburg</source>
        <translation>Limbourg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="107"/>
        <source>West Flanders</source>
        <translation>Flandre-Occidentale</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="108"/>
        <source>Brussels-Capital Region</source>
        <translation>Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="109"/>
        <source>Hainaut</source>
        <translation>Hainaut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="110"/>
        <source>Liège</source>
        <translation>Liège</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="111"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="112"/>
        <source>Namur</source>
        <translation>Namur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="113"/>
        <source>Walloon Brabant</source>
        <translation>Brabant wallon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="114"/>
        <source>National / several regions</source>
        <translation>National / plusieurs régions</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="115"/>
        <source>Abroad</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="130"/>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="131"/>
        <source>Physician in training</source>
        <translation>Médecin en formation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="132"/>
        <source>Medical student</source>
        <translation>Étudiant en médecine</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="139"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="140"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="141"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="142"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="164"/>
        <source>Handed over after referral</source>
        <translation>Relais pris après orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="166"/>
        <source>The doctor ended the contact</source>
        <translation>Le médecin a mis fin au contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="167"/>
        <source>Doctor unreachable</source>
        <translation>Médecin injoignable</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="168"/>
        <source>Handed over</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="171"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="169"/>
        <source>Returned to the coordinator (conflict of interest)</source>
        <translation>Rendu au coordinateur (conflit d’intérêts)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="47"/>
        <source>Suicidal thoughts or behaviour</source>
        <translation>Idées ou comportements suicidaires</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="49"/>
        <source>Trauma</source>
        <translation>Traumatisme</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="50"/>
        <source>Anxiety</source>
        <translation>Anxiété</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="51"/>
        <source>Conflicts at work</source>
        <translation>Conflits au travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="46"/>
        <source>Substance misuse</source>
        <translation>Assuétudes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="163"/>
        <source>Structural solution found</source>
        <translation>Solution structurelle trouvée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="76"/>
        <source>%1 (theme)</source>
        <translation>%1 (thème)</translation>
    </message>
</context>
<context>
    <name>CaseNotices</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="398"/>
        <source>(and %n more in the safety plan)</source>
        <translation>
            <numerusform>(et %n autre dans le plan de sécurité)</numerusform>
            <numerusform>(et %n autres dans le plan de sécurité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="401"/>
        <source>(and %n more crisis lines in the directory, %1)</source>
        <translation>
            <numerusform>(et %n autre ligne de crise sous Intervenants, %1)</numerusform>
            <numerusform>(et %n autres lignes de crise sous Intervenants, %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/conflict.py" line="403"/>
        <source>(and %n more crisis lines in the directory)</source>
        <translation>
            <numerusform>(et %n autre ligne de crise sous Intervenants)</numerusform>
            <numerusform>(et %n autres lignes de crise sous Intervenants)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="404"/>
        <source>⚠ Acute risk. Crisis lines: %1</source>
        <translation>⚠ Risque aigu. Lignes de crise&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="406"/>
        <source>Safety plan of %1.</source>
        <translation>Plan de sécurité du %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="407"/>
        <source>No safety plan yet.</source>
        <translation>Pas encore de plan de sécurité.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="409"/>
        <source>Received by handover: was %1 (at your predecessor).</source>
        <translation>Reçu par transfert&#xa0;: était %1 (chez votre prédécesseur).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="420"/>
        <source>⚠ Possible conflict of interest: the doctor&apos;s workplace and one of your affiliations are the same institution. Consider returning the case to the coordinator.</source>
        <translation>⚠ Conflit d’intérêts possible&#xa0;: le lieu de travail du médecin et une de vos affiliations sont la même institution. Envisagez de rendre le dossier au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="424"/>
        <source>⚠ Possible conflict of interest: the doctor&apos;s workplace “%1” and your affiliation “%2” are the same institution. Consider returning the case to the coordinator.</source>
        <translation>⚠ Conflit d’intérêts possible&#xa0;: le lieu de travail du médecin «&#xa0;%1&#xa0;» et votre affiliation «&#xa0;%2&#xa0;» sont la même institution. Envisagez de rendre le dossier au coordinateur.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="312"/>
        <source>This case no longer exists in the vault.</source>
        <translation>Ce dossier n’existe plus dans le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="317"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="329"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="332"/>
        <source>Domains: %1</source>
        <translation>Domaines&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="333"/>
        <source>No knowledge domain chosen yet</source>
        <translation>Aucun domaine choisi pour l’instant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="335"/>
        <source>Opened %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="344"/>
        <source>no reason recorded</source>
        <translation>aucun motif noté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="346"/>
        <source>Closed on %1 (%2). Kept until %3; after that date TrustDesk asks you to destroy it.</source>
        <translation>Clôturé le %1 (%2). Conservé jusqu’au %3&#xa0;; après cette date, TrustDesk vous demande de le détruire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="396"/>
        <source>Close case…</source>
        <translation>Clôturer le dossier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="398"/>
        <source>Reopen (active)</source>
        <translation>Rouvrir (actif)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="399"/>
        <source>Set to %1</source>
        <translation>Passer à %1</translation>
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
        <translation>Retour à la liste des dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="481"/>
        <source>Back to the cases list (%1)</source>
        <translation>Retour à la liste des dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="486"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="487"/>
        <source>Current risk:</source>
        <translation>Risque actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="488"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="489"/>
        <source>Copy the case code</source>
        <translation>Copier le code du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="490"/>
        <source>Copy the case code; it leaves the clipboard again after a while</source>
        <translation>Copier le code du dossier&#xa0;; il quitte le presse-papiers après un moment</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="491"/>
        <source>Access e&amp;xport…</source>
        <translation>Copie inté&amp;grale (droit d’accès)…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="492"/>
        <source>Export the complete case for the doctor</source>
        <translation>Exporter le dossier complet pour le médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="493"/>
        <source>The doctor&apos;s right of access: the whole case as PDF and JSON</source>
        <translation>Le droit d’accès du médecin&#xa0;: tout le dossier en PDF et JSON</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="494"/>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="495"/>
        <source>Destroy this case for good</source>
        <translation>Détruire définitivement ce dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="496"/>
        <source>Parts of the case</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>T&amp;asks</source>
        <translation>T&amp;âches</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="296"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="164"/>
        <location filename="../../trustdesk/ui/case/case_view.py" line="297"/>
        <source>D&amp;etails</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="297"/>
        <source>O&amp;ver time</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="336"/>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="339"/>
        <source>Status history: %1</source>
        <translation>Historique du statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="425"/>
        <source>Change the status of %1 from “%2” to “%3”? The change is recorded in the case&apos;s history and in the audit log.</source>
        <translation>Changer le statut de %1 de «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;»&#xa0;? Le changement est inscrit dans l’historique du dossier et dans le journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="449"/>
        <source>Status changed from “%1” to “%2”; recorded in the case&apos;s history and the audit log.</source>
        <translation>Statut changé de «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»&#xa0;; inscrit dans l’historique du dossier et dans le journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_view.py" line="297"/>
        <source>&amp;Knowledge</source>
        <translation>&amp;Connaissances</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/handed_over.py" line="36"/>
        <source>Handed over to %1 on %2: this case is read-only here.</source>
        <translation>Transféré à %1 le %2&#xa0;: ce dossier est ici en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/handed_over.py" line="38"/>
        <source>Handed over to your successor on %1: this case is read-only here.</source>
        <translation>Transféré à votre successeur le %1&#xa0;: ce dossier est ici en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/handed_over.py" line="33"/>
        <source>Closed on %1 as handed over after referral: the provider took over the care and this case is read-only. A new request is a new case.</source>
        <translation>Clôturé le %1 (relais pris après orientation)&#xa0;: l’intervenant a pris le relais et ce dossier est en lecture seule. Une nouvelle demande ouvre un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="171"/>
        <source>A date on the Details tab is not complete; it is not saved. Complete it there, or press Esc in it to put the previous date back.</source>
        <translation>Une date de l’onglet Détails est incomplète&#xa0;; elle n’est pas enregistrée. Complétez-la, ou appuyez sur Échap dans le champ pour remettre la date précédente.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="194"/>
        <source>Date not saved</source>
        <translation>Date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_tabs.py" line="195"/>
        <source>A date you began typing in the Details of %1 (“%2”) was not whole, so it was not saved; the case keeps its previous one.</source>
        <translation>Une date commencée dans les Détails de %1 («&#xa0;%2&#xa0;») était incomplète&#xa0;; elle n’a donc pas été enregistrée et le dossier garde la précédente.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="284"/>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="313"/>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="398"/>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="456"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="457"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="458"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="459"/>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="460"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="461"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="462"/>
        <source>Attention</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_model.py" line="484"/>
        <source>This case needs attention today: %1</source>
        <translation>Ce dossier demande votre attention aujourd’hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="343"/>
        <source>No case matches these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
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
        <translation>Aucun dossier pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="340"/>
        <source>Each doctor you accompany gets a case with a pseudonymous code. Press Ctrl+N to open the first one.</source>
        <translation>Chaque médecin que vous accompagnez reçoit un dossier avec un code pseudonyme. Appuyez sur Ctrl+N pour ouvrir le premier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="344"/>
        <source>Closed cases are hidden; choose “{all}” under Status to include them.</source>
        <translation>Les dossiers clôturés sont masqués&#xa0;; choisissez «&#xa0;{all}&#xa0;» sous Statut pour les inclure.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="348"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="349"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="365"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="366"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="367"/>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="368"/>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="369"/>
        <source>Code, domain, specialty, region…</source>
        <translation>Code, domaine, spécialité, région…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="370"/>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="371"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="372"/>
        <source>Every status except closed</source>
        <translation>Tous les statuts sauf clôturé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="373"/>
        <source>Every status, closed included</source>
        <translation>Tous les statuts, clôturés compris</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="375"/>
        <source>Knowledge domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="376"/>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="377"/>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="378"/>
        <source>Any risk</source>
        <translation>Tous niveaux de risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="379"/>
        <source>High or acute</source>
        <translation>Élevé ou aigu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="381"/>
        <source>Needs attention only</source>
        <translation>Seulement ce qui demande votre attention</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="382"/>
        <source>Show only cases that need attention</source>
        <translation>Afficher seulement les dossiers qui demandent votre attention</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="383"/>
        <location filename="../../trustdesk/ui/case/cases_page.py" line="384"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="39"/>
        <source>Close case %1</source>
        <translation>Clôturer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="48"/>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="49"/>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="58"/>
        <source>Date of closing</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="72"/>
        <source>Closing note</source>
        <translation>Note de clôture</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="73"/>
        <source>Optional: what was agreed at the end</source>
        <translation>Facultatif&#xa0;: ce qui a été convenu à la fin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="90"/>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="92"/>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="101"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="102"/>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="103"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="136"/>
        <source>After closing, the case is kept until %1 (%n year(s)), then TrustDesk reminds you to destroy it. Nothing is destroyed without you.</source>
        <translation>
            <numerusform>Après la clôture, le dossier est conservé jusqu’au %1 (%n an), puis TrustDesk vous rappelle de le détruire. Rien n’est détruit sans vous.</numerusform>
            <numerusform>Après la clôture, le dossier est conservé jusqu’au %1 (%n ans), puis TrustDesk vous rappelle de le détruire. Rien n’est détruit sans vous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="66"/>
        <source>Not before %1: the case was opened or reopened that day.</source>
        <translation>Pas avant le %1&#xa0;: le dossier a été ouvert ou rouvert ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="41"/>
        <source>Closing ends the follow-up of %1. You can reopen it while it is kept, unless it is closed as handed over.</source>
        <translation>La clôture met fin au suivi de %1. Vous pouvez le rouvrir tant qu’il est conservé, sauf s’il est clôturé comme transféré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/close_case_dialog.py" line="131"/>
        <source>Closed for this reason, the case becomes read-only: it cannot be reopened or changed afterwards (a new request is a new case).</source>
        <translation>Avec ce motif, le dossier passe en lecture seule&#xa0;: il ne pourra plus être rouvert ni modifié (une nouvelle demande ouvre un nouveau dossier).</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <location filename="../../trustdesk/ui/case/closed_notes.py" line="57"/>
        <source>This case is closed — reopen it to change it. Its notes are shown read-only.</source>
        <translation>Ce dossier est clôturé — rouvrez-le pour le modifier. Ses notes sont affichées en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/closed_notes.py" line="58"/>
        <source>Reopen &amp;the case…</source>
        <translation>Rouvrir &amp;le dossier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/closed_notes.py" line="59"/>
        <source>Reopen this closed case</source>
        <translation>Rouvrir ce dossier clôturé</translation>
    </message>
</context>
<context>
    <name>ClosingNotice</name>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="57"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="61"/>
        <source>TrustDesk is already open</source>
        <translation>TrustDesk est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="58"/>
        <source>TrustDesk is already open for this vault: switch to its window (look in the taskbar). A second copy would not be safe, so this one opens only once the other has closed.</source>
        <translation>TrustDesk est déjà ouvert pour ce coffre-fort : passez à sa fenêtre (regardez dans la barre des tâches). Une seconde copie ne serait pas sûre ; celle-ci ne s’ouvrira qu’une fois l’autre fermée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="63"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="66"/>
        <source>TrustDesk is opening</source>
        <translation>TrustDesk s’ouvre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="64"/>
        <source>TrustDesk is still making the backup of your last session. It opens as soon as that is done.</source>
        <translation>TrustDesk fait encore la sauvegarde de votre dernière session. Il s’ouvrira dès qu’elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="68"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="71"/>
        <source>TrustDesk is closing</source>
        <translation>TrustDesk se ferme</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="69"/>
        <source>TrustDesk is making its backup and closes by itself when it is done. Your work is saved.</source>
        <translation>TrustDesk fait sa sauvegarde et se ferme de lui-même une fois celle-ci terminée. Votre travail est enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="73"/>
        <source>Making the backup</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="75"/>
        <location filename="../../trustdesk/ui/shell/closing_notice.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="67"/>
        <source>Possible conflict of interest: kept (the reason is hidden with the aliases)</source>
        <translation>Conflit d’intérêts possible&#xa0;: conservé (le motif est masqué avec les alias)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="68"/>
        <source>Possible conflict of interest: kept, because %1</source>
        <translation>Conflit d’intérêts possible&#xa0;: gardé, parce que %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="71"/>
        <source>Possible conflict of interest: returned to the coordinator</source>
        <translation>Conflit d’intérêts possible&#xa0;: rendu au coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="282"/>
        <source>your request %1 of %2</source>
        <translation>votre demande %1 du %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="283"/>
        <source>the request you passed on to me on %1</source>
        <translation>la demande que vous m’avez transmise le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="285"/>
        <source>To the coordinator:</source>
        <translation>Au coordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="286"/>
        <source>I cannot take on %1: I have a possible conflict of interest. Please pass it on to another trust person.</source>
        <translation>Je ne peux pas prendre en charge %1&#xa0;: j’ai un possible conflit d’intérêts. Pourriez-vous la confier à une autre personne de confiance&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="288"/>
        <source>I kept no details about the doctor. If your request reached me as a file, tell me whether you want it back; otherwise I delete it.</source>
        <translation>Je n’ai gardé aucune donnée sur le médecin. Si votre demande m’est parvenue sous forme de fichier, dites-moi si vous souhaitez le récupérer&#xa0;; sinon je le supprime.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="226"/>
        <source>“%1” and your “%2”</source>
        <translation>«&#xa0;%1&#xa0;» et votre «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="251"/>
        <source>Decide first: keep the case, or return it to the coordinator.</source>
        <translation>Décidez d’abord&#xa0;: garder le dossier, ou le rendre au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="253"/>
        <source>Say why you keep the case despite the possible conflict of interest.</source>
        <translation>Indiquez pourquoi vous gardez le dossier malgré le conflit d’intérêts possible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="267"/>
        <source>&amp;Keep the case, because…</source>
        <translation>&amp;Garder le dossier, parce que…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="268"/>
        <source>Keep the case despite the possible conflict of interest</source>
        <translation>Garder le dossier malgré le conflit d’intérêts possible</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="270"/>
        <source>Why you keep the case</source>
        <translation>Pourquoi vous gardez le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="271"/>
        <source>&amp;Return it to the coordinator</source>
        <translation>&amp;Rendre au coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="272"/>
        <source>Return the case to the coordinator</source>
        <translation>Rendre le dossier au coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="269"/>
        <source>(your reason — required)</source>
        <translation>(votre motif — obligatoire)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="229"/>
        <source>⚠ Possible conflict of interest: the doctor&apos;s workplace and one of your own affiliations are the same institution, perhaps under another name or campus (%1). Decide before you create the case.</source>
        <translation>⚠ Conflit d’intérêts possible&#xa0;: le lieu de travail du médecin et l’une de vos affiliations sont la même institution, peut-être sous un autre nom ou sur un autre site (%1). Décidez avant de créer le dossier.</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="129"/>
        <source>No coordinator card yet: it comes with your coordinator&apos;s pack.</source>
        <translation>Pas encore de carte du coordinateur&#xa0;: elle arrive avec le paquet de votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="147"/>
        <source>%1. Compared by phone on %2: intakes from this card open, figures go to it.</source>
        <translation>%1. Comparée par téléphone le %2&#xa0;: les demandes de cette carte s’ouvrent, les chiffres lui sont envoyés.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="204"/>
        <source>Type the name the coordinator knows you by first.</source>
        <translation>Tapez d’abord le nom sous lequel le coordinateur vous connaît.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="209"/>
        <source>Save your contact card</source>
        <translation>Enregistrer votre carte de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="210"/>
        <source>TrustDesk contact card (*.tdcard)</source>
        <translation>Carte de contact TrustDesk (*.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="227"/>
        <source>Saved as %1. Give it to the coordinator (mail or USB stick); it holds no secret. When the coordinator calls, read the digits above aloud.</source>
        <translation>Enregistrée sous %1. Remettez-la au coordinateur (par e-mail ou sur une clé USB)&#xa0;; elle ne contient aucun secret. Quand le coordinateur appelle, lisez les chiffres ci-dessus à voix haute.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="233"/>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="234"/>
        <source>Contact cards</source>
        <translation>Cartes de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="235"/>
        <source>Your card</source>
        <translation>Votre carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="237"/>
        <source>Your coordinator seals intakes for you with this card, and checks the figures you send with it. Give it once; it holds only public keys.</source>
        <translation>Votre coordinateur scelle les demandes qui vous sont destinées avec cette carte et vérifie avec elle les chiffres que vous envoyez. Remettez-la une seule fois&#xa0;; elle ne contient que des clés publiques.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="239"/>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Nom sur la carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="240"/>
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="241"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="242"/>
        <source>Fingerprint of your card</source>
        <translation>Empreinte de votre carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="243"/>
        <source>&amp;Save card file…</source>
        <translation>&amp;Enregistrer le fichier de la carte…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="244"/>
        <source>Save your contact card as a file</source>
        <translation>Enregistrer votre carte de contact dans un fichier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="245"/>
        <source>Your coordinator&apos;s card</source>
        <translation>La carte de votre coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="246"/>
        <source>Fingerprint of the coordinator&apos;s card</source>
        <translation>Empreinte de la carte du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="251"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="252"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="139"/>
        <source>Warning: a pack brought a DIFFERENT coordinator card (%1…, above) than the one you compared by phone on %2 (%3…). Your confirmed card keeps working. Call your coordinator on the number you know and read these digits to each other; only when they match, confirm below: then the new card replaces the old one.</source>
        <translation>Attention&#xa0;: un paquet a apporté une AUTRE carte du coordinateur (%1…, ci-dessus) que celle que vous avez comparée par téléphone le %2 (%3…). Votre carte confirmée continue de fonctionner. Appelez votre coordinateur au numéro que vous connaissez et lisez-vous ces chiffres&#xa0;; confirmez ci-dessous seulement s’ils correspondent&#xa0;: la nouvelle carte remplace alors l’ancienne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="153"/>
        <source>%1. Not compared yet. Call your coordinator and have the digits read out to you; type the digits you hear below. Only when they match is the card trusted; until then no intake opens and no figures are sealed.</source>
        <translation>%1. Pas encore comparée. Appelez votre coordinateur et faites-vous lire les chiffres&#xa0;; tapez ci-dessous les chiffres que vous entendez. La carte n’est approuvée que s’ils correspondent&#xa0;; d’ici là, aucune demande ne s’ouvre et aucun chiffre n’est scellé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="178"/>
        <source>A fingerprint is 6 groups of 5 digits: type all the digits you hear.</source>
        <translation>Une empreinte compte 6 groupes de 5 chiffres&#xa0;: tapez tous les chiffres que vous entendez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="182"/>
        <source>The digits you typed are not this card&apos;s fingerprint: it is not trusted. Compare them with your coordinator again.</source>
        <translation>Les chiffres tapés ne sont pas l’empreinte de cette carte&#xa0;: elle n’est pas approuvée. Comparez-les à nouveau avec votre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="193"/>
        <source>This card could not be trusted.</source>
        <translation>Cette carte n’a pas pu être approuvée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="247"/>
        <source>the digits read out by phone</source>
        <translation>les chiffres lus par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="248"/>
        <source>Fingerprint heard by phone</source>
        <translation>Empreinte entendue par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="249"/>
        <source>&amp;Check the digits and trust this card</source>
        <translation>&amp;Vérifier les chiffres et approuver cette carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/contact_card_dialog.py" line="250"/>
        <source>Check the digits heard and trust the coordinator&apos;s card</source>
        <translation>Vérifier les chiffres entendus et approuver la carte du coordinateur</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="204"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="205"/>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="206"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="207"/>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="214"/>
        <source>Who took part, besides you and the doctor</source>
        <translation>Qui a participé, en plus de vous et du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="216"/>
        <source>A&amp;greements</source>
        <translation>&amp;Accords</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="217"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="218"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="219"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="221"/>
        <source>Safety &amp;plan…</source>
        <translation>&amp;Plan de sécurité…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="223"/>
        <source>Date and time of the contact</source>
        <translation>Date et heure du contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="224"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="225"/>
        <source>Mode of contact</source>
        <translation>Mode de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="226"/>
        <source>Who was present</source>
        <translation>Qui était présent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="227"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="228"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="229"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="412"/>
        <source>Earlier free-text plan</source>
        <translation>Plan antérieur en texte libre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="429"/>
        <source>⚠ High or acute risk: make the safety plan with the doctor (Safety plan…), or say why it is not applicable. The note is not finished without it.</source>
        <translation>⚠ Risque élevé ou aigu&#xa0;: établissez le plan de sécurité avec le médecin (Plan de sécurité…), ou indiquez pourquoi il ne s’applique pas. Sans cela, la note n’est pas terminée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="220"/>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="417"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="230"/>
        <source>Earlier free-text safety plan</source>
        <translation>Plan de sécurité antérieur en texte libre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="231"/>
        <source>Open the case&apos;s safety plan</source>
        <translation>Ouvrir le plan de sécurité du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="232"/>
        <source>Earlier versions of this note</source>
        <translation>Versions antérieures de cette note</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="233"/>
        <source>Finish this note</source>
        <translation>Terminer cette note</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="258"/>
        <source>New note: it is saved as you type.</source>
        <translation>Nouvelle note&#xa0;: elle est enregistrée au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="352"/>
        <source>Not finished: high or acute risk needs a safety plan. What you typed is saved.</source>
        <translation>Pas terminée&#xa0;: un risque élevé ou aigu demande un plan de sécurité. Ce que vous avez tapé est enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="372"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="385"/>
        <source>Not saved yet: {reason}</source>
        <translation>Pas encore enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="435"/>
        <source>A safety plan is needed first</source>
        <translation>Un plan de sécurité est d’abord nécessaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="485"/>
        <source>Saved at {time}</source>
        <translation>Enregistrée à {time}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="346"/>
        <source>Not finished: choose the risk level you assessed (“No risk identified” is a choice too). What you typed is saved.</source>
        <translation>Pas terminée&#xa0;: choisissez le niveau de risque que vous avez évalué («&#xa0;Pas de risque identifié&#xa0;» est aussi un choix). Ce que vous avez tapé est enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="433"/>
        <source>Risk not assessed yet: choose a level before the note is finished.</source>
        <translation>Risque pas encore évalué&#xa0;: choisissez un niveau avant de terminer la note.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="436"/>
        <source>Choose the risk level first</source>
        <translation>Choisissez d’abord le niveau de risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="213"/>
        <source>Pr&amp;esent</source>
        <translation>Prés&amp;ents</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="215"/>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="418"/>
        <source>Required for a high or acute risk</source>
        <translation>Obligatoire en cas de risque élevé ou aigu</translation>
    </message>
</context>
<context>
    <name>ContactMode</name>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="45"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="46"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="47"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contact_editor.py" line="48"/>
        <source>Written</source>
        <translation>Par écrit</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="156"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="156"/>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="159"/>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="160"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="163"/>
        <source>&amp;Contacts, newest first</source>
        <translation>&amp;Contacts, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="164"/>
        <source>Contacts, newest first</source>
        <translation>Contacts, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="165"/>
        <source>No contacts yet. Type the first note on the right; it is saved as you type.</source>
        <translation>Pas encore de contacts. Tapez la première note à droite&#xa0;; elle est enregistrée au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="389"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="390"/>
        <source>Risk: {risk}</source>
        <translation>Risque&#xa0;: {risk}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="393"/>
        <source>(no notes yet)</source>
        <translation>(pas encore de notes)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="399"/>
        <source>⚠ No complete safety plan</source>
        <translation>⚠ Pas de plan de sécurité complet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="397"/>
        <source>⚠ Risk not assessed</source>
        <translation>⚠ Risque non évalué</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="157"/>
        <source>New contact ({key}; from every tab of the case: {shortcut})</source>
        <translation>Nouveau contact ({key}&#xa0;; depuis chaque onglet du dossier&#xa0;: {shortcut})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="161"/>
        <source>&amp;Remove empty contact</source>
        <translation>&amp;Supprimer le contact vide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="162"/>
        <source>Remove the chosen contact if nothing was written in it (Delete)</source>
        <translation>Supprimer le contact choisi si rien n’y est écrit (Suppr)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="271"/>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="308"/>
        <source>Remove empty contact</source>
        <translation>Supprimer le contact vide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="272"/>
        <source>Remove the contact of {when}? Nothing was written in it: no note, no risk assessment, nothing attached. The removal is recorded in the audit log.</source>
        <translation>Supprimer le contact du {when}&#xa0;? Rien n’y est écrit&#xa0;: aucune note, aucune évaluation du risque, rien de joint. La suppression est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="301"/>
        <source>written text</source>
        <translation>du texte écrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="301"/>
        <source>a risk assessment</source>
        <translation>une évaluation du risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="302"/>
        <source>earlier versions</source>
        <translation>des versions antérieures</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="303"/>
        <source>a safety plan saved from it</source>
        <translation>un plan de sécurité enregistré depuis ce contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/contacts_tab.py" line="304"/>
        <source>This contact is kept: it holds {what}. Only a contact with nothing written in it can be removed; a note is a record.</source>
        <translation>Ce contact est conservé&#xa0;: il contient {what}. Seul un contact où rien n’est écrit peut être supprimé&#xa0;; une note est un dossier.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="84"/>
        <source>Setting up your vault</source>
        <translation>Préparation de votre coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="86"/>
        <source>An encrypted vault is being made on this computer.</source>
        <translation>Un coffre-fort chiffré est créé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="87"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="88"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="93"/>
        <source>Preparing the encryption for this computer. This takes a few seconds…</source>
        <translation>Préparation du chiffrement pour cet ordinateur. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="85"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="369"/>
        <source>Excel (Belgium): semicolons, Windows encoding</source>
        <translation>Excel (Belgique)&#xa0;: points-virgules, encodage Windows</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="371"/>
        <source>UTF-8 with commas (other programs)</source>
        <translation>UTF-8 avec virgules (autres programmes)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="377"/>
        <source>Export the directory</source>
        <translation>Exporter l’annuaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="378"/>
        <source>Format of the CSV file:</source>
        <translation>Format du fichier CSV&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="156"/>
        <source>Import providers from CSV</source>
        <translation>Importer des intervenants depuis un CSV</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="157"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="190"/>
        <source>Error: not imported</source>
        <translation>Erreur&#xa0;: non importé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="192"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="194"/>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="195"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="313"/>
        <source>This file cannot be imported: %1 Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="321"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="328"/>
        <source>%n provider(s) will be added.</source>
        <translation>
            <numerusform>%n intervenant sera ajouté.</numerusform>
            <numerusform>%n intervenants seront ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="330"/>
        <source>%n row(s) with errors will not be imported.</source>
        <translation>
            <numerusform>%n ligne avec des erreurs ne sera pas importée.</numerusform>
            <numerusform>%n lignes avec des erreurs ne seront pas importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="332"/>
        <source>%n row(s) repeat a provider already in your directory or earlier in the file.</source>
        <translation>
            <numerusform>%n ligne répète un intervenant déjà présent dans votre annuaire ou plus haut dans le fichier.</numerusform>
            <numerusform>%n lignes répètent un intervenant déjà présent dans votre annuaire ou plus haut dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="334"/>
        <source>Columns not recognised (left out): %1.</source>
        <translation>Colonnes non reconnues (ignorées)&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="336"/>
        <source>Nothing is saved until you choose Import.</source>
        <translation>Rien n’est enregistré tant que vous ne choisissez pas Importer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="341"/>
        <source>Import providers: preview</source>
        <translation>Importer des intervenants&#xa0;: aperçu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="225"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="226"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="227"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="228"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="229"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="342"/>
        <source>Rows of the file and their problems</source>
        <translation>Lignes du fichier et leurs problèmes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="343"/>
        <source>&amp;Skip rows that are already in the directory</source>
        <translation>&amp;Ignorer les lignes déjà présentes dans l’annuaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="344"/>
        <source>Skip duplicates</source>
        <translation>Ignorer les doublons</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="345"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="346"/>
        <source>Import the valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="347"/>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="130"/>
        <source>The file is larger than {limit} MB; split it into smaller files.</source>
        <translation>Le fichier dépasse {limit} Mo&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="132"/>
        <source>The file has more than {limit} rows.</source>
        <translation>Le fichier compte plus de {limit} lignes.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="133"/>
        <source>Line {row} has more than {limit} cells; this is not a provider list.</source>
        <translation>La ligne {row} compte plus de {limit} cellules&#xa0;; ce n’est pas une liste d’intervenants.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="135"/>
        <source>Line {row} is longer than {limit} characters; this is not a provider list.</source>
        <translation>La ligne {row} dépasse {limit} caractères&#xa0;; ce n’est pas une liste d’intervenants.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="137"/>
        <source>This is not a text file TrustDesk can read as CSV (is it a spreadsheet file? Save it as CSV first).</source>
        <translation>Ce n’est pas un fichier texte que TrustDesk peut lire comme CSV (est-ce un fichier de tableur&#xa0;? Enregistrez-le d’abord en CSV).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="140"/>
        <source>The file is not valid CSV (a quote that is never closed?).</source>
        <translation>Le fichier n’est pas un CSV valide (un guillemet jamais refermé&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="142"/>
        <source>The first line must name the columns (kind, name, …); it is empty.</source>
        <translation>La première ligne doit nommer les colonnes (type, nom, …)&#xa0;; elle est vide.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="144"/>
        <source>The column “{column}” is missing.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» manque.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/provider_csv.py" line="145"/>
        <source>The column “{column}” appears twice.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="77"/>
        <source>“%1” is empty but required.</source>
        <translation>«&#xa0;%1&#xa0;» est vide mais obligatoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="79"/>
        <source>Unknown kind of provider: “%1”.</source>
        <translation>Type d’intervenant inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="81"/>
        <source>Unknown language: “%1”.</source>
        <translation>Langue inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="87"/>
        <source>“%1” is not yes or no.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="91"/>
        <source>Holds an invisible control character.</source>
        <translation>Contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="93"/>
        <source>Not a web address starting with http:// or https://: “%1”.</source>
        <translation>Pas une adresse web commençant par http:// ou https://&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="98"/>
        <source>Starts like a spreadsheet formula; imported as plain text.</source>
        <translation>Commence comme une formule de tableur&#xa0;; importé en texte simple.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="100"/>
        <source>Same provider as row %1 of this file.</source>
        <translation>Même intervenant que la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="103"/>
        <source>Already in your directory as “%1”.</source>
        <translation>Déjà dans votre annuaire sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="120"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="121"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="121"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="121"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="122"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="123"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="123"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="123"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="124"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="125"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="125"/>
        <source>sees physicians</source>
        <translation>reçoit des médecins</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="125"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="145"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="83"/>
        <source>Unknown knowledge domain: “%1”.</source>
        <translation>Domaine de connaissance inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="85"/>
        <source>Unknown province: “%1”.</source>
        <translation>Province inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="126"/>
        <source>knowledge domains</source>
        <translation>domaines de connaissance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="127"/>
        <source>provinces served</source>
        <translation>provinces desservies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="89"/>
        <source>Longer than %n character(s).</source>
        <translation>
            <numerusform>Plus long que %n caractère.</numerusform>
            <numerusform>Plus long que %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/csv_import_dialog.py" line="96"/>
        <source>%n more cell(s) than there are columns.</source>
        <translation>
            <numerusform>%n cellule de plus qu’il n’y a de colonnes.</numerusform>
            <numerusform>%n cellules de plus qu’il n’y a de colonnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../trustdesk/ui/kit/date_field.py" line="82"/>
        <source>Complete the date as day/month/year (Esc puts the previous one back).</source>
        <translation>Complétez la date en jour/mois/année (Échap remet la précédente).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/date_field.py" line="87"/>
        <source>This date is after today; it records something that has happened.</source>
        <translation>Cette date est postérieure à aujourd’hui&#xa0;; elle doit noter un fait déjà survenu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/date_field.py" line="436"/>
        <source>the date “%1” was not complete: not kept</source>
        <translation>la date «&#xa0;%1&#xa0;» était incomplète&#xa0;: non conservée</translation>
    </message>
</context>
<context>
    <name>DeskDetail</name>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="64"/>
        <source>{folder} holds a coordinator identity already; it is never overwritten</source>
        <translation>{folder} contient déjà une identité de coordinateur&#xa0;; elle n’est jamais écrasée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="65"/>
        <source>no coordinator desk in {folder}</source>
        <translation>pas de bureau du coordinateur dans {folder}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="78"/>
        <source>the coordinator desk in {folder} is busy: another program (the desk window or another command) is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>le bureau du coordinateur dans {folder} est occupé&#xa0;: un autre programme (la fenêtre du bureau ou une autre commande) y écrit. Réessayez dans un instant&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="146"/>
        <source>the desk passphrase needs at least {limit} characters</source>
        <translation>la phrase secrète du bureau doit compter au moins {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="172"/>
        <source>the desk&apos;s own card is damaged</source>
        <translation>la carte propre au bureau est endommagée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="180"/>
        <source>coordinator.tdcard does not belong to the desk&apos;s key file</source>
        <translation>coordinator.tdcard n’appartient pas au fichier de clés du bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="198"/>
        <source>the rewritten key file does not hold the desk&apos;s key pair</source>
        <translation>le fichier de clés réécrit ne contient pas la paire de clés du bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="238"/>
        <source>the desk holds no such card</source>
        <translation>le bureau ne détient pas cette carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="363"/>
        <source>identity.key cannot be read</source>
        <translation>identity.key ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="371"/>
        <source>identity.key does not hold a key pair</source>
        <translation>identity.key ne contient pas de paire de clés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="385"/>
        <source>identity.age is too large</source>
        <translation>identity.age est trop grand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="389"/>
        <source>identity.age is not a passphrase-encrypted key file of this desk</source>
        <translation>identity.age n’est pas un fichier de clés de ce bureau chiffré par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="392"/>
        <source>wrong passphrase, or identity.age is damaged</source>
        <translation>phrase secrète erronée, ou identity.age est endommagé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/coordinator.py" line="396"/>
        <source>identity.age does not hold a key pair</source>
        <translation>identity.age ne contient pas de paire de clés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="39"/>
        <source>identity.key is not a key file of this desk</source>
        <translation>identity.key n’est pas un fichier de clés de ce bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="40"/>
        <source>identity.key is damaged</source>
        <translation>identity.key est endommagé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="41"/>
        <source>wrong passphrase</source>
        <translation>phrase secrète erronée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="73"/>
        <source>identity.key is too large</source>
        <translation>identity.key est trop grand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="82"/>
        <source>identity.key has format {found!r}; this TrustDesk reads format {format}</source>
        <translation>identity.key est au format {found!r}&#xa0;; ce TrustDesk lit le format {format}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="87"/>
        <source>identity.key names no key</source>
        <translation>identity.key ne nomme aucune clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="91"/>
        <source>identity.key asks for more key-derivation work than TrustDesk ever sets; refused before any derivation</source>
        <translation>identity.key demande plus de travail de dérivation de clé que TrustDesk n’en fixe jamais&#xa0;; refusé avant toute dérivation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="94"/>
        <source>identity.key asks for less key-derivation work than the floor</source>
        <translation>identity.key demande moins de travail de dérivation de clé que le minimum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/exchange/desk_key.py" line="99"/>
        <source>identity.key holds no passphrase slot</source>
        <translation>identity.key ne contient pas d’emplacement pour une phrase secrète</translation>
    </message>
</context>
<context>
    <name>DeskRefusal</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="27"/>
        <source>This file was signed by a trust person whose card the desk does not hold: add their card (Contact cards, fingerprint compared by phone), then merge again. Nothing was changed.</source>
        <translation>Ce fichier a été signé par une personne de confiance dont le bureau n’a pas la carte&#xa0;: ajoutez sa carte (onglet «&#xa0;Cartes de contact&#xa0;», empreinte comparée par téléphone), puis fusionnez à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="31"/>
        <source>This file was sealed for another coordinator&apos;s key, not this desk&apos;s: ask the trust person to send it again with the card of your latest pack. Nothing was changed.</source>
        <translation>Ce fichier a été scellé pour la clé d’un autre coordinateur, pas pour celle de ce bureau&#xa0;: demandez à la personne de confiance de l’envoyer à nouveau avec la carte de votre dernier paquet. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="34"/>
        <source>This file was made by a newer TrustDesk than this desk: install the newer TrustDesk here first. Nothing was changed.</source>
        <translation>Ce fichier a été créé par un TrustDesk plus récent que ce bureau&#xa0;: installez d’abord ici le TrustDesk plus récent. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="37"/>
        <source>This is not a file of the kind asked for here. Nothing was changed.</source>
        <translation>Ce n’est pas un fichier du type demandé ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_refusals.py" line="43"/>
        <source>This file cannot be used at the desk. Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être utilisé au bureau. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="150"/>
        <source>Give the name the trust persons know you by.</source>
        <translation>Indiquez le nom sous lequel les personnes de confiance vous connaissent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="170"/>
        <source>Making the coordinator&apos;s keys…</source>
        <translation>Création des clés du coordinateur…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="190"/>
        <source>Set up the coordinator desk</source>
        <translation>Configurer le bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="192"/>
        <source>The coordinator desk makes packs for the trust persons, sends them intakes and merges their figures. It holds the coordinator&apos;s keys, encrypted with the desk passphrase, and never any case.</source>
        <translation>Le bureau du coordinateur crée les paquets pour les personnes de confiance, leur envoie des demandes et fusionne leurs chiffres. Il garde les clés du coordinateur, chiffrées avec la phrase secrète du bureau, et jamais aucun dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="194"/>
        <source>It is made in this folder:</source>
        <translation>Il est créé dans ce répertoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="195"/>
        <source>&amp;Name on your card:</source>
        <translation>&amp;Nom sur votre carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="196"/>
        <source>Name on your card</source>
        <translation>Nom sur votre carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="197"/>
        <source>&amp;Create the desk</source>
        <translation>&amp;Créer le bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="198"/>
        <source>Create the desk</source>
        <translation>Créer le bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="199"/>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="153"/>
        <source>The desk passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète du bureau doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète du bureau doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="162"/>
        <source>This passphrase is too easy to guess (a repeated character, a common word or a known pattern). Use a few unrelated words.</source>
        <translation>Cette phrase de passe est trop facile à deviner (un caractère répété, un mot courant ou un motif connu). Utilisez quelques mots sans rapport entre eux.</translation>
    </message>
</context>
<context>
    <name>DeskUnlockDialog</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="244"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="254"/>
        <source>That passphrase does not open the desk in this folder.</source>
        <translation>Cette phrase secrète n’ouvre pas le bureau de ce répertoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="258"/>
        <source>TrustDesk – coordinator desk</source>
        <translation>TrustDesk – bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="259"/>
        <source>Type the passphrase of the coordinator desk in this folder:</source>
        <translation>Tapez la phrase secrète du bureau du coordinateur de ce répertoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="260"/>
        <source>Desk passphrase</source>
        <translation>Phrase secrète du bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="261"/>
        <source>&amp;Open the desk</source>
        <translation>&amp;Ouvrir le bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_start.py" line="262"/>
        <source>Open the desk</source>
        <translation>Ouvrir le bureau</translation>
    </message>
</context>
<context>
    <name>DeskWatch</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_watch.py" line="28"/>
        <source>Another program (a TrustDesk command) kept writing to the desk, so nothing was changed. Try again in a moment.</source>
        <translation>Un autre programme (une commande TrustDesk) écrivait encore dans le bureau&#xa0;: rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="117"/>
        <source>TrustDesk – coordinator desk</source>
        <translation>TrustDesk – bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="123"/>
        <source>Coordinator desk</source>
        <translation>Bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="124"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="125"/>
        <source>Lock the desk now (Ctrl+L)</source>
        <translation>Verrouiller le bureau maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="126"/>
        <source>Desk toolbar</source>
        <translation>Barre d’outils du bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="118"/>
        <source>Pack</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="118"/>
        <source>Intakes</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="118"/>
        <source>Contact cards</source>
        <translation>Cartes de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/desk_window.py" line="119"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
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
        <translation>Ce que la destruction n’atteint pas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="135"/>
        <source>• Automatic backups made before today still hold this case until they rotate out.</source>
        <translation>• Les sauvegardes automatiques antérieures à aujourd’hui contiennent encore ce dossier jusqu’à leur rotation.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="137"/>
        <source>• Backups you saved yourself keep it until you delete them.</source>
        <translation>• Les sauvegardes que vous avez enregistrées vous-même le gardent jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="149"/>
        <source>Destroy case %1</source>
        <translation>Détruire le dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="150"/>
        <source>Destroy case %1 for good?</source>
        <translation>Détruire définitivement le dossier %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="157"/>
        <source>To confirm, &amp;type the case code (%1):</source>
        <translation>Pour confirmer, &amp;tapez le code du dossier (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="158"/>
        <source>Type the case code to confirm</source>
        <translation>Tapez le code du dossier pour confirmer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="160"/>
        <source>&amp;Destroy for good</source>
        <translation>&amp;Détruire définitivement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="161"/>
        <source>Destroy the case for good</source>
        <translation>Détruire définitivement le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="162"/>
        <source>&amp;Keep the case</source>
        <translation>&amp;Garder le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="163"/>
        <source>Keep the case</source>
        <translation>Garder le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="139"/>
        <source>• These copies of another vault on this computer (kept aside by a restore) may still hold it and cannot be opened with this vault&apos;s key; delete them:</source>
        <translation>• Ces copies d’un autre coffre-fort sur cet ordinateur (mises de côté lors d’une restauration) peuvent encore le contenir et ne s’ouvrent pas avec la clé de ce coffre-fort&#xa0;; supprimez-les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="143"/>
        <source>The copies of this vault kept in its folder (before a restore or an update) lose this case too:</source>
        <translation>Les copies de ce coffre-fort gardées dans son répertoire (avant une restauration ou une mise à jour) perdent aussi ce dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="152"/>
        <source>Everything TrustDesk holds about this case — contacts and their notes, referrals and letters, tasks — is erased from the vault and cannot be brought back. Only one line stays in the audit log: “case %1 destroyed on” today&apos;s date.</source>
        <translation>Tout ce que TrustDesk conserve sur ce dossier — contacts et leurs notes, orientations et lettres, tâches — est effacé du coffre-fort et ne peut pas être récupéré. Seule une ligne reste dans le journal d’audit&#xa0;: «&#xa0;dossier %1 détruit le&#xa0;» avec la date du jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/destroy_dialog.py" line="131"/>
        <source>• Automatic backups made before today (%1 in %2) still hold this case until they rotate out, after %n more backup(s).</source>
        <translation>
            <numerusform>• Les sauvegardes automatiques antérieures à aujourd’hui (%1 dans %2) contiennent encore ce dossier jusqu’à leur rotation, après encore %n sauvegarde.</numerusform>
            <numerusform>• Les sauvegardes automatiques antérieures à aujourd’hui (%1 dans %2) contiennent encore ce dossier jusqu’à leur rotation, après encore %n sauvegardes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="109"/>
        <source>Intake details</source>
        <translation>Données de la demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="110"/>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="111"/>
        <source>Save the details now</source>
        <translation>Enregistrer les données maintenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="145"/>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="163"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/case_details.py" line="174"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>DisclosuresView</name>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="199"/>
        <source>The list of what left this vault (CSV, with case codes and recipients)</source>
        <translation>La liste de ce qui a quitté ce coffre-fort (CSV, avec codes de dossier et destinataires)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="206"/>
        <source>Everything that left the encrypted vault as a readable document: what, when, for which case, to whom, how much it showed and the consent it relied on.</source>
        <translation>Tout ce qui a quitté le coffre-fort chiffré sous forme de document lisible&#xa0;: quoi, quand, pour quel dossier, à qui, ce qu’il montrait et le consentement sur lequel il reposait.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="210"/>
        <source>What left this vault</source>
        <translation>Ce qui a quitté ce coffre-fort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/disclosures.py" line="213"/>
        <source>%n document(s) left the vault.</source>
        <translation>
            <numerusform>%n document a quitté le coffre-fort.</numerusform>
            <numerusform>%n documents ont quitté le coffre-fort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="215"/>
        <source>Nothing has left the vault yet.</source>
        <translation>Rien n’a encore quitté le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="217"/>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="218"/>
        <source>Export the list of what left the vault as CSV</source>
        <translation>Exporter en CSV la liste de ce qui a quitté le coffre-fort</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="220"/>
        <source>Referral letter — %1</source>
        <translation>Lettre d’orientation — %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="223"/>
        <source>%1 (no letter yet)</source>
        <translation>%1 (pas encore de lettre)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="224"/>
        <source>Record the doctor&apos;s consent and write the letter on the Referrals tab first.</source>
        <translation>Notez d’abord le consentement du médecin et rédigez la lettre dans l’onglet Orientations.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="272"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="273"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="273"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="278"/>
        <source>Nothing saved or printed for this case yet.</source>
        <translation>Rien n’a encore été enregistré ou imprimé pour ce dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="279"/>
        <source>Saved and printed documents of this case</source>
        <translation>Documents enregistrés et imprimés de ce dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="289"/>
        <source>Choose how much the summary reveals and which parts it holds.</source>
        <translation>Choisissez ce que le résumé révèle et quelles parties il contient.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="292"/>
        <source>Every contact of this case in full: notes, agreements and safety plans. Handle the paper as you would the vault.</source>
        <translation>Chaque contact de ce dossier en entier&#xa0;: notes, accords et plans de sécurité. Traitez le papier comme le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="296"/>
        <source>The letter as written on the Referrals tab, with the doctor&apos;s recorded consent.</source>
        <translation>La lettre telle que rédigée dans l’onglet Orientations, avec le consentement noté du médecin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="302"/>
        <source>Written in the language of the case: %1.</source>
        <translation>Rédigé dans la langue du dossier&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="305"/>
        <source>Written in the language of the letter.</source>
        <translation>Rédigé dans la langue de la lettre.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="317"/>
        <source>Choose at least one part of the case.</source>
        <translation>Choisissez au moins une partie du dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="348"/>
        <source>Case summary %1 (%2, PDF)</source>
        <translation>Résumé du dossier %1 (%2, PDF)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="351"/>
        <source>Contact log %1 (all notes in full, PDF)</source>
        <translation>Journal des contacts %1 (toutes les notes en entier, PDF)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="352"/>
        <source>Referral letter for case %1 (PDF)</source>
        <translation>Lettre d’orientation pour le dossier %1 (PDF)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="414"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
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
        <translation>Ce que le résumé révèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="475"/>
        <source>Parts of the case</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="485"/>
        <source>Pre&amp;view</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="485"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="486"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="491"/>
        <source>Saved and printed</source>
        <translation>Enregistrés et imprimés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="232"/>
        <source>The vault locked while a document was being made: it was stopped, nothing was saved. Make it again if you still need it.</source>
        <translation>Le coffre-fort s’est verrouillé pendant la création d’un document&#xa0;: elle a été arrêtée, rien n’a été enregistré. Refaites-le si vous en avez encore besoin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="362"/>
        <source>Making the %1… A long case takes a while; Cancel or Esc stops it.</source>
        <translation>Création&#xa0;: %1… Un long dossier prend du temps&#xa0;; Annuler ou Échap l’arrête.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="370"/>
        <source>Stopped: no document was made.</source>
        <translation>Arrêté&#xa0;: aucun document n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="489"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="490"/>
        <source>Stop making the document</source>
        <translation>Arrêter la création du document</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="480"/>
        <source>Only in the full summary: the plan names people and phone numbers.</source>
        <translation>Uniquement dans le résumé complet&#xa0;: le plan nomme des personnes et des numéros de téléphone.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/documents_tab.py" line="483"/>
        <source>No safety plan at this level: it names people and places.</source>
        <translation>Pas de plan de sécurité à ce niveau&#xa0;: il nomme des personnes et des lieux.</translation>
    </message>
</context>
<context>
    <name>DraftIssue</name>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="29"/>
        <source>a key uses only lower-case letters a–z (no accents), digits, hyphens (-) and underscores (_), starts with a letter or digit and has at most 63 characters</source>
        <translation>une clé ne contient que des minuscules a–z (sans accents), des chiffres, des traits d’union (-) et des tirets bas (_), commence par une lettre ou un chiffre et compte au plus 63&#xa0;caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="31"/>
        <source>a key uses only letters without accents, digits and the signs . _ / -, starts with a letter or digit and has at most 100 characters</source>
        <translation>une clé ne contient que des lettres sans accents, des chiffres et les signes . _ / -, commence par une lettre ou un chiffre et compte au plus 100&#xa0;caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="48"/>
        <source>empty, but required.</source>
        <translation>vide, mais obligatoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="50"/>
        <source>“%1” is not a pack id: use lower-case letters a–z, digits, dots and hyphens (at most 63), starting with a letter or digit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de paquet&#xa0;: utilisez des minuscules a–z, des chiffres, des points et des traits d’union (au plus 63), en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="53"/>
        <source>“%1” cannot be a key: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être une clé&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="56"/>
        <source>“%1” is the key of number %2 too; each key once.</source>
        <translation>«&#xa0;%1&#xa0;» est aussi la clé du numéro %2&#xa0;; chaque clé une seule fois.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="59"/>
        <source>too long: at most %1 KB.</source>
        <translation>trop long&#xa0;: au plus %1&#xa0;Ko.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="61"/>
        <source>more than a pack may carry (at most %1).</source>
        <translation>plus qu’un paquet ne peut en contenir (au plus %1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="114"/>
        <source>Problems in the pack: Enter goes to the cell or field of the chosen one</source>
        <translation>Problèmes du paquet&#xa0;: Entrée mène à la cellule ou au champ du problème choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="138"/>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="143"/>
        <source>%1, %2 – %3: %4</source>
        <translation>%1, %2 – %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="146"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="149"/>
        <source>%1, card %2 (%3), field “%4”: %5</source>
        <translation>%1, fiche %2 (%3), champ «&#xa0;%4&#xa0;»&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issues.py" line="152"/>
        <source>%1, row %2, column “%3”: %4</source>
        <translation>%1, ligne %2, colonne «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="105"/>
        <source>This is not a file of the expected kind. Nothing was changed.</source>
        <translation>Ce n’est pas un fichier du type attendu. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="106"/>
        <source>This file was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk. Nothing was changed.</source>
        <translation>Ce fichier a été créé par un TrustDesk plus récent. Demandez ce TrustDesk plus récent à votre coordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="109"/>
        <source>This file is far larger than such a file can be. Nothing was changed.</source>
        <translation>Ce fichier est bien plus grand qu’un tel fichier ne peut l’être. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="111"/>
        <source>This file is cut short (an interrupted copy or download?). Ask for it again. Nothing was changed.</source>
        <translation>Ce fichier est tronqué (une copie ou un téléchargement interrompu&#xa0;?). Demandez-le à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="113"/>
        <source>This file is meant for someone else: it was sealed for another key than yours. Tell the coordinator. Nothing was changed.</source>
        <translation>Ce fichier est destiné à quelqu’un d’autre&#xa0;: il a été scellé pour une autre clé que la vôtre. Prévenez le coordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="116"/>
        <source>This file was changed on the way: its seal or signature does not match. Ask for it again. Nothing was changed.</source>
        <translation>Ce fichier a été modifié en chemin&#xa0;: son sceau ou sa signature ne correspond pas. Demandez-le à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="118"/>
        <source>This file was not signed by your coordinator&apos;s key. Do not use it; tell the coordinator by phone. Nothing was changed.</source>
        <translation>Ce fichier n’a pas été signé avec la clé de votre coordinateur. Ne l’utilisez pas&#xa0;; prévenez le coordinateur par téléphone. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="121"/>
        <source>This file opens, but holds something TrustDesk does not accept. Nothing was changed.</source>
        <translation>Ce fichier s’ouvre, mais contient quelque chose que TrustDesk n’accepte pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="123"/>
        <source>This intake was already opened as a case. Nothing was changed.</source>
        <translation>Cette demande a déjà été ouverte comme dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="124"/>
        <source>This intake has expired. Ask the coordinator for a new one. Nothing was changed.</source>
        <translation>Cette demande a expiré. Demandez-en une nouvelle au coordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="126"/>
        <source>The coordinator&apos;s card is not here yet: it comes with your coordinator&apos;s pack. Nothing was changed.</source>
        <translation>La carte du coordinateur n’est pas encore là&#xa0;: elle arrive avec le paquet de votre coordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="128"/>
        <source>Compare the coordinator&apos;s fingerprint by phone first (Coordinator › My contact card). Nothing was changed.</source>
        <translation>Comparez d’abord par téléphone l’empreinte du coordinateur (Coordinateur › Ma carte de contact). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="134"/>
        <source>This file is dated after today: the clock of the computer that made it, or of this one, is wrong. Ask for it again once the date is right. Nothing was changed.</source>
        <translation>Ce fichier est daté d’après aujourd’hui&#xa0;: l’horloge de l’ordinateur qui l’a créé, ou de celui-ci, est fausse. Redemandez-le quand la date sera juste. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="131"/>
        <source>The digits you heard are not this card&apos;s fingerprint: it was not trusted. Compare them by phone again. Nothing was changed.</source>
        <translation>Les chiffres entendus ne sont pas l’empreinte de cette carte&#xa0;: elle n’a pas été approuvée. Comparez-les à nouveau par téléphone. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="48"/>
        <source>a handover file (.tdhandover)</source>
        <translation>un fichier de transfert (.tdhandover)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="49"/>
        <source>a backup (.tdbackup)</source>
        <translation>une sauvegarde (.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="50"/>
        <source>an intake from the coordinator (.tdintake)</source>
        <translation>une demande du coordinateur (.tdintake)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="51"/>
        <source>a trust person&apos;s figures file (.tdfigures)</source>
        <translation>un fichier de chiffres d’une personne de confiance (.tdfigures)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="52"/>
        <source>a trust person&apos;s contact card (.tdcard)</source>
        <translation>la carte de contact d’une personne de confiance (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="53"/>
        <source>the coordinator&apos;s contact card (.tdcard)</source>
        <translation>la carte de contact du coordinateur (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="54"/>
        <source>an organisation pack (.zip)</source>
        <translation>un paquet d’organisation (.zip)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="61"/>
        <source>not an intake</source>
        <translation>pas une demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="62"/>
        <source>not a figures file</source>
        <translation>pas un fichier de chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="63"/>
        <source>not a trust person&apos;s contact card</source>
        <translation>pas la carte de contact d’une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="64"/>
        <source>not the coordinator&apos;s contact card</source>
        <translation>pas la carte de contact du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="65"/>
        <source>not a handover file</source>
        <translation>pas un fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="66"/>
        <source>not a backup</source>
        <translation>pas une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="67"/>
        <source>not an organisation pack</source>
        <translation>pas un paquet d’organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="68"/>
        <source>not of the kind asked for here</source>
        <translation>pas du type demandé ici</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="74"/>
        <source>receive it in TrustDesk with Handover › Receive handover…</source>
        <translation>recevez-le dans TrustDesk avec Transfert › Recevoir un transfert…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="75"/>
        <source>restore it with Restore from a backup… in TrustDesk&apos;s Settings</source>
        <translation>restaurez-la avec Restaurer depuis une sauvegarde… dans les «&#xa0;Paramètres&#xa0;» de TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="76"/>
        <source>the trust person opens it in TrustDesk with Coordinator › Open an intake…</source>
        <translation>la personne de confiance l’ouvre dans TrustDesk avec Coordinateur › Ouvrir une demande…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="78"/>
        <source>the coordinator merges it in the coordinator desk, tab Figures</source>
        <translation>le coordinateur le fusionne dans le bureau du coordinateur, onglet Chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="79"/>
        <source>the coordinator adds it in the coordinator desk, tab Contact cards, with the fingerprint read out by phone</source>
        <translation>le coordinateur l’ajoute dans le bureau du coordinateur, onglet Cartes de contact, avec l’empreinte lue au téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="81"/>
        <source>it travels inside the coordinator&apos;s organisation pack; the trust person compares it with Coordinator › My contact card</source>
        <translation>elle voyage dans le paquet d’organisation du coordinateur&#xa0;; la personne de confiance la compare avec Coordinateur › Ma carte de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="84"/>
        <source>a trust person imports it on the Providers page (Import and export)</source>
        <translation>une personne de confiance l’importe sur la page «&#xa0;Intervenants&#xa0;» (Importer et exporter)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_files.py" line="91"/>
        <source>This is %1, %2; %3. Nothing was changed.</source>
        <translation>C’est %1, %2&#xa0;; %3. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="52"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="53"/>
        <source>Files to and from the coordinator</source>
        <translation>Fichiers échangés avec le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="54"/>
        <source>My &amp;contact card…</source>
        <translation>Ma &amp;carte de contact…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="55"/>
        <source>Open an &amp;intake…</source>
        <translation>Ouvrir une &amp;demande…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/exchange_menu.py" line="56"/>
        <source>Send &amp;figures…</source>
        <translation>Envoyer les c&amp;hiffres…</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="64"/>
        <source>no domain</source>
        <translation>aucun domaine</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="66"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="67"/>
        <source>still open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="68"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="155"/>
        <source>%n new case(s) in this quarter, in the rows above. This is everything the file holds.</source>
        <translation>
            <numerusform>%n nouveau dossier pendant ce trimestre, dans les lignes ci-dessus. C’est tout ce que contient le fichier.</numerusform>
            <numerusform>%n nouveaux dossiers pendant ce trimestre, dans les lignes ci-dessus. C’est tout ce que contient le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="165"/>
        <source>Save the figures for the coordinator</source>
        <translation>Enregistrer les chiffres pour le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="166"/>
        <source>TrustDesk figures (*.tdfigures)</source>
        <translation>Chiffres TrustDesk (*.tdfigures)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="182"/>
        <source>Saved as %1, sealed for your coordinator: only the coordinator&apos;s key opens it. Send it by mail or on a USB stick.</source>
        <translation>Enregistré sous %1, scellé pour votre coordinateur&#xa0;: seule la clé du coordinateur l’ouvre. Envoyez-le par e-mail ou sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="199"/>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="200"/>
        <source>Figures for the coordinator</source>
        <translation>Chiffres pour le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="202"/>
        <source>The exact number of new cases of one whole quarter, per month, knowledge domains, who called, region and how the case stood at the end of the quarter. No codes, names or days. The coordinator merges the figures of all trust persons and publishes only merged figures, with small numbers hidden.</source>
        <translation>Le nombre exact de nouveaux dossiers d’un trimestre complet, par mois, domaines, premier contact, région et état du dossier à la fin du trimestre. Ni codes, ni noms, ni jours. Le coordinateur fusionne les chiffres de toutes les personnes de confiance et ne publie que des chiffres fusionnés, les petits nombres masqués.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="205"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="206"/>
        <source>Quarter of the figures</source>
        <translation>Trimestre des chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="217"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="217"/>
        <source>Knowledge domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="217"/>
        <source>Who called</source>
        <translation>Premier contact par</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="218"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="218"/>
        <source>Outcome at the quarter&apos;s end</source>
        <translation>Issue à la fin du trimestre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="219"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="220"/>
        <source>What the figures file holds</source>
        <translation>Ce que contient le fichier de chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="221"/>
        <source>&amp;Seal and save…</source>
        <translation>&amp;Sceller et enregistrer…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="222"/>
        <source>Seal the figures for the coordinator and save them</source>
        <translation>Sceller les chiffres pour le coordinateur et les enregistrer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="223"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/figures_dialog.py" line="224"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="149"/>
        <source>Figures files of the trust persons</source>
        <translation>Fichiers de chiffres des personnes de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="150"/>
        <source>TrustDesk figures (*.tdfigures);;All files (*)</source>
        <translation>Chiffres TrustDesk (*.tdfigures);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="157"/>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="174"/>
        <source>Add the trust persons&apos; figures files first.</source>
        <translation>Ajoutez d’abord les fichiers de chiffres des personnes de confiance.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="187"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="187"/>
        <source>replaced by a newer file</source>
        <translation>remplacé par un fichier plus récent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="188"/>
        <source>the same file twice</source>
        <translation>deux fois le même fichier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="188"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="249"/>
        <source>Folder for the national report</source>
        <translation>Répertoire du rapport national</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="284"/>
        <source>The report could not be saved there.</source>
        <translation>Le rapport n’a pas pu y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="286"/>
        <source>The national report is saved in %1 (PDF in Dutch and French, CSV). Its quarters are released and never change.</source>
        <translation>Le rapport national est enregistré dans %1 (PDF en néerlandais et en français, CSV). Ses trimestres sont publiés et ne changent plus.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="294"/>
        <source>Add the figures files the trust persons sent you (one per quarter each), then merge them. Counts of 1 to 4 are hidden again after merging; a file not sealed to you, changed, or from an unknown card is refused.</source>
        <translation>Ajoutez les fichiers de chiffres que les personnes de confiance vous ont envoyés (un par trimestre chacune), puis fusionnez-les. Les nombres de 1 à 4 sont à nouveau masqués après la fusion&#xa0;; un fichier qui ne vous est pas destiné, modifié ou venant d’une carte inconnue est refusé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="297"/>
        <source>&amp;Add figures files…</source>
        <translation>&amp;Ajouter des fichiers de chiffres…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="298"/>
        <source>Add figures files</source>
        <translation>Ajouter des fichiers de chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="299"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="300"/>
        <source>Clear the list of files</source>
        <translation>Vider la liste des fichiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="301"/>
        <source>Figures files to merge</source>
        <translation>Fichiers de chiffres à fusionner</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="302"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="303"/>
        <source>Merge the figures files</source>
        <translation>Fusionner les fichiers de chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="304"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="304"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="304"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="305"/>
        <source>Trust person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="306"/>
        <source>What was merged and what was refused</source>
        <translation>Ce qui a été fusionné et ce qui a été refusé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="307"/>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="308"/>
        <source>New cases per quarter</source>
        <translation>Nouveaux dossiers par trimestre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="312"/>
        <source>All new cases</source>
        <translation>Tous les nouveaux dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="320"/>
        <source>&amp;Save the national report…</source>
        <translation>&amp;Enregistrer le rapport national…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="321"/>
        <source>Save the national report</source>
        <translation>Enregistrer le rapport national</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="192"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
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
            <numerusform>%n fichier fusionné</numerusform>
            <numerusform>%n fichiers fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="203"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacé</numerusform>
            <numerusform>%n remplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="204"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="219"/>
        <source>%1 was withheld before (fewer than 5 new cases); with these files it is published now, with %n new case(s).</source>
        <translation>
            <numerusform>%1 avait été retenu (moins de 5 nouveaux dossiers)&#xa0;; avec ces fichiers, il est publié maintenant, avec %n nouveau dossier.</numerusform>
            <numerusform>%1 avait été retenu (moins de 5 nouveaux dossiers)&#xa0;; avec ces fichiers, il est publié maintenant, avec %n nouveaux dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="221"/>
        <source>%1 was released before; these files give other numbers, but a released quarter never changes: the earlier release is kept.</source>
        <translation>%1 a déjà été publié&#xa0;; ces fichiers donnent d’autres chiffres, mais un trimestre publié ne change jamais&#xa0;: la publication précédente est conservée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/figures_tab.py" line="268"/>
        <source>Another program released quarters since your merge: the files were merged again with them. Check the figures and save again.</source>
        <translation>Un autre programme a publié des trimestres depuis votre fusion&#xa0;: les fichiers ont été fusionnés à nouveau en en tenant compte. Vérifiez les chiffres et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="75"/>
        <source>case-summary</source>
        <translation>résumé-du-dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="76"/>
        <source>contact-log</source>
        <translation>journal-des-contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="77"/>
        <source>referral-letter</source>
        <translation>lettre-d-orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="78"/>
        <source>activity-report</source>
        <translation>rapport-d-activité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="79"/>
        <source>recovery-kit</source>
        <translation>kit-de-récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="80"/>
        <source>safety-plan</source>
        <translation>plan-de-sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="81"/>
        <source>access-export</source>
        <translation>copie-droit-d-accès</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="82"/>
        <source>audit-log</source>
        <translation>journal-d-audit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="83"/>
        <source>disclosures</source>
        <translation>communications</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="84"/>
        <source>providers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="85"/>
        <source>handover</source>
        <translation>transfert</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="303"/>
        <source>TrustDesk – first start</source>
        <translation>TrustDesk – premier démarrage</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="304"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="304"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="305"/>
        <source>&amp;Back</source>
        <translation>Précé&amp;dent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="305"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="306"/>
        <source>&amp;Start using TrustDesk</source>
        <translation>&amp;Commencer à utiliser TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="307"/>
        <source>Finish and open TrustDesk</source>
        <translation>Terminer et ouvrir TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="308"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="308"/>
        <source>Cancel the set-up</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="312"/>
        <source>Create the vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="255"/>
        <source>opened %1</source>
        <translation>ouvert le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="258"/>
        <source>last contact %1</source>
        <translation>dernier contact le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="259"/>
        <source>no contact yet</source>
        <translation>pas encore de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="285"/>
        <source>There are no open cases to hand over.</source>
        <translation>Il n’y a pas de dossiers ouverts à transférer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="306"/>
        <source>Tick the cases to hand over first.</source>
        <translation>Cochez d’abord les dossiers à transférer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="309"/>
        <source>Handover of %n case(s): %1 (encrypted file)</source>
        <translation>
            <numerusform>Transfert de %n dossier&#xa0;: %1 (fichier chiffré)</numerusform>
            <numerusform>Transfert de %n dossiers&#xa0;: %1 (fichier chiffré)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="333"/>
        <source>Not saved: nothing left the vault. Hand over again to make a new file.</source>
        <translation>Non enregistré&#xa0;: rien n’a quitté le coffre-fort. Refaites le transfert pour créer un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="347"/>
        <source>The file could not be written there (no permission, or the disk is full). Nothing was saved; try another folder.</source>
        <translation>Le fichier n’a pas pu y être écrit (pas d’autorisation, ou disque plein). Rien n’a été enregistré&#xa0;; essayez un autre répertoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="360"/>
        <source>Handover code %1</source>
        <translation>Code de transfert %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="361"/>
        <source>The file with %n case(s) is saved as %1. This is its handover code:</source>
        <translation>
            <numerusform>Le fichier avec %n dossier est enregistré sous %1. Voici son code de transfert&#xa0;:</numerusform>
            <numerusform>Le fichier avec %n dossiers est enregistré sous %1. Voici son code de transfert&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="363"/>
        <source>Close the %n handed-over case(s)…</source>
        <translation>
            <numerusform>Clôturer %n dossier transféré…</numerusform>
            <numerusform>Clôturer les %n dossiers transférés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="382"/>
        <source>Close the %n handed-over case(s) (%1) with the reason “handed over”? Their retention period starts today.</source>
        <translation>
            <numerusform>Clôturer %n dossier transféré (%1) avec le motif «&#xa0;transféré&#xa0;»&#xa0;? Son délai de conservation commence aujourd’hui.</numerusform>
            <numerusform>Clôturer les %n dossiers transférés (%1) avec le motif «&#xa0;transféré&#xa0;»&#xa0;? Leur délai de conservation commence aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="384"/>
        <source>Close %n case(s)</source>
        <translation>
            <numerusform>Clôturer %n dossier</numerusform>
            <numerusform>Clôturer %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="392"/>
        <source>Say who takes these cases over first.</source>
        <translation>Indiquez d’abord qui reprend ces dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="397"/>
        <source>Handed over on %1 to %2.</source>
        <translation>Transféré le %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="412"/>
        <source>Closed: %1. Only the fact of the handover, its date, the successor and the anonymous figures were kept; everything else of these cases was erased.</source>
        <translation>Clôturés&#xa0;: %1. Seuls le fait du transfert, sa date, le successeur et les chiffres anonymes sont conservés&#xa0;; tout le reste de ces dossiers a été effacé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="415"/>
        <source>Closed: %1. Their retention period has started.</source>
        <translation>Clôturés&#xa0;: %1. Leur délai de conservation a commencé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="426"/>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="427"/>
        <source>Hand over cases</source>
        <translation>Transférer des dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="429"/>
        <source>Tick the open cases a successor trust person takes over. They receive one encrypted file and, by another channel, a code that opens it.</source>
        <translation>Cochez les dossiers ouverts que reprend la personne de confiance qui vous succède. Elle reçoit un fichier chiffré et, par un autre canal, un code qui l’ouvre.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="431"/>
        <source>Open cases to hand over</source>
        <translation>Dossiers ouverts à transférer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="432"/>
        <source>What goes with each case (the minimum necessary is ticked):</source>
        <translation>Ce qui accompagne chaque dossier (le strict nécessaire est coché)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="436"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="437"/>
        <source>Write the handover file</source>
        <translation>Écrire le fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="438"/>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="439"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="441"/>
        <source>Write this code down now: it is shown only this once and TrustDesk does not keep it. Pass it on by another channel than the file — read it out on the phone, or hand it over on paper. Whoever has the file and the code can read these cases.</source>
        <translation>Notez ce code maintenant&#xa0;: il n’est affiché qu’une fois et TrustDesk ne le conserve pas. Transmettez-le par un autre canal que le fichier — lisez-le au téléphone, ou remettez-le sur papier. Qui a le fichier et le code peut lire ces dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="444"/>
        <source>Close the handed-over cases with the reason handed over</source>
        <translation>Clôturer les dossiers transférés avec le motif «&#xa0;transféré&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="445"/>
        <source>&amp;Successor:</source>
        <translation>&amp;Successeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="446"/>
        <source>The trust person who takes the cases over</source>
        <translation>La personne de confiance qui reprend les dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="447"/>
        <source>name of the trust person who takes over</source>
        <translation>nom de la personne de confiance qui reprend</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="454"/>
        <source>Keep only the minimum</source>
        <translation>Ne garder que le minimum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="455"/>
        <source>Keep the &amp;full cases until the end of the retention period</source>
        <translation>Garder les dossiers &amp;complets jusqu’à la fin du délai de conservation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="456"/>
        <source>Keep the full cases</source>
        <translation>Garder les dossiers complets</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="457"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="458"/>
        <source>Do not close the cases now</source>
        <translation>Ne pas clôturer les dossiers maintenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="461"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="462"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="254"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="448"/>
        <source>Keep only the &amp;minimum: the case code, the dates, that it went to the successor, and the anonymous figures (after the receipt)</source>
        <translation>Ne garder que le &amp;minimum&#xa0;: le code du dossier, les dates, son transfert au successeur et les chiffres anonymes (après l’accusé de réception)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="451"/>
        <source>Erasing waits for your successor&apos;s receipt code: their TrustDesk shows it once the cases are imported. Then choose Handover → Confirm a receipt… and keep only the minimum. Until then close them keeping everything, or not yet.</source>
        <translation>L’effacement attend le code d’accusé de réception de votre successeur&#xa0;: son TrustDesk l’affiche une fois les dossiers importés. Choisissez alors Transfert → Confirmer un accusé de réception… et ne gardez que le minimum. D’ici là, clôturez-les en gardant tout, ou pas encore.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="275"/>
        <source>already handed over on %1</source>
        <translation>déjà transféré le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="261"/>
        <source>risk: %1</source>
        <translation>risque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="78"/>
        <source>Save the handover file</source>
        <translation>Enregistrer le fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="79"/>
        <source>TrustDesk handover (*.tdhandover)</source>
        <translation>Transfert TrustDesk (*.tdhandover)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="98"/>
        <source>Intake (always)</source>
        <translation>Demande (toujours)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="99"/>
        <source>Current risk and safety plan</source>
        <translation>Risque actuel et plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="101"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="102"/>
        <source>Full contact notes (only when really needed)</source>
        <translation>Notes de contact complètes (seulement si vraiment nécessaire)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="52"/>
        <source>Intake</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="53"/>
        <source>Full contact notes</source>
        <translation>Notes de contact complètes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="65"/>
        <source>Open a handover file</source>
        <translation>Ouvrir un fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="66"/>
        <source>TrustDesk handover (*.tdhandover);;All files (*)</source>
        <translation>Transfert TrustDesk (*.tdhandover);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="74"/>
        <source>This is not a TrustDesk handover file. Nothing was imported.</source>
        <translation>Ce n’est pas un fichier de transfert TrustDesk. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="76"/>
        <source>The code does not open this file, or the file was changed or cut short on the way. Check the code with your predecessor, or ask for the file again. Nothing was imported.</source>
        <translation>Le code n’ouvre pas ce fichier, ou le fichier a été modifié ou tronqué en route. Vérifiez le code avec votre prédécesseur, ou redemandez le fichier. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="79"/>
        <source>This handover file is damaged or incomplete. Ask for a new one. Nothing was imported.</source>
        <translation>Ce fichier de transfert est endommagé ou incomplet. Demandez-en un nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="81"/>
        <source>This file is far larger than a handover can be. Nothing was imported.</source>
        <translation>Ce fichier est bien plus volumineux qu’un transfert ne peut l’être. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="83"/>
        <source>This handover was already imported into this vault. Nothing was imported again.</source>
        <translation>Ce transfert a déjà été importé dans ce coffre-fort. Rien n’a été réimporté.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="88"/>
        <source>This handover was made by a newer TrustDesk. Update TrustDesk, then try again. Nothing was imported.</source>
        <translation>Ce transfert a été fait par une version plus récente de TrustDesk. Mettez TrustDesk à jour, puis réessayez. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_dialogs.py" line="100"/>
        <source>Open tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="85"/>
        <source>That is not a handover code: a code has 26 letters and digits, in groups of 4. Check what you typed. Nothing was imported.</source>
        <translation>Ce n’est pas un code de transfert&#xa0;: un code compte 26 lettres et chiffres, par groupes de 4. Vérifiez ce que vous avez tapé. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>HandoverMenu</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="50"/>
        <source>Handover</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="51"/>
        <source>Hand over or receive cases</source>
        <translation>Transférer ou recevoir des dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="52"/>
        <source>&amp;Hand over cases…</source>
        <translation>&amp;Transférer des dossiers…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="53"/>
        <source>&amp;Receive handover…</source>
        <translation>&amp;Recevoir un transfert…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="54"/>
        <source>&amp;Confirm a receipt…</source>
        <translation>&amp;Confirmer un accusé de réception…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_menu.py" line="55"/>
        <source>&amp;Show my receipt codes…</source>
        <translation>&amp;Afficher mes codes d’accusé de réception…</translation>
    </message>
</context>
<context>
    <name>HandoverReceipt</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="35"/>
        <source>Keep only the minimum?</source>
        <translation>Ne garder que le minimum&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="36"/>
        <source>Erase your copy of %n handed-over case(s) (%1)?</source>
        <translation>
            <numerusform>Effacer votre copie de %n dossier transféré (%1)&#xa0;?</numerusform>
            <numerusform>Effacer votre copie des %n dossiers transférés (%1)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="39"/>
        <source>Erased for good: the doctor&apos;s name and contact details, the workplace, every contact note, the safety plan, the tasks and the referral texts.
Kept: the case code, its dates, that it was handed over to %1, and the anonymous figures.
This cannot be undone.</source>
        <translation>Effacés définitivement&#xa0;: le nom et les coordonnées du médecin, le lieu de travail, chaque note de contact, le plan de sécurité, les tâches et les textes des orientations.
Conservés&#xa0;: le code du dossier, ses dates, le fait qu’il a été transféré à %1, et les chiffres anonymes.
Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="44"/>
        <source>&amp;Erase %n case(s)</source>
        <translation>
            <numerusform>&amp;Effacer %n dossier</numerusform>
            <numerusform>&amp;Effacer %n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="96"/>
        <source>Open an intake from the coordinator</source>
        <translation>Ouvrir une demande du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="97"/>
        <source>TrustDesk intake (*.tdintake);;All files (*)</source>
        <translation>Demande TrustDesk (*.tdintake);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="119"/>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="169"/>
        <source>yes, the doctor agreed to be contacted</source>
        <translation>oui, le médecin accepte un contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="170"/>
        <source>no: wait until the doctor contacts you</source>
        <translation>non&#xa0;: attendez que le médecin vous contacte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="144"/>
        <source>Check what the coordinator sent. Nothing is in your vault until you create the case.</source>
        <translation>Vérifiez ce que le coordinateur a envoyé. Rien n’entre dans votre coffre-fort avant que vous ne créiez le dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="199"/>
        <source>Contact the doctor (intake %1)</source>
        <translation>Contacter le médecin (demande %1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="224"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="254"/>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="255"/>
        <source>Intake from the coordinator</source>
        <translation>Demande du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="257"/>
        <source>Open the intake file your coordinator sent you. You see what it holds before a case is made; a file meant for someone else, changed on the way, expired or already opened is refused.</source>
        <translation>Ouvrez le fichier de demande que votre coordinateur vous a envoyé. Vous voyez ce qu’il contient avant qu’un dossier ne soit créé&#xa0;; un fichier destiné à quelqu’un d’autre, modifié en chemin, expiré ou déjà ouvert est refusé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="259"/>
        <source>Choose &amp;file…</source>
        <translation>Choisir le fic&amp;hier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="260"/>
        <source>Choose the intake file</source>
        <translation>Choisir le fichier de demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="262"/>
        <source>Coordinator reference:</source>
        <translation>Référence du coordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="262"/>
        <source>Who called:</source>
        <translation>Premier contact par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="263"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="263"/>
        <source>Profession:</source>
        <translation>Profession&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="264"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="265"/>
        <source>Knowledge domains:</source>
        <translation>Domaines&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="265"/>
        <source>How and when to contact:</source>
        <translation>Comment et quand contacter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="266"/>
        <source>Consent to be contacted:</source>
        <translation>Accord pour un contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="266"/>
        <source>Contact details:</source>
        <translation>Coordonnées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="268"/>
        <source>Valid until:</source>
        <translation>Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="268"/>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="275"/>
        <source>Create the case from this intake</source>
        <translation>Créer le dossier à partir de cette demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="276"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="277"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="222"/>
        <source>Case %1 created, with a task to contact the doctor today.</source>
        <translation>Dossier %1 créé, avec une tâche pour contacter le médecin aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="259"/>
        <source>Intake file</source>
        <translation>Fichier de demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="261"/>
        <source>the .tdintake file: type its path or choose it</source>
        <translation>le fichier .tdintake&#xa0;: tapez son chemin ou choisissez-le</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="202"/>
        <source>Returned to the coordinator: possible conflict of interest.</source>
        <translation>Rendu au coordinateur&#xa0;: conflit d’intérêts possible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="217"/>
        <source>Case %1 was returned to the coordinator; nothing about the doctor was kept.</source>
        <translation>Le dossier %1 a été rendu au coordinateur&#xa0;; rien n’a été conservé sur le médecin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="267"/>
        <source>Workplace:</source>
        <translation>Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/exchange/intake_dialog.py" line="274"/>
        <source>C&amp;reate the case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
</context>
<context>
    <name>IntakeEditor</name>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="150"/>
        <source>Add the trust person&apos;s card first (Contact cards).</source>
        <translation>Ajoutez d’abord la carte de la personne de confiance (Cartes de contact).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="154"/>
        <source>Fill in the coordinator&apos;s reference; contact details need the doctor&apos;s consent.</source>
        <translation>Indiquez la référence du coordinateur&#xa0;; les coordonnées demandent le consentement du médecin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="157"/>
        <source>Save the intake</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="158"/>
        <source>TrustDesk intake (*.tdintake)</source>
        <translation>Demande TrustDesk (*.tdintake)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="173"/>
        <source>The intake could not be saved there.</source>
        <translation>La demande n’a pas pu y être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="186"/>
        <source>intake</source>
        <comment>file name: plain ASCII letters, no spaces</comment>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="203"/>
        <source>Fill in what the trust person needs to contact the doctor. The file is sealed to the trust person&apos;s card and signed by you; only that trust person can open it.</source>
        <translation>Indiquez ce dont la personne de confiance a besoin pour contacter le médecin. Le fichier est scellé pour la carte de la personne de confiance et signé par vous&#xa0;; seule cette personne de confiance peut l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="218"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="218"/>
        <source>Trust person who receives the intake</source>
        <translation>Personne de confiance qui reçoit la demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="219"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="219"/>
        <source>Coordinator&apos;s reference</source>
        <translation>Référence du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="220"/>
        <source>Who &amp;called:</source>
        <translation>Premier &amp;contact par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="220"/>
        <source>Who called</source>
        <translation>Premier contact par</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="221"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="221"/>
        <source>Language of the doctor</source>
        <translation>Langue du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="222"/>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="222"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="223"/>
        <source>Knowledge domains:</source>
        <translation>Domaines&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="223"/>
        <source>Knowledge domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="224"/>
        <source>Contact &amp;by:</source>
        <translation>Contac&amp;t par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="224"/>
        <source>How the doctor wishes to be contacted</source>
        <translation>Comment le médecin souhaite être contacté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="225"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="225"/>
        <source>When the doctor wishes to be contacted</source>
        <translation>Quand le médecin souhaite être contacté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="226"/>
        <source>&amp;Workplace:</source>
        <translation>Lieu de tra&amp;vail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="226"/>
        <source>The doctor&apos;s workplace (conflict-of-interest check)</source>
        <translation>Lieu de travail du médecin (contrôle des conflits d’intérêts)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="228"/>
        <source>The doctor agreed to be contacted</source>
        <translation>Le médecin a accepté d’être contacté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="229"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="229"/>
        <source>Doctor&apos;s name</source>
        <translation>Nom du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="230"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="230"/>
        <source>Doctor&apos;s phone</source>
        <translation>Téléphone du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="231"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="231"/>
        <source>Doctor&apos;s e-mail</source>
        <translation>E-mail du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="241"/>
        <source>The doctor e&amp;xplicitly agreed to be contacted</source>
        <translation>Le médecin a e&amp;xplicitement accepté d’être contacté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="242"/>
        <source>Make the intake &amp;file…</source>
        <translation>Créer le &amp;fichier de demande…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="243"/>
        <source>Make the intake file</source>
        <translation>Créer le fichier de demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/intake_editor.py" line="176"/>
        <source>Intake %1 saved for %2 as %3. Send the file to them; only the intake&apos;s random id, the date and the recipient stay here.</source>
        <translation>Demande %1 pour %2 enregistrée sous %3. Envoyez-lui le fichier&#xa0;; seuls le numéro aléatoire de la demande, la date et le destinataire restent ici.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="243"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="259"/>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="260"/>
        <source>Who made the first call</source>
        <translation>Qui a pris le premier contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="261"/>
        <source>As given by the coordinator</source>
        <translation>Tel que transmis par le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="245"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="262"/>
        <source>Coordinator reference</source>
        <translation>Référence du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="263"/>
        <source>Language of the contacts</source>
        <translation>Langue des contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="274"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="264"/>
        <source>Region or province</source>
        <translation>Région ou province</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="248"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="265"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="266"/>
        <source>For example: general practice, anaesthesia</source>
        <translation>Par exemple&#xa0;: médecine générale, anesthésie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="249"/>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="267"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="275"/>
        <source>Knowledge domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="279"/>
        <source>The doctor agrees to be contacted by me</source>
        <translation>Le médecin accepte un contact de ma part</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="280"/>
        <source>Consent to be contacted</source>
        <translation>Consentement à un contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="281"/>
        <source>Padlock</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="282"/>
        <source>Most sensitive: who the doctor is (optional)</source>
        <translation>Données très sensibles&#xa0;: l’identité du médecin (facultatif)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="285"/>
        <source>Kept only in this vault, never in pseudonymised documents or the anonymous figures. Leave empty when the code is enough.</source>
        <translation>Conservé uniquement dans ce coffre-fort, jamais dans les documents pseudonymisés ni dans les chiffres anonymes. Laissez vide si le code suffit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="287"/>
        <source>Doctor&apos;s name (most sensitive)</source>
        <translation>Nom du médecin (donnée très sensible)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="288"/>
        <source>Doctor&apos;s phone (most sensitive)</source>
        <translation>Téléphone du médecin (donnée très sensible)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="289"/>
        <source>Doctor&apos;s e-mail (most sensitive)</source>
        <translation>E-mail du médecin (donnée très sensible)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="290"/>
        <source>Workplace (most sensitive)</source>
        <translation>Lieu de travail (donnée très sensible)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="255"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="256"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="257"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="258"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="244"/>
        <source>First call by</source>
        <translation>Premier contact par</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="246"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="247"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="283"/>
        <source>Hidden while aliases are hidden (for instance while you share your screen). To show them again: %1.</source>
        <translation>Masqués tant que les alias sont masqués (par exemple pendant que vous partagez votre écran). Pour les afficher à nouveau&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="292"/>
        <source>What the coordinator passed on, the question for help, context that stays true over time</source>
        <translation>Ce que le coordinateur a transmis, la demande d’aide, le contexte qui reste valable dans le temps</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="294"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="295"/>
        <source>&amp;Background</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="250"/>
        <source>Your alias</source>
        <translation>Votre alias</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="251"/>
        <source>Your private alias or initials for this case</source>
        <translation>Votre alias ou vos initiales personnels pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="252"/>
        <source>Initials or a word, for your eyes only</source>
        <translation>Des initiales ou un mot, pour vous uniquement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/intake_form.py" line="253"/>
        <source>Shown beside the code in your lists, never in pseudonymised documents. %1 hides every alias while you share your screen.</source>
        <translation>Affiché à côté du code dans vos listes, jamais dans les documents pseudonymisés. %1 masque tous les alias pendant que vous partagez votre écran.</translation>
    </message>
</context>
<context>
    <name>KeptAsideOffer</name>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="64"/>
        <source>The old copy is removed.</source>
        <translation>L’ancienne copie est supprimée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="65"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="66"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="70"/>
        <source>The old copy could not be removed: %1</source>
        <translation>L’ancienne copie n’a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="73"/>
        <source>The vault from before the restore</source>
        <translation>Le coffre-fort d’avant la restauration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="75"/>
        <source>Your restored vault opens. The vault this computer had before the restore is still kept aside, encrypted, in:

%1

It holds every case it held then, including cases you may since have closed or destroyed. Remove it now, unless you still need something from it.</source>
        <translation>Votre coffre-fort restauré s’ouvre. Le coffre-fort que cet ordinateur avait avant la restauration est encore mis de côté, chiffré, dans&#xa0;:

%1

Il contient tous les dossiers qu’il contenait alors, y compris ceux que vous avez peut-être clôturés ou détruits depuis. Supprimez-le maintenant, sauf si vous en avez encore besoin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="81"/>
        <source>&amp;Keep it for now</source>
        <translation>Le &amp;garder pour l’instant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="82"/>
        <source>Keep the old copy for now</source>
        <translation>Garder l’ancienne copie pour l’instant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="83"/>
        <source>&amp;Remove the old copy</source>
        <translation>&amp;Supprimer l’ancienne copie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/kept_aside.py" line="84"/>
        <source>Remove the old copy of the vault</source>
        <translation>Supprimer l’ancienne copie du coffre-fort</translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <location filename="../../trustdesk/ui/desk/kind_column.py" line="37"/>
        <source>Kind of provider</source>
        <translation>Type d’intervenant</translation>
    </message>
</context>
<context>
    <name>KnowledgeButton</name>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="51"/>
        <source>Knowledge cards ›</source>
        <translation>Fiches de connaissances ›</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="52"/>
        <source>Knowledge cards about the case&apos;s domains</source>
        <translation>Fiches de connaissances sur les domaines du dossier</translation>
    </message>
</context>
<context>
    <name>KnowledgeTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="112"/>
        <source>The care offer</source>
        <translation>L’offre de soins</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="130"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="144"/>
        <source>Choose the case&apos;s knowledge domains (Details) to see what the coordinator wrote about them.</source>
        <translation>Choisissez les domaines de connaissance du dossier (Détails) pour voir ce que le coordinateur en a écrit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="147"/>
        <source>No knowledge card about these domains yet; below, the care offer in general.</source>
        <translation>Pas encore de fiche sur ces domaines&#xa0;; ci-dessous, l’offre de soins en général.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="150"/>
        <source>What the coordinator wrote about this case&apos;s domains. Links are shown, never opened.</source>
        <translation>Ce que le coordinateur a écrit sur les domaines de ce dossier. Les liens sont affichés, jamais ouverts.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="152"/>
        <source>Knowledge cards for this case</source>
        <translation>Fiches de connaissances pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/knowledge_tab.py" line="153"/>
        <source>The chosen knowledge card</source>
        <translation>La fiche choisie</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="59"/>
        <source>Welcome to TrustDesk</source>
        <translation>Bienvenue dans TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="60"/>
        <source>Your confidential case notes, kept on this computer only.</source>
        <translation>Vos notes de dossier confidentielles, conservées uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="61"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>Choisissez la langue de l’interface. Vous pourrez la modifier plus tard dans «&#xa0;Paramètres&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="17"/>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="18"/>
        <source>Leave the set-up?</source>
        <translation>Quitter la configuration&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="19"/>
        <source>Your vault is made. Your profile (the name and contact line your referral letters are sent with) and the backup folder are not set yet; what you typed is kept if you leave.</source>
        <translation>Votre coffre-fort est créé. Votre profil (le nom et la ligne de contact qui accompagnent vos lettres d’orientation) et le répertoire des sauvegardes ne sont pas encore réglés&#xa0;; ce que vous avez tapé est gardé si vous quittez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="22"/>
        <source>The set-up is not finished yet.</source>
        <translation>La configuration n’est pas encore terminée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="24"/>
        <source>If you leave now, TrustDesk reminds you after the next unlock, and Settings has both.</source>
        <translation>Si vous quittez maintenant, TrustDesk vous le rappelle après le prochain déverrouillage, et «&#xa0;Paramètres&#xa0;» propose les deux.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="26"/>
        <source>Your recovery code is shown only once, and you have not confirmed that you wrote it down or printed it.</source>
        <translation>Votre code de récupération n’est affiché qu’une seule fois, et vous n’avez pas confirmé l’avoir noté ou imprimé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="29"/>
        <source>If you forget your passphrase, only this code opens your vault. If you leave now, TrustDesk asks you to make a new recovery code after the next unlock.</source>
        <translation>Si vous oubliez votre phrase secrète, seul ce code ouvre votre coffre-fort. Si vous quittez maintenant, TrustDesk vous demandera de créer un nouveau code de récupération après le prochain déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="31"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="33"/>
        <source>Keep going with the set-up</source>
        <translation>Continuer la configuration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="34"/>
        <source>&amp;Leave the set-up</source>
        <translation>&amp;Quitter la configuration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_leave.py" line="36"/>
        <source>Leave the set-up</source>
        <translation>Quitter la configuration</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="166"/>
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="169"/>
        <source>No letter without the doctor&apos;s recorded consent. Record the consent first.</source>
        <translation>Pas de lettre sans le consentement noté du médecin. Notez d’abord le consentement.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="219"/>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="343"/>
        <source>Choose a template…</source>
        <translation>Choisissez un modèle…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="277"/>
        <source>There is no template in this language yet. Add one on the Templates page.</source>
        <translation>Il n’y a pas encore de modèle dans cette langue. Ajoutez-en un dans la page «&#xa0;Modèles&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="255"/>
        <source>The template “%1” cannot be used:</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="335"/>
        <source>Referral letter</source>
        <translation>Lettre d’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="336"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="337"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="338"/>
        <source>Letter (&amp;edit as needed):</source>
        <translation>Lettre (modifiez si &amp;nécessaire)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="339"/>
        <source>The letter is kept exactly as it is here; later changes to the template do not change it.</source>
        <translation>La lettre est conservée exactement telle quelle&#xa0;; les modifications ultérieures du modèle ne la changent pas.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="341"/>
        <source>&amp;Keep this letter</source>
        <translation>&amp;Garder cette lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="283"/>
        <source>No template is written for this kind of provider: choose the one that fits, or write the letter yourself.</source>
        <translation>Aucun modèle n’est prévu pour ce type d’intervenant&#xa0;: choisissez celui qui convient, ou rédigez la lettre vous-même.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="347"/>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="348"/>
        <source>Template of the letter</source>
        <translation>Modèle de la lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="349"/>
        <source>Text of the letter</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="350"/>
        <source>Keep this letter</source>
        <translation>Garder cette lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="351"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="192"/>
        <source>The letter may give: %1.</source>
        <translation>La lettre peut mentionner&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="193"/>
        <source>The letter may give nothing about the doctor beyond the referral itself.</source>
        <translation>La lettre ne peut rien mentionner du médecin au-delà de l’orientation elle-même.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="195"/>
        <source>Agreed in the doctor&apos;s words: “%1”</source>
        <translation>Convenu selon les mots du médecin&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="198"/>
        <source>(consent given on %1)</source>
        <translation>(consentement donné le %1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="203"/>
        <source>What the doctor&apos;s consent covers</source>
        <translation>Ce que couvre le consentement du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/referral_letter.py" line="344"/>
        <source>Consent covers:</source>
        <translation>Consentement pour&#xa0;:</translation>
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
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="442"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="442"/>
        <source>Providers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="443"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="443"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="443"/>
        <source>Audit</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="454"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="455"/>
        <source>Lock TrustDesk now (Ctrl+L)</source>
        <translation>Verrouiller TrustDesk maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="456"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="458"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="459"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="461"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="464"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="466"/>
        <source>Protected by your passphrase alone on this computer (no keychain).</source>
        <translation>Sur cet ordinateur, protégé uniquement par votre phrase secrète (pas de trousseau).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="474"/>
        <source>Show aliases</source>
        <translation>Afficher les alias</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="475"/>
        <source>Aliases, names and the doctor&apos;s details are hidden; show them again (%1)</source>
        <translation>Les alias, les noms et les coordonnées du médecin sont masqués&#xa0;; les afficher à nouveau (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="477"/>
        <source>Hide aliases</source>
        <translation>Masquer les alias</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="478"/>
        <source>Hide your aliases of the cases and the doctor&apos;s details, for instance before sharing your screen (%1)</source>
        <translation>Masquer vos alias des dossiers et les coordonnées du médecin, par exemple avant de partager votre écran (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="355"/>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="453"/>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="462"/>
        <source>Between the navigation, the page and the toolbar (F6)</source>
        <translation>Entre la navigation, la page et la barre d’outils (F6)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/main_window.py" line="463"/>
        <source>Settings (%1)</source>
        <translation>Paramètres (%1)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="40"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="47"/>
        <source>The code is the case&apos;s name everywhere in TrustDesk and in pseudonymised documents.</source>
        <translation>Le code est le nom du dossier partout dans TrustDesk et dans les documents pseudonymisés.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="61"/>
        <source>Intake details</source>
        <translation>Données de la demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="78"/>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="81"/>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="110"/>
        <source>New case %1</source>
        <translation>Nouveau dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/new_case_dialog.py" line="128"/>
        <source>Returned to the coordinator: possible conflict of interest.</source>
        <translation>Rendu au coordinateur&#xa0;: conflit d’intérêts possible.</translation>
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
        <translation>Pas encore de répertoire de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="62"/>
        <source>No backup folder is set yet.</source>
        <translation>Aucun répertoire de sauvegarde n’est encore défini.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="64"/>
        <source>Choose a folder on a USB stick or another disk: TrustDesk makes the backup there now, and from then on by itself when you lock or quit, and once a day.</source>
        <translation>Choisissez un répertoire sur une clé USB ou un autre disque&#xa0;: TrustDesk y fait la sauvegarde maintenant, puis de lui-même quand vous verrouillez ou quittez, et une fois par jour.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="66"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choisir un répertoire…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/backup_first_folder.py" line="68"/>
        <source>Choose a backup folder</source>
        <translation>Choisir un répertoire de sauvegarde</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../trustdesk/ui/kit/notice_bar.py" line="174"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>PackDetail</name>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="52"/>
        <source>the file is over {limit} bytes</source>
        <translation>le fichier dépasse {limit} octets</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="57"/>
        <source>not a zip archive</source>
        <translation>pas une archive zip</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="62"/>
        <source>{count} members, at most {limit}</source>
        <translation>{count} fichiers, au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="71"/>
        <source>{name!r} appears twice</source>
        <translation>{name!r} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="75"/>
        <source>{name!r} is encrypted</source>
        <translation>{name!r} est chiffré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="78"/>
        <source>{name!r} is over {limit} bytes</source>
        <translation>{name!r} dépasse {limit} octets</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="82"/>
        <source>{name!r} is compressed suspiciously well</source>
        <translation>{name!r} est compressé de façon suspecte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="86"/>
        <source>over {limit} bytes uncompressed</source>
        <translation>plus de {limit} octets décompressés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="92"/>
        <source>directory {name!r} holds data</source>
        <translation>le dossier {name!r} contient des données</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="99"/>
        <source>{name!r} cannot be read</source>
        <translation>{name!r} ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/archive.py" line="102"/>
        <source>{name!r} is not the size it declares</source>
        <translation>{name!r} n’a pas la taille qu’il annonce</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/installation.py" line="169"/>
        <source>only a verified pack can be imported</source>
        <translation>seul un paquet vérifié peut être importé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/installation.py" line="173"/>
        <source>version {previous} is imported, this is {version}</source>
        <translation>la version {previous} est importée, celle-ci est la {version}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/installation.py" line="177"/>
        <source>version {version} is already imported</source>
        <translation>la version {version} est déjà importée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="43"/>
        <source>{name!r} is not knowledge/&lt;language&gt;/&lt;key&gt;.md</source>
        <translation>{name!r} n’est pas knowledge/&lt;langue&gt;/&lt;clé&gt;.md</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="49"/>
        <source>{name}: unknown language {lang!r}</source>
        <translation>{name}&#xa0;: langue inconnue {lang!r}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="52"/>
        <location filename="../../trustdesk/packs/pack.py" line="286"/>
        <source>{name}: language {lang} is not in the manifest&apos;s languages</source>
        <translation>{name}&#xa0;: la langue {lang} n’est pas parmi les langues de manifest.json</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="56"/>
        <location filename="../../trustdesk/packs/pack.py" line="126"/>
        <location filename="../../trustdesk/packs/pack.py" line="290"/>
        <source>{name} is over {limit} bytes</source>
        <translation>{name} dépasse {limit} octets</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="61"/>
        <location filename="../../trustdesk/packs/pack.py" line="295"/>
        <source>{name} is not UTF-8</source>
        <translation>{name} n’est pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="64"/>
        <source>{name} holds a control character</source>
        <translation>{name} contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="68"/>
        <source>{name}: the header needs a title</source>
        <translation>{name}&#xa0;: l’en-tête doit avoir un titre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="83"/>
        <source>{name} has no text</source>
        <translation>{name} n’a pas de texte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="91"/>
        <source>{name} must start with a &apos;---&apos; header (title, domains, source)</source>
        <translation>{name} doit commencer par un en-tête entre &apos;---&apos; (title, domains, source)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="96"/>
        <source>{name}: the header is not closed by &apos;---&apos; within 20 lines</source>
        <translation>{name}&#xa0;: l’en-tête n’est pas fermé par &apos;---&apos; dans les 20 lignes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="104"/>
        <source>{name}: header line {line!r} is not one of {fields}</source>
        <translation>{name}&#xa0;: la ligne d’en-tête {line!r} n’est pas l’une de {fields}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="108"/>
        <source>{name}: {field} appears twice</source>
        <translation>{name}&#xa0;: {field} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="112"/>
        <source>{name}: {field} is longer than {limit} characters</source>
        <translation>{name}&#xa0;: {field} dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/knowledge.py" line="122"/>
        <source>{count} knowledge cards, at most {limit}</source>
        <translation>{count} fiches de connaissances, au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="131"/>
        <source>{name}: the key {key!r} appears twice</source>
        <translation>{name}&#xa0;: la clé {key!r} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="134"/>
        <source>{name} is not valid UTF-8 JSON</source>
        <translation>{name} n’est pas du JSON UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="140"/>
        <source>{where}: languages must be a list of language codes</source>
        <translation>{where}&#xa0;: languages doit être une liste de codes de langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="145"/>
        <source>{where}: unknown language in {values!r:.80}</source>
        <translation>{where}&#xa0;: langue inconnue dans {values!r:.80}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="152"/>
        <source>manifest.json is not an object</source>
        <translation>manifest.json n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="154"/>
        <source>manifest.json: format {format}</source>
        <translation>manifest.json&#xa0;: format {format}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="158"/>
        <source>manifest.json: unknown fields {unknown!r:.100}</source>
        <translation>manifest.json&#xa0;: champs inconnus {unknown!r:.100}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="161"/>
        <source>manifest.json: unsupported format</source>
        <translation>manifest.json&#xa0;: format non pris en charge</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="164"/>
        <source>manifest.json: id must be 1-63 of a-z, 0-9, &apos;.&apos;, &apos;-&apos;</source>
        <translation>manifest.json&#xa0;: id doit compter 1 à 63 caractères parmi a-z, 0-9, &apos;.&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="167"/>
        <source>manifest.json: version must be a positive integer</source>
        <translation>manifest.json&#xa0;: version doit être un entier positif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="169"/>
        <location filename="../../trustdesk/packs/pack.py" line="173"/>
        <source>manifest.json: created must be an ISO date</source>
        <translation>manifest.json&#xa0;: created doit être une date ISO</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="177"/>
        <source>manifest.json: languages is empty</source>
        <translation>manifest.json&#xa0;: languages est vide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="181"/>
        <source>manifest.json: title must be a short text</source>
        <translation>manifest.json&#xa0;: title doit être un texte court</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="184"/>
        <source>manifest.json: template_names must map &apos;&lt;lang&gt;/&lt;kind&gt;&apos; to a short name</source>
        <translation>manifest.json&#xa0;: template_names doit associer &apos;&lt;langue&gt;/&lt;type&gt;&apos; à un nom court</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="188"/>
        <source>manifest.json: next_key must be the base64 of a raw 32-byte Ed25519 public key (pack keygen prints it)</source>
        <translation>manifest.json&#xa0;: next_key doit être le base64 d’une clé publique Ed25519 brute de 32 octets (pack keygen l’affiche)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="196"/>
        <source>helplines.json must be a list of at most {limit} entries</source>
        <translation>helplines.json doit être une liste d’au plus {limit} entrées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="204"/>
        <source>{where}: an object with {fields} and languages</source>
        <translation>{where}&#xa0;: un objet avec {fields} et languages</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="210"/>
        <source>{where}: {name} must be a short single-line text</source>
        <translation>{where}&#xa0;: {name} doit être un texte court sur une ligne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="214"/>
        <source>{where}: key, name and number are required</source>
        <translation>{where}&#xa0;: key, name et number sont obligatoires</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="217"/>
        <source>{where}: key {key!r} appears twice</source>
        <translation>{where}&#xa0;: la clé {key!r} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="232"/>
        <source>the key is missing (the &apos;key&apos; column is empty)</source>
        <translation>la clé manque (la colonne &apos;key&apos; est vide)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="234"/>
        <source>the key {key!r}… is longer than 100 characters</source>
        <translation>la clé {key!r}… dépasse 100 caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="237"/>
        <source>the key {key!r} holds {odd!r} ({code}); keys use only ASCII letters, digits and . _ / -</source>
        <translation>la clé {key!r} contient {odd!r} ({code})&#xa0;; une clé ne contient que des lettres ASCII, des chiffres et . _ / -</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="242"/>
        <source>the key {key!r} holds {odd!r}; a key starts with a letter or digit, then letters, digits, . _ / -</source>
        <translation>la clé {key!r} contient {odd!r}&#xa0;; une clé commence par une lettre ou un chiffre, puis des lettres, des chiffres, . _ / -</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="245"/>
        <source>the key {key!r} is used twice</source>
        <translation>la clé {key!r} est utilisée deux fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="253"/>
        <source>providers.csv: {problem}</source>
        <translation>providers.csv&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="344"/>
        <source>{card} is not a valid contact card</source>
        <translation>{card} n’est pas une carte de contact valide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="256"/>
        <source>providers.csv needs a &apos;key&apos; column (a stable key per provider)</source>
        <translation>providers.csv doit avoir une colonne &apos;key&apos; (une clé stable par intervenant)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="269"/>
        <source>providers.csv row {row}: {problem}</source>
        <translation>providers.csv ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="283"/>
        <source>{name}: unknown language or template kind</source>
        <translation>{name}&#xa0;: langue ou type de modèle inconnu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="297"/>
        <source>{name} holds a NUL character</source>
        <translation>{name} contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="320"/>
        <source>unexpected member {name!r}</source>
        <translation>fichier inattendu {name!r}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="323"/>
        <source>manifest.json is missing</source>
        <translation>manifest.json manque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="347"/>
        <source>{card} is not a coordinator&apos;s card</source>
        <translation>{card} n’est pas la carte d’un coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="363"/>
        <source>templates/{source_key}.j2: cannot be used: {problem}</source>
        <translation>templates/{source_key}.j2&#xa0;: inutilisable&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="395"/>
        <source>the signature is for another pack or version</source>
        <translation>la signature est celle d’un autre paquet ou d’une autre version</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="410"/>
        <source>{relative} is a symlink</source>
        <translation>{relative} est un lien symbolique</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/pack.py" line="426"/>
        <source>manifest.json is missing or not an object</source>
        <translation>manifest.json manque ou n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="55"/>
        <source>release.json: {detail}</source>
        <translation>release.json&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="59"/>
        <source>an object with version, date, security and installers</source>
        <translation>un objet avec version, date, security et installers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="63"/>
        <source>version must be like 1.2.3</source>
        <translation>version doit avoir la forme 1.2.3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="65"/>
        <location filename="../../trustdesk/packs/release.py" line="69"/>
        <source>date must be an ISO date</source>
        <translation>date doit être une date ISO</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="71"/>
        <source>security must be true or false</source>
        <translation>security doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="73"/>
        <source>installers: a list of at most {limit}</source>
        <translation>installers&#xa0;: une liste d’au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/release.py" line="80"/>
        <source>each installer: {{file, sha256 (64 lower-case hex)}}</source>
        <translation>chaque installateur&#xa0;: {{file, sha256 (64 caractères hexadécimaux en minuscules)}}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="128"/>
        <source>signature.json is too large</source>
        <translation>signature.json est trop grand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="133"/>
        <source>signature.json is not valid JSON</source>
        <translation>signature.json n’est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="135"/>
        <source>signature.json has an unknown format or algorithm</source>
        <translation>signature.json a un format ou un algorithme inconnu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="141"/>
        <source>signature.json is incomplete</source>
        <translation>signature.json est incomplet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="145"/>
        <source>the signature is not base64</source>
        <translation>la signature n’est pas en base64</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="154"/>
        <source>the pack carries no signature.json</source>
        <translation>le paquet ne contient pas de signature.json</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="157"/>
        <location filename="../../trustdesk/ui/directory/queries.py" line="73"/>
        <source>this build pins no pack key</source>
        <translation>cette version de TrustDesk ne fait confiance à aucune clé de paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="165"/>
        <source>signed by key {signer!r}, not by {checked}, {key}</source>
        <translation>signé avec la clé {signer!r}, pas avec {checked}, {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="168"/>
        <source>the key it was checked with</source>
        <translation>la clé avec laquelle il a été vérifié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="169"/>
        <source>the signature does not match the pack</source>
        <translation>la signature ne correspond pas au paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="172"/>
        <source>the pack&apos;s members differ from the signed list</source>
        <translation>les fichiers du paquet diffèrent de la liste signée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/packs/signing.py" line="175"/>
        <source>{name} was changed after signing</source>
        <translation>{name} a été modifié après la signature</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="236"/>
        <source>a pack is at most {limit} bytes</source>
        <translation>un paquet fait au plus {limit} octets</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="251"/>
        <source>The draft could not be saved.</source>
        <translation>Le brouillon n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="253"/>
        <source>Draft saved in the desk.</source>
        <translation>Brouillon enregistré dans le bureau.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="285"/>
        <source>The pack signing key</source>
        <translation>La clé de signature des paquets</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="285"/>
        <source>Private key (*.pem);;All files (*)</source>
        <translation>Clé privée (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="301"/>
        <source>The signing key does not open: check the key file and its passphrase.</source>
        <translation>La clé de signature ne s’ouvre pas&#xa0;: vérifiez le fichier de clé et sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="313"/>
        <source>Save the pack</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="314"/>
        <source>Organisation pack (*.zip)</source>
        <translation>Paquet d’organisation (*.zip)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="328"/>
        <source>The pack could not be saved there.</source>
        <translation>Le paquet n’a pas pu y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="333"/>
        <source>Pack %1 version %2 signed and saved as %3. The next pack will be version %4.</source>
        <translation>Paquet %1 version %2 signé et enregistré sous %3. Le prochain paquet sera la version %4.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="344"/>
        <source>Pack &amp;id:</source>
        <translation>&amp;Identifiant du paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="345"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="346"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="347"/>
        <source>Pack id</source>
        <translation>Identifiant du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="348"/>
        <source>Pack title</source>
        <translation>Titre du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="349"/>
        <source>Pack version</source>
        <translation>Version du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="351"/>
        <source>&amp;Help lines</source>
        <translation>&amp;Lignes d’aide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="355"/>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="356"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="376"/>
        <source>Providers in the pack</source>
        <translation>Intervenants du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="377"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="378"/>
        <source>Help lines in the pack</source>
        <translation>Lignes d’aide du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="386"/>
        <source>Add a provider</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="387"/>
        <source>Remove the chosen provider</source>
        <translation>Retirer l’intervenant choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="388"/>
        <source>Add a help line</source>
        <translation>Ajouter une ligne d’aide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="389"/>
        <source>Remove the chosen help line</source>
        <translation>Retirer la ligne d’aide choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="392"/>
        <source>Language of the template</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="394"/>
        <source>Kind of letter</source>
        <translation>Type de lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="407"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="408"/>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clé de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="409"/>
        <source>Pack signing key file</source>
        <translation>Fichier de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="410"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="411"/>
        <source>Choose the pack signing key</source>
        <translation>Choisir la clé de signature</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="412"/>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="413"/>
        <source>Passphrase of the signing key</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="414"/>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="415"/>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="417"/>
        <source>Check the pack</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="418"/>
        <source>&amp;Sign and save the pack…</source>
        <translation>&amp;Signer et enregistrer le paquet…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="419"/>
        <source>Sign and save the pack</source>
        <translation>Signer et enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="350"/>
        <source>Di&amp;rectory</source>
        <translation>I&amp;ntervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="352"/>
        <source>Letter te&amp;mplates</source>
        <translation>&amp;Modèles de lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="416"/>
        <source>Ch&amp;eck</source>
        <translation>Vérifi&amp;er</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="353"/>
        <source>Knowledge cards</source>
        <translation>Fiches de connaissances</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="265"/>
        <source>A trust person&apos;s TrustDesk would refuse this pack: %n problem(s), listed below. Enter on one goes to its place.</source>
        <translation>
            <numerusform>Le TrustDesk d’une personne de confiance refuserait ce paquet&#xa0;: %n problème, listé ci-dessous. Entrée sur un problème mène à son emplacement.</numerusform>
            <numerusform>Le TrustDesk d’une personne de confiance refuserait ce paquet&#xa0;: %n problèmes, listés ci-dessous. Entrée sur un problème mène à son emplacement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="357"/>
        <source>Knowledge domains</source>
        <translation>Domaines de connaissance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="357"/>
        <source>Provinces served</source>
        <translation>Provinces desservies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="370"/>
        <source>Languages of the chosen provider:</source>
        <translation>Langues de l’intervenant choisi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="371"/>
        <source>Languages the chosen provider speaks</source>
        <translation>Langues que parle l’intervenant choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="372"/>
        <source>Its knowledge domains:</source>
        <translation>Ses domaines de connaissance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="372"/>
        <source>Knowledge domains of the chosen provider</source>
        <translation>Domaines de connaissance de l’intervenant choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="373"/>
        <source>Provinces it serves:</source>
        <translation>Provinces qu’il dessert&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="373"/>
        <source>Provinces the chosen provider serves</source>
        <translation>Provinces que dessert l’intervenant choisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="270"/>
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n intervenant</numerusform>
            <numerusform>%n intervenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="271"/>
        <source>%n help line(s)</source>
        <translation>
            <numerusform>%n ligne d’aide</numerusform>
            <numerusform>%n lignes d’aide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="272"/>
        <source>%n letter template(s)</source>
        <translation>
            <numerusform>%n modèle de lettre</numerusform>
            <numerusform>%n modèles de lettre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="273"/>
        <source>%n knowledge card(s)</source>
        <translation>
            <numerusform>%n fiche de connaissances</numerusform>
            <numerusform>%n fiches de connaissances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="274"/>
        <source>The pack is valid: %1, %2, %3, %4.</source>
        <translation>Le paquet est valide&#xa0;: %1, %2, %3, %4.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="367"/>
        <source>Languages of the chosen help line:</source>
        <translation>Langues de la ligne d’aide choisie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_editor.py" line="368"/>
        <source>Languages the chosen help line answers in</source>
        <translation>Langues dans lesquelles la ligne d’aide choisie répond</translation>
    </message>
</context>
<context>
    <name>PackImport</name>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="48"/>
        <source>This pack is not signed, so TrustDesk cannot know who made it. It was not imported; nothing was changed.</source>
        <translation>Ce paquet n’est pas signé&#xa0;: TrustDesk ne peut pas savoir qui l’a fait. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="51"/>
        <source>This pack was changed after it was signed (or the file is damaged). It was not imported; nothing was changed.</source>
        <translation>Ce paquet a été modifié après sa signature (ou le fichier est endommagé). Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="54"/>
        <source>This pack was signed by someone other than your coordinator. It was not imported; nothing was changed.</source>
        <translation>Ce paquet a été signé par quelqu’un d’autre que votre coordinateur. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="57"/>
        <source>This build of TrustDesk has no coordinator key, so it cannot import organisation packs. Ask your coordinator for the installer that belongs with your organisation. Nothing was changed.</source>
        <translation>Cette version de TrustDesk n’a pas de clé de coordinateur et ne peut donc pas importer de paquets d’organisation. Demandez à votre coordinateur l’installateur de votre organisation. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="61"/>
        <source>This file is not a valid organisation pack. It was not imported; nothing was changed.</source>
        <translation>Ce fichier n’est pas un paquet d’organisation valide. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="64"/>
        <source>A newer version of this pack is already imported. This older version was not imported; nothing was changed.</source>
        <translation>Une version plus récente de ce paquet est déjà importée. Cette version plus ancienne n’a pas été importée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="67"/>
        <source>This version of the pack is already imported. Nothing was changed.</source>
        <translation>Cette version du paquet est déjà importée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="69"/>
        <source>This pack is larger than TrustDesk accepts. It was not imported; nothing was changed.</source>
        <translation>Ce paquet est plus volumineux que ce que TrustDesk accepte. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="72"/>
        <source>This pack holds files with unsafe names. It was not imported; nothing was changed.</source>
        <translation>Ce paquet contient des fichiers aux noms dangereux. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="75"/>
        <source>This pack holds too many files. It was not imported; nothing was changed.</source>
        <translation>Ce paquet contient trop de fichiers. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="85"/>
        <source>The coordinator key of this build is damaged, so no pack can be checked. Reinstall TrustDesk. Nothing was changed.</source>
        <translation>La clé de coordinateur de cette version est endommagée&#xa0;: aucun paquet ne peut être vérifié. Réinstallez TrustDesk. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="112"/>
        <source>Organisation pack “%1” (%2), version %3, made on %4.</source>
        <translation>Paquet d’organisation «&#xa0;%1&#xa0;» (%2), version %3, créé le %4.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="115"/>
        <source>Signed with your coordinator&apos;s key (%1).</source>
        <translation>Signé avec la clé de votre coordinateur (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="125"/>
        <source>Help lines: %1 (they replace the current list).</source>
        <translation>Lignes d’aide&#xa0;: %1 (elles remplacent la liste actuelle).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="155"/>
        <source>Your own entries and everything you changed stay as they are.</source>
        <translation>Vos propres entrées et tout ce que vous avez modifié restent tels quels.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="161"/>
        <source>Imported. Providers: %1. Letter templates: %2.</source>
        <translation>Importé. Intervenants&#xa0;: %1. Modèles de lettre&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="279"/>
        <source>Import organisation pack</source>
        <translation>Importer un paquet d’organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="280"/>
        <source>Organisation packs (*.zip *.tdpack);;All files (*)</source>
        <translation>Paquets d’organisation (*.zip *.tdpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="134"/>
        <source>Your coordinator changes keys: after this import, only packs signed with the new key (%1) are accepted.</source>
        <translation>Votre coordinateur change de clé&#xa0;: après cette importation, seuls les paquets signés avec la nouvelle clé (%1) sont acceptés.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="147"/>
        <source>A new card of your coordinator, fingerprint %1: compare it by phone before intakes and figures use it (Coordinator › My contact card).</source>
        <translation>Une nouvelle carte de votre coordinateur, empreinte %1&#xa0;: comparez-la par téléphone avant que demandes et chiffres ne l’utilisent (Coordinateur › Ma carte de contact).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="152"/>
        <source>Current TrustDesk release: %1 of %2.</source>
        <translation>Version actuelle de TrustDesk&#xa0;: %1 du %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="77"/>
        <source>This pack was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk, then import the pack again. It was not imported; nothing was changed.</source>
        <translation>Ce paquet a été créé par un TrustDesk plus récent. Demandez ce TrustDesk plus récent à votre coordinateur, puis importez à nouveau le paquet. Il n’a pas été importé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="128"/>
        <source>Knowledge cards: %1 (they replace the current cards).</source>
        <translation>Fiches de connaissances&#xa0;: %1 (elles remplacent les fiches actuelles).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="140"/>
        <source>Warning: this pack carries a DIFFERENT coordinator card (%1…) than the one you compared by phone (%2…). Your confirmed card stays and keeps working; the new one is kept beside it, unconfirmed. Call your coordinator on the number you know before you confirm it (Coordinator › My contact card).</source>
        <translation>Attention&#xa0;: ce paquet contient une AUTRE carte du coordinateur (%1…) que celle que vous avez comparée par téléphone (%2…). Votre carte confirmée reste et continue de fonctionner&#xa0;; la nouvelle est gardée à côté, non confirmée. Appelez votre coordinateur au numéro que vous connaissez avant de la confirmer (Coordinateur › Ma carte de contact).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="92"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="94"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="97"/>
        <source>%n changed by you, kept as you left them</source>
        <translation>
            <numerusform>%n modifié par vous, laissé tel quel</numerusform>
            <numerusform>%n modifiés par vous, laissés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="100"/>
        <source>%n no longer in the pack, removed</source>
        <translation>
            <numerusform>%n plus dans le paquet, supprimé</numerusform>
            <numerusform>%n plus dans le paquet, supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="103"/>
        <source>%n you deleted, not brought back</source>
        <translation>
            <numerusform>%n supprimé par vous, pas rétabli</numerusform>
            <numerusform>%n supprimés par vous, pas rétablis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="117"/>
        <source>Providers: %n in the pack; %2.</source>
        <translation>
            <numerusform>Intervenants&#xa0;: %n figure dans le paquet&#xa0;; %2.</numerusform>
            <numerusform>Intervenants&#xa0;: %n figurent dans le paquet&#xa0;; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="120"/>
        <source>Letter templates: %n in the pack; %2.</source>
        <translation>
            <numerusform>Modèles de lettre&#xa0;: %n figure dans le paquet&#xa0;; %2.</numerusform>
            <numerusform>Modèles de lettre&#xa0;: %n figurent dans le paquet&#xa0;; %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="232"/>
        <source>Import organisation pack</source>
        <translation>Importer un paquet d’organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="233"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="234"/>
        <source>Import the pack</source>
        <translation>Importer le paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="235"/>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="236"/>
        <source>What the pack holds</source>
        <translation>Ce que contient le paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="238"/>
        <source>The pack was imported.</source>
        <translation>Le paquet a été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="241"/>
        <source>Your coordinator published this organisation pack:</source>
        <translation>Votre coordinateur a publié ce paquet d’organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="242"/>
        <source>Import this organisation pack?</source>
        <translation>Importer ce paquet d’organisation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="245"/>
        <source>This pack cannot be imported.</source>
        <translation>Ce paquet ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="249"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/pack_import.py" line="249"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PackIssue</name>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="16"/>
        <source>kinds of care</source>
        <translation>types de soins</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="24"/>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="33"/>
        <source>%1, field “%2”: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="51"/>
        <source>Allowed: %1.</source>
        <translation>Valeurs admises&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="54"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/desk/pack_issue_text.py" line="54"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/page.py" line="123"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n élément.</numerusform>
            <numerusform>%n éléments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="120"/>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="121"/>
        <source>&amp;Repeat it:</source>
        <translation>Répéte&amp;z-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="122"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="123"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="124"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="133"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère&#xa0;; quelques mots sans lien entre eux se retiennent facilement et se devinent difficilement.</numerusform>
            <numerusform>Utilisez au moins %n caractères&#xa0;; quelques mots sans lien entre eux se retiennent facilement et se devinent difficilement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="136"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Trop court&#xa0;: au moins %n caractère.</numerusform>
            <numerusform>Trop court&#xa0;: au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="137"/>
        <source>Strength: very weak.</source>
        <translation>Solidité&#xa0;: très faible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="137"/>
        <source>Strength: weak.</source>
        <translation>Solidité&#xa0;: faible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="137"/>
        <source>Strength: fair.</source>
        <translation>Solidité&#xa0;: moyenne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="138"/>
        <source>Strength: strong.</source>
        <translation>Solidité&#xa0;: bonne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="138"/>
        <source>Strength: very strong.</source>
        <translation>Solidité&#xa0;: très bonne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="141"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="143"/>
        <source>Add another unusual word to make it stronger.</source>
        <translation>Ajoutez un mot peu courant pour la renforcer.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="125"/>
        <source>Sho&amp;w the passphrase</source>
        <translation>A&amp;fficher la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/passphrase.py" line="126"/>
        <source>Show the passphrase as you type it</source>
        <translation>Afficher la phrase secrète pendant la saisie</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="143"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="144"/>
        <source>It protects every case note in TrustDesk.</source>
        <translation>Elle protège chaque note de dossier dans TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="146"/>
        <source>You type this passphrase each time you open TrustDesk. A short sentence or a few unrelated words work well.</source>
        <translation>Vous tapez cette phrase secrète à chaque ouverture de TrustDesk. Une courte phrase ou quelques mots sans lien entre eux conviennent bien.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="149"/>
        <source>Nobody can look it up for you: if you forget it, only the recovery code of the next step opens the vault.</source>
        <translation>Personne ne peut la retrouver pour vous&#xa0;: si vous l’oubliez, seul le code de récupération de l’étape suivante ouvre le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="151"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../trustdesk/ui/kit/path_field.py" line="48"/>
        <source>That is a folder. Name the file itself, or choose it.</source>
        <translation>C’est un répertoire. Indiquez le fichier lui-même, ou choisissez-le.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/path_field.py" line="50"/>
        <source>There is no file there. Check the path, or choose the file.</source>
        <translation>Il n’y a pas de fichier à cet endroit. Vérifiez le chemin ou choisissez le fichier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/path_field.py" line="52"/>
        <source>That is not a file TrustDesk can read.</source>
        <translation>Ce n’est pas un fichier que TrustDesk peut lire.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="45"/>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="46"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="53"/>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="70"/>
        <source>Fit &amp;width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="73"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="97"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="122"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="129"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/pdf_preview.py" line="71"/>
        <source>W&amp;hole page</source>
        <translation>&amp;Page entière</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="119"/>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="131"/>
        <source>✓ Saved: your letters are signed with it.</source>
        <translation>✓ Enregistré&#xa0;: vos lettres sont signées ainsi.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="134"/>
        <source>Letters are signed by</source>
        <translation>Lettres signées par</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="135"/>
        <source>Your name, title and contact line close every letter, with your role as trust person under your name. The RIZIV/INAMI number is printed only if you enter it.</source>
        <translation>Votre nom, votre titre et votre ligne de contact terminent chaque lettre, avec votre rôle de personne de confiance sous votre nom. Le numéro INAMI n’est imprimé que si vous l’indiquez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="137"/>
        <source>Sa&amp;ve profile</source>
        <translation>Enregistrer le pr&amp;ofil</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="138"/>
        <source>Save your profile</source>
        <translation>Enregistrer votre profil</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="64"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="64"/>
        <source>Your name as you sign letters</source>
        <translation>Votre nom tel que vous signez vos lettres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="64"/>
        <source>Dr. An Peeters</source>
        <translation>Dr Anne Dubois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="65"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="65"/>
        <source>Your title or discipline</source>
        <translation>Votre titre ou votre discipline</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="65"/>
        <source>general practitioner</source>
        <translation>médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="66"/>
        <source>Contact lin&amp;e:</source>
        <translation>Ligne de &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="66"/>
        <source>Phone number and e-mail address for letters</source>
        <translation>Numéro de téléphone et adresse e-mail pour les lettres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="67"/>
        <source>0470 12 34 56 · name@example.be</source>
        <translation>0470 12 34 56 · nom@example.be</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="68"/>
        <source>RI&amp;ZIV/INAMI number:</source>
        <translation>N&amp;uméro INAMI&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="68"/>
        <source>RIZIV/INAMI number (optional)</source>
        <translation>Numéro INAMI (facultatif)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/profile.py" line="68"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="176"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="177"/>
        <source>Your referral letters are signed with it.</source>
        <translation>Vos lettres d’orientation sont signées ainsi.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="178"/>
        <source>As you sign a letter to a colleague: your name, your title and a contact line. The RIZIV/INAMI number is optional. You can change all of it later in Settings.</source>
        <translation>Comme vous signez une lettre à un ou une collègue&#xa0;: votre nom, votre titre et une ligne de contact. Le numéro INAMI est facultatif. Vous pourrez tout modifier plus tard dans «&#xa0;Paramètres&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProviderDetails</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="250"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="251"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="252"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="255"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="256"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="257"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="258"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="259"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="260"/>
        <source>Sees physicians as patients</source>
        <translation>Reçoit des médecins comme patients</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="261"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="261"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="262"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="263"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="254"/>
        <source>Knowledge domains</source>
        <translation>Domaines de connaissance</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="156"/>
        <source>New provider</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="156"/>
        <source>Edit provider</source>
        <translation>Modifier l’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="157"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="159"/>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="159"/>
        <source>No&amp;tes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="159"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="162"/>
        <source>Kind of provider</source>
        <translation>Type d’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="162"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="163"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="164"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="164"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="165"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="165"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="166"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="166"/>
        <source>Sees physicians as patients</source>
        <translation>Reçoit des médecins comme patients</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="167"/>
        <source>Save the provider</source>
        <translation>Enregistrer l’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="170"/>
        <source>&amp;Sees physicians as patients</source>
        <translation>Reçoit des &amp;médecins comme patients</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="204"/>
        <source>Give the provider a name.</source>
        <translation>Donnez un nom à l’intervenant.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>Knowledge domains</source>
        <translation>Domaines de connaissance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>Provinces served</source>
        <translation>Provinces desservies</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="158"/>
        <source>P&amp;lace</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="163"/>
        <source>Place (town or area)</source>
        <translation>Lieu (commune ou région)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="173"/>
        <source>Knowledge domain: %1</source>
        <translation>Domaine de connaissance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/provider_dialog.py" line="176"/>
        <source>Serves: %1</source>
        <translation>Dessert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProviderLabels</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="37"/>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="38"/>
        <source>Psychiatrist</source>
        <translation>Psychiatre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="39"/>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="40"/>
        <source>Addiction care</source>
        <translation>Aide en assuétudes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="41"/>
        <source>Occupational physician</source>
        <translation>Médecin du travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="43"/>
        <source>Wellbeing activity</source>
        <translation>Activité de bien-être</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="44"/>
        <source>Crisis line</source>
        <translation>Ligne de crise</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="59"/>
        <source>Your own entry</source>
        <translation>Votre propre entrée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="61"/>
        <source>Starter directory</source>
        <translation>Annuaire de départ</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="64"/>
        <source>Organisation pack %1, version %2</source>
        <translation>Paquet d’organisation %1, version %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="67"/>
        <source> (changed by you: updates leave it alone)</source>
        <translation> (modifié par vous&#xa0;: les mises à jour n’y touchent pas)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="220"/>
        <source>Sees physicians as patients</source>
        <translation>Reçoit des médecins comme patients</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="42"/>
        <source>Peer coaching / team programme</source>
        <translation>Coaching par les pairs / trajet d’équipe</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="229"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="230"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="231"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="232"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="233"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_model.py" line="234"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="253"/>
        <source>Delete provider</source>
        <translation>Supprimer l’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="254"/>
        <source>Delete “%1” from your directory? Referrals that name it keep the name.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de votre annuaire&#xa0;? Les orientations qui le nomment gardent le nom.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="272"/>
        <source>That file cannot be read. Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être lu. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="299"/>
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>%n intervenant exporté.</numerusform>
            <numerusform>%n intervenants exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="330"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="336"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="352"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="377"/>
        <source>Choose a provider to see the details.</source>
        <translation>Choisissez un intervenant pour en voir les détails.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="391"/>
        <source>%1 of %n provider(s) shown.</source>
        <translation>
            <numerusform>%1 sur %n intervenant affiché.</numerusform>
            <numerusform>%1 sur %n intervenants affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="410"/>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="436"/>
        <source>Providers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="413"/>
        <source>Your provider directory is empty.</source>
        <translation>Votre annuaire d’intervenants est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="416"/>
        <source>%n provider(s) in your directory.</source>
        <translation>
            <numerusform>%n intervenant dans votre annuaire.</numerusform>
            <numerusform>%n intervenants dans votre annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="421"/>
        <source>&amp;New provider…</source>
        <translation>&amp;Nouvel intervenant…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="421"/>
        <source>New provider</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="422"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="422"/>
        <source>Edit the chosen provider</source>
        <translation>Modifier l’intervenant choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="423"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="423"/>
        <source>Delete the chosen provider</source>
        <translation>Supprimer l’intervenant choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="427"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="428"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="429"/>
        <source>Import organisation &amp;pack…</source>
        <translation>Importer un &amp;paquet d’organisation…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="430"/>
        <source>Search name, organisation, address, notes…</source>
        <translation>Chercher un nom, une organisation, une adresse, des notes…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="431"/>
        <source>Search the directory</source>
        <translation>Rechercher dans l’annuaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="432"/>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="433"/>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="434"/>
        <source>Filter by region</source>
        <translation>Filtrer par région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="437"/>
        <source>Details of the chosen provider</source>
        <translation>Données de l’intervenant choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="342"/>
        <source>All knowledge domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="435"/>
        <source>Filter by knowledge domain</source>
        <translation>Filtrer par domaine de connaissance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="295"/>
        <source>The provider directory (CSV, with the providers&apos; notes)</source>
        <translation>L’annuaire des intervenants (CSV, avec les notes sur les intervenants)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="424"/>
        <source>&amp;Import and export</source>
        <translation>&amp;Importer et exporter</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/directory/providers_page.py" line="424"/>
        <source>Import and export: CSV files, organisation packs</source>
        <translation>Importer et exporter&#xa0;: fichiers CSV, paquets d’organisation</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="23"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="24"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../trustdesk/ui/kit/qt_words.py" line="26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="87"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="88"/>
        <source>Confirm it is you</source>
        <translation>Confirmez que c’est bien vous</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="90"/>
        <source>This will leave the encrypted vault:</source>
        <translation>Ceci va quitter le coffre-fort chiffré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="165"/>
        <source>Type your passphrase to continue. You will not be asked again for two minutes.</source>
        <translation>Tapez votre phrase secrète pour continuer. Elle ne vous sera plus demandée pendant deux minutes.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="113"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="114"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="171"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="118"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="120"/>
        <source>Use the recovery code instead</source>
        <translation>Utiliser plutôt le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="133"/>
        <location filename="../../trustdesk/ui/output/reauth.py" line="135"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="139"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="159"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="171"/>
        <source>&amp;Recovery code:</source>
        <translation>Code de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="214"/>
        <source>That is not right. Nothing has left the vault.</source>
        <translation>Ce n’est pas correct. Rien n’a quitté le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/reauth.py" line="163"/>
        <source>Type your recovery code to continue. You will not be asked again for two minutes.</source>
        <translation>Tapez votre code de récupération pour continuer. Il ne vous sera plus demandé pendant deux minutes.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="142"/>
        <source>receipt confirmed on %1</source>
        <translation>réception confirmée le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="143"/>
        <source>awaiting the receipt</source>
        <translation>en attente de l’accusé de réception</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="144"/>
        <source>%1: %2 to %3 — %4</source>
        <translation>%1&#xa0;: %2 à %3 — %4</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="146"/>
        <source>Your handovers:</source>
        <translation>Vos transferts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="163"/>
        <source>✓ Receipt confirmed: your successor received %1 (handed over on %2). You may now keep only the minimum of these cases.</source>
        <translation>✓ Réception confirmée&#xa0;: votre successeur a reçu %1 (transféré le %2). Vous pouvez maintenant ne garder que le minimum de ces dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="173"/>
        <source>That is not a receipt code: it has 16 letters and digits, in 4 groups of 4. Check what you typed. Nothing was changed.</source>
        <translation>Ce n’est pas un code d’accusé de réception&#xa0;: il compte 16 lettres et chiffres, en 4 groupes de 4. Vérifiez ce que vous avez tapé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="176"/>
        <source>That receipt code belongs to none of your handovers. Check it with your successor. Nothing was changed.</source>
        <translation>Ce code d’accusé de réception ne correspond à aucun de vos transferts. Vérifiez-le avec votre successeur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="186"/>
        <source>Say who took these cases over first.</source>
        <translation>Indiquez d’abord qui a repris ces dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="195"/>
        <source>Handed over to %1; received (receipt confirmed on %2).</source>
        <translation>Transféré à %1&#xa0;; reçu (réception confirmée le %2).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="203"/>
        <source>Done: of %1 only the fact of the handover, its date, the successor and the anonymous figures are kept; everything else was erased.</source>
        <translation>Terminé&#xa0;: de %1, seuls le fait du transfert, sa date, le successeur et les chiffres anonymes sont gardés&#xa0;; tout le reste a été effacé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="206"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="213"/>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="214"/>
        <source>Confirm a receipt</source>
        <translation>Confirmer un accusé de réception</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="216"/>
        <source>After importing your handover file, your successor&apos;s TrustDesk shows a receipt code. Type it here: it proves the cases arrived, and only then can you erase your copy of them.</source>
        <translation>Après l’import de votre fichier de transfert, le TrustDesk de votre successeur affiche un code d’accusé de réception. Tapez-le ici&#xa0;: il prouve que les dossiers sont arrivés, et c’est seulement alors que vous pouvez effacer votre copie.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="218"/>
        <source>&amp;Receipt code:</source>
        <translation>&amp;Accusé de réception&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="219"/>
        <source>Receipt code</source>
        <translation>Code d’accusé de réception</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="221"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="222"/>
        <source>Check the receipt code</source>
        <translation>Vérifier le code d’accusé de réception</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="223"/>
        <source>&amp;Successor:</source>
        <translation>&amp;Successeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="224"/>
        <source>The trust person who took the cases over</source>
        <translation>La personne de confiance qui a repris les dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="225"/>
        <source>&amp;Keep only the minimum</source>
        <translation>Ne garder que le &amp;minimum</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="226"/>
        <source>Keep only the minimum of the handed-over cases</source>
        <translation>Ne garder que le minimum des dossiers transférés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="227"/>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="228"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receipt.py" line="190"/>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
</context>
<context>
    <name>ReceiveHandoverDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="228"/>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="219"/>
        <source>Choose the handover file first.</source>
        <translation>Choisissez d’abord le fichier de transfert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="297"/>
        <source>%n case(s), made on %1.</source>
        <translation>
            <numerusform>%n dossier, créé le %1.</numerusform>
            <numerusform>%n dossiers, créés le %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="298"/>
        <source>Included: %1.</source>
        <translation>Inclus&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="299"/>
        <source>%n contact note(s)</source>
        <translation>
            <numerusform>%n note de contact</numerusform>
            <numerusform>%n notes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="301"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n orientation</numerusform>
            <numerusform>%n orientations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="378"/>
        <source>Imported %n case(s), in the order of your predecessor&apos;s codes:</source>
        <translation>
            <numerusform>%n dossier importé&#xa0;:</numerusform>
            <numerusform>%n dossiers importés, dans l’ordre des codes de votre prédécesseur&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="379"/>
        <source>%1 (was %2 at your predecessor)</source>
        <translation>%1 (était %2 chez votre prédécesseur)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="381"/>
        <source>Each case shows the code it had before; the audit log of both of you records this.</source>
        <translation>Chaque dossier affiche le code qu’il avait avant&#xa0;; le journal d’audit de chacun de vous deux l’enregistre.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="390"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="400"/>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="401"/>
        <source>Receive handover</source>
        <translation>Recevoir un transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="403"/>
        <source>Open the handover file from your predecessor and type the code you received from them separately. You see what is inside before anything is imported.</source>
        <translation>Ouvrez le fichier de transfert de votre prédécesseur et tapez le code reçu séparément. Vous voyez ce qu’il contient avant que rien ne soit importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="405"/>
        <source>Choose &amp;file…</source>
        <translation>Choisir le fic&amp;hier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="406"/>
        <source>Choose the handover file</source>
        <translation>Choisir le fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="408"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="409"/>
        <source>Handover code</source>
        <translation>Code de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="411"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="412"/>
        <source>Open the file with this code</source>
        <translation>Ouvrir le fichier avec ce code</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="418"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="419"/>
        <source>Import the cases</source>
        <translation>Importer les dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="420"/>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="421"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="300"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tâche ouverte</numerusform>
            <numerusform>%n tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="405"/>
        <source>Handover file</source>
        <translation>Fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="407"/>
        <source>the .tdhandover file: type its path or choose it</source>
        <translation>le fichier .tdhandover&#xa0;: tapez son chemin ou choisissez-le</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="271"/>
        <source>• %1, opened %2</source>
        <translation>• %1, ouvert le %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="283"/>
        <source>already here as %1 (received earlier)</source>
        <translation>déjà ici sous %1 (reçu plus tôt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="287"/>
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… et encore %n dossier</numerusform>
            <numerusform>… et encore %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="302"/>
        <source>The cases, in the order they will be imported:</source>
        <translation>Les dossiers, dans l’ordre de leur import&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="383"/>
        <source>Your receipt code: %1</source>
        <translation>Votre code d’accusé de réception&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="384"/>
        <source>Read it to your predecessor (on the phone, or on paper). Only with this code can they erase their copy of these cases: it proves the cases arrived here.</source>
        <translation>Communiquez-le à votre prédécesseur (par téléphone, ou sur papier). Ce n’est qu’avec ce code qu’il peut effacer sa copie de ces dossiers&#xa0;: il prouve que les dossiers sont arrivés ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="318"/>
        <source>Possible conflict of interest: the workplace of %n incoming case(s) overlaps your own affiliations. Decide before importing:</source>
        <translation>
            <numerusform>Conflit d’intérêts possible&#xa0;: le lieu de travail de %n dossier reçu recoupe vos propres affiliations. Décidez avant d’importer&#xa0;:</numerusform>
            <numerusform>Conflit d’intérêts possible&#xa0;: le lieu de travail de %n dossiers reçus recoupe vos propres affiliations. Décidez avant d’importer&#xa0;:</numerusform>
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
        <translation>Décidez d’abord au sujet du conflit d’intérêts possible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="413"/>
        <source>&amp;Keep them, for this reason:</source>
        <translation>&amp;Les garder, pour ce motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="414"/>
        <source>Keep the cases despite the possible conflict</source>
        <translation>Garder les dossiers malgré le conflit possible</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="415"/>
        <source>Why you keep the cases</source>
        <translation>Pourquoi vous gardez les dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="416"/>
        <source>&amp;Return them: store only the minimum and close them</source>
        <translation>&amp;Les renvoyer&#xa0;: ne garder que le minimum et les clôturer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="417"/>
        <source>Return the conflicting cases</source>
        <translation>Renvoyer les dossiers en conflit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="276"/>
        <source>status: %1</source>
        <translation>statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="279"/>
        <source>risk: %1</source>
        <translation>risque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/handover_receive.py" line="386"/>
        <source>You can show it again later: Handover → Show my receipt codes…</source>
        <translation>Vous pourrez l’afficher à nouveau plus tard&#xa0;: Transfert → Afficher mes codes d’accusé de réception…</translation>
    </message>
</context>
<context>
    <name>ReceivedReceiptsDialog</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="80"/>
        <source>Received %1: %n case(s) (%2)</source>
        <translation>
            <numerusform>Reçu le %1&#xa0;: %n dossier (%2)</numerusform>
            <numerusform>Reçu le %1&#xa0;: %n dossiers (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="86"/>
        <source>Receipt code %1</source>
        <translation>Code d’accusé de réception %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="94"/>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="95"/>
        <source>My receipt codes</source>
        <translation>Mes codes d’accusé de réception</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="97"/>
        <source>The receipt code of each handover you received. Read it to your predecessor: it proves the cases arrived, and only with it can they erase their copy.</source>
        <translation>Le code d’accusé de réception de chaque transfert reçu. Lisez-le à votre prédécesseur&#xa0;: il prouve que les dossiers sont arrivés, et ce n’est qu’avec lui qu’il peut effacer sa copie.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="99"/>
        <source>No receipt code to show: you have received no handover here (or only before TrustDesk kept them).</source>
        <translation>Aucun code d’accusé de réception à afficher&#xa0;: vous n’avez reçu aucun transfert ici (ou seulement avant que TrustDesk ne les conserve).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="100"/>
        <source>Handovers received</source>
        <translation>Transferts reçus</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="103"/>
        <location filename="../../trustdesk/ui/security/received_receipts.py" line="104"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="60"/>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="61"/>
        <source>Recovery kit</source>
        <translation>Kit de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="63"/>
        <source>The kit is one page with your recovery code, the vault number and what to do when you forget the passphrase or lose this computer. Print it and keep it with your important papers, away from this computer.</source>
        <translation>Le kit est une page avec votre code de récupération, le numéro du coffre-fort et la marche à suivre si vous oubliez la phrase secrète ou perdez cet ordinateur. Imprimez-le et gardez-le avec vos papiers importants, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="69"/>
        <source>If you save it as a PDF instead, keep the file on a USB stick stored elsewhere, not on this computer: anyone with the file and this computer can open your vault.</source>
        <translation>Si vous l’enregistrez plutôt en PDF, gardez le fichier sur une clé USB rangée ailleurs, pas sur cet ordinateur&#xa0;: qui a le fichier et cet ordinateur peut ouvrir votre coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="73"/>
        <source>&amp;Print the kit…</source>
        <translation>&amp;Imprimer le kit…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="74"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="95"/>
        <source>Recovery kit with your recovery code (PDF)</source>
        <translation>Kit de récupération avec votre code de récupération (PDF)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="112"/>
        <source>The kit was sent to the printer. Collect the page now.</source>
        <translation>Le kit a été envoyé à l’imprimante. Récupérez la page maintenant.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/recovery_kit.py" line="126"/>
        <source>Saved as %1. Move it off this computer.</source>
        <translation>Enregistré sous %1. Déplacez-le hors de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="190"/>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="191"/>
        <source>Shown once. Write it down or print it, and keep it somewhere safe.</source>
        <translation>Affiché une seule fois. Notez-le ou imprimez-le, et gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="193"/>
        <source>With this code you open your vault when you forget the passphrase or move to a new computer. Keep it apart from this computer, for instance with your important papers.</source>
        <translation>Ce code ouvre votre coffre-fort si vous oubliez la phrase secrète ou changez d’ordinateur. Conservez-le à l’écart de cet ordinateur, par exemple avec vos papiers importants.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="195"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="197"/>
        <source>Print a recovery kit</source>
        <translation>Imprimer un kit de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="198"/>
        <source>One page to print: the recovery code and what to do with it</source>
        <translation>Une page à imprimer&#xa0;: le code de récupération et ce qu’il faut en faire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="202"/>
        <source>This computer has no keychain that TrustDesk can use, so on this computer your vault is protected by your passphrase alone. Choose it long, and keep the recovery code safe.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable par TrustDesk&#xa0;: sur cet ordinateur, votre coffre-fort est donc protégé uniquement par votre phrase secrète. Choisissez-la longue et gardez le code de récupération en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="196"/>
        <source>Print a recovery &amp;kit…</source>
        <translation>Imprimer un &amp;kit de récupération…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard.py" line="199"/>
        <source>&amp;I have written down or printed the recovery code</source>
        <translation>&amp;J’ai noté ou imprimé le code de récupération</translation>
    </message>
</context>
<context>
    <name>ReferralDetails</name>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="110"/>
        <source>Given on %1</source>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="112"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="113"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="119"/>
        <source>Kept (%1)</source>
        <translation>Gardée (%1)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="121"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="123"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="124"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="125"/>
        <source>May be shared</source>
        <translation>Peut être partagé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="126"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="127"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="128"/>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="62"/>
        <source>may be a direct colleague of the doctor</source>
        <translation>est peut-être un collègue direct du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="355"/>
        <source>⚠ %1 %2: the doctor&apos;s workplace and this provider overlap. Check before referring.</source>
        <translation>⚠ %1 %2&#xa0;: le lieu de travail du médecin et cet intervenant se recoupent. Vérifiez avant d’orienter.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="369"/>
        <source>A letter was written with this consent; it stays recorded.</source>
        <translation>Une lettre a été rédigée avec ce consentement&#xa0;; il reste noté.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="375"/>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="375"/>
        <source>Edit referral</source>
        <translation>Modifier l’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="376"/>
        <source>Provider</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="377"/>
        <source>&amp;Search the directory:</source>
        <translation>&amp;Rechercher dans l’annuaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="378"/>
        <source>&amp;Name (or type one not in the directory):</source>
        <translation>&amp;Nom (de l’annuaire, ou saisi librement)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="379"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="380"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="381"/>
        <source>The doctor&apos;s consent</source>
        <translation>Consentement du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="382"/>
        <source>The doctor &amp;agrees to this referral</source>
        <translation>Le médecin &amp;accepte cette orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="383"/>
        <source>Consent &amp;given on:</source>
        <translation>Consentement &amp;donné le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="385"/>
        <source>e.g. name, phone number and a short description</source>
        <translation>p. ex. nom, numéro de téléphone et une brève description</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="391"/>
        <source>&amp;Feedback notes:</source>
        <translation>Notes de ret&amp;our&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="392"/>
        <source>Search the directory</source>
        <translation>Rechercher dans l’annuaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="392"/>
        <source>Providers to choose from</source>
        <translation>Intervenants parmi lesquels choisir</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="393"/>
        <source>Provider name</source>
        <translation>Nom de l’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="393"/>
        <source>Kind of provider</source>
        <translation>Type d’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="434"/>
        <source>Say what the doctor agreed may be shared, or tick the details it covers.</source>
        <translation>Indiquez ce que le médecin accepte de partager, ou cochez les données couvertes par son accord.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="394"/>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="156"/>
        <source>Reason for the referral</source>
        <translation>Motif de l’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="395"/>
        <source>The doctor agrees to this referral</source>
        <translation>Le médecin accepte cette orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="396"/>
        <source>Date the consent was given</source>
        <translation>Date à laquelle le consentement a été donné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="397"/>
        <source>What may be shared</source>
        <translation>Ce qui peut être partagé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="397"/>
        <source>Feedback notes</source>
        <translation>Notes de retour</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="398"/>
        <source>Save the referral</source>
        <translation>Enregistrer l’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="398"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="429"/>
        <source>Choose a provider from the directory or type a name.</source>
        <translation>Choisissez un intervenant dans l’annuaire ou tapez un nom.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="384"/>
        <source>&amp;What may be shared:</source>
        <translation>Ce qui peut être &amp;partagé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="81"/>
        <source>crisis line (high risk)</source>
        <translation>ligne de crise (risque élevé)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="310"/>
        <source>Relevant for this case: %1</source>
        <translation>Pertinent pour ce dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="386"/>
        <source>In the letter:</source>
        <translation>Dans la lettre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="151"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="152"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="153"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="154"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/case_labels.py" line="155"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="390"/>
        <source>The letter may give: %1</source>
        <translation>La lettre peut mentionner&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="93"/>
        <source>Dutch-speaking</source>
        <translation>néerlandophone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="94"/>
        <source>French-speaking</source>
        <translation>francophone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="95"/>
        <source>English-speaking</source>
        <translation>anglophone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="96"/>
        <source>German-speaking</source>
        <translation>germanophone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referral_dialog.py" line="103"/>
        <source>Suits this case: %1</source>
        <translation>Adapté à ce dossier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="66"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="67"/>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="68"/>
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="69"/>
        <source>Accepted by the provider</source>
        <translation>Acceptée par l’intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="70"/>
        <source>First appointment</source>
        <translation>Premier rendez-vous</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="71"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="72"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="283"/>
        <source>This step needs the doctor&apos;s recorded consent. Record it with Edit first.</source>
        <translation>Cette étape demande le consentement noté du médecin. Notez-le d’abord via Modifier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="301"/>
        <source>Delete referral</source>
        <translation>Supprimer l’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="302"/>
        <source>Delete the referral to “%1”, with its letter and notes?</source>
        <translation>Supprimer l’orientation vers «&#xa0;%1&#xa0;», avec sa lettre et ses notes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="337"/>
        <source>Referral letter for case %1</source>
        <translation>Lettre d’orientation pour le dossier %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="381"/>
        <source>yes, %1</source>
        <translation>oui, %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="382"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="420"/>
        <source>This referral has ended: no further steps.</source>
        <translation>Cette orientation est terminée&#xa0;: plus d’étapes.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="427"/>
        <source>No letter without the doctor&apos;s recorded consent. Record the consent with Edit first.</source>
        <translation>Pas de lettre sans le consentement noté du médecin. Notez d’abord le consentement via Modifier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="430"/>
        <source>The letter was sent; it stays as it was sent.</source>
        <translation>La lettre a été envoyée&#xa0;; elle reste telle qu’envoyée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="433"/>
        <source>Write or rewrite the letter from a template.</source>
        <translation>Rédiger ou réécrire la lettre à partir d’un modèle.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="436"/>
        <source>Write the letter first.</source>
        <translation>Rédigez d’abord la lettre.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Provider</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="447"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="449"/>
        <source>No referrals for this case yet. Referrals to a psychologist, GP, addiction care or peer coaching will appear here, each with the doctor&apos;s recorded consent, its letter and where it stands.</source>
        <translation>Pas encore d’orientation pour ce dossier. Les orientations vers un psychologue, un médecin généraliste, l’aide en assuétudes ou le coaching par les pairs apparaîtront ici, chacune avec le consentement noté du médecin, sa lettre et son état d’avancement.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="451"/>
        <source>Next &amp;step:</source>
        <translation>&amp;Étape suivante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="452"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle orientation…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="452"/>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="453"/>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="455"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="455"/>
        <source>Edit the chosen referral</source>
        <translation>Modifier l’orientation choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="456"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="456"/>
        <source>Delete the chosen referral</source>
        <translation>Supprimer l’orientation choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="457"/>
        <source>&amp;Write letter…</source>
        <translation>&amp;Rédiger la lettre…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="457"/>
        <source>Write the referral letter</source>
        <translation>Rédiger la lettre d’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="458"/>
        <source>Letter &amp;PDF…</source>
        <translation>Lettre en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="458"/>
        <source>Preview, print or save the letter as PDF</source>
        <translation>Prévisualiser, imprimer ou enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="459"/>
        <source>&amp;Record step</source>
        <translation>Noter l’é&amp;tape</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="459"/>
        <source>Record the chosen step on the chosen date</source>
        <translation>Noter l’étape choisie à la date choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="464"/>
        <source>Next step of the referral</source>
        <translation>Étape suivante de l’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="465"/>
        <source>Date of the step</source>
        <translation>Date de l’étape</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="466"/>
        <source>Referrals of this case</source>
        <translation>Orientations de ce dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/referrals_tab.py" line="467"/>
        <source>Details of the chosen referral</source>
        <translation>Données de l’orientation choisie</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="25"/>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="26"/>
        <source>Re-key after a suspected leak</source>
        <translation>Changer de clé après une fuite présumée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="28"/>
        <source>Re-keying gives the vault a new key and re-encrypts it, with a new recovery code (shown once). Copies of the old key file and the old recovery code then no longer open this vault. Backups made before still open with the passphrase and recovery code they were made with: delete them if those may have leaked. Leave the new passphrase empty to keep the current one.</source>
        <translation>Changer de clé donne au coffre-fort une nouvelle clé et le chiffre à nouveau, avec un nouveau code de récupération (affiché une seule fois). Les copies de l’ancien fichier de clés et l’ancien code de récupération n’ouvrent alors plus ce coffre-fort. Les sauvegardes faites auparavant s’ouvrent toujours avec la phrase secrète et le code de récupération avec lesquels elles ont été faites&#xa0;: supprimez-les s’ils ont pu fuiter. Laissez la nouvelle phrase secrète vide pour garder l’actuelle.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="37"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="38"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="47"/>
        <source>Re-&amp;key</source>
        <translation>Changer de &amp;clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="49"/>
        <source>Re-key</source>
        <translation>Changer de clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/rekey_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReleaseNotice</name>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="29"/>
        <source>⚠ TrustDesk %1 fixes a security problem. Ask your coordinator for it soon (you have %2).</source>
        <translation>⚠ TrustDesk %1 corrige un problème de sécurité. Demandez cette version rapidement à votre coordinateur (vous avez la version %2).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/release_notice.py" line="32"/>
        <source>A newer TrustDesk (%1) is available from your coordinator.</source>
        <translation>Un TrustDesk plus récent (%1) est disponible auprès de votre coordinateur.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="354"/>
        <source>Anonymous activity report %1 to %2 (PDF)</source>
        <translation>Rapport d’activité anonyme de %1 à %2 (PDF)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="355"/>
        <source>Anonymous activity report %1 to %2 (CSV)</source>
        <translation>Rapport d’activité anonyme de %1 à %2 (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="369"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="405"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="439"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="440"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="440"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="440"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="443"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="444"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="445"/>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="446"/>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="435"/>
        <source>Quarter of the report</source>
        <translation>Trimestre du rapport</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="411"/>
        <source>Anonymous figures for the knowledge centre. What you see below is exactly what the saved file holds.</source>
        <translation>Des chiffres anonymes pour le centre de connaissances. Ce que vous voyez ci-dessous est exactement ce que contient le fichier enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="434"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/reports/reports_page.py" line="438"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
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
        <translation>Choisissez une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="273"/>
        <source>TrustDesk backups (*.tdbackup)</source>
        <translation>Sauvegardes TrustDesk (*.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="292"/>
        <source>Opening and checking the backup…</source>
        <translation>Ouverture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="308"/>
        <source>That is not a recovery code: a recovery code has 26 letters and digits, in groups of four. Check what you typed.</source>
        <translation>Ce n’est pas un code de récupération&#xa0;: un code de récupération compte 26 lettres et chiffres, par groupes de quatre. Vérifiez ce que vous avez tapé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="312"/>
        <source>That recovery code does not open this backup. Nothing was changed.</source>
        <translation>Ce code de récupération n’ouvre pas cette sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="314"/>
        <source>That passphrase does not open this backup. It needs the passphrase you had when the backup was made. Nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas cette sauvegarde. Il faut la phrase secrète que vous aviez quand la sauvegarde a été faite. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="319"/>
        <source>This backup file is damaged or is not a TrustDesk backup, so it cannot be trusted. Nothing was changed; try another backup.</source>
        <translation>Ce fichier de sauvegarde est endommagé ou n’est pas une sauvegarde TrustDesk&#xa0;: on ne peut pas s’y fier. Rien n’a été modifié&#xa0;; essayez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="340"/>
        <source>Restoring… the vault you have now is kept aside first.</source>
        <translation>Restauration en cours… le coffre-fort actuel est d’abord mis de côté.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="347"/>
        <source>The restore did not start; nothing was changed. Use the recovery code and choose a new passphrase.</source>
        <translation>La restauration n’a pas démarré&#xa0;; rien n’a été modifié. Utilisez le code de récupération et choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="358"/>
        <source>The restore failed and your current vault was left as it was.</source>
        <translation>La restauration a échoué et votre coffre-fort actuel est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="368"/>
        <source>Backup made on %1.</source>
        <translation>Sauvegarde faite le %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="369"/>
        <source>It holds %1, %2 and %3; it was checked and is sound.</source>
        <translation>Elle contient %1, %2 et %3&#xa0;; elle a été vérifiée et elle est intacte.</translation>
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
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="371"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n orientation</numerusform>
            <numerusform>%n orientations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="373"/>
        <source>Restoring replaces the vault on this computer with this backup. Everything written after the backup was made is not in it. The vault you have now is first kept aside as a copy in the data folder, so nothing is lost.</source>
        <translation>La restauration remplace le coffre-fort de cet ordinateur par cette sauvegarde. Tout ce qui a été écrit après la sauvegarde n’y figure pas. Le coffre-fort actuel est d’abord mis de côté comme copie sous Intervenants de données&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="384"/>
        <source>The backup of %1 is restored.</source>
        <translation>La sauvegarde du %1 est restaurée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="386"/>
        <source>The vault you had is kept aside in:
%1
It still holds every case it held; delete that folder once you are sure you no longer need it.</source>
        <translation>Le coffre-fort que vous aviez est mis de côté dans&#xa0;:
%1
Il contient toujours chacun de ses dossiers&#xa0;; supprimez ce répertoire lorsqu’il ne vous est plus utile.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="389"/>
        <source>Unlock with your new passphrase.</source>
        <translation>Déverrouillez avec votre nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="390"/>
        <source>Unlock with the passphrase you used for the backup.</source>
        <translation>Déverrouillez avec la phrase secrète utilisée pour la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="394"/>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="395"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="396"/>
        <source>Choose the backup file (.tdbackup) to restore, for example from your USB stick.</source>
        <translation>Choisissez le fichier de sauvegarde (.tdbackup) à restaurer, par exemple depuis votre clé USB.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="398"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="400"/>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="401"/>
        <source>A backup opens with the passphrase you had when it was made, or with your recovery code.</source>
        <translation>Une sauvegarde s’ouvre avec la phrase secrète que vous aviez quand elle a été faite, ou avec votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="403"/>
        <source>Wi&amp;th the passphrase</source>
        <translation>A&amp;vec la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="404"/>
        <source>Open the backup with the passphrase</source>
        <translation>Ouvrir la sauvegarde avec la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="405"/>
        <source>With the recovery &amp;code</source>
        <translation>Avec le &amp;code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="406"/>
        <source>Open the backup with the recovery code</source>
        <translation>Ouvrir la sauvegarde avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="407"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="407"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="410"/>
        <source>Show what I type</source>
        <translation>Afficher ce que je tape</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="411"/>
        <source>Show the passphrase or recovery code as you type it</source>
        <translation>Afficher la phrase secrète ou le code de récupération pendant la saisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="412"/>
        <source>Choose the passphrase you will use from now on:</source>
        <translation>Choisissez la phrase secrète que vous utiliserez désormais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="413"/>
        <source>&amp;Replace my vault with this backup (the current one is kept aside)</source>
        <translation>&amp;Remplacer mon coffre-fort par cette sauvegarde (l’actuel est mis de côté)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="415"/>
        <source>Confirm the restore</source>
        <translation>Confirmer la restauration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="418"/>
        <source>&amp;Back</source>
        <translation>Précé&amp;dent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="419"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="420"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="421"/>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="422"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="422"/>
        <source>&amp;Open backup</source>
        <translation>&amp;Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="423"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="423"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="426"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="50"/>
        <source>That is a folder. Name the backup file itself (it ends in .tdbackup), or choose it.</source>
        <translation>C’est un répertoire. Indiquez le fichier de sauvegarde lui-même (il se termine par .tdbackup), ou choisissez-le.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="53"/>
        <source>There is no file there. Check the path, or choose the file.</source>
        <translation>Il n’y a pas de fichier à cet endroit. Vérifiez le chemin ou choisissez le fichier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="55"/>
        <source>That is not a file TrustDesk can read.</source>
        <translation>Ce n’est pas un fichier que TrustDesk peut lire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="341"/>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="376"/>
        <source>There is no vault on this computer yet: the backup becomes your vault here. Nothing is replaced.</source>
        <translation>Il n’y a pas encore de coffre-fort sur cet ordinateur&#xa0;: la sauvegarde devient votre coffre-fort ici. Rien n’est remplacé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/restore_wizard.py" line="414"/>
        <source>Use this backup as my &amp;vault on this computer</source>
        <translation>Utiliser cette sauvegarde comme &amp;coffre-fort sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ReturnNoteDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="328"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="331"/>
        <source>Returned to the coordinator</source>
        <translation>Rendu au coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="333"/>
        <source>Case %1 is closed as “returned to the coordinator”. It keeps only the date and the coordinator&apos;s reference; nothing about the doctor was stored. Send the coordinator this note (by e-mail or phone):</source>
        <translation>Le dossier %1 est clôturé comme «&#xa0;rendu au coordinateur&#xa0;». Il ne garde que la date et la référence du coordinateur&#xa0;; rien n’a été enregistré sur le médecin. Transmettez cette note au coordinateur (par e-mail ou par téléphone)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="337"/>
        <source>Note for the coordinator</source>
        <translation>Note pour le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="338"/>
        <source>&amp;Copy the note</source>
        <translation>&amp;Copier la note</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="339"/>
        <source>Copy the note for the coordinator</source>
        <translation>Copier la note pour le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="340"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/conflict.py" line="341"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="95"/>
        <source>Earlier versions of this note</source>
        <translation>Versions antérieures de cette note</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="97"/>
        <source>A note is a record: when you change a note that is more than a day old, the text it had before is kept here. Versions cannot be changed.</source>
        <translation>Une note est un compte rendu&#xa0;: quand vous modifiez une note de plus d’un jour, le texte précédent est conservé ici. Les versions ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="99"/>
        <source>Versions, newest first</source>
        <translation>Versions, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="100"/>
        <source>Text of the chosen version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="101"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="117"/>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="117"/>
        <source>saved {when}</source>
        <translation>enregistrée le {when}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="118"/>
        <source>Saved {when}</source>
        <translation>Enregistrée le {when}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="129"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="129"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/revision_history.py" line="130"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="47"/>
        <source>No risk identified</source>
        <translation>Pas de risque identifié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="48"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="49"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="50"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="51"/>
        <source>Acute</source>
        <translation>Aigu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="46"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="68"/>
        <source>Intake</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="69"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="70"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="71"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="102"/>
        <source>Acute risk, no recent contact</source>
        <translation>Risque aigu, pas de contact récent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="103"/>
        <source>High risk, no recent contact</source>
        <translation>Risque élevé, pas de contact récent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="107"/>
        <source>Acute risk, no complete safety plan</source>
        <translation>Risque aigu, pas de plan de sécurité complet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="108"/>
        <source>High risk, no complete safety plan</source>
        <translation>Risque élevé, pas de plan de sécurité complet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="111"/>
        <source>No first contact yet</source>
        <translation>Pas encore de premier contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="139"/>
        <source>Contact overdue</source>
        <translation>Contact en retard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="141"/>
        <source>No complete safety plan</source>
        <translation>Pas de plan de sécurité complet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="143"/>
        <source>No first contact</source>
        <translation>Pas de premier contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="297"/>
        <source>Current risk: %1</source>
        <translation>Risque actuel&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="110"/>
        <source>A task is overdue</source>
        <translation>Une tâche est en retard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="142"/>
        <source>Task overdue</source>
        <translation>Tâche en retard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="87"/>
        <source>PHQ-9 item 9 positive on %1: assess the risk, make the safety plan</source>
        <translation>Item 9 du PHQ-9 positif le %1&#xa0;: évaluez le risque, faites le plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="105"/>
        <source>PHQ-9 item 9 positive: assess the risk, make the safety plan</source>
        <translation>Item 9 du PHQ-9 positif&#xa0;: évaluez le risque, faites le plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="140"/>
        <source>PHQ-9 item 9 positive</source>
        <translation>Item 9 du PHQ-9 positif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="133"/>
        <source>PHQ-9 item 9 positive on %1</source>
        <translation>Item 9 du PHQ-9 positif le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="92"/>
        <source>Note of %1 not finished: risk not assessed</source>
        <translation>Note du %1 pas terminée&#xa0;: risque non évalué</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="97"/>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="136"/>
        <source>Acute risk</source>
        <translation>Risque aigu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="100"/>
        <source>A note is not finished: risk not assessed</source>
        <translation>Une note n’est pas terminée&#xa0;: risque non évalué</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="138"/>
        <source>Note not finished</source>
        <translation>Note pas terminée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="120"/>
        <source>Acute risk assessed today, lower since</source>
        <translation>Risque aigu évalué aujourd’hui, plus bas depuis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="121"/>
        <source>High risk assessed today, lower since</source>
        <translation>Risque élevé évalué aujourd’hui, plus bas depuis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="123"/>
        <source>Acute risk %n day(s) ago, lower since</source>
        <translation>
            <numerusform>Risque aigu il y a %n jour, plus bas depuis</numerusform>
            <numerusform>Risque aigu il y a %n jours, plus bas depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="124"/>
        <source>High risk %n day(s) ago, lower since</source>
        <translation>
            <numerusform>Risque élevé il y a %n jour, plus bas depuis</numerusform>
            <numerusform>Risque élevé il y a %n jours, plus bas depuis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="137"/>
        <source>Recent crisis</source>
        <translation>Crise récente</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/risk_badge.py" line="98"/>
        <source>A crisis in the last days, a lower risk since</source>
        <translation>Une crise ces derniers jours, un risque plus bas depuis</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="17"/>
        <source>1. Warning signs</source>
        <translation>1. Signes d’alerte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="18"/>
        <source>2. What helps, on my own</source>
        <translation>2. Ce que je peux faire moi-même</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="19"/>
        <source>3. People and places that distract</source>
        <translation>3. Personnes et lieux qui changent les idées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="20"/>
        <source>4. People I can ask for help</source>
        <translation>4. Personnes à qui je peux demander de l’aide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="21"/>
        <source>5. Professionals and crisis lines</source>
        <translation>5. Professionnels et lignes de crise</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="22"/>
        <source>6. Making the environment safe</source>
        <translation>6. Sécuriser l’environnement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="23"/>
        <source>7. Reasons to live</source>
        <translation>7. Raisons de vivre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="29"/>
        <source>Thoughts, moods, situations or behaviour that tell a crisis may be coming</source>
        <translation>Pensées, humeurs, situations ou comportements qui annoncent qu’une crise peut arriver</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="31"/>
        <source>What the doctor can do alone to feel a little better (walk, music, sport…)</source>
        <translation>Ce que le médecin peut faire par lui-même pour se sentir un peu mieux (marche, musique, sport…)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="33"/>
        <source>People to be with and places to go that take the mind off things</source>
        <translation>Personnes à voir et lieux où aller qui changent les idées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="35"/>
        <source>Names and phone numbers of people the doctor can ask for help</source>
        <translation>Noms et numéros de téléphone des personnes à qui le médecin peut demander de l’aide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="37"/>
        <source>Own GP, psychologist, crisis lines: name and phone number</source>
        <translation>Propre médecin généraliste, psychologue, lignes de crise&#xa0;: nom et numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="39"/>
        <source>Access to medication at work and at home (cabinets, samples, prescriptions), other means; who keeps what, and until when</source>
        <translation>Accès aux médicaments au travail et à la maison (armoires, échantillons, prescriptions), autres moyens&#xa0;; qui garde quoi, et jusqu’à quand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="42"/>
        <source>What matters most, in the doctor&apos;s own words</source>
        <translation>Ce qui compte le plus, dans les mots du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="49"/>
        <source>No safety plan yet.</source>
        <translation>Pas encore de plan de sécurité.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="52"/>
        <source>Not applicable (%1), recorded %2.</source>
        <translation>Sans objet (%1), noté le %2.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="54"/>
        <source>Safety plan of %1 (version %2).</source>
        <translation>Plan de sécurité du %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="56"/>
        <source>Not complete yet.</source>
        <translation>Pas encore complet.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="272"/>
        <source>saved as version %1 of the plan of case %2</source>
        <translation>enregistré comme version %1 du plan du dossier %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="336"/>
        <source>The plan is too long for one page: shorten a step, then try again.</source>
        <translation>Le plan est trop long pour une page&#xa0;: raccourcissez une étape, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="281"/>
        <source>Say why the plan is not applicable.</source>
        <translation>Indiquez pourquoi le plan ne s’applique pas.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="283"/>
        <source>⚠ Required for a high or acute risk: warning signs, at least one person or professional to call, and making the environment safe — or “not applicable” with a reason.</source>
        <translation>⚠ Obligatoire pour un risque élevé ou aigu&#xa0;: signes d’alerte, au moins une personne ou un professionnel à appeler, et sécuriser l’environnement — ou «&#xa0;sans objet&#xa0;» avec un motif.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="341"/>
        <source>Safety plan of case %1 (for the doctor; no case code on the page)</source>
        <translation>Plan de sécurité du dossier %1 (pour le médecin&#xa0;; pas de code de dossier sur la page)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="344"/>
        <source>Safety plan for the doctor</source>
        <translation>Plan de sécurité pour le médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="363"/>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="364"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="366"/>
        <source>Written together with the doctor, in the doctor&apos;s words. Every saved version is kept with its date. The page for the doctor carries no case code.</source>
        <translation>Rédigé avec le médecin, dans ses mots. Chaque version enregistrée est conservée avec sa date. La page pour le médecin ne porte pas de code de dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="368"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="369"/>
        <source>Save this version of the safety plan</source>
        <translation>Enregistrer cette version du plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="370"/>
        <source>For the &amp;doctor…</source>
        <translation>Pour le &amp;médecin…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="371"/>
        <source>Preview, print or save the page for the doctor</source>
        <translation>Prévisualiser, imprimer ou enregistrer la page pour le médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="372"/>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Versions antérieures…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="373"/>
        <source>Earlier versions of the safety plan</source>
        <translation>Versions antérieures du plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="374"/>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="375"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="97"/>
        <source>Not applicable, because…</source>
        <translation>Sans objet, parce que…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="98"/>
        <source>Safety plan not applicable</source>
        <translation>Plan de sécurité sans objet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="99"/>
        <source>Why no plan is needed now</source>
        <translation>Pourquoi aucun plan n’est nécessaire maintenant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_editor.py" line="100"/>
        <source>Reason the safety plan is not applicable</source>
        <translation>Motif pour lequel le plan de sécurité est sans objet</translation>
    </message>
</context>
<context>
    <name>SafetyPlanHistoryDialog</name>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="84"/>
        <source>No version saved yet.</source>
        <translation>Aucune version enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="88"/>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="90"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="96"/>
        <source>Not applicable, because: %1</source>
        <translation>Sans objet, parce que&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="121"/>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="122"/>
        <source>Safety plan: earlier versions</source>
        <translation>Plan de sécurité&#xa0;: versions antérieures</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="123"/>
        <source>Every saved version is kept with its date, newest first.</source>
        <translation>Chaque version enregistrée est conservée avec sa date, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="124"/>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="125"/>
        <source>The chosen version</source>
        <translation>La version choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/safety_plan_history.py" line="126"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="135"/>
        <source>Standard band: %1</source>
        <translation>Niveau de sévérité standard&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="192"/>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="193"/>
        <source>Add a score</source>
        <translation>Ajouter un score</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="196"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="197"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="198"/>
        <source>&amp;Total:</source>
        <translation>&amp;Total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="199"/>
        <source>Total score</source>
        <translation>Score total</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="200"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Rempli le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="208"/>
        <source>Date completed</source>
        <translation>Date de remplissage</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="209"/>
        <source>Save the score</source>
        <translation>Enregistrer le score</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="125"/>
        <source>⚠ Any answer above 0 on item 9 asks for a risk assessment and the safety plan, whatever the total.</source>
        <translation>⚠ Toute réponse supérieure à 0 à l’item 9 demande une évaluation du risque et le plan de sécurité, quel que soit le total.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="158"/>
        <source>PHQ-9 item 9 is positive</source>
        <translation>L’item 9 du PHQ-9 est positif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="159"/>
        <source>The doctor answered %1 on item 9 (thoughts of being better off dead or of hurting themselves), with a total of %2. Assess the suicide risk now, record it in a contact note, and make or review the safety plan with the doctor.</source>
        <translation>Le médecin a répondu %1 à l’item 9 (pensées de mort ou envie de se faire du mal), pour un total de %2. Évaluez maintenant le risque suicidaire, notez-le dans une note de contact et établissez ou revoyez le plan de sécurité avec le médecin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="164"/>
        <source>Open the &amp;safety plan…</source>
        <translation>Ouvrir le &amp;plan de sécurité…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="166"/>
        <source>&amp;Later</source>
        <translation>P&amp;lus tard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="194"/>
        <source>The total of a questionnaire the doctor completed, and when. Only the total (and, for the PHQ-9, the answer to item 9) is kept.</source>
        <translation>Le total d’un questionnaire que le médecin a rempli, et quand. Seul le total (et, pour le PHQ-9, la réponse à l’item 9) est conservé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="201"/>
        <source>Item &amp;9:</source>
        <translation>Item &amp;9&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="202"/>
        <source>PHQ-9 item 9: thoughts of being better off dead or of self-harm</source>
        <translation>PHQ-9 item 9&#xa0;: pensées de mort ou d’automutilation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="203"/>
        <source>Thoughts that you would be better off dead, or of hurting yourself in some way</source>
        <translation>Penser qu’il vaudrait mieux mourir, ou envisager de vous faire du mal d’une manière ou d’une autre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="204"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="204"/>
        <source>0 – not at all</source>
        <translation>0 – jamais</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="204"/>
        <source>1 – several days</source>
        <translation>1 – plusieurs jours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="205"/>
        <source>2 – more than half the days</source>
        <translation>2 – plus de la moitié du temps</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/score_dialog.py" line="205"/>
        <source>3 – nearly every day</source>
        <translation>3 – presque tous les jours</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="223"/>
        <source>Words to find (accents do not matter)</source>
        <translation>Mots à chercher (les accents n’ont pas d’importance)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="224"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="225"/>
        <source>Results; Enter opens the case at that note</source>
        <translation>Résultats&#xa0;; Entrée ouvre le dossier à cette note</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="226"/>
        <source>Show more results</source>
        <translation>Afficher plus de résultats</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="268"/>
        <source>Note of {date}</source>
        <translation>Note du {date}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="269"/>
        <source>Case details</source>
        <translation>Données du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="293"/>
        <source>No case</source>
        <translation>Sans dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="317"/>
        <source>Type a word or the start of one.</source>
        <translation>Tapez un mot ou son début.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="319"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="321"/>
        <source>The first %1 of %n results are shown: add a word to narrow the search.</source>
        <translation>
            <numerusform>%1 résultat sur %n est affiché&#xa0;: ajoutez un mot pour affiner la recherche.</numerusform>
            <numerusform>Les %1 premiers résultats sur %n sont affichés&#xa0;: ajoutez un mot pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="327"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Afficher %n résultat de plus</numerusform>
            <numerusform>Afficher %n résultats de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="399"/>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="324"/>
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="264"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="266"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/search_dialog.py" line="155"/>
        <source>Search notes, tasks, safety plans and case details</source>
        <translation>Rechercher dans les notes, tâches, plans de sécurité et données des dossiers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="236"/>
        <source>Changing the passphrase…</source>
        <translation>Modification de la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="245"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Votre phrase secrète a été modifiée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="261"/>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="331"/>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>La phrase secrète actuelle n’est pas correcte&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="283"/>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="373"/>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="294"/>
        <source>A new recovery code, shown on this screen</source>
        <translation>Un nouveau code de récupération, affiché sur cet écran</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="155"/>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="355"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="356"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="357"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="358"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="359"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation>&amp;Minutes d’inactivité avant verrouillage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="360"/>
        <source>Minutes without use before TrustDesk locks</source>
        <translation>Minutes d’inactivité avant que TrustDesk se verrouille</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="361"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="362"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="363"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="364"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="366"/>
        <source>Change passphrase</source>
        <translation>Modifier la phrase secr&amp;ète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="367"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="371"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>Créer un &amp;nouveau code de récupération…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="372"/>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="374"/>
        <source>&amp;Print a recovery kit…</source>
        <translation>&amp;Imprimer un kit de récupération…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="375"/>
        <source>Print a recovery kit</source>
        <translation>Imprimer un kit de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="378"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="405"/>
        <source>your affiliations were saved; anything else you typed was not kept</source>
        <translation>vos affiliations ont été enregistrées&#xa0;; le reste de votre saisie n’a pas été conservé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="406"/>
        <source>your affiliations were saved</source>
        <translation>vos affiliations ont été enregistrées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="284"/>
        <source>A new recovery code replaces the old one: the old code no longer opens this vault (backups made before still open with it). Continue?</source>
        <translation>Un nouveau code de récupération remplace l’ancien&#xa0;: l’ancien code n’ouvre plus ce coffre-fort (les sauvegardes faites auparavant s’ouvrent encore avec lui). Continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="315"/>
        <source>Re-keying the vault…</source>
        <translation>Changement de clé du coffre-fort…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="324"/>
        <source>The vault has a new key. Here is its new recovery code, shown once: write it down or print a recovery kit. The old recovery code no longer opens it.</source>
        <translation>Le coffre-fort a une nouvelle clé. Voici son nouveau code de récupération, affiché une seule fois&#xa0;: notez-le ou imprimez un kit de récupération. L’ancien code de récupération ne l’ouvre plus.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="369"/>
        <source>Lost the paper with your recovery code? Make a new one; the old code then no longer opens this vault. If a secret may have leaked, re-key: a new key for the whole vault.</source>
        <translation>Vous avez perdu le papier avec votre code de récupération&#xa0;? Créez-en un nouveau&#xa0;; l’ancien code n’ouvre alors plus ce coffre-fort. Si un secret a pu fuiter, changez de clé&#xa0;: une nouvelle clé pour tout le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="377"/>
        <source>Re-key after a suspected leak</source>
        <translation>Changer de clé après une fuite présumée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="365"/>
        <source>Chan&amp;ge passphrase</source>
        <translation>Modifier la phrase secr&amp;ète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="376"/>
        <source>Re-ke&amp;y after a suspected leak…</source>
        <translation>Changer de cl&amp;é après une fuite présumée…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="246"/>
        <source>Backups made before this change still open only with your OLD passphrase.</source>
        <translation>Les sauvegardes faites avant ce changement ne s’ouvrent qu’avec votre ANCIENNE phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="248"/>
        <source>No backup folder is set: make a backup now, so that one opens with the new passphrase.</source>
        <translation>Aucun dossier de sauvegarde n’est choisi&#xa0;: faites une sauvegarde maintenant, pour en avoir une qui s’ouvre avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="251"/>
        <source>A fresh backup with the new passphrase was made: %1.</source>
        <translation>Une nouvelle sauvegarde avec la nouvelle phrase secrète a été faite&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/shell/settings_dialog.py" line="253"/>
        <source>The fresh backup with the new passphrase could not be made (%1); make one now.</source>
        <translation>La nouvelle sauvegarde avec la nouvelle phrase secrète n’a pas pu être faite (%1)&#xa0;; faites-en une maintenant.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../trustdesk/ui/shell/shell.py" line="443"/>
        <source>The automatic backup made at the lock failed, so there is no new copy. Today shows it after you unlock; Settings shows where backups go.</source>
        <translation>La sauvegarde automatique faite au verrouillage a échoué&#xa0;: il n’y a donc pas de nouvelle copie. «&#xa0;Aujourd’hui&#xa0;» l’indique après le déverrouillage&#xa0;; «&#xa0;Paramètres&#xa0;» montre où vont les sauvegardes.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="105"/>
        <source>A new vault, or your vault from a backup?</source>
        <translation>Un nouveau coffre-fort, ou votre coffre-fort depuis une sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="106"/>
        <source>Moving to a new computer? Bring your backup, not a new vault.</source>
        <translation>Vous changez d’ordinateur&#xa0;? Reprenez votre sauvegarde, pas un nouveau coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="107"/>
        <source>How do you start TrustDesk on this computer?</source>
        <translation>Comment voulez-vous démarrer TrustDesk sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="108"/>
        <source>&amp;Start with a new, empty vault</source>
        <translation>&amp;Commencer avec un nouveau coffre-fort vide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="109"/>
        <source>Start with a new, empty vault</source>
        <translation>Commencer avec un nouveau coffre-fort vide</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="110"/>
        <source>The first time you use TrustDesk. You choose a passphrase and get a recovery code.</source>
        <translation>La première fois que vous utilisez TrustDesk. Vous choisissez une phrase secrète et recevez un code de récupération.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="112"/>
        <source>&amp;Restore my vault from a backup (new computer)</source>
        <translation>&amp;Restaurer mon coffre-fort depuis une sauvegarde (nouvel ordinateur)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="113"/>
        <source>Restore my vault from a backup</source>
        <translation>Restaurer mon coffre-fort depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="114"/>
        <source>You used TrustDesk on another computer. Choose your backup file (.tdbackup, e.g. on your USB stick) and open it with your passphrase or your recovery code.</source>
        <translation>Vous utilisiez TrustDesk sur un autre ordinateur. Choisissez votre fichier de sauvegarde (.tdbackup, p. ex. sur votre clé USB) et ouvrez-le avec votre phrase secrète ou votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="117"/>
        <source>I am the &amp;coordinator: set up a coordinator desk</source>
        <translation>Je suis le c&amp;oordinateur&#xa0;: configurer un bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="118"/>
        <source>I am the coordinator: set up a coordinator desk</source>
        <translation>Je suis le coordinateur&#xa0;: configurer un bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/wizard_pages.py" line="119"/>
        <source>Not a trust person: you make the packs, send intakes to the trust persons and merge their figures. The desk holds no cases.</source>
        <translation>Pour le coordinateur, non pour les personnes de confiance&#xa0;: vous créez les paquets, envoyez les demandes aux personnes de confiance et fusionnez leurs chiffres. Le bureau ne contient aucun dossier.</translation>
    </message>
</context>
<context>
    <name>StatusConfirm</name>
    <message>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="54"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="55"/>
        <source>Keep the status as it is</source>
        <translation>Garder le statut tel quel</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="57"/>
        <location filename="../../trustdesk/ui/case/status_confirm.py" line="58"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="112"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="113"/>
        <source>e.g. Call back about the appointment</source>
        <translation>p. ex. Rappeler au sujet du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="114"/>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="115"/>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="116"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="117"/>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="118"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="119"/>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="120"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="121"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="111"/>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="111"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="123"/>
        <source>None (a free-standing task)</source>
        <translation>Aucun (une tâche indépendante)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="124"/>
        <source>Save the task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/task_dialog.py" line="181"/>
        <source>what you typed was saved as the task “%1”</source>
        <translation>ce que vous aviez saisi a été enregistré comme tâche «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TaskDue</name>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="53"/>
        <source>done {date}</source>
        <translation>fait le {date}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="55"/>
        <source>no due date</source>
        <translation>pas d’échéance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="58"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="60"/>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="61"/>
        <source>due {date}</source>
        <translation>à faire le {date}</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="113"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="108"/>
        <source>&amp;Tasks (tick when done)</source>
        <translation>&amp;Tâches (cochez quand c’est fait)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="109"/>
        <source>Tasks of this case; Space marks one done</source>
        <translation>Tâches de ce dossier&#xa0;; Espace en marque une comme faite</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="110"/>
        <source>No tasks for this case.</source>
        <translation>Aucune tâche pour ce dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="111"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="111"/>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="112"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/tasks_tab.py" line="114"/>
        <source>Edit the chosen task</source>
        <translation>Modifier la tâche choisie</translation>
    </message>
</context>
<context>
    <name>TemplateDetail</name>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="21"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="30"/>
        <source>the end of the template</source>
        <translation>la fin du modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="31"/>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="32"/>
        <location filename="../../trustdesk/documents/jinja_words.py" line="33"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="34"/>
        <source>a text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="35"/>
        <source>a comment</source>
        <translation>un commentaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="36"/>
        <source>plain text</source>
        <translation>du texte ordinaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="65"/>
        <source>the template ends before {block} is closed with {end}</source>
        <translation>le modèle se termine avant que {block} soit fermé par {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="67"/>
        <source>the template ends before a block is closed</source>
        <translation>le modèle se termine avant qu’un bloc soit fermé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="72"/>
        <source>{tag} does not belong here: {block} must be closed first with {end}</source>
        <translation>{tag} n’a pas sa place ici&#xa0;: fermez d’abord {block} par {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="75"/>
        <source>{tag} is not a tag letters know</source>
        <translation>{tag} n’est pas une balise que les lettres connaissent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="87"/>
        <source>the template ends where {expected} should come</source>
        <translation>le modèle se termine là où {expected} devrait venir</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="90"/>
        <location filename="../../trustdesk/documents/jinja_words.py" line="98"/>
        <source>{expected} should come here, not {got}</source>
        <translation>ici devrait venir {expected}, pas {got}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="93"/>
        <source>a value is missing before {got}</source>
        <translation>une valeur manque avant {got}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="95"/>
        <source>the character {char} cannot stand here (a quote that is never closed?)</source>
        <translation>le caractère {char} ne peut pas figurer ici (un guillemet jamais fermé&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="101"/>
        <source>{got} cannot stand here</source>
        <translation>{got} ne peut pas figurer ici</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="103"/>
        <source>a comment is never closed with {end}</source>
        <translation>un commentaire n’est jamais fermé par {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="105"/>
        <source>{raw} is never closed with {end}</source>
        <translation>{raw} n’est jamais fermé par {end}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="108"/>
        <source>a tag name is missing after {begin}</source>
        <translation>le nom d’une balise manque après {begin}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="110"/>
        <source>the block {name} is defined twice</source>
        <translation>le bloc {name} est défini deux fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="113"/>
        <source>tests with {word} cannot follow each other</source>
        <translation>des tests avec {word} ne peuvent pas se suivre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="116"/>
        <source>a macro&apos;s argument without a default value follows one with a default value</source>
        <translation>un argument de macro sans valeur par défaut suit un argument qui en a une</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="119"/>
        <source>a name or a number should come after the dot</source>
        <translation>après le point devrait venir un nom ou un nombre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="121"/>
        <source>what stands between the brackets cannot be read</source>
        <translation>ce qui figure entre les parenthèses ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="123"/>
        <source>a name holds a character names cannot hold</source>
        <translation>un nom contient un caractère qu’un nom ne peut pas contenir</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/jinja_words.py" line="136"/>
        <source>this template text cannot be read</source>
        <translation>ce texte de modèle ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="55"/>
        <source>the template takes longer than {limit} s to fill in (an endless loop?)</source>
        <translation>le remplissage du modèle prend plus de {limit}&#xa0;s (une boucle sans fin&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="69"/>
        <source>the template makes more than {limit} MB of text and lists while it is filled in</source>
        <translation>le modèle produit plus de {limit} Mo de texte et de listes pendant son remplissage</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="81"/>
        <source>loops in the template run more than {limit} times</source>
        <translation>les boucles du modèle tournent plus de {limit} fois</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="120"/>
        <source>a text in the template grows beyond {limit} characters</source>
        <translation>un texte du modèle dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="128"/>
        <source>{what} works on text and numbers only</source>
        <translation>{what} ne fonctionne qu’avec du texte et des nombres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="169"/>
        <source>{name} takes whole numbers</source>
        <translation>{name} n’accepte que des nombres entiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="173"/>
        <source>{name} is limited to {limit} numbers</source>
        <translation>{name} est limité à {limit} nombres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="217"/>
        <source>{name} takes a positive whole number</source>
        <translation>{name} demande un nombre entier positif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="229"/>
        <source>{name} works on numbers only</source>
        <translation>{name} ne fonctionne qu’avec des nombres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="316"/>
        <source>calling {name} is not allowed in letters</source>
        <translation>appeler {name} n’est pas permis dans les lettres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="321"/>
        <source>macros call each other more than {limit} levels deep (a macro calling itself?)</source>
        <translation>des macros s’appellent l’une l’autre sur plus de {limit} niveaux (une macro qui s’appelle elle-même&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="336"/>
        <source>text formatting with {percent} is not available; use {tilde} to join text</source>
        <translation>la mise en forme avec {percent} n’est pas disponible&#xa0;; utilisez {tilde} pour joindre du texte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/sandbox.py" line="348"/>
        <location filename="../../trustdesk/documents/sandbox.py" line="350"/>
        <source>this number is too large for a letter</source>
        <translation>ce nombre est trop grand pour une lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/template_errors.py" line="62"/>
        <source>line {line}: {problem}</source>
        <translation>ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="81"/>
        <source>the template nests too deeply</source>
        <translation>le modèle est imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="82"/>
        <source>the template cannot be read</source>
        <translation>le modèle ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="83"/>
        <source>{what} is not available in letters</source>
        <translation>{what} n’est pas disponible dans les lettres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="96"/>
        <source>something letters do not allow</source>
        <translation>quelque chose que les lettres ne permettent pas</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="103"/>
        <source>this value has no field {field}</source>
        <translation>cette valeur n’a pas de champ {field}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="105"/>
        <source>unknown name {name}</source>
        <translation>nom inconnu {name}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="106"/>
        <source>a name or field letters do not know</source>
        <translation>un nom ou un champ que les lettres ne connaissent pas</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="112"/>
        <source>a division by zero</source>
        <translation>une division par zéro</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="114"/>
        <source>a value of the wrong kind (text where a number is needed, or the wrong number of values given to a filter?)</source>
        <translation>une valeur du mauvais type (du texte là où il faut un nombre, ou un mauvais nombre de valeurs données à un filtre&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="116"/>
        <source>an unexpected failure</source>
        <translation>une erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="135"/>
        <source>the template is longer than {limit} characters</source>
        <translation>le modèle dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="181"/>
        <source>unknown filter {name}; the filters: {known}</source>
        <translation>filtre inconnu {name}&#xa0;; les filtres&#xa0;: {known}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="199"/>
        <source>unknown name {name}; the names: {known}</source>
        <translation>nom inconnu {name}&#xa0;; les noms&#xa0;: {known}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="221"/>
        <source>unknown field {field}; the fields of {name}: {known}</source>
        <translation>champ inconnu {field}&#xa0;; les champs de {name}&#xa0;: {known}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="213"/>
        <source>names starting with {underscore} are not available in letters</source>
        <translation>les noms qui commencent par {underscore} ne sont pas disponibles dans les lettres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="332"/>
        <source>the letter is longer than {limit} characters</source>
        <translation>la lettre dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="345"/>
        <source>the template nests too deeply (a macro calling itself?)</source>
        <translation>le modèle est imbriqué trop profondément (une macro qui s’appelle elle-même&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/templates.py" line="348"/>
        <source>the template needs too much memory</source>
        <translation>le modèle demande trop de mémoire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/documents/letter_context.py" line="148"/>
        <source>Empty on purpose: {fields}; a referral letter never holds the case&apos;s code, opening date, province or domains (no consent covers them).</source>
        <translation>Champs volontairement vides&#xa0;: {fields}&#xa0;; une lettre d’orientation ne contient jamais le code, la date d’ouverture, la province ni les domaines du dossier (aucun consentement ne les couvre).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="206"/>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="206"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="207"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="208"/>
        <source>&amp;Used for:</source>
        <translation>&amp;Utilisé pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="209"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="210"/>
        <source>&amp;Template text:</source>
        <translation>&amp;Texte du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="211"/>
        <source>Preview with the chosen case</source>
        <translation>Aperçu avec le dossier choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="212"/>
        <source>Preview with a made-up sample case</source>
        <translation>Aperçu avec un dossier d’exemple fictif</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="214"/>
        <source>Fill-ins: {{ doctor.name }}, {{ provider.name }}, {{ referral.reason }}, {{ referral.consent_scope }}, {{ trust_person.name }}, {{ case.code }}, {{ contact.agreements }}, {{ today }}. Conditions: {% if provider.address %}…{% endif %}.</source>
        <translation>Champs à remplir&#xa0;: {{ doctor.name }}, {{ provider.name }}, {{ referral.reason }}, {{ referral.consent_scope }}, {{ trust_person.name }}, {{ case.code }}, {{ contact.agreements }}, {{ today }}. Conditions&#xa0;: {% if provider.address %}…{% endif %}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="217"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="217"/>
        <source>What the template is for</source>
        <translation>À quoi sert le modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="218"/>
        <source>Language of the template</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="219"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="219"/>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="220"/>
        <source>Problems found in the template</source>
        <translation>Problèmes trouvés dans le modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="221"/>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="222"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="259"/>
        <source>This template cannot be used yet:</source>
        <translation>Ce modèle ne peut pas encore être utilisé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="261"/>
        <source>No preview: the template has a problem (see below).</source>
        <translation>Pas d’aperçu&#xa0;: le modèle a un problème (voir ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="266"/>
        <source>✔ No problems found.</source>
        <translation>✔ Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="287"/>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="55"/>
        <source>Referral to a psychologist or psychiatrist</source>
        <translation>Orientation vers un psychologue ou un psychiatre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="57"/>
        <source>Referral to a GP</source>
        <translation>Orientation vers un médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="58"/>
        <source>Referral to an occupational physician</source>
        <translation>Orientation vers un médecin du travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="60"/>
        <source>Referral to addiction care</source>
        <translation>Orientation vers l’aide en assuétudes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="62"/>
        <source>Referral to peer coaching</source>
        <translation>Orientation vers le coaching par les pairs</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="64"/>
        <source>Referral to a wellbeing activity</source>
        <translation>Orientation vers une activité de bien-être</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="66"/>
        <source>Note of agreements</source>
        <translation>Note des accords</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="67"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="74"/>
        <source>Your own</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="76"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="78"/>
        <source>Pack %1</source>
        <translation>Paquet %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="80"/>
        <source> (changed by you)</source>
        <translation> (modifié par vous)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="92"/>
        <source>Line %1: </source>
        <translation>Ligne %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="95"/>
        <source>this is not valid template text (%1).</source>
        <translation>ce n’est pas un texte de modèle valide (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="98"/>
        <source>letters do not know this: %1.</source>
        <translation>les lettres ne connaissent pas ceci&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="102"/>
        <source>“%1” is not a name letters know. Known names: doctor, trust_person, provider, referral, case, contact, today.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom connu des lettres. Noms connus&#xa0;: doctor, trust_person, provider, referral, case, contact, today.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="106"/>
        <source>this is not allowed in letters (%1).</source>
        <translation>ceci n’est pas autorisé dans les lettres (%1).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="109"/>
        <source>the template or the letter is too long.</source>
        <translation>le modèle ou la lettre est trop long.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="111"/>
        <source>filling in the template takes too long.</source>
        <translation>le remplissage du modèle prend trop de temps.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/template_editor.py" line="113"/>
        <source>the template cannot be filled in (%1).</source>
        <translation>le modèle ne peut pas être rempli (%1).</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="227"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="243"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="244"/>
        <source>Delete the template “%1”? Letters already kept on referrals do not change.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Les lettres déjà gardées avec les orientations ne changent pas.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="287"/>
        <source>A made-up sample case</source>
        <translation>Un dossier d’exemple fictif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="317"/>
        <source>%1 of %n template(s) shown.</source>
        <translation>
            <numerusform>%1 sur %n modèle affiché.</numerusform>
            <numerusform>%1 sur %n modèles affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="331"/>
        <source>Used for: %1 · %2 · %3</source>
        <translation>Utilisé pour&#xa0;: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="348"/>
        <source>This template cannot be used:</source>
        <translation>Ce modèle ne peut pas être utilisé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="375"/>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="402"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="378"/>
        <source>No templates yet.</source>
        <translation>Aucun modèle pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="381"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n modèle.</numerusform>
            <numerusform>%n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="388"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="392"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="392"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="392"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="393"/>
        <source>Preview &amp;with:</source>
        <translation>Aperçu &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="394"/>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="394"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="395"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="395"/>
        <source>Edit the chosen template</source>
        <translation>Modifier le modèle choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="396"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="396"/>
        <source>Duplicate the chosen template</source>
        <translation>Dupliquer le modèle choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="397"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="397"/>
        <source>Delete the chosen template</source>
        <translation>Supprimer le modèle choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="400"/>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="401"/>
        <source>Case to preview the template with</source>
        <translation>Dossier avec lequel prévisualiser le modèle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="403"/>
        <source>Preview of the chosen template</source>
        <translation>Aperçu du modèle choisi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="304"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="398"/>
        <source>Use as the de&amp;fault</source>
        <translation>Utiliser par dé&amp;faut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents/templates_page.py" line="399"/>
        <source>Letters of this kind and language start from the chosen template</source>
        <translation>Les lettres de ce type et de cette langue partent du modèle choisi</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="66"/>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="67"/>
        <source>mild</source>
        <translation>léger</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="68"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="69"/>
        <source>moderately severe</source>
        <translation>modérément sévère</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/labels.py" line="70"/>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="234"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="235"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="471"/>
        <source>%1 total</source>
        <translation>Score total %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="305"/>
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="308"/>
        <source>Latest risk: %1.</source>
        <translation>Dernier risque&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="312"/>
        <source>%1: %2 (latest %3).</source>
        <translation>%1&#xa0;: %2 (dernier %3).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="145"/>
        <source>No %1 scores yet</source>
        <translation>Pas encore de score %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="154"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="269"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="470"/>
        <source>⚠ item 9: %1</source>
        <translation>⚠ item 9&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="316"/>
        <source>PHQ-9 item 9 above 0 on %1.</source>
        <translation>PHQ-9 item 9 supérieur à 0 le %1.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="466"/>
        <source>Contact: risk</source>
        <translation>Contact&#xa0;: risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="119"/>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="433"/>
        <source>Risk and scores over time</source>
        <translation>Risque et scores dans le temps</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="425"/>
        <source>Risk at each contact, and the totals of questionnaires the doctor completed. Marker shapes and names tell the levels apart.</source>
        <translation>Le risque à chaque contact, et les totaux des questionnaires remplis par le médecin. Les formes et les noms des marqueurs distinguent les niveaux.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="427"/>
        <source>&amp;Bands of:</source>
        <translation>Ni&amp;veaux de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="428"/>
        <source>Severity bands of which questionnaire</source>
        <translation>Niveaux de sévérité de quel questionnaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="429"/>
        <source>&amp;New score…</source>
        <translation>&amp;Nouveau score…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="430"/>
        <source>New PHQ-9 or GAD-7 total</source>
        <translation>Nouveau total PHQ-9 ou GAD-7</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="431"/>
        <source>Add a PHQ-9 or GAD-7 total</source>
        <translation>Ajouter un total PHQ-9 ou GAD-7</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="435"/>
        <source>Risk and scores as a table</source>
        <translation>Risque et scores sous forme de tableau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="436"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="436"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/safety/timeline_chart.py" line="436"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="212"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="303"/>
        <source>Show more (%n not shown)…</source>
        <translation>
            <numerusform>Afficher la suite (%n ligne de plus)…</numerusform>
            <numerusform>Afficher la suite (%n lignes de plus)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="327"/>
        <location filename="../../trustdesk/ui/case/today_page.py" line="340"/>
        <source>no case</source>
        <translation>aucun dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="336"/>
        <source>Coming days</source>
        <translation>Prochains jours</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="348"/>
        <source>Cases that need attention</source>
        <translation>Dossiers qui demandent votre attention</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="360"/>
        <source>Current risk: {risk}</source>
        <translation>Risque actuel&#xa0;: {risk}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="366"/>
        <source>Closed cases past their retention period</source>
        <translation>Dossiers clôturés au-delà de leur délai de conservation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="371"/>
        <source>⌛ Due for destruction: open it and choose Destroy…</source>
        <translation>⌛ À détruire&#xa0;: ouvrez-le et choisissez Détruire…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="372"/>
        <source>closed %1</source>
        <translation>clôturé le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="410"/>
        <source>last contact today</source>
        <translation>dernier contact aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="412"/>
        <source>opened {date}, no contact yet</source>
        <translation>ouvert le {date}, pas encore de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="455"/>
        <source>⚠ The last backup failed ({when}). Your cases are safe in the vault, but there is no recent copy.</source>
        <translation>⚠ La dernière sauvegarde a échoué ({when}). Vos dossiers sont en sécurité dans le coffre-fort, mais il n’y a pas de copie récente.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="458"/>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="469"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="469"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="469"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="471"/>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="472"/>
        <source>Open the case of the chosen line</source>
        <translation>Ouvrir le dossier de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="473"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="443"/>
        <source>No backup of your cases yet. Choose a backup folder on a USB stick or another disk in Settings: TrustDesk then keeps a copy by itself.</source>
        <translation>Pas encore de sauvegarde de vos dossiers. Choisissez dans «&#xa0;Paramètres&#xa0;» un répertoire de sauvegarde sur une clé USB ou un autre disque&#xa0;: TrustDesk en fera alors une copie lui-même.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="445"/>
        <source>No backup of your cases yet: plug in the backup disk, or make one now in Settings.</source>
        <translation>Pas encore de sauvegarde de vos dossiers&#xa0;: branchez le disque de sauvegarde, ou faites-en une maintenant dans «&#xa0;Paramètres&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="449"/>
        <source>Your last backup is %n day(s) old. Plug in the backup disk, or make one now in Settings.</source>
        <translation>
            <numerusform>Votre dernière sauvegarde date de %n jour. Branchez le disque de sauvegarde, ou faites-en une maintenant dans «&#xa0;Paramètres&#xa0;».</numerusform>
            <numerusform>Votre dernière sauvegarde date de %n jours. Branchez le disque de sauvegarde, ou faites-en une maintenant dans «&#xa0;Paramètres&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="222"/>
        <source>Enter or double-click opens the case. Tasks you add without a date stay here until they are done.</source>
        <translation>Entrée ou un double-clic ouvre le dossier. Les tâches ajoutées sans date restent ici jusqu’à ce qu’elles soient faites.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="217"/>
        <source>Nothing is due in the coming days; %n open task(s) planned later or without a date (see the cases&apos; Tasks tab).</source>
        <translation>
            <numerusform>Rien n’est prévu ces prochains jours&#xa0;; %n tâche ouverte plus tard ou sans date (voir l’onglet Tâches du dossier).</numerusform>
            <numerusform>Rien n’est prévu ces prochains jours&#xa0;; %n tâches ouvertes plus tard ou sans date (voir l’onglet Tâches des dossiers).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="219"/>
        <source>Nothing is open: no task, and no case is waiting for you.</source>
        <translation>Rien n’est ouvert&#xa0;: aucune tâche, et aucun dossier ne vous attend.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="322"/>
        <source>Tasks due</source>
        <translation>Tâches à faire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/case/today_page.py" line="411"/>
        <source>last contact %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>dernier contact le %1 (il y a %n jour)</numerusform>
            <numerusform>dernier contact le %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="470"/>
        <source>Tasks due and cases that need attention</source>
        <translation>Tâches à faire et dossiers qui demandent votre attention</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="474"/>
        <source>Mark the chosen task done</source>
        <translation>Marquer la tâche choisie comme faite</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="475"/>
        <source>New &amp;task…</source>
        <translation>Nouvelle &amp;tâche…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="476"/>
        <source>New task without a case</source>
        <translation>Nouvelle tâche sans dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case/today_page.py" line="256"/>
        <source>Marked done: %1</source>
        <translation>Marquée comme faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../trustdesk/ui/kit/undo_notice.py" line="73"/>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/undo_notice.py" line="74"/>
        <source>Undo what was just done</source>
        <translation>Défaire ce qui vient d’être fait</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="190"/>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre-fort…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="397"/>
        <source>That is not a recovery code: a recovery code has 26 letters and digits, in groups of four. Check what you typed.</source>
        <translation>Ce n’est pas un code de récupération&#xa0;: un code de récupération compte 26 lettres et chiffres, par groupes de quatre. Vérifiez ce que vous avez tapé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="400"/>
        <source>That recovery code does not open this vault. It has 26 letters and digits, in groups of four; check each group.</source>
        <translation>Ce code de récupération n’ouvre pas ce coffre-fort. Il compte 26 lettres et chiffres, par groupes de quatre&#xa0;; vérifiez chaque groupe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="437"/>
        <source>Saving the new passphrase…</source>
        <translation>Enregistrement de la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="462"/>
        <source>TrustDesk – unlock</source>
        <translation>TrustDesk – déverrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="463"/>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="464"/>
        <source>Your case notes are locked. Enter your passphrase to open them.</source>
        <translation>Vos notes de dossier sont verrouillées. Saisissez votre phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="465"/>
        <location filename="../../trustdesk/ui/security/unlock.py" line="466"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="467"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="468"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="470"/>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="472"/>
        <source>Type the recovery code you wrote down or printed when you set up TrustDesk. Afterwards you choose a new passphrase.</source>
        <translation>Saisissez le code de récupération que vous avez noté ou imprimé lors de la configuration de TrustDesk. Vous choisirez ensuite une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="474"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="477"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="478"/>
        <source>Open with the recovery code</source>
        <translation>Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="479"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="480"/>
        <source>Back to the passphrase</source>
        <translation>Retour à la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="482"/>
        <source>The recovery code opened your vault. Choose a new passphrase for this computer.</source>
        <translation>Le code de récupération a ouvert votre coffre-fort. Choisissez une nouvelle phrase secrète pour cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="483"/>
        <source>&amp;Save and open</source>
        <translation>&amp;Enregistrer et ouvrir</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="484"/>
        <source>Save the new passphrase and open the vault</source>
        <translation>Enregistrer la nouvelle phrase secrète et ouvrir le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="485"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="486"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="487"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="488"/>
        <source>Restore the vault from a backup</source>
        <translation>Restaurer le coffre-fort depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="469"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Phrase secrète oubliée&#xa0;? Utilisez le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="475"/>
        <source>Sho&amp;w the recovery code</source>
        <translation>A&amp;fficher le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="476"/>
        <source>Show the recovery code as you type it</source>
        <translation>Afficher le code de récupération pendant la saisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/unlock.py" line="335"/>
        <source>Locked: the vault was not opened.</source>
        <translation>Verrouillé&#xa0;: le coffre-fort n’a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>access_export</name>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="34"/>
        <source>Folder for the access export</source>
        <translation>Répertoire pour la copie du droit d’accès</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="56"/>
        <source>The complete file of case %1 for the doctor (PDF with names, and JSON)</source>
        <translation>Le dossier complet %1 pour le médecin (PDF avec les noms, et JSON)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="81"/>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="90"/>
        <source>Access export</source>
        <translation>Copie pour le droit d’accès</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/access_export_dialog.py" line="91"/>
        <source>The complete file of case %1 was written:
%2
%3
Both hold names and notes: hand them to the doctor and keep no other copy.</source>
        <translation>Le dossier complet %1 a été écrit&#xa0;:
%2
%3
Les deux contiennent des noms et des notes&#xa0;: remettez-les au médecin et n’en gardez aucune autre copie.</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../trustdesk/ui/kit/basics.py" line="104"/>
        <source>Working, please wait</source>
        <translation>En cours, veuillez patienter</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/appearance.py" line="155"/>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="272"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="273"/>
        <source>Failed unlock attempts</source>
        <translation>Tentatives de déverrouillage échouées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="274"/>
        <source>Unlocked with the recovery code</source>
        <translation>Déverrouillé avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="276"/>
        <source>Passphrase changed</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="277"/>
        <source>Vault created</source>
        <translation>Coffre-fort créé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="278"/>
        <source>Vault updated to a new version</source>
        <translation>Coffre-fort mis à jour vers une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="279"/>
        <source>Saved or exported</source>
        <translation>Enregistré ou exporté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="280"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="281"/>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="282"/>
        <source>Restored from a backup</source>
        <translation>Restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="283"/>
        <source>Organisation pack imported</source>
        <translation>Paquet d’organisation importé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="284"/>
        <source>Case destroyed</source>
        <translation>Dossier détruit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="285"/>
        <source>Handed over</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="286"/>
        <source>Received by handover</source>
        <translation>Reçu par transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="287"/>
        <source>Handover file refused</source>
        <translation>Fichier de transfert refusé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="288"/>
        <source>Closed after handover</source>
        <translation>Clôturé après transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="292"/>
        <source>Conflict of interest decided</source>
        <translation>Décision sur un conflit d’intérêts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="98"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="99"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="100"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="101"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_page.py" line="102"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="295"/>
        <source>New recovery code made</source>
        <translation>Nouveau code de récupération créé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="296"/>
        <source>Vault re-encrypted with a new key</source>
        <translation>Coffre-fort rechiffré avec une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="297"/>
        <source>Key file changed outside TrustDesk</source>
        <translation>Fichier de clés modifié en dehors de TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="298"/>
        <source>Log entries missing</source>
        <translation>Entrées du journal manquantes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="299"/>
        <source>Case sent to a trust person</source>
        <translation>Dossier envoyé à une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="300"/>
        <source>Case received from the coordinator</source>
        <translation>Dossier reçu du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="301"/>
        <source>Activity figures sent</source>
        <translation>Chiffres d’activité envoyés</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="302"/>
        <source>Exchange key made</source>
        <translation>Clé d’échange créée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="303"/>
        <source>Coordinator key recorded</source>
        <translation>Clé du coordinateur enregistrée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="293"/>
        <source>Case status changed</source>
        <translation>Statut d’un dossier changé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="289"/>
        <source>Handover receipt confirmed</source>
        <translation>Accusé de réception du transfert confirmé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="290"/>
        <source>Erasing after handover confirmed</source>
        <translation>Effacement après transfert confirmé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="291"/>
        <source>Pack signing key changed</source>
        <translation>Clé de signature des paquets modifiée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="275"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/audit_words.py" line="294"/>
        <source>Empty contact removed</source>
        <translation>Contact vide supprimé</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="69"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="62"/>
        <location filename="../../trustdesk/cli/words.py" line="262"/>
        <source>there is no vault in {folder}.</source>
        <translation>il n’y a pas de coffre-fort dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="88"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="28"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="170"/>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="99"/>
        <source>this computer&apos;s keychain does not hold the key that belongs with the passphrase; use --recovery-code-stdin with your recovery code.</source>
        <translation>le trousseau de cet ordinateur ne contient pas la clé qui va avec la phrase secrète&#xa0;; utilisez --recovery-code-stdin avec votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="104"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="86"/>
        <source>that is not a recovery code: {problem}.</source>
        <translation>ce n’est pas un code de récupération&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="108"/>
        <source>that recovery code does not open the vault in {folder}.</source>
        <translation>ce code de récupération n’ouvre pas le coffre-fort dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="110"/>
        <source>that passphrase does not open the vault in {folder}.</source>
        <translation>cette phrase secrète n’ouvre pas le coffre-fort dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/instance.py" line="42"/>
        <source>TrustDesk has the vault in {folder} open; close TrustDesk (or wait for the other command) and try again. Nothing was read or changed.</source>
        <translation>TrustDesk a le coffre-fort dans {folder} ouvert&#xa0;; fermez TrustDesk (ou attendez la fin de l’autre commande) et réessayez. Rien n’a été lu ni modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="32"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="154"/>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="178"/>
        <source>the passphrase does not open the vault in {folder} on this computer.</source>
        <translation>la phrase secrète n’ouvre pas le coffre-fort dans {folder} sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="20"/>
        <source>this is not a TrustDesk file of the expected kind.</source>
        <translation>ce n’est pas un fichier TrustDesk du type attendu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="21"/>
        <source>this file was made by a newer TrustDesk; update TrustDesk first.</source>
        <translation>ce fichier a été créé par un TrustDesk plus récent&#xa0;; mettez d’abord TrustDesk à jour.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="22"/>
        <source>this file is far larger than such a file can be.</source>
        <translation>ce fichier est bien plus grand qu’un tel fichier ne peut l’être.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="23"/>
        <source>this file is cut short (an interrupted copy or download?); ask for it again.</source>
        <translation>ce fichier est tronqué (une copie ou un téléchargement interrompu&#xa0;?)&#xa0;; demandez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="24"/>
        <source>this file was sealed for someone else&apos;s key, not for this one.</source>
        <translation>ce fichier a été scellé pour la clé de quelqu’un d’autre, pas pour celle-ci.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="33"/>
        <source>this file was signed by a key that is not trusted here.</source>
        <translation>ce fichier a été signé par une clé qui n’est pas reconnue ici.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="34"/>
        <source>this file opens but holds something the format does not allow.</source>
        <translation>ce fichier s’ouvre, mais contient quelque chose que le format n’autorise pas.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="35"/>
        <source>this file was already imported.</source>
        <translation>ce fichier a déjà été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="36"/>
        <source>this file has expired; ask the coordinator for a new one.</source>
        <translation>ce fichier a expiré&#xa0;; demandez-en un nouveau au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="37"/>
        <source>the key this needs is not set up here yet.</source>
        <translation>la clé nécessaire n’est pas encore configurée ici.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="38"/>
        <source>the coordinator&apos;s card has not been compared by phone yet.</source>
        <translation>la carte du coordinateur n’a pas encore été comparée par téléphone.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="31"/>
        <location filename="../../trustdesk/cli/refusals.py" line="40"/>
        <source>this file was refused.</source>
        <translation>ce fichier a été refusé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="220"/>
        <source>there is no file {path}.</source>
        <translation>il n’y a pas de fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="222"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un répertoire, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="224"/>
        <source>you may not read {path} (its permissions do not allow it).</source>
        <translation>vous ne pouvez pas lire {path} (ses droits ne le permettent pas).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="227"/>
        <source>{path} cannot be read (system error {number}).</source>
        <translation>{path} ne peut pas être lu (erreur système {number}).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="240"/>
        <source>no code was given</source>
        <translation>aucun code n’a été donné</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="242"/>
        <source>a code holds only letters and digits</source>
        <translation>un code ne contient que des lettres et des chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="244"/>
        <source>a code has 26 letters and digits (groups of 4); this one has {count}</source>
        <translation>un code compte 26 lettres et chiffres (groupes de 4)&#xa0;; celui-ci en compte {count}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="246"/>
        <source>this is not a code TrustDesk makes</source>
        <translation>ce n’est pas un code créé par TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="264"/>
        <source>the vault in {folder} has a side file beside it that TrustDesk never writes; nothing was changed. Open TrustDesk to see what to do.</source>
        <translation>à côté du coffre-fort dans {folder} se trouve un fichier annexe que TrustDesk n’écrit jamais&#xa0;; rien n’a été modifié. Ouvrez TrustDesk pour savoir que faire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="267"/>
        <source>the vault in {folder} is damaged and did not open; nothing was changed. Open TrustDesk to restore it from a backup.</source>
        <translation>le coffre-fort dans {folder} est endommagé et ne s’est pas ouvert&#xa0;; rien n’a été modifié. Ouvrez TrustDesk pour le restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="270"/>
        <source>the vault in {folder} was written by a newer TrustDesk; update TrustDesk first.</source>
        <translation>le coffre-fort dans {folder} a été écrit par un TrustDesk plus récent&#xa0;; mettez d’abord TrustDesk à jour.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="273"/>
        <source>the vault in {folder} cannot be written (a read-only folder or medium).</source>
        <translation>le coffre-fort dans {folder} ne peut pas être écrit (un répertoire ou un support en lecture seule).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="276"/>
        <source>the vault in {folder} could not be written: is the disk full?</source>
        <translation>le coffre-fort dans {folder} n’a pas pu être écrit&#xa0;: le disque est-il plein&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="278"/>
        <source>the vault in {folder} did not open.</source>
        <translation>le coffre-fort dans {folder} ne s’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="23"/>
        <source>this is not a TrustDesk handover file.</source>
        <translation>ce n’est pas un fichier de transfert TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="24"/>
        <source>the code does not open this file, or the file was changed or cut short on the way.</source>
        <translation>le code n’ouvre pas ce fichier, ou le fichier a été modifié ou tronqué en chemin.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="26"/>
        <source>this handover file is damaged or incomplete.</source>
        <translation>ce fichier de transfert est endommagé ou incomplet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="27"/>
        <source>this file is far larger than a handover can be.</source>
        <translation>ce fichier est bien plus grand qu’un transfert ne peut l’être.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="28"/>
        <source>this handover was already imported.</source>
        <translation>ce transfert a déjà été importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="29"/>
        <source>this handover was made by a newer TrustDesk; update TrustDesk first.</source>
        <translation>ce transfert a été créé par un TrustDesk plus récent&#xa0;; mettez d’abord TrustDesk à jour.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="30"/>
        <source>that is not a handover code</source>
        <translation>ce n’est pas un code de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="63"/>
        <source>Handover code: </source>
        <translation>Code de transfert&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="284"/>
        <source>backup file</source>
        <translation>fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="285"/>
        <source>coordinator desk card</source>
        <translation>carte du bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="286"/>
        <source>coordinator desk key file</source>
        <translation>fichier de clé du bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="287"/>
        <source>desk folder</source>
        <translation>répertoire du bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="288"/>
        <source>figures file</source>
        <translation>fichier de chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="289"/>
        <source>handover file</source>
        <translation>fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="290"/>
        <source>intake file</source>
        <translation>fichier de demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="291"/>
        <source>trust person&apos;s card</source>
        <translation>carte de la personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="292"/>
        <source>vault folder</source>
        <translation>répertoire du coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="293"/>
        <source>coordinator card</source>
        <translation>carte du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="294"/>
        <source>earlier pack</source>
        <translation>paquet précédent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="295"/>
        <source>installer</source>
        <translation>fichier d’installation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="296"/>
        <source>pack source folder</source>
        <translation>répertoire source du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="297"/>
        <source>pack</source>
        <translation>paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="298"/>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="299"/>
        <source>public key to announce</source>
        <translation>clé publique à annoncer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="300"/>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="313"/>
        <source>this did not work.</source>
        <translation>cela n’a pas fonctionné.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="92"/>
        <source>that recovery code does not open this backup.</source>
        <translation>ce code de récupération n’ouvre pas cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="93"/>
        <source>that passphrase does not open this backup (it needs the one you had when it was made).</source>
        <translation>cette phrase secrète n’ouvre pas cette sauvegarde (il faut celle que vous aviez quand elle a été faite).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="100"/>
        <source>this backup is damaged or is not a TrustDesk backup.</source>
        <translation>cette sauvegarde est endommagée ou n’est pas une sauvegarde TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="105"/>
        <source>this backup could not be checked: is the disk full?</source>
        <translation>cette sauvegarde n’a pas pu être vérifiée&#xa0;: le disque est-il plein&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="24"/>
        <source>nothing was given on standard input (one line was expected).</source>
        <translation>rien n’a été donné sur l’entrée standard (une ligne était attendue).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="33"/>
        <source>nothing was typed; stopped.</source>
        <translation>rien n’a été tapé&#xa0;; arrêté.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="49"/>
        <source>there is no {what} {path} (it is a file, not a folder)</source>
        <translation>il n’y a pas de {what} {path} (c’est un fichier, pas un répertoire)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="50"/>
        <location filename="../../trustdesk/cli/secret_input.py" line="56"/>
        <source>there is no {what} {path}</source>
        <translation>il n’y a pas de {what} {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="55"/>
        <source>there is no {what} {path} (it is a folder, not a file)</source>
        <translation>il n’y a pas de {what} {path} (c’est un répertoire, pas un fichier)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="59"/>
        <source>cannot read the {what} {path} (no permission)</source>
        <translation>lecture impossible&#xa0;: {what} {path} (pas d’autorisation)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="124"/>
        <source>the vault&apos;s write-ahead log was damaged or cut short; before anything was written, a copy of the vault with that log (still encrypted) was kept aside as {folder}.</source>
        <translation>le journal de transactions du coffre-fort était endommagé ou tronqué&#xa0;; avant toute écriture, une copie du coffre-fort avec ce journal (toujours chiffrée) a été mise de côté sous {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="226"/>
        <source>{path} is not a regular file (a pipe or a device): it was not read.</source>
        <translation>{path} n’est pas un fichier ordinaire (un tube ou un périphérique)&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="138"/>
        <source>chain intact, %n entr(y/ies) ({seconds} s); {head}</source>
        <translation>
            <numerusform>chaîne intacte, %n entrée ({seconds} s)&#xa0;; {head}</numerusform>
            <numerusform>chaîne intacte, %n entrées ({seconds} s)&#xa0;; {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="175"/>
        <source>the head record was deleted (the vault has written one before): the log ends at {last}; later entries could have been removed without a trace</source>
        <translation>le marqueur de fin a été supprimé (le coffre-fort en avait écrit un)&#xa0;: le journal s’arrête à {last}&#xa0;; des entrées ultérieures ont pu être retirées sans trace</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="178"/>
        <source>the head record does not verify (edited, replaced or damaged): the log ends at {last}; later entries could have been removed without a trace</source>
        <translation>le marqueur de fin ne se vérifie pas (modifié, remplacé ou endommagé)&#xa0;: le journal s’arrête à {last}&#xa0;; des entrées ultérieures ont pu être retirées sans trace</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="141"/>
        <source>the log records %n earlier gap(s); the last, entry #{seq} ({at}): {detail}</source>
        <translation>
            <numerusform>le journal mentionne %n interruption antérieure&#xa0;; la dernière, entrée n° {seq} ({at})&#xa0;: {detail}</numerusform>
            <numerusform>le journal mentionne %n interruptions antérieures&#xa0;; la dernière, entrée n° {seq} ({at})&#xa0;: {detail}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="149"/>
        <source>chain {label}: {head}; recorded as an audit_gap entry</source>
        <translation>chaîne {label}&#xa0;: {head}&#xa0;; enregistré comme entrée audit_gap</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/audit_verify.py" line="152"/>
        <source>chain BROKEN at entry {seq} (%n entr(y/ies) before it verified); {head}</source>
        <translation>
            <numerusform>chaîne ROMPUE à l’entrée {seq} (%n entrée vérifiée avant elle)&#xa0;; {head}</numerusform>
            <numerusform>chaîne ROMPUE à l’entrée {seq} (%n entrées vérifiées avant elle)&#xa0;; {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="163"/>
        <source>head record not checked</source>
        <translation>marqueur de fin non vérifié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="164"/>
        <source>no entry</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="166"/>
        <source>the log ended at {last} but its head record names #{seq} ({at}); entries missing: {missing}</source>
        <translation>le journal s’arrête à {last}, mais son marqueur de fin nomme n° {seq} ({at})&#xa0;; entrées manquantes&#xa0;: {missing}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="170"/>
        <source>entry #{seq} differs from the one its head record names: the log was rewritten</source>
        <translation>l’entrée n° {seq} diffère de celle que nomme le marqueur de fin&#xa0;: le journal a été réécrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="173"/>
        <source>no head record yet (a vault from before it; it is written with the next entry)</source>
        <translation>pas encore de marqueur de fin (un coffre-fort antérieur&#xa0;; il est écrit avec la prochaine entrée)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="181"/>
        <source>the head record names #{seq} ({at}), older than the log&apos;s last commit allows: an old copy was put back; the log ends at {last}</source>
        <translation>le marqueur de fin nomme n° {seq} ({at}), plus ancien que ne le permet le dernier enregistrement du journal&#xa0;: une ancienne copie a été remise&#xa0;; le journal s’arrête à {last}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="185"/>
        <source>head record at #{seq} verified, the log&apos;s last commit ({last}) ended before it was written</source>
        <translation>marqueur de fin à n° {seq} vérifié&#xa0;; le dernier enregistrement du journal ({last}) s’est terminé avant qu’il soit écrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="187"/>
        <source>head record at {last} verified</source>
        <translation>marqueur de fin à {last} vérifié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="85"/>
        <source>file id</source>
        <translation>identifiant du fichier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="86"/>
        <source>sections</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="107"/>
        <source>intake</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="107"/>
        <source>current risk and safety plan</source>
        <translation>risque actuel et plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="108"/>
        <source>open tasks</source>
        <translation>tâches ouvertes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="109"/>
        <source>contact notes</source>
        <translation>notes de contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="110"/>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="111"/>
        <source>recovery code</source>
        <translation>code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="113"/>
        <location filename="../../trustdesk/cli/handover_verify.py" line="84"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="98"/>
        <source>made on</source>
        <translation>créé le</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="114"/>
        <source>vault</source>
        <translation>coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="114"/>
        <source>schema</source>
        <translation>version du schéma</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="115"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/backup_verify.py" line="115"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="117"/>
        <source>opens with</source>
        <translation>s’ouvre avec</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="129"/>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="129"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="130"/>
        <location filename="../../trustdesk/cli/handover_verify.py" line="108"/>
        <source>referrals</source>
        <translation>orientations</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="130"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="131"/>
        <source>providers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="131"/>
        <source>templates</source>
        <translation>modèles</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="64"/>
        <source>not an option of this command: {options}. See --help.</source>
        <translation>ce n’est pas une option de cette commande&#xa0;: {options}. Voir --help.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="108"/>
        <source>this is missing: {names}. See --help.</source>
        <translation>il manque&#xa0;: {names}. Voir --help.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="110"/>
        <source>this is not understood: {names}. See --help.</source>
        <translation>ceci n’est pas compris&#xa0;: {names}. Voir --help.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="112"/>
        <source>{name} cannot be given together with {other}.</source>
        <translation>{name} ne peut pas être donné avec {other}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="114"/>
        <source>{name} needs a value after it.</source>
        <translation>{name} doit être suivi d’une valeur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="116"/>
        <source>{name} cannot be {value}; choose one of {choices}.</source>
        <translation>{name} ne peut pas valoir {value}&#xa0;; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="117"/>
        <source>{name} cannot be {value}.</source>
        <translation>{name} ne peut pas valoir {value}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="29"/>
        <source>MERGED</source>
        <translation>FUSIONNÉ</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="30"/>
        <source>SUPERSEDED</source>
        <translation>REMPLACÉ</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="31"/>
        <source>DUPLICATE</source>
        <translation>DOUBLON</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="59"/>
        <source>{name}: {quarter}, {sender}, {cases}, made {made}</source>
        <translation>{name}&#xa0;: {quarter}, {sender}, {cases}, créé le {made}</translation>
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
        <translation>fusionnés {merged}, remplacés {superseded}, doublons {duplicate}, refusés {refused}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="70"/>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="79"/>
        <source>{quarter} was withheld before (fewer than 5 new cases, nothing shown); with the files merged now it is published: {cases}</source>
        <translation>{quarter} a été retenu auparavant (moins de 5 nouveaux dossiers, rien n’était montré)&#xa0;; avec les fichiers fusionnés maintenant, il est publié&#xa0;: {cases}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/figures_summary.py" line="81"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="87"/>
        <source>{quarter} was released before; the files merged now give other numbers, the earlier release is kept</source>
        <translation>{quarter} a déjà été publié&#xa0;; les fichiers fusionnés maintenant donnent d’autres nombres, la publication précédente est gardée</translation>
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
            <numerusform>%n personne de confiance</numerusform>
            <numerusform>%n personnes de confiance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="101"/>
        <source>quarters: {quarters}</source>
        <translation>trimestres&#xa0;: {quarters}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="37"/>
        <source>Check a .tdintake file with this trust person&apos;s vault and say what it holds; nothing is imported. Contact details are shown only with --show-contact.</source>
        <translation>Vérifier un fichier .tdintake avec le coffre-fort de cette personne de confiance et montrer ce qu’il contient&#xa0;; rien n’est importé. Les coordonnées ne sont montrées qu’avec --show-contact.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="40"/>
        <source>the .tdintake file</source>
        <translation>le fichier .tdintake</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="48"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="41"/>
        <source>the vault&apos;s folder (default: the app&apos;s)</source>
        <translation>le répertoire du coffre-fort (par défaut&#xa0;: celui de l’application)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="51"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="53"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="43"/>
        <source>read the passphrase as one line from standard input</source>
        <translation>lire la phrase secrète comme une ligne de l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="45"/>
        <source>also show the doctor&apos;s contact details</source>
        <translation>montrer aussi les coordonnées du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="97"/>
        <source>intake id</source>
        <translation>identifiant de la demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="98"/>
        <source>{made}, valid until {until}</source>
        <translation>{made}, valable jusqu’au {until}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="100"/>
        <source>signed by</source>
        <translation>signé par</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="101"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="102"/>
        <source>who called</source>
        <translation>premier contact par</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="103"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="104"/>
        <source>profession</source>
        <translation>profession</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="105"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="106"/>
        <source>domains</source>
        <translation>domaines</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="107"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="108"/>
        <source>consent: {answer}</source>
        <translation>accord&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="112"/>
        <source>workplace</source>
        <translation>lieu de travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="119"/>
        <source>CONFLICT</source>
        <translation>CONFLIT</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="119"/>
        <source>the workplace “{workplace}” overlaps your affiliation “{affiliation}”: return the case to the coordinator if you cannot take it</source>
        <translation>le lieu de travail «&#xa0;{workplace}&#xa0;» recoupe votre affiliation «&#xa0;{affiliation}&#xa0;»&#xa0;: rendez le dossier au coordinateur si vous ne pouvez pas le prendre</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="124"/>
        <location filename="../../trustdesk/cli/intake_verify.py" line="127"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="124"/>
        <source>none of your affiliations overlaps the workplace</source>
        <translation>aucune de vos affiliations ne recoupe le lieu de travail</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="127"/>
        <source>not checked: no affiliations are set in this vault (Settings)</source>
        <translation>non vérifié&#xa0;: aucune affiliation n’est définie dans ce coffre-fort (Paramètres)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/intake_verify.py" line="130"/>
        <source>doctor</source>
        <translation>médecin</translation>
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
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="55"/>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="56"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/parser.py" line="58"/>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="44"/>
        <source>Desk passphrase: </source>
        <translation>Phrase secrète du bureau&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="45"/>
        <location filename="../../trustdesk/cli/pack_cli.py" line="53"/>
        <source>Same passphrase again: </source>
        <translation>La même phrase secrète encore une fois&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="47"/>
        <location filename="../../trustdesk/cli/pack_cli.py" line="55"/>
        <source>the two passphrases differ.</source>
        <translation>les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="97"/>
        <source>the passphrase does not open the coordinator desk in {folder}.</source>
        <translation>la phrase secrète n’ouvre pas le bureau du coordinateur dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="99"/>
        <source>{folder} holds a coordinator desk already; it is never overwritten.</source>
        <translation>{folder} contient déjà un bureau du coordinateur&#xa0;; il n’est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="102"/>
        <source>there is no coordinator desk in {folder}.</source>
        <translation>il n’y a pas de bureau du coordinateur dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="104"/>
        <source>the desk passphrase is too short.</source>
        <translation>la phrase secrète du bureau est trop courte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="105"/>
        <source>the coordinator desk in {folder} is damaged or incomplete; nothing was changed ({detail}).</source>
        <translation>le bureau du coordinateur dans {folder} est endommagé ou incomplet&#xa0;; rien n’a été modifié ({detail}).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="139"/>
        <source>the desk passphrase is too easy to guess (a repeated character, a common word or a known pattern); use a few unrelated words.</source>
        <translation>la phrase secrète du bureau est trop facile à deviner (un caractère répété, un mot courant ou un motif connu)&#xa0;; utilisez quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="146"/>
        <source>coordinator desk made in {folder}</source>
        <translation>bureau du coordinateur créé dans {folder}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="148"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="148"/>
        <source>{path} (put it in every pack)</source>
        <translation>{path} (mettez-la dans chaque paquet)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="150"/>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="161"/>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="162"/>
        <source>key id</source>
        <translation>identifiant de la clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="167"/>
        <source>card written: {path}</source>
        <translation>carte écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="209"/>
        <source>card added: {name} ({fingerprint})</source>
        <translation>carte ajoutée&#xa0;: {name} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="219"/>
        <source>no trust person&apos;s card yet (add one with add-card)</source>
        <translation>pas encore de carte de personne de confiance (ajoutez-en une avec add-card)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="235"/>
        <source>none yet (add one with add-card)</source>
        <translation>aucune pour l’instant (ajoutez-en une avec add-card)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="251"/>
        <source>{path} exists already; it is never overwritten.</source>
        <translation>{path} existe déjà&#xa0;; il n’est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="272"/>
        <source>--contact-stdin expects one line {&quot;name&quot;: …, &quot;phone&quot;: …, &quot;email&quot;: …}.</source>
        <translation>--contact-stdin attend une seule ligne JSON avec name, phone et email.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="280"/>
        <source>the intake cannot be made: {problems}.</source>
        <translation>la demande ne peut pas être créée&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="286"/>
        <source>intake written: {path} for {name} ({fingerprint}); id {id}</source>
        <translation>demande écrite&#xa0;: {path} pour {name} ({fingerprint})&#xa0;; identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="295"/>
        <source>the coordinator reference (--ref) is empty or longer than 40 characters</source>
        <translation>la référence du coordinateur (--ref) est vide ou dépasse 40 caractères</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="296"/>
        <source>who called (--initiator) cannot be the coordinator</source>
        <translation>le premier contact (--initiator) ne peut pas être le coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="297"/>
        <source>contact details (name, phone, e-mail) were given without the doctor&apos;s consent (contact details need --consent)</source>
        <translation>des coordonnées (nom, téléphone, e-mail) ont été données sans l’accord du médecin (les coordonnées demandent --consent)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="137"/>
        <source>the desk passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>la phrase secrète du bureau doit compter au moins %n caractère.</numerusform>
            <numerusform>la phrase secrète du bureau doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="255"/>
        <source>--valid-days {given}: the number of days an intake stays valid goes from 1 to {most}.</source>
        <translation>--valid-days {given}&#xa0;: le nombre de jours de validité d’une demande va de 1 à {most}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="299"/>
        <source>{field} is longer than %n character(s) or holds a control character</source>
        <translation>
            <numerusform>{field} dépasse %n caractère ou contient un caractère de contrôle</numerusform>
            <numerusform>{field} dépasse %n caractères ou contient un caractère de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="304"/>
        <source>The coordinator&apos;s desk: its keys and card, the trust persons&apos; cards, intakes. DESK is the coordinator&apos;s folder; its private keys are encrypted with the desk passphrase.</source>
        <translation>Le bureau du coordinateur&#xa0;: ses clés et sa carte, les cartes des personnes de confiance, les demandes. DESK est le répertoire du coordinateur&#xa0;; ses clés privées sont chiffrées avec la phrase secrète du bureau.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="307"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="101"/>
        <location filename="../../trustdesk/cli/pack_cli.py" line="346"/>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="310"/>
        <source>make the coordinator&apos;s key pair and card in a new desk folder</source>
        <translation>créer la paire de clés et la carte du coordinateur dans un nouveau répertoire de bureau</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="311"/>
        <source>show (and copy) the coordinator&apos;s card: no passphrase needed</source>
        <translation>montrer (et copier) la carte du coordinateur&#xa0;: aucune phrase secrète n’est nécessaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="312"/>
        <source>add a trust person&apos;s card, once its fingerprint was compared by phone</source>
        <translation>ajouter la carte d’une personne de confiance, une fois son empreinte comparée par téléphone</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="313"/>
        <source>list the trust persons&apos; cards</source>
        <translation>lister les cartes des personnes de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="314"/>
        <source>make a .tdintake file for a trust person</source>
        <translation>créer un fichier .tdintake pour une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="318"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="109"/>
        <location filename="../../trustdesk/cli/refusals.py" line="142"/>
        <source>the coordinator&apos;s desk folder</source>
        <translation>le répertoire du bureau du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="322"/>
        <source>the coordinator&apos;s name on the card</source>
        <translation>le nom du coordinateur sur la carte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="323"/>
        <source>also copy the card to this file</source>
        <translation>copier aussi la carte dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="324"/>
        <source>the trust person&apos;s card</source>
        <translation>la carte de la personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="331"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="110"/>
        <source>read the desk passphrase as one line from standard input</source>
        <translation>lire la phrase secrète du bureau comme une ligne de l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="337"/>
        <source>a key or a name TrustDesk shows, in Dutch, French or English</source>
        <translation>un mot-clé ou un nom que TrustDesk affiche, en néerlandais, en français ou en anglais</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="338"/>
        <source>the trust person: the card&apos;s exact name, its fingerprint, or 8+ characters of its key id</source>
        <translation>la personne de confiance&#xa0;: le nom exact de la carte, son empreinte, ou au moins 8 caractères de l’identifiant de sa clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="340"/>
        <source>the coordinator&apos;s reference</source>
        <translation>la référence du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="341"/>
        <source>who called: doctor, colleague, family, other ({names})</source>
        <translation>premier contact&#xa0;: doctor, colleague, family, other ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="343"/>
        <source>the doctor&apos;s language: nl, fr, en, de ({names})</source>
        <translation>la langue du médecin&#xa0;: nl, fr, en, de ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="345"/>
        <source>the province ({names})</source>
        <translation>la province ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="347"/>
        <source>a knowledge domain ({names}); repeat for several</source>
        <translation>un domaine ({names})&#xa0;; répétez pour plusieurs</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="349"/>
        <source>physician, physician_in_training or student ({names})</source>
        <translation>physician, physician_in_training ou student ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="351"/>
        <source>phone, video, in_person or written ({names})</source>
        <translation>phone, video, in_person ou written ({names})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="353"/>
        <source>when the doctor wishes to be contacted</source>
        <translation>quand le médecin souhaite être contacté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="354"/>
        <source>the doctor&apos;s workplace: the trust person&apos;s TrustDesk checks it against their own affiliations (conflict of interest)</source>
        <translation>le lieu de travail du médecin&#xa0;: le TrustDesk de la personne de confiance le compare à ses propres affiliations (conflit d’intérêts)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="357"/>
        <source>the doctor explicitly agreed to be contacted</source>
        <translation>le médecin a explicitement accepté d’être contacté</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="359"/>
        <source>the doctor&apos;s name (only with --consent)</source>
        <translation>le nom du médecin (seulement avec --consent)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="360"/>
        <source>the doctor&apos;s phone (only with --consent)</source>
        <translation>le téléphone du médecin (seulement avec --consent)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="361"/>
        <source>the doctor&apos;s e-mail (only with --consent)</source>
        <translation>l’e-mail du médecin (seulement avec --consent)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="362"/>
        <source>read the contact details as one JSON line {&quot;name&quot;, &quot;phone&quot;, &quot;email&quot;} from standard input (after the passphrase): never in the shell&apos;s history</source>
        <translation>lire les coordonnées comme une ligne JSON {&quot;name&quot;, &quot;phone&quot;, &quot;email&quot;} de l’entrée standard (après la phrase secrète)&#xa0;: jamais dans l’historique du shell</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="365"/>
        <source>how many days the intake can be opened (default: 30)</source>
        <translation>pendant combien de jours la demande peut être ouverte (par défaut&#xa0;: 30)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="367"/>
        <source>the intake file to write</source>
        <translation>le fichier de demande à écrire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="54"/>
        <source>done: the check passed, the file was written</source>
        <translation>terminé&#xa0;: la vérification a réussi, le fichier a été écrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="55"/>
        <source>refused or failed: a wrong passphrase or code, a damaged, tampered, forged or replayed file, a broken audit chain</source>
        <translation>refusé ou échoué&#xa0;: une phrase secrète ou un code erroné, un fichier endommagé, altéré, falsifié ou réutilisé, une chaîne d’audit rompue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="57"/>
        <source>bad usage or malformed input: an unknown option, no secret given, something that cannot be a code, an invalid value</source>
        <translation>mauvaise utilisation ou entrée non valable&#xa0;: une option inconnue, aucun secret donné, quelque chose qui ne peut pas être un code, une valeur non valable</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="59"/>
        <source>a file or folder that is not there or cannot be read (every one is named)</source>
        <translation>un fichier ou un répertoire absent ou illisible (chacun est nommé)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="60"/>
        <source>audit-verify only: the chain is intact, but the log records an earlier gap</source>
        <translation>audit-verify seulement&#xa0;: la chaîne est intacte, mais le journal signale une lacune antérieure</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="67"/>
        <source>the key pair was written</source>
        <translation>la paire de clés a été écrite</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="68"/>
        <source>a passphrase under 12 characters, two passphrases that differ, a key file that is there already, no passphrase given</source>
        <translation>une phrase secrète de moins de 12 caractères, deux phrases secrètes différentes, un fichier de clé qui existe déjà, aucune phrase secrète donnée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="70"/>
        <source>the pack was written</source>
        <translation>le paquet a été écrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="71"/>
        <location filename="../../trustdesk/cli/exits.py" line="75"/>
        <source>a wrong passphrase for the signing key</source>
        <translation>une phrase secrète erronée pour la clé de signature</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="72"/>
        <source>the source folder breaks the pack format (a value, a field, a template), a file that is not a key, no passphrase given</source>
        <translation>le répertoire source ne respecte pas le format des paquets (une valeur, un champ, un modèle), un fichier qui n’est pas une clé, aucune phrase secrète donnée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="74"/>
        <source>the signed pack was written</source>
        <translation>le paquet signé a été écrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="76"/>
        <source>the pack breaks the pack format, a file that is not a key, no passphrase given</source>
        <translation>le paquet ne respecte pas le format des paquets, un fichier qui n’est pas une clé, aucune phrase secrète donnée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="78"/>
        <source>the pack verifies</source>
        <translation>le paquet est valable</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="79"/>
        <source>the pack (or an earlier one of the chain) does not verify: damaged, tampered, signed with another key, or against the format</source>
        <translation>le paquet (ou un paquet antérieur de la chaîne) n’est pas valable&#xa0;: endommagé, altéré, signé avec une autre clé ou contraire au format</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="82"/>
        <location filename="../../trustdesk/cli/exits.py" line="85"/>
        <source>an unknown option, a file that is not a public key</source>
        <translation>une option inconnue, un fichier qui n’est pas une clé publique</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="83"/>
        <source>the pack verifies and every template can be used</source>
        <translation>le paquet est valable et chaque modèle est utilisable</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="84"/>
        <source>the pack does not verify, or a template cannot be used</source>
        <translation>le paquet n’est pas valable, ou un modèle n’est pas utilisable</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="86"/>
        <source>the desk was made</source>
        <translation>le bureau a été créé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="87"/>
        <source>the desk folder cannot be made (it holds a desk already?)</source>
        <translation>le répertoire du bureau ne peut pas être créé (contient-il déjà un bureau&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="88"/>
        <source>a weak desk passphrase, two passphrases that differ, no passphrase given</source>
        <translation>une phrase secrète du bureau trop faible, deux phrases secrètes différentes, aucune phrase secrète donnée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="90"/>
        <source>a wrong desk passphrase, a card that is damaged or tampered, a fingerprint that does not match</source>
        <translation>une phrase secrète du bureau erronée, une carte endommagée ou altérée, une empreinte qui ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="92"/>
        <source>the intake was written</source>
        <translation>la demande a été écrite</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="93"/>
        <source>a wrong desk passphrase, no single card for --to</source>
        <translation>une phrase secrète du bureau erronée, aucune carte (ou plus d’une) pour --to</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="94"/>
        <source>a value that is not allowed (a region, a domain, who called…), contact details without --consent, an intake file that is there already, no passphrase given</source>
        <translation>une valeur non admise (une région, un domaine, le premier contact…), des coordonnées sans --consent, un fichier de demande qui existe déjà, aucune phrase secrète donnée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="97"/>
        <source>the national report was written (also when some files were refused: see the summary)</source>
        <translation>le rapport national a été écrit (même si certains fichiers ont été refusés&#xa0;: voyez le résumé)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="99"/>
        <source>a wrong desk passphrase, or no file was accepted (nothing is written then)</source>
        <translation>une phrase secrète du bureau erronée, ou aucun fichier n’a été accepté (rien n’est alors écrit)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="101"/>
        <source>the intake is sound and not yet imported</source>
        <translation>la demande est valable et pas encore importée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="102"/>
        <source>the intake is refused (its reason is printed as one word), a wrong passphrase, or TrustDesk is open on this vault</source>
        <translation>la demande est refusée (son motif est donné en un mot), une phrase secrète erronée, ou TrustDesk est ouvert sur ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="104"/>
        <source>the chain is intact</source>
        <translation>la chaîne est intacte</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="116"/>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="124"/>
        <source>Exit codes (each subcommand&apos;s --help says what they mean for it):</source>
        <translation>Codes de sortie (l’aide --help de chaque sous-commande dit ce qu’ils signifient pour elle)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="167"/>
        <source>Exit codes (every command):</source>
        <translation>Codes de sortie (chaque commande)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="74"/>
        <location filename="../../trustdesk/cli/figures_cli.py" line="80"/>
        <source>no file was accepted: nothing written.</source>
        <translation>aucun fichier n’a été accepté&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="91"/>
        <source>publishable, written:</source>
        <translation>publiable, écrit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="93"/>
        <source>NOT publishable: the lines above (exact numbers per file); they are not saved anywhere.</source>
        <translation>NON publiable&#xa0;: les lignes ci-dessus (nombres exacts par fichier)&#xa0;; elles ne sont enregistrées nulle part.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="99"/>
        <source>The national figures from the trust persons&apos; .tdfigures files (the coordinator&apos;s desk).</source>
        <translation>Les chiffres nationaux à partir des fichiers .tdfigures des personnes de confiance (le bureau du coordinateur).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="103"/>
        <source>merge .tdfigures files into the national report: national_nl.pdf, national_fr.pdf and national.csv in DIR (columns period_start,period_end,table,key,count); what was merged and refused is printed here only, never written</source>
        <translation>fusionner des fichiers .tdfigures en un rapport national&#xa0;: national_nl.pdf, national_fr.pdf et national.csv dans DIR (colonnes period_start,period_end,table,key,count)&#xa0;; ce qui a été fusionné et refusé est montré ici seulement, jamais écrit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="107"/>
        <source>a .tdfigures file</source>
        <translation>un fichier .tdfigures</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="108"/>
        <source>the folder to write the report to</source>
        <translation>le répertoire où écrire le rapport</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="51"/>
        <source>Passphrase for the pack signing key: </source>
        <translation>Phrase secrète de la clé de signature&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="57"/>
        <source>the signing key&apos;s passphrase needs at least 12 characters.</source>
        <translation>la phrase secrète de la clé de signature doit compter au moins 12 caractères.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="83"/>
        <source>{path} exists already; keys are never overwritten.</source>
        <translation>{path} existe déjà&#xa0;; les clés ne sont jamais écrasées.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="89"/>
        <source>pack keys written: {private} (keep it secret and backed up), {public} (key id {key})</source>
        <translation>clés de paquet écrites&#xa0;: {private} (gardez-la secrète et sauvegardée), {public} (identifiant de la clé {key})</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="91"/>
        <source>to announce it as your next key (manifest next_key): {key}</source>
        <translation>pour l’annoncer comme votre prochaine clé (manifest next_key)&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="100"/>
        <source>{path} is not a private key (PEM) file.</source>
        <translation>{path} n’est pas un fichier de clé privée (PEM).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="106"/>
        <source>the passphrase does not open the signing key {path}.</source>
        <translation>la phrase secrète n’ouvre pas la clé de signature {path}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="116"/>
        <source>{path} is not a public key (PEM) file.</source>
        <translation>{path} n’est pas un fichier de clé publique (PEM).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="131"/>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="131"/>
        <source>unsigned; sign it with `pack sign`</source>
        <translation>non signé&#xa0;; signez-le avec `pack sign`</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="136"/>
        <source>announces the next signing key {key}: once imported, TrustDesk accepts only packs signed with it</source>
        <translation>annonce la prochaine clé de signature {key}&#xa0;: une fois importé, TrustDesk n’accepte plus que les paquets signés avec elle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="163"/>
        <source>--announce-key needs --key: the announcement is signed with the current key.</source>
        <translation>--announce-key demande --key&#xa0;: l’annonce est signée avec la clé actuelle.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="204"/>
        <source>--installer, --release-date and --security-release go with --release-version.</source>
        <translation>--installer, --release-date et --security-release vont avec --release-version.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="223"/>
        <source>pack signed: {path}</source>
        <translation>paquet signé&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="243"/>
        <source>the key in {path}</source>
        <translation>la clé dans {path}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="244"/>
        <source>the key pinned in this build</source>
        <translation>la clé fixée dans cette version</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="289"/>
        <source>the earlier pack {path} does not verify, so the chain breaks there: </source>
        <translation>le paquet antérieur {path} n’est pas valable, la chaîne se rompt donc là&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="293"/>
        <source>{path}: signed by key {key}, announces key {next}; trusted from here on</source>
        <translation>{path}&#xa0;: signé avec la clé {key}, annonce la clé {next}&#xa0;; de confiance à partir d’ici</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="297"/>
        <source>{path}: signed by key {key}, announces no new key</source>
        <translation>{path}&#xa0;: signé avec la clé {key}, n’annonce pas de nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="132"/>
        <source>pack built: {path} ({source}, {providers}, {templates}, {state})</source>
        <translation>paquet créé&#xa0;: {path} ({source}, {providers}, {templates}, {state})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="142"/>
        <location filename="../../trustdesk/cli/pack_preview.py" line="27"/>
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n intervenant</numerusform>
            <numerusform>%n intervenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="146"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="313"/>
        <source>no helplines</source>
        <translation>aucune ligne d’aide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="313"/>
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n ligne d’aide</numerusform>
            <numerusform>%n lignes d’aide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="315"/>
        <source>pack OK: {source}, {providers}, {templates}, {helplines}, signed by key {key}</source>
        <translation>paquet OK&#xa0;: {source}, {providers}, {templates}, {helplines}, signé avec la clé {key}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/cli/pack_cli.py" line="319"/>
        <source>%n knowledge card(s)</source>
        <translation>
            <numerusform>%n fiche de connaissances</numerusform>
            <numerusform>%n fiches de connaissances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="321"/>
        <source>announces the next signing key {key}</source>
        <translation>annonce la prochaine clé de signature {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="344"/>
        <source>Organisation packs: make a signing key, build, sign, check and preview a pack.</source>
        <translation>Paquets d’organisation&#xa0;: créer une clé de signature, puis créer, signer, vérifier et prévisualiser un paquet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="349"/>
        <source>create an Ed25519 key pair (the private key protected by a passphrase)</source>
        <translation>créer une paire de clés Ed25519 (la clé privée protégée par une phrase secrète)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="350"/>
        <source>zip a pack source folder (checked as TrustDesk checks it), signing it with --key</source>
        <translation>zipper un répertoire source de paquet (vérifié comme TrustDesk le vérifie), signé avec --key</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="351"/>
        <source>sign (or sign again) a pack zip</source>
        <translation>signer (ou signer à nouveau) un zip de paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="352"/>
        <source>check a pack as TrustDesk will</source>
        <translation>vérifier un paquet comme TrustDesk le fera</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="353"/>
        <source>check a pack, then show its directory and every template rendered as TrustDesk would</source>
        <translation>vérifier un paquet, puis montrer son annuaire et chaque modèle comme TrustDesk le montrerait</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="359"/>
        <source>the private key file to make</source>
        <translation>le fichier de clé privée à créer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="360"/>
        <source>the public key file to make</source>
        <translation>le fichier de clé publique à créer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="361"/>
        <source>the pack source folder</source>
        <translation>le répertoire source du paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="362"/>
        <source>the pack file to write</source>
        <translation>le fichier de paquet à écrire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="363"/>
        <source>sign with this private key right away</source>
        <translation>signer tout de suite avec cette clé privée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="364"/>
        <source>put this coordinator card (.tdcard) in the pack</source>
        <translation>mettre cette carte du coordinateur (.tdcard) dans le paquet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="366"/>
        <source>announce this TrustDesk release in the pack (release.json)</source>
        <translation>annoncer cette version de TrustDesk dans le paquet (release.json)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="368"/>
        <source>the release&apos;s date (default: today)</source>
        <translation>la date de la version (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="369"/>
        <source>the release fixes a security problem</source>
        <translation>la version corrige un problème de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="371"/>
        <source>an installer of the release (its SHA-256 goes into release.json); repeat for each platform</source>
        <translation>un programme d’installation de la version (son SHA-256 va dans release.json)&#xa0;; répétez pour chaque plateforme</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="373"/>
        <source>announce this NEW public key as the successor of --key</source>
        <translation>annoncer cette NOUVELLE clé publique comme successeur de --key</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="375"/>
        <source>the pack to sign</source>
        <translation>le paquet à signer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="376"/>
        <source>the private key</source>
        <translation>la clé privée</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="377"/>
        <source>write here instead of replacing PACK.zip</source>
        <translation>écrire ici au lieu de remplacer PACK.zip</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="379"/>
        <source>the pack to check</source>
        <translation>le paquet à vérifier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="380"/>
        <source>the public key (default: the key pinned in this build)</source>
        <translation>la clé publique (par défaut&#xa0;: la clé fixée dans cette version)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="382"/>
        <source>an earlier pack of the key rotation chain, oldest first (repeat): each is checked with the key trusted so far and hands the trust on to the key it announces, as TrustDesk does on import</source>
        <translation>un paquet antérieur de la chaîne de changement de clé, le plus ancien d’abord (répétez)&#xa0;: chacun est vérifié avec la clé de confiance jusque-là et transmet la confiance à la clé qu’il annonce, comme TrustDesk le fait à l’importation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="385"/>
        <source>only the templates in this language</source>
        <translation>seulement les modèles dans cette langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="388"/>
        <source>read the key passphrase as one line from standard input</source>
        <translation>lire la phrase secrète de la clé comme une ligne de l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="24"/>
        <source>pack {source} “{title}”, signed by key {key}</source>
        <translation>paquet {source} «&#xa0;{title}&#xa0;», signé avec la clé {key}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="26"/>
        <source>Directory: {providers}</source>
        <translation>Annuaire&#xa0;: {providers}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="40"/>
        <source>Knowledge cards: {count}</source>
        <translation>Fiches&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="42"/>
        <source>general</source>
        <translation>général</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="43"/>
        <source>{language}/{key}: {title}  [{domains}]  source: {source}</source>
        <translation>{language}/{key}&#xa0;: {title}  [{domains}]  source&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="47"/>
        <source>Help lines: {count}</source>
        <translation>Lignes d’aide&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="51"/>
        <source>Letter templates: {count} (rendered for a made-up case)</source>
        <translation>Modèles de lettres&#xa0;: {count} (remplis pour un dossier fictif)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_preview.py" line="60"/>
        <source>CANNOT BE USED: {problems}</source>
        <translation>INUTILISABLE&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="14"/>
        <source>the pack is not signed.</source>
        <translation>le paquet n’est pas signé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="15"/>
        <source>the pack was changed after it was signed (its signature does not match).</source>
        <translation>le paquet a été modifié après sa signature (sa signature ne correspond pas).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="17"/>
        <source>the pack is signed with another key.</source>
        <translation>le paquet est signé avec une autre clé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="18"/>
        <source>this build trusts no pack key: it accepts no packs.</source>
        <translation>cette version ne fait confiance à aucune clé de paquet&#xa0;: elle n’accepte aucun paquet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="19"/>
        <source>the pack breaks the pack format.</source>
        <translation>le paquet ne respecte pas le format des paquets.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="20"/>
        <source>a newer version of this pack is imported already.</source>
        <translation>une version plus récente de ce paquet est déjà importée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="21"/>
        <source>this version of the pack is imported already.</source>
        <translation>cette version du paquet est déjà importée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="22"/>
        <source>the pack, or a file in it, is over its size limit.</source>
        <translation>le paquet, ou un fichier qu’il contient, dépasse la taille permise.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="23"/>
        <source>the pack holds a file name that could write outside its folder.</source>
        <translation>le paquet contient un nom de fichier qui pourrait écrire hors de son répertoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="24"/>
        <source>the pack holds too many files.</source>
        <translation>le paquet contient trop de fichiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="25"/>
        <source>the pack was made by a newer TrustDesk; update TrustDesk first.</source>
        <translation>le paquet a été créé par un TrustDesk plus récent&#xa0;; mettez d’abord TrustDesk à jour.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="31"/>
        <source>empty, but required</source>
        <translation>vide, mais obligatoire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="32"/>
        <source>unknown kind of provider</source>
        <translation>type d’intervenant inconnu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="33"/>
        <source>unknown language</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="34"/>
        <source>unknown knowledge domain</source>
        <translation>domaine inconnu</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="35"/>
        <source>unknown province</source>
        <translation>province inconnue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="36"/>
        <source>not yes or no:</source>
        <translation>ni oui ni non&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="37"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="38"/>
        <source>holds an invisible control character</source>
        <translation>contient un caractère de contrôle invisible</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="39"/>
        <source>not a web address starting with http:// or https://:</source>
        <translation>pas une adresse web commençant par http:// ou https://&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="40"/>
        <source>more cells than there are columns</source>
        <translation>plus de cellules qu’il n’y a de colonnes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="47"/>
        <source>{member} row {row}</source>
        <translation>{member} ligne {row}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="50"/>
        <source>{where}, field “{field}”: {what}</source>
        <translation>{where}, champ «&#xa0;{field}&#xa0;»&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="59"/>
        <source>; allowed: {values}</source>
        <translation>&#xa0;; admis&#xa0;: {values}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="46"/>
        <source>{option} “{value}” is a theme of the directory, not a knowledge domain; knowledge domains: {allowed}.</source>
        <translation>{option} «&#xa0;{value}&#xa0;» est un thème de l’annuaire, pas un domaine&#xa0;; domaines&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="37"/>
        <source>Say what a .tdhandover file holds, checked with its handover code; nothing is imported.</source>
        <translation>Montrer ce que contient un fichier .tdhandover, vérifié avec son code de transfert&#xa0;; rien n’est importé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="39"/>
        <source>the .tdhandover file</source>
        <translation>le fichier .tdhandover</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/handover_verify.py" line="40"/>
        <source>read the handover code as one line from standard input</source>
        <translation>lire le code de transfert comme une ligne de l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="45"/>
        <source>Check the vault&apos;s audit log: its hash chain, and its end against the head record kept beside it. Opening the vault adds its usual unlock entry first. TrustDesk must be closed on this vault.</source>
        <translation>Vérifier le journal d’audit du coffre-fort&#xa0;: sa chaîne de hachage, et sa fin par rapport à l’enregistrement de tête gardé à côté. L’ouverture du coffre-fort ajoute d’abord son entrée de déverrouillage habituelle. TrustDesk doit être fermé sur ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/audit_verify.py" line="53"/>
        <location filename="../../trustdesk/cli/backup_verify.py" line="55"/>
        <source>read the recovery code as one line from standard input</source>
        <translation>lire le code de récupération comme une ligne de l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="48"/>
        <source>Check a .tdbackup file through and through (seal, checksum, database checks) and say what it holds; it is opened with its passphrase or the recovery code.</source>
        <translation>Vérifier à fond un fichier .tdbackup (sceau, somme de contrôle, contrôles de la base de données) et montrer ce qu’il contient&#xa0;; il est ouvert avec sa phrase secrète ou le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/backup_verify.py" line="51"/>
        <source>the .tdbackup file</source>
        <translation>le fichier .tdbackup</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="105"/>
        <source>a broken or cut chain, a head record deleted, forged or put back, a wrong passphrase or code, or TrustDesk is open on this vault</source>
        <translation>une chaîne rompue ou coupée, un enregistrement de tête supprimé, falsifié ou remis, une phrase secrète ou un code erroné, ou TrustDesk est ouvert sur ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="107"/>
        <source>a keychain TrustDesk accepts is there</source>
        <translation>un trousseau que TrustDesk accepte est présent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="108"/>
        <source>none (passphrase only), or the probe failed</source>
        <translation>aucun (phrase secrète seule), ou l’essai a échoué</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/exits.py" line="109"/>
        <source>the round trip failed</source>
        <translation>l’aller-retour a échoué</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/keychain_report.py" line="48"/>
        <source>Which keychain of the operating system TrustDesk would use, and which ones it sees (for support).</source>
        <translation>Quel trousseau du système d’exploitation TrustDesk utiliserait, et lesquels il voit (pour l’assistance).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/keychain_report.py" line="50"/>
        <source>also store, read back and delete a throwaway entry (never a vault&apos;s secret)</source>
        <translation>enregistrer aussi une entrée jetable, la relire et la supprimer (jamais un secret d’un coffre-fort)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/selftest.py" line="69"/>
        <source>A round trip through a real vault in a temporary folder, with made-up data only: create, a case and a note, search, lock, unlock, a PDF in memory; the folder is removed afterwards.</source>
        <translation>Un aller-retour dans un vrai coffre-fort dans un répertoire temporaire, avec des données fictives seulement&#xa0;: créer, un dossier et une note, chercher, verrouiller, déverrouiller, un PDF en mémoire&#xa0;; le répertoire est ensuite supprimé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="25"/>
        <source>headless round trip in a temporary data dir</source>
        <translation>aller-retour sans fenêtre dans un répertoire de données temporaire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="26"/>
        <source>which OS keychain TrustDesk uses (--probe: test it)</source>
        <translation>quel trousseau du système TrustDesk utilise (--probe&#xa0;: le tester)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="27"/>
        <source>say what a .tdhandover file holds</source>
        <translation>montrer ce que contient un fichier .tdhandover</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="28"/>
        <source>check a .tdbackup file and show what it holds</source>
        <translation>vérifier un fichier .tdbackup et montrer ce qu’il contient</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="29"/>
        <source>organisation packs: keygen, build, sign, verify</source>
        <translation>paquets d’organisation&#xa0;: keygen, build, sign, verify</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="30"/>
        <source>check the audit log&apos;s hash chain</source>
        <translation>vérifier la chaîne de hachage du journal d’audit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="31"/>
        <source>coordinator: keys, trust persons&apos; cards, intakes</source>
        <translation>coordinateur&#xa0;: clés, cartes des personnes de confiance, demandes</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="32"/>
        <source>say what a .tdintake file holds (nothing imported)</source>
        <translation>montrer ce que contient un fichier .tdintake (rien n’est importé)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="33"/>
        <source>coordinator: merge .tdfigures into the national report</source>
        <translation>coordinateur&#xa0;: fusionner des .tdfigures en un rapport national</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/__init__.py" line="52"/>
        <source>Headless commands (no display needed; each has its own --help):</source>
        <translation>Commandes sans fenêtre (aucun écran nécessaire&#xa0;; chacune a son propre --help)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="25"/>
        <source>the card file was altered: its signature does not match its keys. Ask the trust person for the card again.</source>
        <translation>le fichier de la carte a été modifié&#xa0;: sa signature ne correspond pas à ses clés. Redemandez la carte à la personne de confiance.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="27"/>
        <source>this file was changed on the way: its seal or signature does not match. Ask for it again.</source>
        <translation>ce fichier a été modifié en chemin&#xa0;: son scellé ou sa signature ne correspond pas. Redemandez-le.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="29"/>
        <source>the digits differ from this card&apos;s fingerprint: the card was not added. Compare them with the trust person again.</source>
        <translation>les chiffres diffèrent de l’empreinte de cette carte&#xa0;: la carte n’a pas été ajoutée. Comparez-les à nouveau avec la personne de confiance.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="31"/>
        <source>this file is dated after this computer&apos;s clock: the clock of the computer that made it, or of this one, is wrong.</source>
        <translation>ce fichier est daté après l’horloge de cet ordinateur&#xa0;: l’horloge de l’ordinateur qui l’a créé, ou de celui-ci, est erronée.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="188"/>
        <source>a fingerprint is 6 groups of 5 digits, as the trust person reads it out (&quot;40218 77310 …&quot;); “{given}” is not one.</source>
        <translation>une empreinte compte 6 groupes de 5 chiffres, comme la personne de confiance la lit (&quot;40218 77310 …&quot;)&#xa0;; «&#xa0;{given}&#xa0;» n’en est pas une.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="83"/>
        <source>{quarter} stays withheld: the files merged now leave out {persons} counted when it was withheld; merge their files too to publish it.</source>
        <translation>{quarter} reste retenu&#xa0;: les fichiers fusionnés maintenant omettent des personnes de confiance comptées quand il a été retenu ({persons})&#xa0;; fusionnez aussi leurs fichiers pour le publier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_words.py" line="53"/>
        <source> “{value}”</source>
        <translation> «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_summary.py" line="94"/>
        <source>{quarter} (withheld: fewer than 5 new cases, not published)</source>
        <translation>{quarter} (retenu&#xa0;: moins de 5 nouveaux dossiers, non publié)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="200"/>
        <source>WARNING: a card named {name} ({fingerprint}) is held already under the same name: {held}. The card was not added. If this is another trust person with the same name, add it again with --same-name-ok; every list and merge then tells them apart by fingerprint.</source>
        <translation>ATTENTION&#xa0;: une carte du même nom que {name} ({fingerprint}) existe déjà&#xa0;: {held}. La carte n’a pas été ajoutée. S’il s’agit d’une autre personne de confiance du même nom, ajoutez-la à nouveau avec --same-name-ok&#xa0;; chaque liste et chaque fusion les distingueront alors par leur empreinte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="327"/>
        <source>add the card although a card held already has the same name (another trust person)</source>
        <translation>ajouter la carte bien qu’une carte existante porte le même nom (une autre personne de confiance)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="71"/>
        <location filename="../../trustdesk/cli/figures_summary.py" line="57"/>
        <source>{name}: {sentence}</source>
        <translation>{name}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="253"/>
        <source>pack REJECTED: {where}{sentence}</source>
        <translation>paquet REFUSÉ&#xa0;: {where}{sentence}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/pack_cli.py" line="432"/>
        <source>refused: {sentence}</source>
        <translation>refusé&#xa0;: {sentence}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="231"/>
        <source>several trust persons&apos; cards match “{who}”: {cards}; give more of the fingerprint.</source>
        <translation>plusieurs cartes de personnes de confiance correspondent à «&#xa0;{who}&#xa0;»&#xa0;: {cards}&#xa0;; donnez une plus grande partie de l’empreinte.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="237"/>
        <source>no trust person&apos;s card matches “{who}” (give the name, the fingerprint, its first two groups or 8+ characters of the key id); known cards: {known}.</source>
        <translation>aucune carte de personne de confiance ne correspond à «&#xa0;{who}&#xa0;» (donnez le nom, l’empreinte, ses deux premiers groupes ou au moins 8 caractères de l’identifiant de la clé)&#xa0;; cartes connues&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="46"/>
        <source>a handover file (.tdhandover)</source>
        <translation>un fichier de transfert (.tdhandover)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="47"/>
        <source>a backup (.tdbackup)</source>
        <translation>une sauvegarde (.tdbackup)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="48"/>
        <source>an intake from the coordinator (.tdintake)</source>
        <translation>une demande du coordinateur (.tdintake)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="49"/>
        <source>a trust person&apos;s figures file (.tdfigures)</source>
        <translation>un fichier de chiffres d’une personne de confiance (.tdfigures)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="50"/>
        <source>a trust person&apos;s contact card (.tdcard)</source>
        <translation>la carte de contact d’une personne de confiance (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="51"/>
        <source>the coordinator&apos;s contact card (.tdcard)</source>
        <translation>la carte de contact du coordinateur (.tdcard)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="52"/>
        <source>an organisation pack (.zip)</source>
        <translation>un paquet d’organisation (.zip)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="59"/>
        <source>not an intake</source>
        <translation>pas une demande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="60"/>
        <source>not a figures file</source>
        <translation>pas un fichier de chiffres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="61"/>
        <source>not a trust person&apos;s contact card</source>
        <translation>pas la carte de contact d’une personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="62"/>
        <source>not the coordinator&apos;s contact card</source>
        <translation>pas la carte de contact du coordinateur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="63"/>
        <source>not a handover file</source>
        <translation>pas un fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="64"/>
        <source>not a backup</source>
        <translation>pas une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="65"/>
        <source>not an organisation pack</source>
        <translation>pas un paquet d’organisation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="66"/>
        <source>not of the kind this command reads</source>
        <translation>pas du type que cette commande lit</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="72"/>
        <source>This is {found}, {not_expected}; {how}</source>
        <translation>C’est {found}, {not_expected}&#xa0;; {how}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="81"/>
        <source>receive it in TrustDesk with Handover › Receive handover…, or check it with: {command}</source>
        <translation>recevez-le dans TrustDesk avec Transfert › Recevoir un transfert…, ou vérifiez-le avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="83"/>
        <source>restore it in TrustDesk with Restore from a backup…, or check it with: {command}</source>
        <translation>restaurez-la dans TrustDesk avec Restaurer depuis une sauvegarde…, ou vérifiez-la avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="85"/>
        <source>the trust person opens it in TrustDesk with Coordinator › Open an intake…, or checks it with: {command}</source>
        <translation>la personne de confiance l’ouvre dans TrustDesk avec Coordinateur › Ouvrir une demande…, ou la vérifie avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="87"/>
        <source>the coordinator merges it with: {command}</source>
        <translation>le coordinateur le fusionne avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="88"/>
        <source>the coordinator adds it, with the fingerprint the trust person reads out by phone, with: {command}</source>
        <translation>le coordinateur l’ajoute, avec l’empreinte que la personne de confiance lit au téléphone, avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="90"/>
        <source>it goes into every organisation pack the coordinator builds (pack build … --coordinator-card {file}); a trust person&apos;s TrustDesk takes it from the pack.</source>
        <translation>elle accompagne chaque paquet d’organisation que le coordinateur construit (pack build … --coordinator-card {file})&#xa0;; le TrustDesk d’une personne de confiance la prend dans le paquet.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="93"/>
        <source>import it in TrustDesk, or check it with: {command}</source>
        <translation>importez-le dans TrustDesk, ou vérifiez-le avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="181"/>
        <source>give the digits the trust person reads out by phone with --fingerprint &quot;40218 77310 …&quot; (standard input is not a terminal to ask them on).</source>
        <translation>donnez les chiffres que la personne de confiance lit au téléphone avec --fingerprint &quot;40218 77310 …&quot; (l’entrée standard n’est pas un terminal où les demander).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="184"/>
        <source>Fingerprint the trust person reads out by phone: </source>
        <translation>Empreinte que la personne de confiance lit au téléphone&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="325"/>
        <source>the digits the trust person read out by phone (not given: asked on the terminal)</source>
        <translation>les chiffres que la personne de confiance a lus au téléphone (non donnés&#xa0;: demandés dans le terminal)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="33"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="34"/>
        <source>Did you mean {values}?</source>
        <translation>Vouliez-vous dire {values}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="49"/>
        <source>{option} “{value}” is not known.</source>
        <translation>{option} «&#xa0;{value}&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/vocabulary_words.py" line="51"/>
        <source>Allowed: {allowed} (or any name TrustDesk shows for them, in Dutch, French or English).</source>
        <translation>Valeurs admises&#xa0;: {allowed} (ou tout nom que TrustDesk leur donne, en néerlandais, en français ou en anglais).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="209"/>
        <source>there is no folder {folder} to write {name} in; make it first, or give another place.</source>
        <translation>il n’y a pas de dossier {folder} où écrire {name}&#xa0;; créez-le d’abord, ou indiquez un autre endroit.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="212"/>
        <source>{path} is a file, not a folder: give a folder to write into.</source>
        <translation>{path} est un fichier, pas un dossier&#xa0;: indiquez un dossier où écrire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/secret_input.py" line="28"/>
        <source>{what} is needed, but there is no terminal to ask for it; give it on standard input with {option}.</source>
        <translation>{what}&#xa0;: aucun terminal ne permet de poser la question&#xa0;; donnez la réponse sur l’entrée standard avec {option}.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/coordinator_cli.py" line="206"/>
        <source>this card was held already: {name} ({fingerprint}); nothing changed.</source>
        <translation>cette carte était déjà là&#xa0;: {name} ({fingerprint})&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="58"/>
        <source>{folder} holds a national report already ({names}); give --replace to write over it, or another folder.</source>
        <translation>{folder} contient déjà un rapport national ({names})&#xa0;; donnez --replace pour l’écraser, ou un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/figures_cli.py" line="112"/>
        <source>write over a national report already in DIR</source>
        <translation>écraser un rapport national déjà présent dans DIR</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/words.py" line="198"/>
        <source>--lang must be one of {languages}; “{given}” is not one.</source>
        <translation>--lang doit être l’une de ces valeurs&#xa0;: {languages}&#xa0;; «&#xa0;{given}&#xa0;» n’en est pas une.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="145"/>
        <source>the trust person&apos;s TrustDesk data folder</source>
        <translation>le répertoire de données TrustDesk de la personne de confiance</translation>
    </message>
    <message>
        <location filename="../../trustdesk/cli/refusals.py" line="159"/>
        <source>(put {meaning} in place of {placeholder})</source>
        <translation>(mettez {meaning} à la place de {placeholder})</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="25"/>
        <source>this field</source>
        <translation>ce champ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="26"/>
        <source>“%1” copied whole to the clipboard (%n character(s))</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» copié en entier dans le presse-papiers (%n caractère)</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» copié en entier dans le presse-papiers (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="38"/>
        <source>Not copied</source>
        <translation>Non copié</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/clipboard_export.py" line="39"/>
        <source>The vault could not record this copy, so nothing was copied.</source>
        <translation>Le coffre-fort n’a pas pu enregistrer cette copie&#xa0;; rien n’a donc été copié.</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <location filename="../../trustdesk/app.py" line="46"/>
        <source>usage:</source>
        <translation>utilisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="49"/>
        <source>(the desktop app)</source>
        <translation>(le programme avec fenêtres)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="49"/>
        <source>(a headless command)</source>
        <translation>(une commande sans fenêtre)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="50"/>
        <source>COMMAND [options]</source>
        <translation>COMMANDE [options]</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="55"/>
        <source>TrustDesk, the trust person&apos;s case desk.</source>
        <translation>TrustDesk, le logiciel de dossiers de la personne de confiance.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="56"/>
        <source>folder of the vault (default: the user data folder)</source>
        <translation>répertoire du coffre-fort (par défaut&#xa0;: le répertoire de données de l’utilisateur)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="57"/>
        <source>interface language: nl, fr or en (default: the saved choice, else the system&apos;s)</source>
        <translation>langue de l’interface&#xa0;: nl, fr ou en (par défaut&#xa0;: le choix enregistré, sinon celle du système)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="63"/>
        <source>unknown option: %1</source>
        <translation>option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="64"/>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="65"/>
        <source>%1 takes no value</source>
        <translation>%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="66"/>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="67"/>
        <source>--lang must be one of %1</source>
        <translation>--lang doit être l’une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="68"/>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir demande un répertoire</translation>
    </message>
</context>
<context>
    <name>disclosures</name>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="35"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="36"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="37"/>
        <source>Handed over</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="43"/>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="44"/>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="45"/>
        <source>Referral letter</source>
        <translation>Lettre d’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="46"/>
        <source>Access export (the doctor&apos;s complete file)</source>
        <translation>Copie pour le droit d’accès (le dossier complet du médecin)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="47"/>
        <source>Handover file</source>
        <translation>Fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="48"/>
        <source>Audit log (CSV)</source>
        <translation>Journal d’audit (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="49"/>
        <source>Disclosures list (CSV)</source>
        <translation>Liste de ce qui a quitté le coffre-fort (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="50"/>
        <source>Activity figures</source>
        <translation>Chiffres d’activité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="51"/>
        <source>Activity figures (CSV)</source>
        <translation>Chiffres d’activité (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="52"/>
        <source>Provider list (CSV)</source>
        <translation>Liste des intervenants (CSV)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="59"/>
        <source>Full (with name)</source>
        <translation>Complet (avec le nom)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="60"/>
        <source>Pseudonymised</source>
        <translation>Pseudonymisé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="61"/>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="69"/>
        <source>⚠ no consent recorded</source>
        <translation>⚠ aucun consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="71"/>
        <source>Consent given %1</source>
        <translation>Consentement donné le %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="87"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="88"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="89"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="90"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="91"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="92"/>
        <source>Redaction</source>
        <translation>Niveau de masquage</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="93"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="111"/>
        <source>the doctor (right of access)</source>
        <translation>le médecin (droit d’accès)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/disclosures.py" line="53"/>
        <source>Whole text copied to the clipboard</source>
        <translation>Texte entier copié dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>document_output</name>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="106"/>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="107"/>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="108"/>
        <source>Referral letter</source>
        <translation>Lettre d’orientation</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="109"/>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="110"/>
        <source>Recovery kit</source>
        <translation>Kit de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="111"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="112"/>
        <source>Access export for the doctor</source>
        <translation>Copie pour le médecin (droit d’accès)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="121"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="122"/>
        <source>pseudonymised</source>
        <translation>pseudonymisé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="123"/>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="127"/>
        <source>&amp;Full: with the doctor&apos;s name and contact details</source>
        <translation>Comp&amp;let&#xa0;: avec le nom et les coordonnées du médecin</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="137"/>
        <source>&amp;Intake</source>
        <translation>Dem&amp;ande</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="138"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="139"/>
        <source>&amp;Risk history</source>
        <translation>&amp;Historique du risque</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="142"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="204"/>
        <source>Save document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="221"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="226"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="222"/>
        <source>The document could not be written to that folder (no permission, or the disk is full). Nothing was saved; choose another folder.</source>
        <translation>Le document n’a pas pu être écrit dans ce répertoire (pas d’autorisation, ou disque plein). Rien n’a été enregistré&#xa0;; choisissez un autre répertoire.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="227"/>
        <source>The vault could not record this export, so the file was removed. Nothing was saved.</source>
        <translation>Le coffre-fort n’a pas pu enregistrer cette exportation&#xa0;: le fichier a donc été supprimé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="317"/>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l’imprimante…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="318"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="320"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="321"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="380"/>
        <source>Before you print</source>
        <translation>Avant d’imprimer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="368"/>
        <source>Printing hands the document to the operating system. Its print queue (and some printers) may keep a copy until the page is printed, outside the encrypted vault. Print on a printer you trust, and collect the pages right away.</source>
        <translation>L’impression confie le document au système d’exploitation. Sa file d’impression (et certaines imprimantes) peut en garder une copie jusqu’à l’impression de la page, hors du coffre-fort chiffré. Imprimez sur une imprimante de confiance et récupérez les pages tout de suite.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="386"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="388"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="427"/>
        <location filename="../../trustdesk/ui/output/document_output.py" line="428"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="440"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="441"/>
        <source>The printer could not be started. Nothing was printed.</source>
        <translation>L’imprimante n’a pas pu être lancée. Rien n’a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="130"/>
        <source>&amp;Minimal: months, domains and status only</source>
        <translation>&amp;Minimal&#xa0;: seulement les mois, les domaines et le statut</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="141"/>
        <source>R&amp;eferrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="128"/>
        <source>Pse&amp;udonymised: the case code, no name, contact details, region or exact dates</source>
        <translation>&amp;Pseudonymisé&#xa0;: le code du dossier, ni nom, ni coordonnées, ni région, ni dates précises</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/output/document_output.py" line="140"/>
        <source>Safet&amp;y plan</source>
        <translation>Plan de sécurit&amp;é</translation>
    </message>
</context>
<context>
    <name>kept_at_lock</name>
    <message>
        <location filename="../../trustdesk/ui/kit/kept_at_lock.py" line="38"/>
        <source>A note could not be saved when TrustDesk locked. What you had typed was kept, encrypted, until this unlock and is saved now: check it.</source>
        <translation>Une note n’a pas pu être enregistrée au verrouillage de TrustDesk. Ce que vous aviez tapé a été conservé, chiffré, jusqu’à ce déverrouillage et est enregistré maintenant&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/kept_at_lock.py" line="48"/>
        <source>Something you had typed could not be saved when TrustDesk locked, and could not be kept: check your last note and type what is missing again.</source>
        <translation>Une partie de ce que vous aviez tapé n’a pas pu être enregistrée au verrouillage de TrustDesk, ni conservée&#xa0;: vérifiez votre dernière note et retapez ce qui manque.</translation>
    </message>
</context>
<context>
    <name>lock_bound</name>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="290"/>
        <source>Locked while you were typing</source>
        <translation>Verrouillé pendant votre saisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="186"/>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="95"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="96"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="97"/>
        <source>What you typed in “%1” has not been saved.</source>
        <translation>Ce que vous avez saisi dans «&#xa0;%1&#xa0;» n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="99"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="101"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="102"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="104"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="185"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="276"/>
        <source>What you typed in “%1” was not kept: please type it again.</source>
        <translation>Ce que vous aviez saisi dans «&#xa0;%1&#xa0;» n’a pas été conservé&#xa0;: saisissez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/kit/lock_bound.py" line="291"/>
        <source>TrustDesk locked while %n window(s) held something you had not saved. What became of it:</source>
        <translation>
            <numerusform>TrustDesk s’est verrouillé alors que %n fenêtre contenait une saisie non enregistrée. Ce qu’il en est advenu&#xa0;:</numerusform>
            <numerusform>TrustDesk s’est verrouillé alors que %n fenêtres contenaient des saisies non enregistrées. Ce qu’il en est advenu&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="16"/>
        <source>This computer&apos;s keychain no longer holds the key that belongs with your passphrase (new computer, new user account or a reset keychain). Your recovery code still opens the vault.</source>
        <translation>Le trousseau de cet ordinateur ne contient plus la clé associée à votre phrase secrète (nouvel ordinateur, nouveau compte utilisateur ou trousseau réinitialisé). Votre code de récupération ouvre toujours le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="19"/>
        <source>That passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Cette phrase secrète n’ouvre pas le coffre-fort. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="32"/>
        <source>The vault files are damaged or incomplete, so TrustDesk cannot open them. Nothing was changed. Keep the data folder as it is; a backup can restore your cases.</source>
        <translation>Les fichiers du coffre-fort sont endommagés ou incomplets&#xa0;: TrustDesk ne peut pas les ouvrir. Rien n’a été modifié. Laissez le répertoire de données tel quel&#xa0;; une sauvegarde permet de restaurer vos dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="35"/>
        <source>This vault was saved by a newer version of TrustDesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Ce coffre-fort a été enregistré par une version plus récente de TrustDesk. Installez la dernière version pour l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="38"/>
        <source>There is no vault in this data folder.</source>
        <translation>Il n’y a pas de coffre-fort dans ce répertoire de données.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="39"/>
        <source>A vault already exists in this data folder; it was left untouched.</source>
        <translation>Un coffre-fort existe déjà dans ce répertoire de données&#xa0;; il n’a pas été touché.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="40"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="41"/>
        <source>TrustDesk could not save: the disk may be full or read-only. Nothing was half-written; free some space and try again.</source>
        <translation>TrustDesk n’a pas pu enregistrer&#xa0;: le disque est peut-être plein ou en lecture seule. Rien n’a été écrit à moitié&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="44"/>
        <source>The key file asks for weaker protection than TrustDesk allows, so it was refused.</source>
        <translation>Le fichier de clés demande une protection plus faible que celle admise par TrustDesk&#xa0;; il a donc été refusé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="50"/>
        <source>The vault could not complete this action. Nothing was changed.</source>
        <translation>Le coffre-fort n’a pas pu terminer cette action. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="64"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Un problème est survenu. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="21"/>
        <source>The key file asks for far more key-stretching work than TrustDesk ever sets, so it was refused before any work was done. It was not made by TrustDesk or it was tampered with; nothing was changed.</source>
        <translation>Le fichier de clés demande bien plus de calcul de dérivation que TrustDesk n’en fixe jamais&#xa0;; il a donc été refusé avant tout calcul. Il n’a pas été créé par TrustDesk ou il a été falsifié&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="24"/>
        <source>The data folder is read-only (a read-only drive or folder permissions), so TrustDesk cannot open the vault there. The files are not damaged and nothing was changed: make the folder writable, then try again.</source>
        <translation>Le répertoire de données est en lecture seule (un disque en lecture seule ou les autorisations du répertoire)&#xa0;; TrustDesk ne peut donc pas y ouvrir le coffre-fort. Les fichiers ne sont pas endommagés et rien n’a été modifié&#xa0;: rendez le répertoire accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="28"/>
        <source>Beside the vault lie files that TrustDesk never writes (a leftover journal, or a folder or link in place of the vault&apos;s own side files), so it was not opened. Nothing was changed. Move those files out of the data folder and try again; if the vault still does not open, a backup can restore your cases.</source>
        <translation>À côté du coffre-fort se trouvent des fichiers que TrustDesk n’écrit jamais (un journal resté là, ou un répertoire ou un lien à la place des fichiers annexes du coffre-fort)&#xa0;; il n’a donc pas été ouvert. Rien n’a été modifié. Déplacez ces fichiers hors du répertoire de données et réessayez&#xa0;; si le coffre-fort ne s’ouvre toujours pas, une sauvegarde peut restaurer vos dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="48"/>
        <source>This case was handed over to your successor: here it is read-only. Nothing was changed.</source>
        <translation>Ce dossier a été transféré à votre successeur&#xa0;: ici, il est en lecture seule. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/messages.py" line="46"/>
        <source>This case was closed as handed over after referral: it is read-only. Nothing was changed.</source>
        <translation>Ce dossier a été clôturé (relais pris après orientation)&#xa0;: il est en lecture seule. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../trustdesk/ui/kit/preferences.py" line="64"/>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/kit/preferences.py" line="67"/>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
</context>
<context>
    <name>save_cancel</name>
    <message>
        <location filename="../../trustdesk/ui/kit/appearance.py" line="112"/>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
</context>
<context>
    <name>vault_notices</name>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="97"/>
        <source>Disk full: read-only until space is freed. You can read every case, but nothing you change can be saved. Free some space on this disk, then lock and unlock again.</source>
        <translation>Disque plein&#xa0;: lecture seule jusqu’à ce que de l’espace soit libéré. Vous pouvez lire chaque dossier, mais rien de ce que vous modifiez ne peut être enregistré. Libérez de l’espace sur ce disque, puis verrouillez et déverrouillez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="68"/>
        <source>The vault ends before its last recorded change: %n entr(y/ies) of the audit log are missing (the last recorded change was at %1; the vault now ends at %2). Changes made after %2 may be lost.</source>
        <translation>
            <numerusform>Le coffre-fort s’arrête avant sa dernière modification enregistrée&#xa0;: %n entrée du journal d’audit manque (la dernière modification enregistrée date du %1&#xa0;; le coffre-fort s’arrête maintenant au %2). Les modifications faites après le %2 peuvent être perdues.</numerusform>
            <numerusform>Le coffre-fort s’arrête avant sa dernière modification enregistrée&#xa0;: %n entrées du journal d’audit manquent (la dernière modification enregistrée date du %1&#xa0;; le coffre-fort s’arrête maintenant au %2). Les modifications faites après le %2 peuvent être perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="73"/>
        <source>The audit log does not match its last recorded change (entry %1): it was rewritten outside TrustDesk.</source>
        <translation>Le journal d’audit ne correspond pas à sa dernière modification enregistrée (entrée %1)&#xa0;: il a été réécrit en dehors de TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="76"/>
        <source>The backup %1 (made %2) holds what is missing; Restore in Settings brings it back (the current vault is kept aside).</source>
        <translation>La sauvegarde %1 (faite le %2) contient ce qui manque&#xa0;; Restaurer, dans «&#xa0;Paramètres&#xa0;», le récupère (le coffre-fort actuel est mis de côté).</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="79"/>
        <source>No backup in the backup folder holds it.</source>
        <translation>Aucune sauvegarde du répertoire de sauvegarde ne le contient.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="84"/>
        <source>Your profile has no name: your referral letters go out unsigned. Fill it in under Settings (Ctrl+,), “Letters are signed by”.</source>
        <translation>Votre profil n’a pas de nom&#xa0;: vos lettres d’orientation partent sans signature. Complétez-le dans «&#xa0;Paramètres&#xa0;» (Ctrl+,), «&#xa0;Lettres signées par&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="86"/>
        <source>Your profile has no contact line: your referral letters go out without your phone number or e-mail address. Fill it in under Settings (Ctrl+,), “Letters are signed by”.</source>
        <translation>Votre profil n’a pas de ligne de contact&#xa0;: vos lettres d’orientation partent sans votre numéro de téléphone ni votre adresse e-mail. Complétez-le dans «&#xa0;Paramètres&#xa0;» (Ctrl+,), «&#xa0;Lettres signées par&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="89"/>
        <source>Your profile has no name and no contact line: your referral letters go out without a sender. Fill it in under Settings (Ctrl+,), “Letters are signed by”.</source>
        <translation>Votre profil n’a ni nom ni ligne de contact&#xa0;: vos lettres d’orientation partent sans expéditeur. Complétez-le dans «&#xa0;Paramètres&#xa0;» (Ctrl+,), «&#xa0;Lettres signées par&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="108"/>
        <source>This vault has no recovery code: if the passphrase or this computer&apos;s keychain is lost, nothing else opens it. Make a new recovery code now and keep it on paper.</source>
        <translation>Ce coffre-fort n’a pas de code de récupération&#xa0;: si la phrase secrète ou le trousseau de cet ordinateur est perdu, rien d’autre ne l’ouvre. Créez maintenant un nouveau code de récupération et gardez-le sur papier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="126"/>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="131"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="127"/>
        <source>Later: said again at the next unlock</source>
        <translation>Plus tard&#xa0;: rappelé au prochain déverrouillage</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="132"/>
        <source>Later: said again in a week</source>
        <translation>Plus tard&#xa0;: rappelé dans une semaine</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="135"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="135"/>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="128"/>
        <source>Make a new recovery code…</source>
        <translation>Créer un nouveau code de récupération…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="129"/>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="62"/>
        <source>The audit log&apos;s head record, kept beside the vault, was deleted, does not verify or was replaced by an older copy, outside TrustDesk. The log now ends at %1; entries after that could have been removed without a trace. Compare it with the audit stamps in documents you sent and with your backups.</source>
        <translation>Le repère de fin du journal d’audit, conservé à côté du coffre-fort, a été supprimé, n’est plus valide ou a été remplacé par une copie plus ancienne, en dehors de TrustDesk. Le journal s’arrête maintenant au %1&#xa0;; des entrées postérieures ont pu être supprimées sans laisser de trace. Comparez-le avec les cachets d’audit des documents que vous avez envoyés et avec vos sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="103"/>
        <source>The vault&apos;s write-ahead log (its most recent changes) was damaged or cut short: changes after the damage cannot be read. Before anything was written, a copy of the vault with that log, still encrypted, was kept aside in the data folder as %1. Keep it: it is the evidence, and it may hold what is missing.</source>
        <translation>Le journal de transactions du coffre-fort (ses modifications les plus récentes) était endommagé ou tronqué&#xa0;: les modifications après le dommage ne peuvent pas être lues. Avant toute écriture, une copie du coffre-fort avec ce journal, toujours chiffrée, a été mise de côté sous Intervenants des données sous le nom %1. Gardez-la&#xa0;: c’est la preuve, et elle peut contenir ce qui manque.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="112"/>
        <source>The set-up was left before you confirmed that you wrote down the recovery code, which is shown only once. If you forget the passphrase, only that code opens this vault. Make a new recovery code now and keep it on paper.</source>
        <translation>La configuration a été quittée avant que vous ne confirmiez avoir noté le code de récupération, affiché une seule fois. Si vous oubliez la phrase secrète, seul ce code ouvre ce coffre-fort. Créez maintenant un nouveau code de récupération et gardez-le sur papier.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="133"/>
        <source>Fill in my profile…</source>
        <translation>Remplir mon profil…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/security/vault_notices.py" line="134"/>
        <source>Fill in my profile</source>
        <translation>Remplir mon profil</translation>
    </message>
</context>
</TS>
