"""Organisation packs and the provider directory's data side (ARCHITECTURE.md, Layers).

- ``provider_csv``: provider CSV import (preview, then one transaction); ``provider_csv_export``: the
  export; ``provider_identity``: when two entries are the same provider (duplicates);
- ``pack``: the signed pack format, ``verify_pack`` and ``build_pack``; ``signing``: Ed25519 keys;
- ``installation``: ``import_pack`` and ``install_starter_directory`` into a vault;
- ``bundled``: the resources shipped with the app (starter directory, pinned pack key).

No Qt here: the UI turns ``CsvProblem`` / ``RejectReason`` values into translated sentences.
Modules are imported where used, so the GUI start-up never pays for cryptography or zipfile.
"""
