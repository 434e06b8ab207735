"""One plain sentence per refused coordinator-exchange file, in the command's language (the GUI says the
same in the interface's language); a file of another TrustDesk kind is named, with where it opens."""

from __future__ import annotations

import shlex
from pathlib import Path

from trustdesk.cli.words import shown_path, translate


def refusal_sentence(reason: str, *, expected: str = "", found: str | None = None, path: Path | None = None,
                     desk: Path | None = None) -> str:
    """The sentence for ``reason`` (an exchange ``Refusal`` value).  For ``not_this_kind`` with ``found``
    (a ``file_kinds.FileKind`` value) the sentence says what the file is, what it is not, and where it
    opens instead (``other_kind_sentence``)."""
    if reason == "not_this_kind" and found and found != expected:
        return other_kind_sentence(found, expected, path, desk=desk)
    sentences = {
        "not_this_kind": translate("cli", "this is not a TrustDesk file of the expected kind."),
        "newer_format": translate("cli", "this file was made by a newer TrustDesk; update TrustDesk first."),
        "too_large": translate("cli", "this file is far larger than such a file can be."),
        "truncated": translate("cli", "this file is cut short (an interrupted copy or download?); ask for it again."),
        "wrong_recipient": translate("cli", "this file was sealed for someone else's key, not for this one."),
        "tampered": translate("cli", "the card file was altered: its signature does not match its keys. Ask the "
                                     "trust person for the card again.") if expected == "card" else
        translate("cli", "this file was changed on the way: its seal or signature does not match. Ask for it "
                         "again."),
        "fingerprint_differs": translate("cli", "the digits differ from this card's fingerprint: the card was not "
                                                "added. Compare them with the trust person again."),
        "from_the_future": translate("cli", "this file is dated after this computer's clock: the clock of the "
                                            "computer that made it, or of this one, is wrong."),
        "unknown_sender": translate("cli", "this file was signed by a key that is not trusted here."),
        "malformed": translate("cli", "this file opens but holds something the format does not allow."),
        "replayed": translate("cli", "this file was already imported."),
        "expired": translate("cli", "this file has expired; ask the coordinator for a new one."),
        "no_key": translate("cli", "the key this needs is not set up here yet."),
        "unconfirmed": translate("cli", "the coordinator's card has not been compared by phone yet."),
    }
    return sentences.get(reason, translate("cli", "this file was refused."))


def kind_words(kind: str) -> str:
    """A file of kind ``kind`` (a FileKind value), with its article and suffix: "a backup (.tdbackup)"."""
    return {
        "handover": translate("cli", "a handover file (.tdhandover)"),
        "backup": translate("cli", "a backup (.tdbackup)"),
        "intake": translate("cli", "an intake from the coordinator (.tdintake)"),
        "figures": translate("cli", "a trust person's figures file (.tdfigures)"),
        "card": translate("cli", "a trust person's contact card (.tdcard)"),
        "coordinator_card": translate("cli", "the coordinator's contact card (.tdcard)"),
        "pack": translate("cli", "an organisation pack (.zip)"),
    }.get(kind, "")


def not_kind_words(expected: str) -> str:
    """"not an intake": what the reader expected, denied ("" for no kind in particular)."""
    return {
        "intake": translate("cli", "not an intake"),
        "figures": translate("cli", "not a figures file"),
        "card": translate("cli", "not a trust person's contact card"),
        "coordinator_card": translate("cli", "not the coordinator's contact card"),
        "handover": translate("cli", "not a handover file"),
        "backup": translate("cli", "not a backup"),
        "pack": translate("cli", "not an organisation pack"),
    }.get(expected, translate("cli", "not of the kind this command reads"))


def other_kind_sentence(found: str, expected: str, path: Path | None = None, *, desk: Path | None = None) -> str:
    """"This is a backup (.tdbackup), not an intake; restore it … or check it with: <command>" -- the kind
    given, the kind expected, and where the given one opens (a command that runs as printed)."""
    return translate("cli", "This is {found}, {not_expected}; {how}").format(
        found=kind_words(found), not_expected=not_kind_words(expected), how=how_it_opens(found, path, desk=desk))


