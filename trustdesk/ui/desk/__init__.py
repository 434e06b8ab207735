"""The coordinator desk: a TrustDesk started as a coordinator (chosen at first run) opens this window
instead of a vault.  Its store is the desk folder (``exchange.coordinator.CoordinatorDesk``: the
coordinator's keys encrypted with the desk passphrase, the trust persons' cards, the released
quarters, its own audit log, the pack draft encrypted to the desk's key); no case data ever enters it."""
