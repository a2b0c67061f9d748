"""absence-pretext (law.md §5; LCL 39). Being built by the second rules engineer."""
