"""incompetence-without-training (law.md R19; LCL 40(2)). Being built by the second rules engineer."""
