"""employer-held-evidence (law.md R26). Being built by the second rules engineer."""