def how_it_opens(found: str, path: Path | None = None, *, desk: Path | None = None) -> str:
    """How a TrustDesk file of kind ``found`` is opened, in human words, with a command line that runs as
    printed (``suggested_command``: this program, that file, the options in effect)."""
    file = shlex.quote(shown_path(path)) if path is not None else "FILE"
    sentences = {
        "handover": translate("cli", "receive it in TrustDesk with Handover › Receive handover…, or check it "
                                     "with: {command}"),
        "backup": translate("cli", "restore it in TrustDesk with Restore from a backup…, or check it with: "
                                   "{command}"),
        "intake": translate("cli", "the trust person opens it in TrustDesk with Coordinator › Open an intake…, "
                                   "or checks it with: {command}"),
        "figures": translate("cli", "the coordinator merges it with: {command}"),
        "card": translate("cli", "the coordinator adds it, with the fingerprint the trust person reads out by "
                                 "phone, with: {command}"),
        "coordinator_card": translate("cli", "it goes into every organisation pack the coordinator builds "
                                             "(pack build … --coordinator-card {file}); a trust person's TrustDesk "
                                             "takes it from the pack."),
        "pack": translate("cli", "import it in TrustDesk, or check it with: {command}"),
    }
    return sentences.get(found, "").format(command=suggested_command(found, path, desk=desk), file=file)


def known_desk(desk: Path | None = None) -> Path:
    """The coordinator's desk folder a suggested command names: the one this command was given (its DESK
    argument or ``--desk``), else the desk of the data folder in effect (``--data-dir``, else the app's
    own folder: where the app's coordinator mode keeps it, ``desk_place``)."""
    from trustdesk.cli.words import default_data_dir, given_option
    from trustdesk.exchange.desk_place import desk_place

    if desk is not None:
        return desk
    given = given_option("--desk")
    if given:
        return Path(given)
    data_dir = given_option("--data-dir")
    return desk_place(Path(data_dir) if data_dir else default_data_dir(), new_in_subfolder=True)


def suggested_command(found: str, path: Path | None = None, *, desk: Path | None = None) -> str:
    """The command that checks (or takes) a file of kind ``found``, runnable as printed: how this program
    was started (``words.program``), the file's full path, and the options of the command in effect that
    the other one shares (``words.given_option``): the vault folder (``--data-dir``, else the one the
    command used), reading the secret from standard input (when the command read its own secret there, a
    script: the other one's from there too), the desk folder (``known_desk``), the public key, the
    language (``--lang``); a merge writes its report into a folder beside the file.  Every path is quoted
    for the shell (``shlex.quote``).  A folder is named only when it exists: else a placeholder in capitals
    (DESK, DATA_FOLDER) that a line after the command explains (the command stays alone on its line)."""
    from trustdesk.cli.words import default_data_dir, given_option, program

    def quoted(where: Path | str) -> str:
        return shlex.quote(shown_path(where))

    placeholders: dict[str, str] = {}

    def folder(where: Path, placeholder: str, meaning: str) -> str:
        if where.is_dir():
            return quoted(where)
        placeholders[placeholder] = meaning
        return placeholder

    file = quoted(path) if path is not None else "FILE"
    stdin = any(given_option(o) is not None for o in ("--passphrase-stdin", "--code-stdin", "--recovery-code-stdin"))
    report = (path.absolute().parent if path is not None else Path.cwd()) / "national-figures"
    lang = given_option("--lang")
    desk_folder = vault_folder = ""
    if found in ("figures", "card"):
        desk_folder = folder(known_desk(desk), "DESK", translate("cli", "the coordinator's desk folder"))
    if found == "intake":
        vault_folder = folder(Path(given_option("--data-dir") or default_data_dir()), "DATA_FOLDER",
                              translate("cli", "the trust person's TrustDesk data folder"))
    parts: dict[str, list[str]] = {
        "handover": ["handover-verify", file] + (["--code-stdin"] if stdin else []),
        "backup": ["backup-verify", file] + (["--passphrase-stdin"] if stdin else []),
        "intake": ["intake-verify", file, "--data-dir", vault_folder] + (["--passphrase-stdin"] if stdin else [])
        if found == "intake" else [],
        "figures": ["figures", "merge", file, "--out", quoted(report), "--desk", desk_folder]
                   + (["--passphrase-stdin"] if stdin else []) if found == "figures" else [],
        "card": ["coordinator", "add-card", desk_folder, file] + (["--passphrase-stdin"] if stdin else [])
        if found == "card" else [],
        "pack": ["pack", "verify", file] + (["--pubkey", quoted(pubkey)]
                                            if (pubkey := given_option("--pubkey")) else []),
    }
    command = " ".join([program(), *parts.get(found, []), *(["--lang", lang] if lang else [])])
    explained = "".join("\n  " + translate("cli", "(put {meaning} in place of {placeholder})").format(
        meaning=meaning, placeholder=placeholder) for placeholder, meaning in placeholders.items())
    return command + explained
