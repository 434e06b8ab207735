"""TrustDesk: the trust person's offline, encrypted case desk."""

__version__ = "0.1.0"
APP_NAME = "TrustDesk"
