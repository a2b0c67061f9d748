"""art38-grounds-recorded (law.md R21). Being built by the second rules engineer."""
