<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="29"/>
        <source>Burn-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="30"/>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="31"/>
        <source>Substance abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="32"/>
        <source>Suicidal behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="33"/>
        <source>Second victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="34"/>
        <source>Other problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="47"/>
        <source>The doctor themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="48"/>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="49"/>
        <source>Family or a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="50"/>
        <source>The coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="51"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="58"/>
        <source>Antwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="59"/>
        <source>East Flanders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="60"/>
        <source>Flemish Brabant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="61"/>
        <source>Limburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="62"/>
        <source>West Flanders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="63"/>
        <source>Brussels-Capital Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="64"/>
        <source>Hainaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="65"/>
        <source>Liège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="66"/>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="67"/>
        <source>Namur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="68"/>
        <source>Walloon Brabant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="69"/>
        <source>National / several regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="70"/>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="85"/>
        <source>Physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="86"/>
        <source>Physician in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="87"/>
        <source>Medical student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="94"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="95"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="96"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="97"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="104"/>
        <source>Structural solution reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="105"/>
        <source>Handed over after referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="107"/>
        <source>The doctor ended the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="108"/>
        <source>Doctor unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="109"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_labels.py" line="110"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="223"/>
        <source>This case no longer exists in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="228"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="238"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="241"/>
        <source>Domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="242"/>
        <source>No knowledge domain chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="243"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="246"/>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="248"/>
        <source>Closed on %1 (%2). Kept until %3; after that date TrustDesk asks you to destroy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="257"/>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="259"/>
        <source>Reopen (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="260"/>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="312"/>
        <source>← Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="313"/>
        <source>Back to the cases list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="314"/>
        <source>Back to the cases list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="316"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="317"/>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="318"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="318"/>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="318"/>
        <source>T&amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="318"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_view.py" line="319"/>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="190"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="337"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="338"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="339"/>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="340"/>
        <source>Current risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="341"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="342"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="343"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/cases_model.py" line="365"/>
        <source>This case needs attention today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="311"/>
        <source>No cases yet.
Each doctor you accompany gets a case with a pseudonymous code. Press Ctrl+N to open the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="315"/>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="316"/>
        <source>Closed cases are hidden; tick “Show closed cases” to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/pages/cases.py" line="319"/>
        <source>%1 of %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/pages/cases.py" line="320"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="327"/>
        <location filename="../../trustdesk/ui/pages/cases.py" line="357"/>
        <source>Cases</source>
        <translation type="unfinished">Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="330"/>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="336"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="337"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="338"/>
        <source>Open a new case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="339"/>
        <source>Filter by code, domain, specialty, region… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="340"/>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="341"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="342"/>
        <source>Every status except closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="344"/>
        <source>Knowledge domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="345"/>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="346"/>
        <source>Current risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="347"/>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="348"/>
        <source>High or acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="351"/>
        <source>Needs attention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="352"/>
        <source>Show only cases that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="353"/>
        <location filename="../../trustdesk/ui/pages/cases.py" line="354"/>
        <source>Show closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/cases.py" line="355"/>
        <location filename="../../trustdesk/ui/pages/cases.py" line="356"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="46"/>
        <source>Close case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="48"/>
        <source>Closing ends the follow-up of %1. You can reopen it while it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="54"/>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="55"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="63"/>
        <source>Date of closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="71"/>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="72"/>
        <source>Optional: what was agreed at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="85"/>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="87"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="96"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="97"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/close_case_dialog.py" line="124"/>
        <source>After closing, the case is kept until %1 (%2 years), then TrustDesk reminds you to destroy it. Nothing is destroyed without you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="167"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="168"/>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="169"/>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="170"/>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="176"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="177"/>
        <source>Who took part, besides you and the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="178"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="179"/>
        <source>A&amp;greements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="180"/>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="181"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="182"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="184"/>
        <source>Date and time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="185"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="186"/>
        <source>Mode of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="187"/>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="188"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="189"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="190"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="191"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="192"/>
        <source>Earlier versions of this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="193"/>
        <source>Finish this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="215"/>
        <source>New note: it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="279"/>
        <source>Not finished: high or acute risk needs a safety plan. What you typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="303"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="316"/>
        <source>Not saved yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="342"/>
        <source>&amp;Safety plan (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="342"/>
        <source>&amp;Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="349"/>
        <source>⚠ High or acute risk: write down the safety plan (who to call, what was agreed, when you call back). The note is not finished without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="351"/>
        <source>A safety plan is needed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="357"/>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactMode</name>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="45"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="46"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="47"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contact_editor.py" line="48"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="104"/>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="105"/>
        <source>New contact ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="106"/>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="107"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="108"/>
        <source>&amp;Contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="109"/>
        <source>Contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="110"/>
        <source>No contacts yet. Type the first note on the right; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="194"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="195"/>
        <source>Risk: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="201"/>
        <source>(no notes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/contacts_tab.py" line="203"/>
        <source>⚠ Safety plan missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="134"/>
        <source>Setting up your vault</source>
        <translation>Préparation de votre coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="135"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="136"/>
        <source>An encrypted vault is being made on this computer.</source>
        <translation>Un coffre-fort chiffré est créé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="137"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="138"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="143"/>
        <source>Preparing the encryption for this computer. This takes a few seconds…</source>
        <translation>Préparation du chiffrement pour cet ordinateur. Cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="339"/>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="340"/>
        <source>Save the details now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="382"/>
        <source>Changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="400"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="414"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../trustdesk/ui/documents_tab.py" line="35"/>
        <source>No documents for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/documents_tab.py" line="37"/>
        <source>Case summaries, contact logs and referral letters you save or print will be listed here, with the redaction level each one was made with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="285"/>
        <source>TrustDesk – first start</source>
        <translation>TrustDesk – premier démarrage</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="286"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="286"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="287"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="287"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="288"/>
        <source>&amp;Start using TrustDesk</source>
        <translation>&amp;Commencer à utiliser TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="289"/>
        <source>Finish and open TrustDesk</source>
        <translation>Terminer et ouvrir TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="290"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="290"/>
        <source>Cancel the set-up</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="294"/>
        <source>Create the vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="89"/>
        <location filename="../../trustdesk/ui/case_details.py" line="181"/>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="94"/>
        <source>Who made the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="97"/>
        <source>As given by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="99"/>
        <location filename="../../trustdesk/ui/case_details.py" line="183"/>
        <source>Coordinator reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="104"/>
        <source>Language of the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="107"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="110"/>
        <source>Region or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="115"/>
        <location filename="../../trustdesk/ui/case_details.py" line="186"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="118"/>
        <source>For example: general practice, anaesthesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="120"/>
        <location filename="../../trustdesk/ui/case_details.py" line="187"/>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="123"/>
        <source>Knowledge domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="132"/>
        <source>The doctor agrees to be contacted by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="133"/>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="141"/>
        <source>Padlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="142"/>
        <source>Most sensitive: who the doctor is (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="146"/>
        <source>Kept only in this vault, never in pseudonymised documents or the anonymous figures. Leave empty when the code is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="152"/>
        <source>Doctor&apos;s name (most sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="156"/>
        <source>Doctor&apos;s phone (most sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="160"/>
        <source>Doctor&apos;s e-mail (most sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="163"/>
        <source>Workplace (most sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="170"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="171"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="172"/>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="182"/>
        <source>First call by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="184"/>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="185"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="195"/>
        <source>What the coordinator passed on, the question for help, context that stays true over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/case_details.py" line="198"/>
        <location filename="../../trustdesk/ui/case_details.py" line="199"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="70"/>
        <source>Welcome to TrustDesk</source>
        <translation>Bienvenue dans TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="71"/>
        <source>Your confidential case notes, kept on this computer only.</source>
        <translation>Vos notes de dossier confidentielles, conservées uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="72"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>Choisissez la langue de l’interface. Vous pourrez la modifier plus tard dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="172"/>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="173"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="173"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="173"/>
        <source>Providers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="174"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="180"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="181"/>
        <source>Lock TrustDesk now (Ctrl+L)</source>
        <translation>Verrouiller TrustDesk maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="182"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="183"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="184"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="185"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/main_window.py" line="187"/>
        <source>Protected by your passphrase alone on this computer (no keychain).</source>
        <translation>Sur cet ordinateur, protégé uniquement par votre phrase secrète (pas de trousseau).</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../trustdesk/ui/new_case_dialog.py" line="28"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/new_case_dialog.py" line="34"/>
        <source>The code is the case&apos;s name everywhere in TrustDesk and in pseudonymised documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/new_case_dialog.py" line="49"/>
        <location filename="../../trustdesk/ui/new_case_dialog.py" line="52"/>
        <source>Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/new_case_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/new_case_dialog.py" line="80"/>
        <source>New case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/pages/__init__.py" line="95"/>
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
        <location filename="../../trustdesk/ui/passphrase.py" line="89"/>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="90"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="91"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="92"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="93"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/passphrase.py" line="100"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère ; quelques mots sans lien entre eux se retiennent facilement et se devinent difficilement.</numerusform>
            <numerusform>Utilisez au moins %n caractères ; quelques mots sans lien entre eux se retiennent facilement et se devinent difficilement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/passphrase.py" line="103"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Trop court : au moins %n caractère.</numerusform>
            <numerusform>Trop court : au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="104"/>
        <source>Strength: very weak.</source>
        <translation>Solidité : très faible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="104"/>
        <source>Strength: weak.</source>
        <translation>Solidité : faible.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="104"/>
        <source>Strength: fair.</source>
        <translation>Solidité : moyenne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="105"/>
        <source>Strength: strong.</source>
        <translation>Solidité : bonne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="105"/>
        <source>Strength: very strong.</source>
        <translation>Solidité : très bonne.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="108"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/passphrase.py" line="110"/>
        <source>Add another unusual word to make it stronger.</source>
        <translation>Ajoutez un mot peu courant pour la renforcer.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="95"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="96"/>
        <source>It protects every case note in TrustDesk.</source>
        <translation>Elle protège chaque note de dossier dans TrustDesk.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="98"/>
        <source>You type this passphrase each time you open TrustDesk. A short sentence or a few unrelated words work well.</source>
        <translation>Vous tapez cette phrase secrète à chaque ouverture de TrustDesk. Une courte phrase ou quelques mots sans lien entre eux conviennent bien.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="101"/>
        <source>Nobody can look it up for you: if you forget it, only the recovery code of the next step opens the vault.</source>
        <translation>Personne ne peut la retrouver pour vous : si vous l’oubliez, seul le code de récupération de l’étape suivante ouvre le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="103"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../trustdesk/ui/pages/providers.py" line="24"/>
        <source>Providers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/providers.py" line="27"/>
        <source>Your provider directory is empty.</source>
        <translation>Votre répertoire d’intervenants est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/pages/providers.py" line="30"/>
        <source>%n provider(s) in your directory.</source>
        <translation>
            <numerusform>%n intervenant dans votre répertoire.</numerusform>
            <numerusform>%n intervenants dans votre répertoire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/providers.py" line="33"/>
        <source>Psychologists, psychiatrists, GPs and other help you refer doctors to.</source>
        <translation>Psychologues, psychiatres, médecins généralistes et autres aides vers lesquels vous orientez les médecins.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="221"/>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="222"/>
        <source>Shown once. Write it down or print it, and keep it somewhere safe.</source>
        <translation>Affiché une seule fois. Notez-le ou imprimez-le, et gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="224"/>
        <source>With this code you open your vault when you forget the passphrase or move to a new computer. Keep it apart from this computer, for instance with your important papers.</source>
        <translation>Ce code ouvre votre coffre-fort si vous oubliez la phrase secrète ou changez d’ordinateur. Conservez-le à l’écart de cet ordinateur, par exemple avec vos papiers importants.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="226"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="227"/>
        <source>Print a recovery kit…</source>
        <translation>Imprimer un kit de récupération…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="228"/>
        <source>Print a recovery kit</source>
        <translation>Imprimer un kit de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="229"/>
        <source>Available with documents</source>
        <translation>Disponible avec les documents</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="230"/>
        <source>I have written down or printed the recovery code</source>
        <translation>J’ai noté ou imprimé le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/wizard.py" line="233"/>
        <source>This computer has no keychain that TrustDesk can use, so on this computer your vault is protected by your passphrase alone. Choose it long, and keep the recovery code safe.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable par TrustDesk : sur cet ordinateur, votre coffre-fort est donc protégé uniquement par votre phrase secrète. Choisissez-la longue et gardez le code de récupération en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../trustdesk/ui/referrals_tab.py" line="35"/>
        <source>No referrals for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/referrals_tab.py" line="37"/>
        <source>Referrals to a psychologist, GP, addiction care or peer coaching will appear here, each with the doctor&apos;s recorded consent, its letter and where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../trustdesk/ui/pages/reports.py" line="24"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/reports.py" line="27"/>
        <source>No activity to report yet.</source>
        <translation>Aucune activité à rapporter pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/pages/reports.py" line="30"/>
        <source>Figures can be made from %n case(s).</source>
        <translation>
            <numerusform>Des chiffres peuvent être établis à partir de %n dossier.</numerusform>
            <numerusform>Des chiffres peuvent être établis à partir de %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/reports.py" line="33"/>
        <source>The anonymous yearly figures for the knowledge centre: you review exactly what is in the file before saving it.</source>
        <translation>Les chiffres annuels anonymes pour le centre d’expertise : vous vérifiez exactement le contenu du fichier avant de l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="88"/>
        <source>Earlier versions of this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="90"/>
        <source>A note is a record: when you change a note that is more than a day old, the text it had before is kept here. Versions cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="92"/>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="93"/>
        <source>Text of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="94"/>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="110"/>
        <source>Current text, saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="110"/>
        <source>Saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="121"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="121"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/revision_history.py" line="122"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="44"/>
        <source>No risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="45"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="46"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="47"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="48"/>
        <source>Acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="55"/>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="60"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="61"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="62"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="63"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="70"/>
        <source>High risk, no recent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="72"/>
        <source>No first contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="217"/>
        <source>Current risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/risk_badge.py" line="221"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="175"/>
        <source>Search notes and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="176"/>
        <source>Words to find (accents do not matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="177"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="178"/>
        <source>Results; Enter opens the case at that note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="205"/>
        <source>Note of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="206"/>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="220"/>
        <source>Type a word or the start of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="222"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="224"/>
        <source>1 result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="226"/>
        <source>{count} results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/search_dialog.py" line="273"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="138"/>
        <source>Changing the passphrase…</source>
        <translation>Modification de la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="145"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Votre phrase secrète a été modifiée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="151"/>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>La phrase secrète actuelle n’est pas correcte ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="165"/>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="197"/>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="166"/>
        <source>A new recovery code replaces the old one: the old code stops working. Continue?</source>
        <translation>Un nouveau code de récupération remplace l’ancien : l’ancien code ne fonctionnera plus. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="180"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="181"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="182"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="183"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="184"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Verrouiller après &amp;minutes d’inactivité :</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="185"/>
        <source>Minutes without use before TrustDesk locks</source>
        <translation>Minutes d’inactivité avant que TrustDesk se verrouille</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="186"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="187"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="188"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="189"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="190"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Modifier la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="191"/>
        <source>Change passphrase</source>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="192"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="194"/>
        <source>Lost the paper with your recovery code? Make a new one; the old code then stops working.</source>
        <translation>Vous avez perdu le papier avec votre code de récupération ? Créez-en un nouveau ; l’ancien code ne fonctionnera plus.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="195"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>Créer un &amp;nouveau code de récupération…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="196"/>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/settings_dialog.py" line="198"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="104"/>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="104"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="105"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="106"/>
        <source>e.g. Call back about the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="107"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="108"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="109"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="110"/>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="111"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="112"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="113"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="114"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="116"/>
        <source>None (a free-standing follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="117"/>
        <source>Save the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/task_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
</context>
<context>
    <name>TaskDue</name>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="37"/>
        <source>done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="39"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="42"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="44"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="45"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="91"/>
        <source>&amp;Follow-ups (tick when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="92"/>
        <source>Follow-ups of this case; Space marks one done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="93"/>
        <source>No follow-ups for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="94"/>
        <source>New &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="95"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="96"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/tasks_tab.py" line="97"/>
        <source>Edit the chosen follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../trustdesk/ui/pages/templates.py" line="24"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/templates.py" line="27"/>
        <source>No templates yet.</source>
        <translation>Aucun modèle pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../trustdesk/ui/pages/templates.py" line="30"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n modèle.</numerusform>
            <numerusform>%n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/templates.py" line="33"/>
        <source>Templates for referral letters and case summaries, in Dutch, French and English.</source>
        <translation>Modèles de lettres d’orientation et de résumés de dossier, en néerlandais, français et anglais.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="188"/>
        <source>Today</source>
        <translation type="unfinished">Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="191"/>
        <source>Nothing is due today, and no case is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="194"/>
        <source>Enter or double-click opens the case. Follow-ups you add without a date stay here until they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="237"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="239"/>
        <source>no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="248"/>
        <source>Cases that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="254"/>
        <source>Current risk: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="280"/>
        <source>last contact {date} ({days} days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="282"/>
        <source>opened {date}, no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="305"/>
        <source>⚠ The last backup failed ({when}). Your cases are safe in the vault, but there is no recent copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="308"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="317"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="317"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="317"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="318"/>
        <source>Due follow-ups and cases that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="319"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="320"/>
        <source>Open the case of the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="321"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="322"/>
        <source>Mark the chosen follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="323"/>
        <source>New &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/pages/today.py" line="324"/>
        <source>New follow-up without a case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="166"/>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre-fort…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="208"/>
        <source>Choose “Use the recovery code” below.</source>
        <translation>Choisissez « Utiliser le code de récupération » ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="238"/>
        <source>That recovery code does not open this vault. It has 26 letters and digits, in groups of four; check each group.</source>
        <translation>Ce code de récupération n’ouvre pas ce coffre-fort. Il compte 26 lettres et chiffres, par groupes de quatre ; vérifiez chaque groupe.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="269"/>
        <source>Saving the new passphrase…</source>
        <translation>Enregistrement de la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="285"/>
        <source>TrustDesk – unlock</source>
        <translation>TrustDesk – déverrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="286"/>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="287"/>
        <source>Your case notes are locked. Enter your passphrase to open them.</source>
        <translation>Vos notes de dossier sont verrouillées. Saisissez votre phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="288"/>
        <location filename="../../trustdesk/ui/unlock.py" line="289"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="290"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="291"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="292"/>
        <source>Forgot the passphrase or new computer? Use the recovery code</source>
        <translation>Phrase secrète oubliée ou nouvel ordinateur ? Utilisez le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="293"/>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="295"/>
        <source>Type the recovery code you wrote down or printed when you set up TrustDesk. Afterwards you choose a new passphrase.</source>
        <translation>Saisissez le code de récupération que vous avez noté ou imprimé lors de la configuration de TrustDesk. Vous choisirez ensuite une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="297"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="298"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="299"/>
        <source>Open with the recovery code</source>
        <translation>Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="300"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="301"/>
        <source>Back to the passphrase</source>
        <translation>Retour à la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="303"/>
        <source>The recovery code opened your vault. Choose a new passphrase for this computer.</source>
        <translation>Le code de récupération a ouvert votre coffre-fort. Choisissez une nouvelle phrase secrète pour cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="304"/>
        <source>&amp;Save and open</source>
        <translation>&amp;Enregistrer et ouvrir</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="305"/>
        <source>Save the new passphrase and open the vault</source>
        <translation>Enregistrer la nouvelle phrase secrète et ouvrir le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/unlock.py" line="306"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../trustdesk/app.py" line="70"/>
        <source>TrustDesk is already open</source>
        <translation>TrustDesk est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../trustdesk/app.py" line="71"/>
        <source>TrustDesk is already open for this vault. Switch to its window (look in the taskbar); a second copy would not be safe.</source>
        <translation>TrustDesk est déjà ouvert pour ce coffre-fort. Passez à sa fenêtre (regardez dans la barre des tâches) ; une seconde copie ne serait pas sûre.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="16"/>
        <source>This computer&apos;s keychain no longer holds the key that belongs with your passphrase (new computer, new user account or a reset keychain). Your recovery code still opens the vault.</source>
        <translation>Le trousseau de cet ordinateur ne contient plus la clé associée à votre phrase secrète (nouvel ordinateur, nouveau compte utilisateur ou trousseau réinitialisé). Votre code de récupération ouvre toujours le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="19"/>
        <source>That passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Cette phrase secrète n’ouvre pas le coffre-fort. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="21"/>
        <source>The vault files are damaged or incomplete, so TrustDesk cannot open them. Nothing was changed. Keep the data folder as it is; a backup can restore your cases.</source>
        <translation>Les fichiers du coffre-fort sont endommagés ou incomplets : TrustDesk ne peut pas les ouvrir. Rien n’a été modifié. Laissez le dossier de données tel quel ; une sauvegarde permet de restaurer vos dossiers.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="24"/>
        <source>This vault was saved by a newer version of TrustDesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Ce coffre-fort a été enregistré par une version plus récente de TrustDesk. Installez la dernière version pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="27"/>
        <source>There is no vault in this data folder.</source>
        <translation>Il n’y a pas de coffre-fort dans ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="28"/>
        <source>A vault already exists in this data folder; it was left untouched.</source>
        <translation>Un coffre-fort existe déjà dans ce dossier de données ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="29"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="30"/>
        <source>TrustDesk could not save: the disk may be full or read-only. Nothing was half-written; free some space and try again.</source>
        <translation>TrustDesk n’a pas pu enregistrer : le disque est peut-être plein ou en lecture seule. Rien n’a été écrit à moitié ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="33"/>
        <source>The key file asks for weaker protection than TrustDesk allows, so it was refused.</source>
        <translation>Le fichier de clés demande une protection plus faible que celle admise par TrustDesk ; il a donc été refusé.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="35"/>
        <source>The vault could not complete this action. Nothing was changed.</source>
        <translation>Le coffre-fort n’a pas pu terminer cette action. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/messages.py" line="49"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Un problème est survenu. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../trustdesk/ui/preferences.py" line="50"/>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../trustdesk/ui/preferences.py" line="53"/>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
</context>
</TS>
