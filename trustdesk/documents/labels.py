"""Words printed in documents, per document language (nl, fr, en), and date formatting with Babel.

Documents follow the *case's* language (German falls back to English); the UI's Qt translations
are not used here, so PDFs can be built without Qt.  Every text is a tuple ``(nl, fr, en)``:
a missing language is a syntax error, not a blank in a letter.

    words = Labels("fr")
    words("summary.title")                 -> "Résumé du dossier"
    words("footer.page", page=1, pages=3)  -> "Page 1 sur 3"
    words.enum(RiskLevel.HIGH)             -> "élevé"
    words.date(date(2026, 3, 1))           -> "1 mars 2026"
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from trustdesk.domain.enums import (
    CaseStatus,
    CloseReason,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    Province,
    ReferralStatus,
    RiskLevel,
    TemplateKind,
)
from trustdesk.domain.specialty import SpecialtyGroup

LANGUAGES = ("nl", "fr", "en")
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}

# Which key prefix names each enum's values.
ENUM_PREFIX: dict[type[StrEnum], str] = {
    KnowledgeDomain: "domain",
    Initiator: "initiator",
    CaseStatus: "status",
    RiskLevel: "risk",
    ContactMode: "mode",
    Profession: "profession",
    CloseReason: "close_reason",
    ReferralStatus: "referral_status",
    ProviderKind: "provider_kind",
    Province: "province",
    Language: "language",
    TemplateKind: "template_kind",
    SpecialtyGroup: "specialty_group",
}

_T: dict[str, tuple[str, str, str]] = {
    # -- enum values -------------------------------------------------------------------------
    "domain.burnout": ("burn-out", "burn-out", "burn-out"),
    "domain.depression": ("depressie", "dépression", "depression"),
    "domain.substance_abuse": ("middelengebruik", "assuétudes", "substance misuse"),
    # a theme of the case: thoughts (passive or active) as well as behaviour, never "behaviour" alone
    "domain.suicidal_behaviour": ("suïcidale gedachten of gedrag", "idées ou comportements suicidaires",
                                  "suicidal thoughts or behaviour"),
    "domain.second_victim": ("second victim", "seconde victime", "second victim"),
    "domain.other": ("ander probleem", "autre problème", "other problem"),
    "initiator.doctor": ("de arts zelf", "le médecin en personne", "the doctor"),
    "initiator.colleague": ("een collega", "un ou une collègue", "a colleague"),
    "initiator.family": ("familie", "la famille", "family"),
    "initiator.coordinator": ("de coördinator", "le coordinateur", "the coordinator"),
    "initiator.other": ("andere", "autre", "other"),
    "status.intake": ("aanmelding", "nouvelle demande", "intake"),
    "status.active": ("actief", "actif", "active"),
    "status.waiting": ("in afwachting", "en attente", "waiting"),
    "status.closed": ("afgesloten", "clôturé", "closed"),
    "risk.not_assessed": ("niet ingeschat", "non évalué", "not assessed"),
    "risk.none": ("geen risico vastgesteld", "pas de risque identifié", "no risk identified"),
    "risk.low": ("laag", "faible", "low"),
    "risk.moderate": ("matig", "modéré", "moderate"),
    "risk.high": ("hoog", "élevé", "high"),
    "risk.acute": ("acuut", "aigu", "acute"),
    "mode.phone": ("telefonisch", "par téléphone", "by phone"),
    "mode.video": ("videogesprek", "en visioconférence", "video call"),
    "mode.in_person": ("persoonlijk gesprek", "en personne", "in person"),
    "mode.written": ("schriftelijk", "par écrit", "in writing"),
    "profession.physician": ("arts", "médecin", "physician"),
    "profession.physician_in_training": ("arts in opleiding", "médecin en formation", "physician in training"),
    "profession.student": ("student geneeskunde", "étudiant en médecine", "medical student"),
    "close_reason.structural_solution": ("structurele oplossing gevonden", "solution structurelle trouvée",
                                         "structural solution found"),
    "close_reason.handed_over_after_referral": ("overgedragen na doorverwijzing", "relais pris après orientation",
                                                "handed over after referral"),
    "close_reason.doctor_ended": ("stopgezet door de arts", "arrêté par le médecin", "ended by the doctor"),
    "close_reason.unreachable": ("arts niet meer bereikbaar", "médecin injoignable", "doctor unreachable"),
    "close_reason.handed_over": ("overgedragen", "transféré", "handed over"),
    "close_reason.returned_conflict": ("teruggegeven aan de coördinator (belangenconflict)",
                                       "rendu au coordinateur (conflit d’intérêts)",
                                       "returned to the coordinator (conflict of interest)"),
    "close_reason.other": ("andere reden", "autre motif", "other reason"),
    "referral_status.proposed": ("voorgesteld", "proposée", "proposed"),
    "referral_status.consented": ("toestemming gegeven", "consentement donné", "consent given"),
    "referral_status.letter_sent": ("brief verstuurd", "lettre envoyée", "letter sent"),
    "referral_status.accepted": ("aanvaard", "acceptée", "accepted"),
    "referral_status.first_appointment": ("eerste afspraak", "premier rendez-vous", "first appointment"),
    "referral_status.ended": ("beëindigd", "terminée", "ended"),
    "referral_status.declined": ("geweigerd", "refusée", "declined"),
    "provider_kind.psychologist": ("psycholoog", "psychologue", "psychologist"),
    "provider_kind.psychiatrist": ("psychiater", "psychiatre", "psychiatrist"),
    "provider_kind.gp": ("huisarts", "médecin généraliste", "general practitioner"),
    "provider_kind.addiction_care": ("verslavingszorg", "aide en assuétudes", "addiction care"),
    "provider_kind.occupational_physician": ("arbeidsarts", "médecin du travail", "occupational physician"),
    "provider_kind.peer_coaching": ("peercoaching / teamtraject", "coaching par les pairs / trajet d'équipe",
                                    "peer coaching / team programme"),
    "provider_kind.wellbeing_activity": ("welzijnsactiviteit", "activité de bien-être", "wellbeing activity"),
    "provider_kind.crisis_line": ("crisislijn", "ligne de crise", "crisis line"),
    "provider_kind.organisation": ("organisatie", "organisation", "organisation"),
    "provider_kind.unknown": ("niet opgegeven", "non précisé", "not specified"),
    "province.antwerp": ("Antwerpen", "Anvers", "Antwerp"),
    "province.east_flanders": ("Oost-Vlaanderen", "Flandre-Orientale", "East Flanders"),
    "province.flemish_brabant": ("Vlaams-Brabant", "Brabant flamand", "Flemish Brabant"),
    "province.limburg": ("Limburg", "Limbourg", "Limburg"),
    "province.west_flanders": ("West-Vlaanderen", "Flandre-Occidentale", "West Flanders"),
    "province.brussels": ("Brussel", "Bruxelles", "Brussels"),
    "province.hainaut": ("Henegouwen", "Hainaut", "Hainaut"),
    "province.liege": ("Luik", "Liège", "Liège"),
    "province.luxembourg": ("Luxemburg", "Luxembourg", "Luxembourg"),
    "province.namur": ("Namen", "Namur", "Namur"),
    "province.walloon_brabant": ("Waals-Brabant", "Brabant wallon", "Walloon Brabant"),
    "province.national": ("nationaal", "national", "national"),
    "province.abroad": ("buitenland", "étranger", "abroad"),
    "language.nl": ("Nederlands", "néerlandais", "Dutch"),
    "language.fr": ("Frans", "français", "French"),
    "language.en": ("Engels", "anglais", "English"),
    "language.de": ("Duits", "allemand", "German"),
    "template_kind.referral_psy": ("Doorverwijzing psycholoog/psychiater", "Orientation psychologue/psychiatre",
                                   "Referral to a psychologist/psychiatrist"),
    "template_kind.referral_gp": ("Doorverwijzing huisarts", "Orientation médecin généraliste",
                                  "Referral to a GP"),
    "template_kind.referral_occupational": ("Doorverwijzing arbeidsarts", "Orientation médecin du travail",
                                            "Referral to an occupational physician"),
    "template_kind.referral_addiction": ("Doorverwijzing verslavingszorg", "Orientation aide en assuétudes",
                                         "Referral to addiction care"),
    "template_kind.referral_peer": ("Doorverwijzing peercoaching / teamtraject",
                                    "Orientation coaching par les pairs / trajet d'équipe",
                                    "Referral to peer coaching / team programme"),
    "template_kind.referral_wellbeing": ("Doorverwijzing welzijnsactiviteit", "Orientation activité de bien-être",
                                         "Referral to a wellbeing activity"),
    "template_kind.agreement_note": ("Nota met afspraken", "Note des accords", "Note of what we agreed"),
    "template_kind.other": ("Andere", "Autre", "Other"),
    # -- page furniture ------------------------------------------------------------------------
    "footer.confidential": ("Vertrouwelijk", "Confidentiel", "Confidential"),
    "footer.page": ("Pagina {page} van {pages}", "Page {page} sur {pages}", "Page {page} of {pages}"),
    "footer.generated": ("Aangemaakt op {date}", "Créé le {date}", "Created on {date}"),
    "doc.neutral_title": ("TrustDesk-document", "Document TrustDesk", "TrustDesk document"),
    "yes": ("ja", "oui", "yes"),
    "no": ("nee", "non", "no"),
    "none": ("—", "—", "—"),
    "minutes": ("{n} min", "{n} min", "{n} min"),
    # -- case summary --------------------------------------------------------------------------
    "summary.title": ("Dossiersamenvatting", "Résumé du dossier", "Case summary"),
    "summary.level.full": ("Volledig: bevat namen, contactgegevens en notities.",
                           "Complet : contient les noms, les coordonnées et les notes.",
                           "Full: contains names, contact details and notes."),
    "summary.level.pseudonymised": ("Gepseudonimiseerd: enkel de dossiercode, zonder naam, contactgegevens, "
                                    "vrije tekst of regio; specialisme als brede groep, datums tot op de maand.",
                                    "Pseudonymisé : uniquement le code du dossier, sans nom, coordonnées, "
                                    "texte libre ni région ; spécialité en grand groupe, dates au mois.",
                                    "Pseudonymised: case code only, without name, contact details, free text "
                                    "or region; specialty as a broad group, dates to the month."),
    "summary.level.minimal": ("Minimaal: enkel maanden, kennisdomeinen, status en risicoverloop.",
                              "Minimal : uniquement les mois, domaines, statut et évolution du risque.",
                              "Minimal: months, knowledge domains, status and risk history only."),
    "specialty_group.not_given": ("niet opgegeven", "non précisée", "not given"),
    "specialty_group.general_practice": ("huisartsgeneeskunde", "médecine générale", "general practice"),
    "specialty_group.mental_health": ("psychiatrie", "psychiatrie", "psychiatry"),
    "specialty_group.acute_care": ("acute zorg (anesthesie, spoed, intensieve zorg)",
                                   "soins aigus (anesthésie, urgences, soins intensifs)",
                                   "acute care (anaesthesia, emergency, intensive care)"),
    "specialty_group.diagnostic": ("diagnostische specialismen", "spécialités diagnostiques",
                                   "diagnostic specialties"),
    "specialty_group.surgical": ("heelkundige specialismen", "spécialités chirurgicales", "surgical specialties"),
    "specialty_group.medical": ("geneeskundige specialismen", "spécialités médicales", "medical specialties"),
    "specialty_group.other": ("ander specialisme", "autre spécialité", "other specialty"),
    "section.intake": ("Aanmelding", "Demande", "Intake"),
    "section.contacts": ("Contacten", "Contacts", "Contacts"),
    "section.risk": ("Risicoverloop", "Évolution du risque", "Risk history"),
    "section.referrals": ("Doorverwijzingen", "Orientations", "Referrals"),
    "section.tasks": ("Taken", "Tâches", "Tasks"),
    "section.safety_plan": ("Veiligheidsplan", "Plan de sécurité", "Safety plan"),
    "field.code": ("Dossiercode", "Code du dossier", "Case code"),
    "field.opened_on": ("Geopend op", "Ouvert le", "Opened on"),
    "field.status": ("Status", "Statut", "Status"),
    "field.initiator": ("Aangemeld door", "Premier contact par", "First call by"),
    "field.coordinator_ref": ("Referentie coördinator", "Référence du coordinateur", "Coordinator reference"),
    "field.language": ("Taal", "Langue", "Language"),
    "field.region": ("Regio", "Région", "Region"),
    "field.profession": ("Beroep", "Profession", "Profession"),
    "field.specialty": ("Specialisme", "Spécialité", "Specialty"),
    "field.domains": ("Problematiek", "Domaines", "Knowledge domains"),
    "field.consent_to_contact": ("Akkoord om gecontacteerd te worden", "Accord pour un contact",
                                 "Agreed to be contacted"),
    "field.alias": ("Eigen alias", "Alias personnel", "Your alias"),
    "field.doctor_name": ("Naam", "Nom", "Name"),
    "field.doctor_phone": ("Telefoon", "Téléphone", "Phone"),
    "field.doctor_email": ("E-mail", "E-mail", "Email"),
    "field.workplace": ("Werkplek", "Lieu de travail", "Workplace"),
    "field.details": ("Achtergrond", "Contexte", "Background"),
    "field.closed_on": ("Afgesloten op", "Clôturé le", "Closed on"),
    "field.close_reason": ("Reden van afsluiten", "Motif de clôture", "Reason for closing"),
    "field.close_note": ("Afsluitende notitie", "Note de clôture", "Closing note"),
    "field.date": ("Datum", "Date", "Date"),
    "field.duration": ("Duur", "Durée", "Duration"),
    "field.mode": ("Vorm", "Mode", "Mode"),
    "field.risk": ("Risico", "Risque", "Risk"),
    "field.present": ("Aanwezig", "Présents", "Present"),
    "field.notes": ("Notities", "Notes", "Notes"),
    "field.agreements": ("Afspraken", "Accords", "Agreements"),
    "field.safety_plan": ("Veiligheidsplan", "Plan de sécurité", "Safety plan"),
    "field.provider": ("Hulpverlener", "Intervenant", "Provider"),
    "field.provider_kind": ("Soort", "Type", "Kind"),
    "field.reason": ("Reden", "Motif", "Reason"),
    "field.consent": ("Toestemming", "Consentement", "Consent"),
    "field.consent_scope": ("Reikwijdte toestemming", "Portée du consentement", "Scope of consent"),
    "field.feedback": ("Terugkoppeling", "Retour", "Feedback"),
    "field.steps": ("Stappen", "Étapes", "Steps"),
    "field.task": ("Taak", "Tâche", "Task"),
    "field.due_on": ("Uiterste datum", "Échéance", "Due"),
    "field.done": ("Gedaan", "Fait", "Done"),
    "field.open": ("Open", "À faire", "Open"),
    "summary.no_contacts": ("Nog geen contacten.", "Pas encore de contacts.", "No contacts yet."),
    "summary.no_referrals": ("Geen doorverwijzingen.", "Aucune orientation.", "No referrals."),
    "summary.no_tasks": ("Geen taken.", "Aucune tâche.", "No tasks."),
    "summary.no_safety_plan": ("Geen veiligheidsplan.", "Pas de plan de sécurité.", "No safety plan."),
    "summary.safety_version": ("Versie {version} van {date}", "Version {version} du {date}",
                               "Version {version} of {date}"),
    "summary.safety_not_applicable": ("Niet van toepassing: {reason}", "Sans objet : {reason}",
                                      "Not applicable: {reason}"),
    "summary.scores": ("Scores", "Scores", "Scores"),
    "summary.no_scores": ("Nog geen scores.", "Pas encore de scores.", "No scores yet."),
    "field.instrument": ("Vragenlijst", "Questionnaire", "Questionnaire"),
    "field.total": ("Totaal", "Total", "Total"),
    "field.item9": ("PHQ-9 item 9", "PHQ-9 item 9", "PHQ-9 item 9"),
    "summary.current_risk": ("Huidig risico: {risk}", "Risque actuel : {risk}", "Current risk: {risk}"),
    "summary.contact_count": ("{n} contacten", "{n} contacts", "{n} contacts"),
    "summary.contact_count.one": ("{n} contact", "{n} contact", "{n} contact"),
    # -- contact log ---------------------------------------------------------------------------
    "log.title": ("Contactlogboek", "Journal des contacts", "Contact log"),
    "log.subtitle": ("Alle contacten van dossier {code}, van oud naar nieuw.",
                     "Tous les contacts du dossier {code}, du plus ancien au plus récent.",
                     "Every contact of case {code}, oldest first."),
    # -- referral letter -----------------------------------------------------------------------
    "letter.consent_line": ("Verstuurd met toestemming van de betrokken arts, gegeven op {date}. "
                            "Reikwijdte: {scope}.",
                            "Envoyé avec le consentement du médecin concerné, donné le {date}. "
                            "Portée : {scope}.",
                            "Sent with the consent of the doctor concerned, given on {date}. Scope: {scope}."),
    "letter.consent_scope_unspecified": ("niet nader omschreven", "non précisée", "not specified"),
    "letter.date_unknown": ("datum niet genoteerd", "date non notée", "date not recorded"),
    "letter.role": ("vertrouwenspersoon, hulpplatform voor artsen",
                    "personne de confiance, plateforme d’aide aux médecins",
                    "trust person, physicians’ help platform"),
    "letter.riziv": ("RIZIV-nummer {number}", "numéro INAMI {number}", "RIZIV/INAMI number {number}"),
    "letter.subject": ("Betreft: vertrouwelijke doorverwijzing", "Objet : orientation confidentielle",
                       "Re: confidential referral"),
    # -- recovery kit --------------------------------------------------------------------------
    "recovery.title": ("TrustDesk-herstelkit", "Kit de récupération TrustDesk", "TrustDesk recovery kit"),
    "recovery.code": ("Herstelcode", "Code de récupération", "Recovery code"),
    "recovery.vault_id": ("Kluis-ID", "Identifiant du coffre-fort", "Vault ID"),
    "recovery.date": ("Aangemaakt op", "Créé le", "Created on"),
    "recovery.what.title": ("Waarvoor dient deze code?", "À quoi sert ce code ?", "What is this code for?"),
    "recovery.what.text": (
        "Met deze code opent u uw TrustDesk-kluis wanneer uw wachtwoordzin niet meer werkt: als u hem "
        "vergeten bent, als de sleutelhanger van uw computer gewist werd, of op een nieuwe laptop waarop "
        "u een back-up terugzet. Daarna kiest u een nieuwe wachtwoordzin.",
        "Ce code ouvre votre coffre-fort TrustDesk lorsque votre phrase secrète ne fonctionne plus : si vous "
        "l'avez oubliée, si le trousseau de votre ordinateur a été effacé, ou sur un nouvel ordinateur "
        "où vous restaurez une sauvegarde. Vous choisissez ensuite une nouvelle phrase secrète.",
        "This code opens your TrustDesk vault when your passphrase no longer works: if you have forgotten "
        "it, if your computer's keychain was wiped, or on a new laptop where you restore a backup. You "
        "then choose a new passphrase."),
    "recovery.keep.title": ("Waar bewaart u hem?", "Où le conserver ?", "Where to keep it"),
    "recovery.keep.text": (
        "Druk dit blad af en bewaar het op een veilige plek thuis, bijvoorbeeld bij uw belangrijke "
        "papieren, apart van uw laptop en van uw back-ups. Bewaar de code niet op de laptop zelf, niet in "
        "uw e-mail en niet in een cloudmap. Wie deze code én een kopie van uw kluis heeft, kan uw "
        "dossiers lezen.",
        "Imprimez cette page et conservez-la en lieu sûr chez vous, par exemple avec vos papiers "
        "importants, à l'écart de votre ordinateur et de vos sauvegardes. Ne gardez pas ce code sur "
        "l'ordinateur lui-même, ni dans vos e-mails, ni dans un répertoire synchronisé dans le cloud. Quiconque possède ce code "
        "et une copie de votre coffre-fort peut lire vos dossiers.",
        "Print this page and keep it somewhere safe at home, for example with your important papers, away "
        "from your laptop and from your backups. Do not keep the code on the laptop itself, in your email "
        "or in a cloud folder. Anyone who has this code and a copy of your vault can read your cases."),
    "recovery.lost.title": ("Laptop verloren of gestolen?", "Ordinateur perdu ou volé ?",
                            "Laptop lost or stolen?"),
    "recovery.lost.text": (
        "Installeer TrustDesk op een nieuwe computer, zet uw meest recente back-up terug en open die met "
        "deze herstelcode. Kies meteen een nieuwe wachtwoordzin en maak een nieuwe herstelkit aan: de "
        "oude code werkt dan niet meer. Verwittig de coördinator dat een toestel met vertrouwelijke "
        "gegevens verloren is; uw kluis blijft versleuteld.",
        "Installez TrustDesk sur un nouvel ordinateur, restaurez votre sauvegarde la plus récente et "
        "ouvrez-la avec ce code de récupération. Choisissez tout de suite une nouvelle phrase secrète et "
        "créez un nouveau kit : l'ancien code ne fonctionnera plus. Prévenez le coordinateur qu'un "
        "appareil contenant des données confidentielles a été perdu ; votre coffre-fort reste chiffré.",
        "Install TrustDesk on a new computer, restore your most recent backup and open it with this "
        "recovery code. Choose a new passphrase straight away and create a new recovery kit: the old code "
        "then stops working. Let the coordinator know that a device with confidential data was lost; your "
        "vault stays encrypted."),
    # -- activity report -----------------------------------------------------------------------
    "activity.title": ("Anoniem activiteitenverslag", "Rapport d'activité anonyme", "Anonymous activity report"),
    "activity.period": ("Periode: {start} tot en met {end}", "Période : de {start} à {end}",
                        "Period: {start} to {end}"),
    "activity.note": (
        "\u00b7 = verborgen: een klein aantal, of verborgen zodat een klein aantal niet af te leiden is. "
        "Het verslag bevat geen dossiercodes, namen of "
        "data fijner dan een maand. Dossiers tellen mee in de maand waarin ze geopend werden; "
        "doorverwijzingen in de maand waarin ze voorgesteld werden.",
        "\u00b7 = masqué\u00a0: un petit nombre, ou masqué pour qu’un petit nombre ne puisse pas être "
        "déduit. Le rapport ne contient ni codes de dossier, ni "
        "noms, ni dates plus précises que le mois. Les dossiers sont comptés le mois de leur ouverture ; "
        "les orientations le mois où elles ont été proposées.",
        "\u00b7 = hidden: a small number, or hidden so that a small number cannot be worked out. "
        "The report contains no case codes, names or dates finer than a "
        "month. Cases count in the month they were opened; referrals in the month they were proposed."),
    "activity.total": ("Nieuwe dossiers in deze periode:", "Nouveaux dossiers pendant la période\u00a0:",
                       "New cases in this period:"),
    "activity.table.month": ("Nieuwe dossiers per maand", "Nouveaux dossiers par mois", "New cases per month"),
    "activity.table.domain": ("Dossiers per kennisdomein", "Dossiers par domaine", "Cases per knowledge domain"),
    "activity.table.initiator": ("Dossiers per aanmelder", "Dossiers selon le premier contact", "Cases per initiator"),
    "activity.table.status": ("Dossiers per status op het einde van de periode",
                              "Dossiers par statut à la fin de la période", "Cases per status at the end of the period"),
    "activity.table.referral_kind": ("Doorverwijzingen per soort hulpverlener",
                                     "Orientations par type d’intervenant", "Referrals per kind of provider"),
    "activity.column.count": ("Aantal", "Nombre", "Count"),
    "activity.domain_note": ("Een dossier kan meerdere kennisdomeinen hebben.",
                             "Un dossier peut concerner plusieurs domaines.",
                             "A case may have more than one knowledge domain."),
    # -- safety plan (handed to the doctor: no case code, no trust-person notes) ----------------
    "safety.title": ("Mijn veiligheidsplan", "Mon plan de sécurité", "My safety plan"),
    "safety.version": ("Versie van {date}", "Version du {date}", "Version of {date}"),
    "safety.intro": ("Gebruik dit plan wanneer het moeilijk wordt. Begin bij stap 1 en ga naar de volgende "
                     "stap zolang u zich niet veilig voelt.",
                     "Utilisez ce plan quand cela devient difficile. Commencez à l'étape 1 et passez à "
                     "l'étape suivante tant que vous ne vous sentez pas en sécurité.",
                     "Use this plan when things get hard. Start at step 1 and go on to the next step for "
                     "as long as you do not feel safe."),
    "safety.step.warning_signs": ("Signalen dat een crisis eraan komt", "Signes qu'une crise arrive",
                                  "Warning signs that a crisis is coming"),
    "safety.step.coping_alone": ("Wat ik zelf kan doen om me beter te voelen",
                                 "Ce que je peux faire par moi-même pour me sentir mieux",
                                 "What I can do on my own to feel better"),
    "safety.step.distractions": ("Mensen en plaatsen die me afleiden", "Personnes et lieux qui me changent "
                                 "les idées", "People and places that take my mind off things"),
    "safety.step.help_people": ("Mensen die ik om hulp kan vragen", "Personnes à qui je peux demander de "
                                "l'aide", "People I can ask for help"),
    "safety.step.professionals": ("Hulpverleners en crisislijnen", "Professionnels et lignes de crise",
                                  "Professionals and crisis lines"),
    "safety.step.environment_safety": ("Mijn omgeving veilig maken", "Rendre mon environnement sûr",
                                       "Making my environment safe"),
    "safety.step.reasons_to_live": ("Waarvoor ik wil leven", "Mes raisons de vivre", "My reasons to live"),
    "safety.emergency": ("In levensgevaar: bel 112.", "En danger de mort : appelez le 112.",
                         "In immediate danger: call 112."),
}


_NBSP = "\u00a0"


def french_typography(text: str) -> str:
    """A no-break space before : ; ? ! and inside « », and the typographic apostrophe (’)."""
    text = re.sub(r"(\S) ([:;?!])", lambda m: f"{m.group(1)}{_NBSP}{m.group(2)}", text)
    text = re.sub(r"«[ ]?(?=\S)", f"«{_NBSP}", text)
    text = re.sub(r"(?<=\S)[ ]?»", f"{_NBSP}»", text)
    return re.sub(r"(?<=\w)'(?=\w)", "’", text)


def doc_language(language: Language | str) -> str:
    """The language a document is written in: nl, fr or en (German and anything else: English)."""
    value = str(language.value if isinstance(language, Language) else language).lower()
    return value if value in LANGUAGES else "en"


# One date format per kind in every document: a date, and a date with its weekday (a contact's moment).
DATE_PATTERN = "d MMMM y"
WEEKDAY_DATE_PATTERN = "EEE d MMMM y"

class Labels:
    """The printed words and date formats of one document language."""

    def __init__(self, language: Language | str) -> None:
        self.language = doc_language(language)
        self.locale = LOCALES[self.language]
        self._index = LANGUAGES.index(self.language)

    def __call__(self, key: str, **values: object) -> str:
        text = _T[key][self._index]
        if self.language == "fr":
            text = french_typography(text)  # the label's own text, before any value is put in
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        """``key`` for ``n`` things: ``key.one`` for one (French: zero or one), else ``key``."""
        one = n == 1 or (self.language == "fr" and n == 0)
        return self(f"{key}.one" if one and f"{key}.one" in _T else key, n=n)

    def enum(self, value: StrEnum) -> str:
        return self(f"{ENUM_PREFIX[type(value)]}.{value.value}")

    def enums(self, values: frozenset[KnowledgeDomain] | set[KnowledgeDomain]) -> str:
        order = list(KnowledgeDomain)
        return ", ".join(self.enum(v) for v in sorted(values, key=order.index)) or self("none")

    def colon(self, label: str) -> str:
        """``label:`` with French typography (a no-break space before the colon)."""
        return f"{label}\u00a0:" if self.language == "fr" else f"{label}:"

    def yes_no(self, flag: bool) -> str:
        return self("yes") if flag else self("no")

    # Babel (~80 ms to import) is loaded by the first date a document formats, not by whoever
    # imports the labels (the main window's pages do, through the template library).
    @functools.cached_property
    def _babel(self) -> Any:
        """The babel ``Locale``, parsed once: a locale name parsed on every date was a tenth of a
        200-contact summary's time (make bench)."""
        from babel import Locale

        return Locale.parse(self.locale)

    def date(self, value: date | None) -> str:
        """A date, the one way every document writes a date ("6 december 2026", "6 décembre 2026"):
        one PDF printed 6/12/2026, 06/12/2026 and "dim. 6 déc." side by side."""
        from babel.dates import format_date

        return format_date(value, DATE_PATTERN, locale=self._babel) if value is not None else self("none")

    def datetime(self, value: datetime) -> str:
        from babel.dates import format_date, format_time

        return f"{format_date(value.date(), WEEKDAY_DATE_PATTERN, locale=self._babel)}, " \
               f"{format_time(value.time(), 'short', locale=self._babel)}"

    def month(self, year: int, month: int) -> str:
        from babel.dates import format_skeleton

        return format_skeleton("yMMMM", date(year, month, 1), locale=self._babel)

    def region(self, region: str) -> str:
        """A province value printed in the document language; free text as it is."""
        try:
            return self.enum(Province(region))
        except ValueError:
            return region or self("none")


def all_keys() -> list[str]:
    return sorted(_T)
